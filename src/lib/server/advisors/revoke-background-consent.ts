import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile, consentRecord } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { BACKGROUND_CONSENT, CONSENT_SUBJECT, CONSENT_WAY } from './consents';

/**
 * The advisor withdraws the consent to the background text: the text is deleted at once, with the commit, and
 * a consent record says so. No version check: a withdrawal always wins over an edit in another tab. Returns
 * false when there was no consent to withdraw (nothing written).
 */
export async function revokeBackgroundConsent(db: Db, { userId }: { userId: string }, { now = new Date() }: { now?: Date } = {}): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [before] = await tx.select({ consentAt: advisorProfile.backgroundConsentAt, background: advisorProfile.background }).from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
		if (!before?.consentAt && !before?.background) return false;
		await tx
			.update(advisorProfile)
			.set({ background: '', backgroundConsentAt: null, updatedAt: now, version: sql`${advisorProfile.version} + 1` })
			.where(eq(advisorProfile.userId, userId));
		await tx.insert(consentRecord).values({ subjectType: CONSENT_SUBJECT, subjectId: userId, way: CONSENT_WAY, at: now, granted: false, ...BACKGROUND_CONSENT });
		await recordAudit(tx, { actorId: userId, action: 'advisor.background.revoke', targetType: 'user', targetId: userId, details: { textVersion: BACKGROUND_CONSENT.textVersion } });
		return true;
	});
}
