import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorBlockedPeriod, advisorProfile } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { findOverlap, type BlockedPeriodInput } from './blocked-periods';
import { AdvisorNotFoundError, BlockedPeriodOverlapError } from './errors';
import { isAdvisor } from './get-advisor-profile';

/**
 * Adds a blocked period to the advisor's own calendar. The profile row is locked first, so two simultaneous
 * additions cannot both pass the overlap check; an overlap throws BlockedPeriodOverlapError naming the period
 * it overlaps, and nothing is written.
 */
export async function addBlockedPeriod(db: Db, { userId, period }: { userId: string; period: BlockedPeriodInput }) {
	return db.transaction(async (tx) => {
		if (!(await isAdvisor(tx, userId))) throw new AdvisorNotFoundError();
		await tx.insert(advisorProfile).values({ userId, version: 0 }).onConflictDoNothing();
		await tx.select({ userId: advisorProfile.userId }).from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
		const existing = await tx
			.select({ startsOn: advisorBlockedPeriod.startsOn, endsOn: advisorBlockedPeriod.endsOn })
			.from(advisorBlockedPeriod)
			.where(eq(advisorBlockedPeriod.userId, userId));
		const clash = findOverlap(existing, period);
		if (clash) throw new BlockedPeriodOverlapError(clash);
		const [row] = await tx.insert(advisorBlockedPeriod).values({ userId, startsOn: period.startsOn, endsOn: period.endsOn, note: period.note }).returning();
		await recordAudit(tx, { actorId: userId, action: 'advisor.blocked_period.add', targetType: 'advisor_blocked_period', targetId: row.id, details: { startsOn: row.startsOn, endsOn: row.endsOn } });
		return row;
	});
}
