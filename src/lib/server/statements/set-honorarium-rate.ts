import { eq, count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { honorariumRate } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { todayInBerlin } from './month';
import { earliestValidFrom, type RateInput } from './rates';

/** The rate cannot be saved; `code` names the field problem the form shows. */
export class RateRefusedError extends Error {
	constructor(
		readonly code: 'date_taken' | 'date_too_early',
		readonly earliest: string | null = null
	) {
		super(`honorarium rate refused: ${code}`);
	}
}

/**
 * An admin sets a new hourly and kilometre rate from a date on (one short transaction with the audit entry). Rates
 * are never changed or deleted, and a new one may not reach back before the current month (see earliestValidFrom),
 * so a statement once produced stays what it was.
 */
export async function setHonorariumRate(db: Db, { input, actorId, now = new Date() }: { input: RateInput; actorId: string; now?: Date }) {
	return db.transaction(async (tx) => {
		const [{ n }] = await tx.select({ n: count() }).from(honorariumRate);
		const earliest = earliestValidFrom(todayInBerlin(now), n > 0);
		if (earliest && input.validFrom < earliest) throw new RateRefusedError('date_too_early', earliest);
		const [taken] = await tx.select({ id: honorariumRate.id }).from(honorariumRate).where(eq(honorariumRate.validFrom, input.validFrom));
		if (taken) throw new RateRefusedError('date_taken');
		const [row] = await tx
			.insert(honorariumRate)
			.values({ ...input, createdBy: actorId })
			.onConflictDoNothing({ target: honorariumRate.validFrom })
			.returning();
		// A concurrent save of the same day won the unique constraint between our check and the insert.
		if (!row) throw new RateRefusedError('date_taken');
		await recordAudit(tx, {
			actorId,
			action: 'honorarium_rate.create',
			targetType: 'honorarium_rate',
			targetId: row.id,
			details: { validFrom: row.validFrom, hourlyCents: row.hourlyCents, kilometreCents: row.kilometreCents }
		});
		return row;
	});
}
