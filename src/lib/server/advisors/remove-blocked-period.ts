import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorBlockedPeriod } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { BlockedPeriodNotFoundError } from './errors';

import { UUID_PATTERN as UUID } from '../ids';

/** Removes one of the advisor's own blocked periods; someone else's or an unknown one is BlockedPeriodNotFoundError. */
export async function removeBlockedPeriod(db: Db, { userId, periodId }: { userId: string; periodId: string }) {
	if (!UUID.test(periodId)) throw new BlockedPeriodNotFoundError();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(advisorBlockedPeriod)
			.where(and(eq(advisorBlockedPeriod.id, periodId), eq(advisorBlockedPeriod.userId, userId)))
			.returning();
		if (!row) throw new BlockedPeriodNotFoundError();
		await recordAudit(tx, { actorId: userId, action: 'advisor.blocked_period.remove', targetType: 'advisor_blocked_period', targetId: row.id, details: { startsOn: row.startsOn, endsOn: row.endsOn } });
		return row;
	});
}
