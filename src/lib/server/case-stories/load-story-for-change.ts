import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory } from '../db/schema';
import { CaseStoryNotFoundError, StaleCaseStoryError } from './errors';

/** The story locked for the rest of the transaction, checked against the version the person saw. */
export async function loadStoryForChange(tx: Db, id: string, version: number) {
	const [story] = await tx.select().from(caseStory).where(eq(caseStory.id, id)).for('update');
	if (!story) throw new CaseStoryNotFoundError();
	if (story.version !== version) throw new StaleCaseStoryError();
	return story;
}
