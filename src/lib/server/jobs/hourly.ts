import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { job } from '../db/schema';
import { enqueueJob } from './queue';
import { sendSessionReminders } from '../sessions/send-session-reminders';
import { sendMeasureReminders } from '../measures/send-measure-reminders';
import { sendDailyDigests } from '../notifications/send-daily-digests';
import { deleteOldRegistrations } from '../events/delete-old-registrations';

export const HOURLY_JOB = 'platform.hourly';
const HOUR = 3_600_000;

/** Queues the hourly sweep at `runAt` unless one is pending; called at server start and by each run. */
export async function scheduleHourly(db: Db, runAt = new Date()) {
	const [pending] = await db
		.select({ id: job.id })
		.from(job)
		.where(and(eq(job.type, HOURLY_JOB), eq(job.status, 'pending')))
		.limit(1);
	if (pending) return pending.id;
	return enqueueJob(db, HOURLY_JOB, {}, { runAt, maxAttempts: 3 });
}

/**
 * Reminders, digests and the deletion of event registrations 30 days after the event: each sweep finds what is due by itself and marks what it sent, so a missed or
 * repeated run sends nothing twice. The next run is queued an hour later.
 */
export async function runHourlyJob(db: Db, origin: string, now = new Date()) {
	const sent = {
		sessionReminders: await sendSessionReminders(db, { origin, now }),
		measureReminders: await sendMeasureReminders(db, { origin, now }),
		digests: await sendDailyDigests(db, { origin, now }),
		eventRegistrationsDeleted: await deleteOldRegistrations(db, now)
	};
	await scheduleHourly(db, new Date(now.getTime() + HOUR));
	return sent;
}
