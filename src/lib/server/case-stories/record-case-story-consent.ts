import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, consentRecord } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { CASE_STORY_PURPOSE } from '../evaluations/consents';
import { STORY_CONSENT_SUBJECT, STORY_CONSENT_WAY } from './consent';
import { CaseStoryNotFoundError } from './errors';
import { writeRevision } from './revision';

export interface RecordConsentCommand {
	storyId: string;
	granted: boolean;
	/** Which letter or form the municipality signed, e.g. "Schreiben der Stadt Köln vom 12.03.2024". */
	textVersion: string;
	actorId: string;
}

/**
 * The municipality's written consent (or its withdrawal) recorded by the coordination on the story itself, for
 * consultations that took place before the platform. A withdrawal takes a published story off the public pages at
 * once (archived, with revision and audit entry); publishing again is refused until a new consent is recorded.
 */
export async function recordCaseStoryConsent(db: Db, cmd: RecordConsentCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const [story] = await tx.select({ id: caseStory.id, status: caseStory.status }).from(caseStory).where(eq(caseStory.id, cmd.storyId)).for('update');
		if (!story) throw new CaseStoryNotFoundError();
		const [record] = await tx
			.insert(consentRecord)
			.values({
				subjectType: STORY_CONSENT_SUBJECT,
				subjectId: story.id,
				purpose: CASE_STORY_PURPOSE,
				granted: cmd.granted,
				textVersion: cmd.textVersion,
				way: STORY_CONSENT_WAY,
				at: now
			})
			.returning();
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: cmd.granted ? 'case_story.consent.grant' : 'case_story.consent.withdraw',
			targetType: 'case_story',
			targetId: story.id,
			details: { textVersion: cmd.textVersion }
		});
		if (!cmd.granted && story.status === 'published') {
			const [archived] = await tx
				.update(caseStory)
				.set({ status: 'archived', updatedBy: cmd.actorId, updatedAt: now, version: sql`${caseStory.version} + 1` })
				.where(eq(caseStory.id, story.id))
				.returning();
			await writeRevision(tx, archived, cmd.actorId, 'status:published→archived (consent withdrawn)');
			await recordAudit(tx, { actorId: cmd.actorId, action: 'case_story.status', targetType: 'case_story', targetId: story.id, details: { from: 'published', to: 'archived', reason: 'consent_withdrawn' } });
		}
		return record;
	});
}
