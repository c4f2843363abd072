import type { BetterAuthPlugin } from 'better-auth';
import { createAuth, type Auth } from './auth/auth';
import type { Config } from './config';
import { createDatabase, pgliteDirFor, type Database } from './db/client';
import { runMigrations } from './db/migrate';
import { createJobHandlers } from './jobs/handlers';
import { startJobRunner } from './jobs/runner';
import { log, setLogLevel } from './logger';
import { seedDemo } from './seed/seed-demo';
import { seedReferenceData } from './reference/topics-seed';
import { scheduleYearlyConfirmation } from './directory/lifecycle/schedule-yearly-confirmation';
import { scheduleHourly } from './jobs/hourly';

export interface AppContext {
	config: Config;
	database: Database;
	auth: Auth;
	jobs?: ReturnType<typeof startJobRunner>;
	close(): Promise<void>;
}

/**
 * Opens everything a process needs, in one place for the server and the CLI: the database of the
 * configured driver, migrations, the demo seed, better-auth and (for the server) the job runner.
 */
export async function openAppContext(
	config: Config,
	options: { migrate?: boolean; seedDemo?: boolean; jobs?: boolean; authPlugins?: BetterAuthPlugin[] } = {}
): Promise<AppContext & { seeded: boolean }> {
	setLogLevel(config.logLevel);
	const database = await createDatabase({
		databaseUrl: config.databaseUrl,
		pgliteDir: config.databaseUrl ? undefined : pgliteDirFor(config.dataDir)
	});
	try {
		if (options.migrate ?? true) {
			await runMigrations(database);
			await seedReferenceData(database.db);
		}
		const seeded = options.seedDemo && config.demo ? (await seedDemo(database.db, { dataDir: config.dataDir })).seeded : false;
		const auth = createAuth(database.db, config, options.authPlugins);
		let jobs: AppContext['jobs'];
		if (options.jobs && config.jobsEnabled) {
			const { handlers, onGiveUp } = createJobHandlers(config);
			// The daily directory job keeps itself going; this starts it on a fresh installation.
			await scheduleYearlyConfirmation(database.db);
			await scheduleHourly(database.db);
			jobs = startJobRunner(database.db, handlers, { onGiveUp });
		}
		return {
			config,
			database,
			auth,
			jobs,
			seeded,
			async close() {
				await jobs?.stop();
				try {
					await database.checkpoint();
				} catch (err) {
					log.warn('checkpoint failed', { error: String(err) });
				}
				await database.close();
			}
		};
	} catch (err) {
		await database.close();
		throw err;
	}
}
