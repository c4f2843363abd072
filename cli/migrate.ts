import { openAppContext } from '../src/lib/server/app-context';
import type { Command } from './commands';

export const migrateCommand: Command = {
	summary: 'Apply all committed database migrations.',
	usage: 'migrate',
	options: {},
	async run(config) {
		const ctx = await openAppContext(config, { migrate: true });
		await ctx.close();
		process.stdout.write(`Migrations applied (${ctx.database.kind}).\n`);
		return 0;
	}
};
