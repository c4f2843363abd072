import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStoryImage } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { CaseStoryNotFoundError } from './errors';
import { imageFileKey } from './image-rules';

/** Removes an image of the story: the row first (the page stops showing it), then its files. */
export async function deleteCaseStoryImage(db: Db, storage: FileStorage, { storyId, imageId, actorId }: { storyId: string; imageId: string; actorId: string }) {
	const removed = await db.transaction(async (tx) => {
		const [row] = await tx.delete(caseStoryImage).where(and(eq(caseStoryImage.id, imageId), eq(caseStoryImage.caseStoryId, storyId))).returning();
		if (!row) throw new CaseStoryNotFoundError();
		await recordAudit(tx, { actorId, action: 'case_story.image.delete', targetType: 'case_story', targetId: storyId, details: { imageId } });
		return row;
	});
	for (const w of removed.widths) {
		const key = imageFileKey(removed.fileKey, w);
		await storage.delete(key).catch((err) => log.error('case story image file left behind', { key, error: String(err) }));
	}
}
