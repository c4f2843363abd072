import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event, eventRegistration } from '../db/schema';
import type { EventStatus } from '../db/schema/events';
import { recordAudit } from '../audit/record-audit';
import { EventRefusedError, StaleEventError } from './errors';
import { canTransition, type OrganiserScope } from './event-rules';
import { loadEventForChange } from './load-event-for-change';
import { queueRegistrationMail } from './mails';

/**
 * Publishes or cancels an event (version checked, audited). Cancelling tells everybody registered or waiting,
 * each in their language, with a calendar update (STATUS:CANCELLED) attached; the registrations stay until the
 * deletion 30 days after the event, so the organiser still sees who was told.
 */
export async function changeEventStatus(
	db: Db,
	{ eventId, version, to, scope }: { eventId: string; version: number; to: Exclude<EventStatus, 'draft'>; scope: OrganiserScope },
	{ origin, now = new Date() }: { origin: string; now?: Date }
) {
	return db.transaction(async (tx) => {
		const before = await loadEventForChange(tx, eventId, scope);
		if (before.version !== version) throw new StaleEventError();
		if (!canTransition(before.status, to)) throw new EventRefusedError('transition_not_allowed');
		const [after] = await tx
			.update(event)
			.set({ status: to, updatedAt: now, version: sql`${event.version} + 1` })
			.where(and(eq(event.id, before.id), eq(event.version, version)))
			.returning();
		if (!after) throw new StaleEventError();
		let notified = 0;
		if (to === 'cancelled' && after.endsAt.getTime() > now.getTime()) {
			const people = await tx
				.select()
				.from(eventRegistration)
				.where(and(eq(eventRegistration.eventId, after.id), inArray(eventRegistration.status, ['confirmed', 'waitlisted'])));
			for (const p of people) {
				await queueRegistrationMail(tx, 'event_cancelled', { event: after, to: p.email, name: p.name, locale: p.locale, token: null, origin });
			}
			notified = people.length;
		}
		await recordAudit(tx, { actorId: scope.userId, action: `event.${to === 'published' ? 'publish' : 'cancel'}`, targetType: 'event', targetId: after.id, details: { from: before.status, notified } });
		return { event: after, notified };
	});
}
