import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { job } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { runYearlyConfirmation } from './run-yearly-confirmation';

export const YEARLY_CONFIRMATION_JOB = 'directory.yearly-confirmation';
const DAY = 86_400_000;

/** Queues a run at `runAt` unless one is already pending; called at server start and by each run for the next day. */
export async function scheduleYearlyConfirmation(db: Db, runAt = new Date()) {
	const [pending] = await db
		.select({ id: job.id })
		.from(job)
		.where(and(eq(job.type, YEARLY_CONFIRMATION_JOB), eq(job.status, 'pending')))
		.limit(1);
	if (pending) return pending.id;
	return enqueueJob(db, YEARLY_CONFIRMATION_JOB, {}, { runAt, maxAttempts: 3 });
}

/** The job handler: one pass over the directory, then the next run a day later. */
export async function runYearlyConfirmationJob(db: Db, origin: string, now = new Date()) {
	const result = await runYearlyConfirmation(db, { origin, now });
	await scheduleYearlyConfirmation(db, new Date(now.getTime() + DAY));
	return result;
}
