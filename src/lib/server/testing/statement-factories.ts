import type { Db } from '../db/client';
import { honorariumRate, timeEntry } from '../db/schema';

/**
 * An approved time entry, inserted directly: statements only read the table, and the time-entry forms are another
 * area's work. Defaults: 60 minutes of a session, no kilometres, no expenses.
 */
export async function createApprovedTimeEntry(
	db: Db,
	values: Partial<typeof timeEntry.$inferInsert> & { advisorId: string; consultationId: string; workDate: string }
) {
	const [row] = await db
		.insert(timeEntry)
		.values({ minutes: 60, activity: 'session', status: 'approved', decidedAt: new Date(), ...values })
		.returning();
	return row;
}

export async function createTestRate(db: Db, values: { validFrom: string; hourlyCents: number; kilometreCents: number }) {
	const [row] = await db.insert(honorariumRate).values(values).returning();
	return row;
}
