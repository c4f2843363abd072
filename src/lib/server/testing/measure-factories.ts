import type { Db } from '../db/client';
import { measure, measureStatusChange } from '../db/schema';

let counter = 0;

/** A measure of the given consultation with its first history row; status 'idea' unless overridden. */
export async function createTestMeasure(db: Db, overrides: Partial<typeof measure.$inferInsert> & { consultationId: string }) {
	counter++;
	const [row] = await db
		.insert(measure)
		.values({
			title: `Maßnahme ${counter}: Runder Tisch mit migrantischen Vereinen`,
			description: 'Zweimal im Jahr lädt die Stadt die Vereine ins Rathaus ein.',
			owner: 'Amt für Integration',
			...overrides
		})
		.returning();
	await db.insert(measureStatusChange).values({ measureId: row.id, fromStatus: null, toStatus: row.status, actorId: row.createdBy });
	return row;
}
