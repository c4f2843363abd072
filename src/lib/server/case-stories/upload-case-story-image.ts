import { randomBytes } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { CaseStoryNotFoundError } from './errors';
import { imageFileKey, prepareCaseImage } from './image-rules';

export interface UploadImageCommand {
	storyId: string;
	bytes: Uint8Array;
	alt: string;
	caption: string;
	actorId: string;
}

/**
 * Adds an image: checked and encoded in memory (CaseImageFileError), the sizes written under a new random key before
 * the short transaction that records them (a transaction never waits for the disk); removed again if it fails.
 */
export async function uploadCaseStoryImage(db: Db, storage: FileStorage, cmd: UploadImageCommand) {
	const image = await prepareCaseImage(cmd.bytes);
	const fileKey = `case-stories/${cmd.storyId.replace(/[^a-f0-9-]/gi, '')}/${randomBytes(16).toString('hex')}`;
	const written: string[] = [];
	try {
		for (const size of image.sizes) {
			const key = imageFileKey(fileKey, size.width);
			await storage.put(key, size.bytes);
			written.push(key);
		}
		return await db.transaction(async (tx) => {
			const [story] = await tx.select({ id: caseStory.id }).from(caseStory).where(eq(caseStory.id, cmd.storyId));
			if (!story) throw new CaseStoryNotFoundError();
			const [{ last }] = await tx.select({ last: max(caseStoryImage.position) }).from(caseStoryImage).where(eq(caseStoryImage.caseStoryId, story.id));
			const [row] = await tx
				.insert(caseStoryImage)
				.values({
					caseStoryId: story.id,
					fileKey,
					widths: image.sizes.map((s) => s.width),
					width: image.width,
					height: image.height,
					alt: cmd.alt,
					caption: cmd.caption,
					position: (last ?? -1) + 1
				})
				.returning();
			await recordAudit(tx, { actorId: cmd.actorId, action: 'case_story.image.upload', targetType: 'case_story', targetId: story.id, details: { imageId: row.id, widths: row.widths } });
			return row;
		});
	} catch (err) {
		for (const key of written) await storage.delete(key).catch((cleanup) => log.error('case story image left behind', { key, error: String(cleanup) }));
		throw err;
	}
}
