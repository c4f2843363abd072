import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';

/** The advisor removes their photo: the row first (the team page stops showing it), then the file. False when there was none. */
export async function removeAdvisorPhoto(db: Db, storage: FileStorage, { userId }: { userId: string }, { now = new Date() }: { now?: Date } = {}): Promise<boolean> {
	const key = await db.transaction(async (tx) => {
		const [before] = await tx.select({ photoKey: advisorProfile.photoKey }).from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
		if (!before?.photoKey) return null;
		await tx.update(advisorProfile).set({ photoKey: null, photoMediaType: null, updatedAt: now }).where(eq(advisorProfile.userId, userId));
		await recordAudit(tx, { actorId: userId, action: 'advisor.photo.remove', targetType: 'user', targetId: userId });
		return before.photoKey;
	});
	if (!key) return false;
	await storage.delete(key).catch((err) => log.error('removed advisor photo left behind', { key, error: String(err) }));
	return true;
}
