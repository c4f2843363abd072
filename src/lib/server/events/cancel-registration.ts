import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event, eventRegistration } from '../db/schema';
import { localizeContent } from '../content/localize-content';
import { promotionsFor } from './event-rules';
import { queueRegistrationMail } from './mails';
import { createCancelToken, hashCancelToken, isCancelTokenShape } from './registration-token';

/** What the cancellation page shows before the button is pressed; null for an unknown token. */
export async function getRegistrationByToken(db: Db, raw: string, locale: string) {
	if (!isCancelTokenShape(raw)) return null;
	const [row] = await db
		.select({
			status: eventRegistration.status,
			name: eventRegistration.name,
			slug: event.slug,
			title: event.title,
			description: event.description,
			place: event.place,
			translations: event.translations,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			eventStatus: event.status
		})
		.from(eventRegistration)
		.innerJoin(event, eq(event.id, eventRegistration.eventId))
		.where(eq(eventRegistration.cancelTokenHash, hashCancelToken(raw)));
	if (!row) return null;
	const { values } = localizeContent({ title: row.title }, row.translations, locale, ['title']);
	return { status: row.status, slug: row.slug, title: values.title, startsAt: row.startsAt, endsAt: row.endsAt, eventStatus: row.eventStatus };
}

export type CancelOutcome = 'cancelled' | 'already_cancelled' | 'not_found';

/**
 * Cancels a registration by its link. Under the event's row lock: a freed seat goes to the first people on the
 * waiting list (in registration order), who get a confirmation with the .ics and a fresh cancellation link (only
 * hashes are stored, so the old link cannot be repeated; it stops working).
 */
export async function cancelRegistration(db: Db, raw: string, { origin, now = new Date() }: { origin: string; now?: Date }): Promise<CancelOutcome> {
	if (!isCancelTokenShape(raw)) return 'not_found';
	return db.transaction(async (tx) => {
		const [found] = await tx
			.select({ id: eventRegistration.id, eventId: eventRegistration.eventId })
			.from(eventRegistration)
			.where(eq(eventRegistration.cancelTokenHash, hashCancelToken(raw)));
		if (!found) return 'not_found';
		const [ev] = await tx.select().from(event).where(eq(event.id, found.eventId)).for('update');
		const [reg] = await tx.select().from(eventRegistration).where(eq(eventRegistration.id, found.id));
		if (reg.status === 'cancelled') return 'already_cancelled';
		await tx.update(eventRegistration).set({ status: 'cancelled', cancelledAt: now }).where(eq(eventRegistration.id, reg.id));
		if (reg.status !== 'confirmed' || ev.status !== 'published' || ev.startsAt.getTime() <= now.getTime()) return 'cancelled';
		const [{ confirmed }] = await tx
			.select({ confirmed: count() })
			.from(eventRegistration)
			.where(and(eq(eventRegistration.eventId, ev.id), eq(eventRegistration.status, 'confirmed')));
		const waitlist = await tx
			.select()
			.from(eventRegistration)
			.where(and(eq(eventRegistration.eventId, ev.id), eq(eventRegistration.status, 'waitlisted')))
			.orderBy(asc(eventRegistration.createdAt), asc(eventRegistration.id));
		for (const next of promotionsFor(ev.capacity, confirmed, waitlist)) {
			const token = createCancelToken();
			await tx.update(eventRegistration).set({ status: 'confirmed', cancelTokenHash: token.hash }).where(eq(eventRegistration.id, next.id));
			await queueRegistrationMail(tx, 'promoted', { event: ev, to: next.email, name: next.name, locale: next.locale, token: token.raw, origin });
		}
		return 'cancelled';
	});
}
