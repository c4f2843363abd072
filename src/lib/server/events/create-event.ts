import { like } from 'drizzle-orm';
import { toBerlinInput } from '../sessions/session-time';
import type { Db } from '../db/client';
import { event } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { EventRefusedError } from './errors';
import { canCreateFor, type OrganiserScope } from './event-rules';
import type { EventInput } from './event-form';
import { checkedReferences } from './event-references';
import { eventSlug, uniqueSlug } from './slug';

/**
 * Creates an event as a draft. A municipality user may only create events for the municipality of their
 * consultation(s); anything else is refused before a row is written.
 */
export async function createEvent(db: Db, { input, scope }: { input: EventInput; scope: OrganiserScope }, { now = new Date() } = {}) {
	if (!canCreateFor(scope, input.municipalityAgs)) throw new EventRefusedError('municipality_not_allowed');
	return db.transaction(async (tx) => {
		const refs = await checkedReferences(tx, input);
		const base = eventSlug(input.title, Number(toBerlinInput(input.startsAt).date.slice(0, 4)));
		const taken = new Set((await tx.select({ slug: event.slug }).from(event).where(like(event.slug, `${base}%`))).map((r) => r.slug));
		const [row] = await tx
			.insert(event)
			.values({ ...input, ...refs, slug: uniqueSlug(base, taken), status: 'draft', createdBy: scope.userId, createdAt: now, updatedAt: now })
			.returning();
		await recordAudit(tx, { actorId: scope.userId, action: 'event.create', targetType: 'event', targetId: row.id, details: { title: row.title, municipalityAgs: row.municipalityAgs } });
		return row;
	});
}
