import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { EventRefusedError, StaleEventError } from './errors';
import { canCreateFor, type OrganiserScope } from './event-rules';
import type { EventInput } from './event-form';
import { checkedReferences } from './event-references';
import { loadEventForChange } from './load-event-for-change';

const FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'municipalityAgs', 'topics', 'organisationIds', 'capacity', 'caseStoryId'] as const;

/**
 * Saves the organiser's form. A stale version is refused (StaleEventError) and nothing is overwritten; a cancelled
 * event is no longer edited. The slug stays, so links and calendar entries keep working.
 */
export async function updateEvent(
	db: Db,
	{ eventId, version, input, scope }: { eventId: string; version: number; input: EventInput; scope: OrganiserScope },
	{ now = new Date() } = {}
) {
	return db.transaction(async (tx) => {
		const before = await loadEventForChange(tx, eventId, scope);
		if (before.status === 'cancelled') throw new EventRefusedError('not_editable');
		if (!canCreateFor(scope, input.municipalityAgs)) throw new EventRefusedError('municipality_not_allowed');
		const refs = await checkedReferences(tx, input);
		const [after] = await tx
			.update(event)
			.set({ ...input, ...refs, updatedAt: now, version: sql`${event.version} + 1` })
			.where(and(eq(event.id, before.id), eq(event.version, version)))
			.returning();
		if (!after) throw new StaleEventError();
		const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
		await recordAudit(tx, { actorId: scope.userId, action: 'event.update', targetType: 'event', targetId: after.id, details: { fields: changed } });
		return after;
	});
}
