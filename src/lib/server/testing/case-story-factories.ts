import type { Db } from '../db/client';
import { caseStory, caseStoryImage, consentRecord } from '../db/schema';
import { CASE_STORY_PURPOSE } from '../evaluations/consents';

let counter = 0;

/** A case story written directly (no revision, no audit), a complete draft unless overridden. */
export async function createTestCaseStory(db: Db, overrides: Partial<typeof caseStory.$inferInsert> = {}) {
	counter++;
	const [row] = await db
		.insert(caseStory)
		.values({
			slug: `testbeispiel-${counter}-${Math.random().toString(36).slice(2, 8)}`,
			year: 2025,
			title: `Testbeispiel ${counter}: Runder Tisch mit migrantischen Vereinen`,
			teaser: 'Die Stadt lädt zweimal im Jahr migrantische Vereine zur Nachhaltigkeitsstrategie ein.',
			body: '## Ausgangslage\n\nDie Verwaltung wollte die Agenda 2030 gemeinsam mit der Diaspora umsetzen.',
			...overrides
		})
		.returning();
	return row;
}

/** A case-story consent record for a consultation (as the evaluation writes it) or a story (written consent). */
export async function recordTestConsent(db: Db, subject: { type: 'consultation' | 'case_story'; id: string }, granted: boolean, at = new Date()) {
	await db.insert(consentRecord).values({
		subjectType: subject.type,
		subjectId: subject.id,
		purpose: CASE_STORY_PURPOSE,
		granted,
		textVersion: subject.type === 'consultation' ? 'case-story-2026-11' : 'Schreiben vom 01.03.2024',
		way: subject.type === 'consultation' ? 'evaluation_form' : 'written',
		at
	});
}

/** An image row without files (for rules that only look at the row, e.g. alt texts). */
export async function createTestCaseImage(db: Db, caseStoryId: string, overrides: Partial<typeof caseStoryImage.$inferInsert> = {}) {
	const [row] = await db
		.insert(caseStoryImage)
		.values({ caseStoryId, fileKey: `case-stories/test/${Math.random().toString(36).slice(2)}`, widths: [480], width: 480, height: 320, alt: 'Menschen an einem Marktstand', ...overrides })
		.returning();
	return row;
}
