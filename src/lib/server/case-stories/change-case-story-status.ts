import { asc, eq, sql } from 'drizzle-orm';
import type { CaseStoryStatus } from '../db/schema/case-stories';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { renderMarkdown } from '../content/markdown';
import { loadStoryConsentState } from './consent';
import { PublishRefusedError, TransitionNotAllowedError } from './errors';
import { canTransition, publishBlockers } from './lifecycle';
import { loadStoryForChange } from './load-story-for-change';
import { writeRevision } from './revision';

export interface ChangeStatusCommand {
	id: string;
	version: number;
	to: CaseStoryStatus;
	actorId: string;
}

/**
 * Moves a story along its lifecycle. Publishing checks consent, alt texts and required fields inside the same
 * transaction as the change (the story row is locked), so a consent withdrawn a moment earlier is seen.
 */
export async function changeCaseStoryStatus(db: Db, cmd: ChangeStatusCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadStoryForChange(tx, cmd.id, cmd.version);
		if (!canTransition(before.status, cmd.to)) throw new TransitionNotAllowedError(before.status, cmd.to);
		if (cmd.to === 'published') {
			const images = await tx.select({ alt: caseStoryImage.alt }).from(caseStoryImage).where(eq(caseStoryImage.caseStoryId, before.id)).orderBy(asc(caseStoryImage.position));
			const blockers = publishBlockers({
				...before,
				renderedBody: renderMarkdown(before.body),
				imageAlts: images.map((i) => i.alt),
				consent: await loadStoryConsentState(tx, before)
			});
			if (blockers.length > 0) throw new PublishRefusedError(blockers);
		}
		const [after] = await tx
			.update(caseStory)
			.set({
				status: cmd.to,
				// The first publication date stays: a story archived and published again keeps its original date.
				...(cmd.to === 'published' && !before.publishedAt ? { publishedAt: now } : {}),
				updatedBy: cmd.actorId,
				updatedAt: now,
				version: sql`${caseStory.version} + 1`
			})
			.where(eq(caseStory.id, before.id))
			.returning();
		await writeRevision(tx, after, cmd.actorId, `status:${before.status}→${cmd.to}`);
		await recordAudit(tx, { actorId: cmd.actorId, action: 'case_story.status', targetType: 'case_story', targetId: after.id, details: { from: before.status, to: cmd.to } });
		return after;
	});
}
