import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStoryRevision, user } from '../db/schema';

/** The revision history of a story, newest first, with the name of who saved (back office only). */
export async function listCaseStoryRevisions(db: Db, storyId: string) {
	return db
		.select({ id: caseStoryRevision.id, version: caseStoryRevision.version, status: caseStoryRevision.status, note: caseStoryRevision.note, at: caseStoryRevision.at, actorName: user.name })
		.from(caseStoryRevision)
		.leftJoin(user, eq(user.id, caseStoryRevision.actorId))
		.where(eq(caseStoryRevision.caseStoryId, storyId))
		.orderBy(desc(caseStoryRevision.version), desc(caseStoryRevision.id));
}

export async function getCaseStoryRevision(db: Db, storyId: string, version: number) {
	const [row] = await db
		.select({ version: caseStoryRevision.version, status: caseStoryRevision.status, note: caseStoryRevision.note, at: caseStoryRevision.at, snapshot: caseStoryRevision.snapshot, actorName: user.name })
		.from(caseStoryRevision)
		.leftJoin(user, eq(user.id, caseStoryRevision.actorId))
		.where(and(eq(caseStoryRevision.caseStoryId, storyId), eq(caseStoryRevision.version, version)))
		.orderBy(desc(caseStoryRevision.id))
		.limit(1);
	return row ?? null;
}
