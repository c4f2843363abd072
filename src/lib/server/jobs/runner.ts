import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { log } from '../logger';
import { claimJobs, completeJob, failJob, type JobRow } from './queue';

export type JobHandler = (db: Db, payload: Record<string, unknown>, row: JobRow) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;
export type GiveUpHandler = (db: Db, row: JobRow) => Promise<void>;

export interface RunResult {
	done: number;
	retried: number;
	failed: number;
}

/** Claims and runs due jobs until none is left; each handler runs outside any transaction. */
export async function runDueJobs(
	db: Db,
	handlers: JobHandlers,
	{ workerId = randomUUID(), onGiveUp }: { workerId?: string; onGiveUp?: GiveUpHandler } = {}
): Promise<RunResult> {
	const result: RunResult = { done: 0, retried: 0, failed: 0 };
	for (;;) {
		const claimed = await claimJobs(db, workerId);
		if (claimed.length === 0) return result;
		for (const row of claimed) {
			const handler = handlers[row.type];
			try {
				if (!handler) throw new Error(`No handler for job type "${row.type}"`);
				await handler(db, row.payload, row);
				await completeJob(db, row.id);
				result.done++;
			} catch (err) {
				const gaveUp = await failJob(db, row, err);
				log.warn('job failed', { jobId: row.id, type: row.type, attempt: row.attempts, gaveUp, error: String(err) });
				if (gaveUp) {
					result.failed++;
					await onGiveUp?.(db, row);
				} else result.retried++;
			}
		}
	}
}

/** The runner inside the server process: polls every few seconds, stops cleanly on shutdown. */
export function startJobRunner(
	db: Db,
	handlers: JobHandlers,
	options: { intervalMs?: number; onGiveUp?: GiveUpHandler } = {}
) {
	const workerId = `server-${process.pid}-${randomUUID().slice(0, 8)}`;
	let timer: NodeJS.Timeout | undefined;
	let busy: Promise<unknown> | undefined;
	let stopped = false;
	const schedule = (ms: number) => {
		if (!stopped) timer = setTimeout(tick, ms);
	};
	const tick = () => {
		timer = undefined;
		busy = runDueJobs(db, handlers, { workerId, onGiveUp: options.onGiveUp })
			.catch((err) => log.error('job runner tick failed', { error: String(err) }))
			.finally(() => {
				busy = undefined;
				schedule(options.intervalMs ?? 2000);
			});
	};
	schedule(200);
	return {
		/** Wakes the runner now (e.g. right after a mail was queued) unless it is already at work. */
		poke() {
			if (stopped || busy || !timer) return;
			clearTimeout(timer);
			tick();
		},
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			await busy;
		}
	};
}
