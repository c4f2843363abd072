import { inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event, eventRegistration } from '../db/schema';

export const REGISTRATION_RETENTION_DAYS = 30;

/**
 * Deletes the registrations (names, addresses) of events that ended more than 30 days ago, as the registration
 * form promises (DESIGN §8). Idempotent; meant for the hourly or daily job. Returns how many rows went.
 */
export async function deleteOldRegistrations(db: Db, now = new Date()): Promise<number> {
	const cutoff = new Date(now.getTime() - REGISTRATION_RETENTION_DAYS * 86_400_000);
	const ended = db.select({ id: event.id }).from(event).where(lt(event.endsAt, cutoff));
	const deleted = await db
		.delete(eventRegistration)
		.where(inArray(eventRegistration.eventId, ended))
		.returning({ id: eventRegistration.id });
	return deleted.length;
}

