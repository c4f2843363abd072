import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { AdvisorNotFoundError } from './errors';
import { isAdvisor } from './get-advisor-profile';
import { preparePhoto } from './photo-rules';

/**
 * The advisor's own photo: checked and re-encoded (PhotoFileError), written under a new random key
 * advisors/<userId>/<random> before the short transaction that points the profile at it (the transaction must not
 * wait for the disk). Afterwards the old file is removed; when the transaction fails, the new one is.
 */
export async function uploadAdvisorPhoto(db: Db, storage: FileStorage, { userId, bytes }: { userId: string; bytes: Uint8Array }, { now = new Date() }: { now?: Date } = {}) {
	const photo = await preparePhoto(bytes);
	const key = `advisors/${userId}/${randomBytes(16).toString('hex')}`;
	await storage.put(key, photo.bytes);
	let oldKey: string | null = null;
	try {
		oldKey = await db.transaction(async (tx) => {
			if (!(await isAdvisor(tx, userId))) throw new AdvisorNotFoundError();
			await tx.insert(advisorProfile).values({ userId, version: 0 }).onConflictDoNothing();
			const [before] = await tx.select({ photoKey: advisorProfile.photoKey }).from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
			await tx.update(advisorProfile).set({ photoKey: key, photoMediaType: photo.mediaType, updatedAt: now }).where(eq(advisorProfile.userId, userId));
			await recordAudit(tx, { actorId: userId, action: 'advisor.photo.upload', targetType: 'user', targetId: userId, details: { mediaType: photo.mediaType, sizeBytes: photo.bytes.byteLength } });
			return before.photoKey;
		});
	} catch (err) {
		await storage.delete(key).catch((cleanup) => log.error('advisor photo left behind', { key, error: String(cleanup) }));
		throw err;
	}
	if (oldKey) await storage.delete(oldKey).catch((cleanup) => log.error('old advisor photo left behind', { key: oldKey, error: String(cleanup) }));
	return { key, mediaType: photo.mediaType };
}
