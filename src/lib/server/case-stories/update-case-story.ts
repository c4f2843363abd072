import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { StoryFields } from './case-story-forms';
import { SlugTakenError } from './errors';
import { loadStoryForChange } from './load-story-for-change';
import { keepMeasuresOf, snapshotOf, writeRevision } from './revision';

export interface UpdateCaseStoryCommand {
	id: string;
	/** The version the person saw; a save in between answers StaleCaseStoryError and nothing is written. */
	version: number;
	input: StoryFields;
	actorId: string;
}

/** Saves the German fields of a story (any status; a published story changes at once). Writes a revision. */
export async function updateCaseStory(db: Db, cmd: UpdateCaseStoryCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadStoryForChange(tx, cmd.id, cmd.version);
		const slug = cmd.input.slug || before.slug;
		if (slug !== before.slug) {
			const [clash] = await tx.select({ id: caseStory.id }).from(caseStory).where(and(eq(caseStory.slug, slug), ne(caseStory.id, before.id)));
			if (clash) throw new SlugTakenError(slug);
		}
		const resultMeasureIds = await keepMeasuresOf(tx, cmd.input.consultationId, cmd.input.resultMeasureIds);
		const [after] = await tx
			.update(caseStory)
			.set({ ...cmd.input, slug, resultMeasureIds, updatedBy: cmd.actorId, updatedAt: now, version: sql`${caseStory.version} + 1` })
			.where(eq(caseStory.id, before.id))
			.returning();
		await writeRevision(tx, after, cmd.actorId, 'updated');
		const old = snapshotOf(before);
		const changed = Object.entries(snapshotOf(after))
			.filter(([k, v]) => JSON.stringify(old[k]) !== JSON.stringify(v))
			.map(([k]) => k);
		await recordAudit(tx, { actorId: cmd.actorId, action: 'case_story.update', targetType: 'case_story', targetId: after.id, details: { fields: changed } });
		return after;
	});
}
