import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryRevision, measure } from '../db/schema';

type StoryRow = typeof caseStory.$inferSelect;

/** The editable fields kept in each revision: enough to show and compare what a story said at that time. */
export function snapshotOf(story: StoryRow): Record<string, unknown> {
	return {
		title: story.title,
		slug: story.slug,
		municipalityAgs: story.municipalityAgs,
		year: story.year,
		topics: story.topics,
		sdgs: story.sdgs,
		teaser: story.teaser,
		body: story.body,
		quotes: story.quotes,
		consultationId: story.consultationId,
		resultMeasureIds: story.resultMeasureIds,
		translations: story.translations
	};
}

/** Every save of a story writes one revision with the version it produced (inside the caller's transaction). */
export async function writeRevision(tx: Db, story: StoryRow, actorId: string | null, note = '') {
	await tx.insert(caseStoryRevision).values({
		caseStoryId: story.id,
		version: story.version,
		status: story.status,
		snapshot: snapshotOf(story),
		note,
		actorId,
		at: story.updatedAt
	});
}

/** Only measures of the linked consultation may be results; others (e.g. after changing the consultation) drop out. */
export async function keepMeasuresOf(tx: Db, consultationId: string | null, ids: readonly string[]): Promise<string[]> {
	if (!consultationId || ids.length === 0) return [];
	const rows = await tx
		.select({ id: measure.id })
		.from(measure)
		.where(and(eq(measure.consultationId, consultationId), inArray(measure.id, [...ids])));
	const found = new Set(rows.map((r) => r.id));
	return ids.filter((id) => found.has(id));
}
