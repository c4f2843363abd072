import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage } from '../db/schema';
import { imageFileKey, servedWidth } from './image-rules';

/**
 * The stored file of an image in the requested width, or null. Images of unpublished stories only for the
 * coordination (`mayPreview`), so drafts do not leak through guessed ids.
 */
export async function getCaseImageFile(db: Db, { imageId, width, mayPreview }: { imageId: string; width: number; mayPreview: boolean }) {
	if (!/^[0-9a-f-]{36}$/i.test(imageId)) return null;
	const [row] = await db
		.select({ fileKey: caseStoryImage.fileKey, widths: caseStoryImage.widths, status: caseStory.status })
		.from(caseStoryImage)
		.innerJoin(caseStory, eq(caseStory.id, caseStoryImage.caseStoryId))
		.where(eq(caseStoryImage.id, imageId));
	if (!row) return null;
	const published = row.status === 'published';
	if (!published && !mayPreview) return null;
	const w = servedWidth(row.widths, width);
	if (w === null) return null;
	return { key: imageFileKey(row.fileKey, w), published };
}
