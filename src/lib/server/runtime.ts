import type { BetterAuthPlugin } from 'better-auth';
import { openAppContext, type AppContext } from './app-context';
import { getConfig } from './config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { log } from './logger';

/**
 * The server's single AppContext. Kept on globalThis so that Vite's hot reload in development
 * reuses the open PGlite instead of opening the data directory a second time (DESIGN §10).
 */
const KEY = Symbol.for('miglobe.runtime');
type Holder = { promise?: Promise<AppContext> };
const holder: Holder = ((globalThis as Record<symbol, Holder>)[KEY] ??= {});

export function startRuntime(authPlugins: BetterAuthPlugin[]): Promise<AppContext> {
	holder.promise ??= (async () => {
		const config = getConfig();
		const ctx = await openAppContext(config, { migrate: true, seedDemo: true, jobs: true, authPlugins });
		printBanner(ctx);
		return ctx;
	})();
	return holder.promise;
}

/** For loads and actions: the context exists once init has run. */
export async function runtime(): Promise<AppContext> {
	if (!holder.promise) throw new Error('Runtime not started');
	return holder.promise;
}

export async function stopRuntime(): Promise<void> {
	const p = holder.promise;
	holder.promise = undefined;
	if (p) await (await p).close();
}

function printBanner(ctx: AppContext) {
	const { config } = ctx;
	const db = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}/db`;
	const lines = [``, `MiGlobe NRW platform ready: ${config.origin}`, `  database: ${db}`];
	lines.push(`  mail: ${config.smtpUrl ? 'SMTP' : `outbox, files in ${config.dataDir}/mail`}`);
	if (config.demo) {
		lines.push(`  demo accounts (password "${DEMO_PASSWORD}"):`);
		for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.roles.join(', ').padEnd(13)} ${a.email}`);
	}
	process.stdout.write(lines.join('\n') + '\n\n');
	log.info('started', { origin: config.origin, demo: config.demo, driver: ctx.database.kind });
}
