import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, organisation, topic } from '../db/schema';
import type { EventInput } from './event-form';

/**
 * Keeps only what may be linked: active topics, published directory entries and a published case story. A stale
 * form (an entry hidden meanwhile) thus never links something that is not public.
 */
export async function checkedReferences(db: Db, input: EventInput): Promise<Pick<EventInput, 'topics' | 'organisationIds' | 'caseStoryId'>> {
	const topics = input.topics.length
		? (await db.select({ slug: topic.slug }).from(topic).where(and(inArray(topic.slug, input.topics), eq(topic.active, true)))).map((r) => r.slug)
		: [];
	const organisationIds = input.organisationIds.length
		? (await db.select({ id: organisation.id }).from(organisation).where(and(inArray(organisation.id, input.organisationIds), eq(organisation.status, 'published')))).map((r) => r.id)
		: [];
	const story = input.caseStoryId
		? (await db.select({ id: caseStory.id }).from(caseStory).where(and(eq(caseStory.id, input.caseStoryId), eq(caseStory.status, 'published'))))[0]
		: undefined;
	return {
		topics: input.topics.filter((t) => topics.includes(t)),
		organisationIds: input.organisationIds.filter((id) => organisationIds.includes(id)),
		caseStoryId: story?.id ?? null
	};
}
