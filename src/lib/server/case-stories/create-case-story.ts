import { like, or, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { StoryFields } from './case-story-forms';
import { SlugTakenError } from './errors';
import { keepMeasuresOf, writeRevision } from './revision';
import { slugify, uniqueSlug } from './slug';

/**
 * A new draft. Without a slug one is derived from the title and numbered when taken; a slug typed by the coordinator
 * that is taken is refused instead (SlugTakenError), because a silently changed address would surprise them.
 */
export async function createCaseStory(db: Db, { input, actorId }: { input: StoryFields; actorId: string }, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const base = input.slug || slugify(input.title);
		const taken = await tx
			.select({ slug: caseStory.slug })
			.from(caseStory)
			.where(or(eq(caseStory.slug, base), like(caseStory.slug, `${base}-%`)));
		const takenSet = new Set(taken.map((t) => t.slug));
		if (input.slug && takenSet.has(input.slug)) throw new SlugTakenError(input.slug);
		const slug = input.slug || uniqueSlug(base, takenSet);
		const resultMeasureIds = await keepMeasuresOf(tx, input.consultationId, input.resultMeasureIds);
		const [story] = await tx
			.insert(caseStory)
			.values({ ...input, slug, resultMeasureIds, status: 'draft', createdBy: actorId, updatedBy: actorId, createdAt: now, updatedAt: now })
			.returning();
		await writeRevision(tx, story, actorId, 'created');
		await recordAudit(tx, { actorId, action: 'case_story.create', targetType: 'case_story', targetId: story.id, details: { title: story.title, slug } });
		return story;
	});
}
