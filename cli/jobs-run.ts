import { openAppContext } from '../src/lib/server/app-context';
import { createJobHandlers } from '../src/lib/server/jobs/handlers';
import { runDueJobs } from '../src/lib/server/jobs/runner';
import type { Command } from './commands';

export const jobsRunCommand: Command = {
	summary: 'Run all due background jobs once (mail delivery …) and exit.',
	usage: 'jobs:run',
	options: {},
	async run(config) {
		const ctx = await openAppContext(config, { migrate: true });
		try {
			const { handlers, onGiveUp } = createJobHandlers(config);
			const result = await runDueJobs(ctx.database.db, handlers, { onGiveUp });
			process.stdout.write(`Jobs: ${result.done} done, ${result.retried} to retry, ${result.failed} failed.\n`);
			return result.failed > 0 ? 1 : 0;
		} finally {
			await ctx.close();
		}
	}
};
