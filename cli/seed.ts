import { openAppContext } from '../src/lib/server/app-context';
import { seedDemo } from '../src/lib/server/seed/seed-demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/lib/server/seed/demo-accounts';
import type { Command } from './commands';

export const seedCommand: Command = {
	summary: 'Fill an empty database with demo data (demo accounts, one per role).',
	usage: 'seed --demo',
	options: { demo: { type: 'boolean' } },
	async run(config, values) {
		if (!values.demo) {
			process.stderr.write('Only demo data can be seeded: run "seed --demo".\n');
			return 2;
		}
		const ctx = await openAppContext(config, { migrate: true });
		try {
			const { seeded } = await seedDemo(ctx.database.db, { dataDir: ctx.config.dataDir });
			if (!seeded) {
				process.stdout.write('The database already has accounts; nothing was seeded.\n');
				return 0;
			}
			process.stdout.write(`Demo data seeded. Accounts (password "${DEMO_PASSWORD}"):\n`);
			for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.roles.join(', ').padEnd(13)} ${a.email}\n`);
			return 0;
		} finally {
			await ctx.close();
		}
	}
};
