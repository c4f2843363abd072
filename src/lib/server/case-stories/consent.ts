import { and, desc, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consentRecord } from '../db/schema';
import { CASE_STORY_PURPOSE } from '../evaluations/consents';
import { consentState } from './lifecycle';

/** Consent written by the coordination on a story itself (consultations before the platform). */
export const STORY_CONSENT_SUBJECT = 'case_story';
export const STORY_CONSENT_WAY = 'written';

/**
 * The case-story consents that concern a story: those of its linked consultation (from the evaluation) and those
 * recorded on the story itself, newest first. The newest decides (a later withdrawal wins).
 */
export async function listStoryConsents(db: Db, story: { id: string; consultationId: string | null }) {
	const subjects = [and(eq(consentRecord.subjectType, STORY_CONSENT_SUBJECT), eq(consentRecord.subjectId, story.id))];
	if (story.consultationId) subjects.push(and(eq(consentRecord.subjectType, 'consultation'), eq(consentRecord.subjectId, story.consultationId)));
	return db
		.select({ granted: consentRecord.granted, at: consentRecord.at, way: consentRecord.way, textVersion: consentRecord.textVersion, subjectType: consentRecord.subjectType })
		.from(consentRecord)
		.where(and(eq(consentRecord.purpose, CASE_STORY_PURPOSE), or(...subjects)))
		.orderBy(desc(consentRecord.at));
}

export async function loadStoryConsentState(db: Db, story: { id: string; consultationId: string | null }) {
	return consentState(await listStoryConsents(db, story));
}
