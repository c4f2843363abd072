import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event, eventRegistration } from '../db/schema';
import { EventNotFoundError, RegistrationClosedError } from './errors';
import { isRegistrationOpen, normaliseEmail, registrationStatusFor } from './event-rules';
import type { RegistrationInput } from './event-form';
import { queueRegistrationMail } from './mails';
import { createCancelToken } from './registration-token';

export type RegistrationOutcome = 'confirmed' | 'waitlisted' | 'duplicate';

/**
 * Registers a person for a published event. The event row is locked (SELECT … FOR UPDATE) for the whole
 * transaction, so two people asking for the last seat at the same moment are served one after the other: the
 * second one counts the first one's seat and goes onto the waiting list. The same address twice (any capitals)
 * is answered as 'duplicate' and nothing is written or mailed. The mail is queued in the same transaction.
 */
export async function registerForEvent(
	db: Db,
	{ slug, input, locale }: { slug: string; input: RegistrationInput; locale: string },
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<RegistrationOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(event).where(eq(event.slug, slug)).for('update');
		if (!row || row.status === 'draft') throw new EventNotFoundError();
		if (!isRegistrationOpen(row, now)) throw new RegistrationClosedError();
		const email = normaliseEmail(input.email);
		const [existing] = await tx
			.select({ id: eventRegistration.id })
			.from(eventRegistration)
			.where(and(eq(eventRegistration.eventId, row.id), sql`lower(${eventRegistration.email}) = ${email}`, ne(eventRegistration.status, 'cancelled')))
			.limit(1);
		if (existing) return 'duplicate';
		const [{ confirmed }] = await tx
			.select({ confirmed: count() })
			.from(eventRegistration)
			.where(and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.status, 'confirmed')));
		const status = registrationStatusFor(row.capacity, confirmed);
		const token = createCancelToken();
		await tx.insert(eventRegistration).values({ eventId: row.id, name: input.name, email, locale, status, cancelTokenHash: token.hash, createdAt: now });
		await queueRegistrationMail(tx, status, { event: row, to: email, name: input.name, locale, token: token.raw, origin });
		return status;
	});
}
