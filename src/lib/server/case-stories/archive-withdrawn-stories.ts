import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { writeRevision } from './revision';

/**
 * Takes the published stories of a consultation off the public pages when its case-story consent is withdrawn in
 * the evaluation. Meant to run inside the transaction that writes the withdrawal (save-evaluation), so the public
 * pages never show a story without consent. Returns the ids archived.
 */
export async function archiveWithdrawnStories(tx: Db, { consultationId, actorId, now = new Date() }: { consultationId: string; actorId: string | null; now?: Date }) {
	const archived = await tx
		.update(caseStory)
		.set({ status: 'archived', updatedBy: actorId, updatedAt: now, version: sql`${caseStory.version} + 1` })
		.where(and(eq(caseStory.consultationId, consultationId), eq(caseStory.status, 'published')))
		.returning();
	for (const story of archived) {
		await writeRevision(tx, story, actorId, 'status:published→archived (consent withdrawn)');
		await recordAudit(tx, { actorId, action: 'case_story.status', targetType: 'case_story', targetId: story.id, details: { from: 'published', to: 'archived', reason: 'consent_withdrawn' } });
	}
	return archived.map((s) => s.id);
}
