import { and, asc, eq, gt, isNull, lte, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationSession } from '../db/schema';
import { CLOSED_STATES } from '../consultations/lifecycle';
import { notifySessionParticipants } from './notify-session';

const DAY = 86_400_000;

/**
 * Sends the reminder 24 hours before each session that has none yet. Returns how many were sent.
 * Due: starts within the next 24 hours, not cancelled, consultation not closed. Each session is claimed by a
 * conditional update in its own short transaction together with its notices, so a repeated or concurrent sweep
 * never reminds twice and a failure leaves the others untouched.
 */
export async function sendSessionReminders(db: Db, { origin, now }: { origin: string; now: Date }): Promise<number> {
	const s = consultationSession;
	const due = await db
		.select({ id: s.id })
		.from(s)
		.innerJoin(consultation, eq(consultation.id, s.consultationId))
		.where(
			and(
				gt(s.startsAt, now),
				lte(s.startsAt, new Date(now.getTime() + DAY)),
				isNull(s.cancelledAt),
				isNull(s.reminderSentAt),
				notInArray(consultation.state, [...CLOSED_STATES])
			)
		)
		.orderBy(asc(s.startsAt))
		.limit(500);
	let sent = 0;
	for (const { id } of due) {
		const done = await db.transaction(async (tx) => {
			const [session] = await tx
				.update(s)
				.set({ reminderSentAt: now })
				.where(and(eq(s.id, id), isNull(s.reminderSentAt), isNull(s.cancelledAt)))
				.returning();
			if (!session) return false;
			const [c] = await tx.select().from(consultation).where(eq(consultation.id, session.consultationId));
			await notifySessionParticipants(tx, 'reminder', { consultation: c, session, origin });
			return true;
		});
		if (done) sent++;
	}
	return sent;
}
