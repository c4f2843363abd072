import type { Db } from '../db/client';
import { timeEntry } from '../db/schema';

let counter = 0;

/**
 * A time entry of the given advisor and consultation (both must exist): 'submitted', two hours of preparation on
 * 1 November 2026 unless overridden. Membership is not checked here; add it with addTestMember where it matters.
 */
export async function createTestTimeEntry(db: Db, overrides: Partial<typeof timeEntry.$inferInsert> & { advisorId: string; consultationId: string }) {
	counter++;
	const [row] = await db
		.insert(timeEntry)
		.values({
			workDate: '2026-11-01',
			minutes: 120,
			activity: 'preparation',
			description: `Vorbereitung ${counter}: Ablauf des Dialogforums abgestimmt`,
			...overrides
		})
		.returning();
	return row;
}
