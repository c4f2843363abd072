import type { Db } from '../db/client';
import { organisation } from '../db/schema';

export type NewOrganisation = typeof organisation.$inferInsert;

let counter = 0;

/** A published, verified directory entry unless the overrides say otherwise; the municipality must exist. */
export async function createTestOrganisation(db: Db, overrides: Partial<NewOrganisation> & { municipalityAgs: string }) {
	counter++;
	const [row] = await db
		.insert(organisation)
		.values({
			name: `Testverein ${counter}`,
			kind: 'association',
			description: '',
			contactName: 'Erika Muster',
			contactEmail: `verein-${counter}@test.miglobe.de`,
			status: 'published',
			verified: true,
			...overrides
		})
		.returning();
	return row;
}
