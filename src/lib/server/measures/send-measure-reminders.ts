import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, measure } from '../db/schema';
import { notifyParticipants } from '../notifications/notify';
import { loadNoticeFacts } from './mail-facts';
import { measureLinks, measureMailTexts } from './mails';
import { MEASURE_WRITABLE_STATES, OPEN_MEASURE_STATUSES, REMINDER_DAYS_BEFORE, reminderDue, shiftDate, todayInBerlin } from './measure-rules';

/**
 * Sends a reminder before the due date of each open measure (rule: reminderDue) to everyone taking part in its
 * consultation, while the consultation still lets measures change. Idempotent per due date: each measure is
 * marked with the due date it was reminded of, in its own short transaction together with the notice, so a
 * repeated or concurrent sweep sends nothing twice. The version is not raised: an open edit form stays valid.
 * Returns how many were sent.
 */
export async function sendMeasureReminders(db: Db, { origin, now }: { origin: string; now: Date }): Promise<number> {
	const today = todayInBerlin(now);
	const candidates = await db
		.select({ id: measure.id, dueDate: measure.dueDate, status: measure.status, reminderSentFor: measure.reminderSentFor })
		.from(measure)
		.innerJoin(consultation, eq(consultation.id, measure.consultationId))
		.where(
			and(
				inArray(measure.status, [...OPEN_MEASURE_STATUSES]),
				isNotNull(measure.dueDate),
				gte(measure.dueDate, today),
				lte(measure.dueDate, shiftDate(today, REMINDER_DAYS_BEFORE)),
				sql`${measure.reminderSentFor} is distinct from ${measure.dueDate}`,
				inArray(consultation.state, [...MEASURE_WRITABLE_STATES])
			)
		)
		.orderBy(measure.dueDate, measure.id);
	let sent = 0;
	for (const c of candidates.filter((m) => reminderDue(m, today))) {
		const done = await db.transaction(async (tx) => {
			// Claimed by the update: a sweep that lost the race (or a due date moved meanwhile) finds nothing to do.
			const [row] = await tx
				.update(measure)
				.set({ reminderSentFor: c.dueDate })
				.where(
					and(
						eq(measure.id, c.id),
						eq(measure.dueDate, c.dueDate!),
						inArray(measure.status, [...OPEN_MEASURE_STATUSES]),
						sql`${measure.reminderSentFor} is distinct from ${measure.dueDate}`
					)
				)
				.returning();
			if (!row) return false;
			const [owner] = await tx.select().from(consultation).where(eq(consultation.id, row.consultationId));
			const facts = await loadNoticeFacts(tx, owner, null);
			const url = measureLinks(origin).measure(row.consultationId, row.id);
			await notifyParticipants(
				tx,
				{
					kind: 'measure.reminder',
					consultationId: row.consultationId,
					render: (locale) => measureMailTexts(locale).reminder({ ...facts, title: row.title, owner: row.owner, dueDate: c.dueDate!, status: row.status, url })
				},
				{ audience: 'all' }
			);
			return true;
		});
		if (done) sent++;
	}
	return sent;
}
