import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { job } from '../db/schema';
import { retryDelayMs, shouldGiveUp } from './backoff';

export type JobRow = typeof job.$inferSelect;

export async function enqueueJob(
	db: Db,
	type: string,
	payload: Record<string, unknown>,
	options: { runAt?: Date; maxAttempts?: number } = {}
): Promise<number> {
	const [row] = await db
		.insert(job)
		.values({ type, payload, runAt: options.runAt ?? new Date(), maxAttempts: options.maxAttempts ?? 5 })
		.returning({ id: job.id });
	return row.id;
}

/**
 * Claims due jobs in one statement. FOR UPDATE SKIP LOCKED lets several processes on one
 * PostgreSQL claim side by side without taking the same job twice; on PGlite it is one session anyway.
 * Jobs left "running" by a crashed process are claimed again after the stale timeout.
 */
export async function claimJobs(db: Db, workerId: string, limit = 5, staleAfterMs = 10 * 60_000): Promise<JobRow[]> {
	const staleBefore = new Date(Date.now() - staleAfterMs);
	const candidates = db
		.select({ id: job.id })
		.from(job)
		.where(
			sql`(${job.status} = 'pending' AND ${job.runAt} <= now()) OR (${job.status} = 'running' AND ${job.lockedAt} < ${staleBefore})`
		)
		.orderBy(job.runAt, job.id)
		.limit(limit)
		.for('update', { skipLocked: true });
	return db
		.update(job)
		.set({ status: 'running', lockedAt: new Date(), lockedBy: workerId, attempts: sql`${job.attempts} + 1` })
		.where(inArray(job.id, candidates))
		.returning();
}

export async function completeJob(db: Db, id: number) {
	await db
		.update(job)
		.set({ status: 'done', finishedAt: new Date(), lockedAt: null, lockedBy: null, lastError: null })
		.where(eq(job.id, id));
}

/** Records the failure; schedules a retry with back-off, or gives up and returns true. */
export async function failJob(db: Db, claimed: JobRow, error: unknown): Promise<boolean> {
	const message = error instanceof Error ? error.message : String(error);
	const giveUp = shouldGiveUp(claimed.attempts, claimed.maxAttempts);
	await db
		.update(job)
		.set({
			status: giveUp ? 'failed' : 'pending',
			lastError: message.slice(0, 2000),
			lockedAt: null,
			lockedBy: null,
			runAt: giveUp ? claimed.runAt : new Date(Date.now() + retryDelayMs(claimed.attempts)),
			finishedAt: giveUp ? new Date() : null
		})
		.where(and(eq(job.id, claimed.id), eq(job.status, 'running')));
	return giveUp;
}
