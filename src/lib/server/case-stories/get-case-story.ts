import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage } from '../db/schema';
import { renderMarkdown } from '../content/markdown';
import { listStoryConsents } from './consent';
import { CaseStoryNotFoundError } from './errors';
import { consentState, nextStatuses, publishBlockers } from './lifecycle';

/** A story for the editor with its images, consents and what would block publishing now. */
export async function getCaseStory(db: Db, id: string) {
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CaseStoryNotFoundError();
	const [story] = await db.select().from(caseStory).where(eq(caseStory.id, id));
	if (!story) throw new CaseStoryNotFoundError();
	const [images, consents] = await Promise.all([
		db.select().from(caseStoryImage).where(eq(caseStoryImage.caseStoryId, id)).orderBy(asc(caseStoryImage.position), asc(caseStoryImage.createdAt)),
		listStoryConsents(db, story)
	]);
	const consent = consentState(consents);
	const blockers = publishBlockers({ ...story, renderedBody: renderMarkdown(story.body), imageAlts: images.map((i) => i.alt), consent });
	return { story, images, consents, consent, blockers, nextStatuses: nextStatuses(story.status) };
}
