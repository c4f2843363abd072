import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { job } from '../db/schema';
import { claimJobs, enqueueJob } from './queue';
import { runDueJobs } from './runner';

describeDb('job queue', ({ db, driver }) => {
	it('runs a due job once and marks it done', async () => {
		const seen: unknown[] = [];
		const id = await enqueueJob(db(), 'test.echo', { n: 1 });
		expect(typeof id).toBe('number');
		const result = await runDueJobs(db(), { 'test.echo': async (_db, payload) => void seen.push(payload) });
		expect(result).toEqual({ done: 1, retried: 0, failed: 0 });
		expect(seen).toEqual([{ n: 1 }]);
		const [row] = await db().select().from(job).where(eq(job.id, id));
		expect(row.status).toBe('done');
		expect(row.attempts).toBe(1);
		// Nothing left to run: a second pass does nothing.
		expect(await runDueJobs(db(), { 'test.echo': async () => void seen.push('again') })).toEqual({ done: 0, retried: 0, failed: 0 });
	});

	it('retries a failing job later with back-off and gives up after maxAttempts', async () => {
		const id = await enqueueJob(db(), 'test.fail', {}, { maxAttempts: 2 });
		const failing = { 'test.fail': async () => { throw new Error('boom'); } };
		expect((await runDueJobs(db(), failing)).retried).toBe(1);
		let [row] = await db().select().from(job).where(eq(job.id, id));
		expect(row.status).toBe('pending');
		expect(row.lastError).toBe('boom');
		expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

		// Make it due again: the second failure is the last.
		await db().update(job).set({ runAt: new Date(Date.now() - 1000) }).where(eq(job.id, id));
		const gaveUp: number[] = [];
		const result = await runDueJobs(db(), failing, { onGiveUp: async (_db, r) => void gaveUp.push(r.id) });
		expect(result.failed).toBe(1);
		[row] = await db().select().from(job).where(eq(job.id, id));
		expect(row.status).toBe('failed');
		expect(gaveUp).toEqual([id]);
	});

	it('does not run jobs scheduled for later', async () => {
		await enqueueJob(db(), 'test.later', {}, { runAt: new Date(Date.now() + 3_600_000) });
		const claimed = await claimJobs(db(), 'w1', 50);
		expect(claimed.filter((j) => j.type === 'test.later')).toEqual([]);
	});

	it('gives each job to exactly one of two concurrent workers', async () => {
		const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueueJob(db(), 'test.concurrent', { i })));
		const [a, b] = await Promise.all([claimJobs(db(), 'worker-a', 20), claimJobs(db(), 'worker-b', 20)]);
		const claimedIds = [...a, ...b].map((j) => j.id).filter((id) => ids.includes(id));
		expect(claimedIds.sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
		expect(new Set(claimedIds).size).toBe(ids.length);
		if (driver === 'postgres') expect(a.length + b.length).toBeGreaterThanOrEqual(20);
	});
});
