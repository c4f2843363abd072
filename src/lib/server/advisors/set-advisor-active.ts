import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AdvisorNotFoundError } from './errors';
import { isAdvisor } from './get-advisor-profile';

/**
 * A coordinator takes an advisor into the pool or out of it (only active advisors are ranked in matching).
 * Not version-checked and not counted as a profile edit: the flag is not on the advisor's form, so the
 * advisor's next save is not refused because of it. Returns whether anything changed.
 */
export async function setAdvisorActive(
	db: Db,
	{ userId, active, actorId }: { userId: string; active: boolean; actorId: string },
	{ now = new Date() }: { now?: Date } = {}
): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await isAdvisor(tx, userId))) throw new AdvisorNotFoundError();
		await tx.insert(advisorProfile).values({ userId, version: 0 }).onConflictDoNothing();
		const [before] = await tx.select({ active: advisorProfile.active }).from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
		if (before.active === active) return false;
		await tx.update(advisorProfile).set({ active, updatedAt: now }).where(eq(advisorProfile.userId, userId));
		await recordAudit(tx, { actorId, action: active ? 'advisor.activate' : 'advisor.deactivate', targetType: 'user', targetId: userId });
		return true;
	});
}
