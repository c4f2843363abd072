import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { caseStory, event } from '../db/schema';
import { seedDefaultPages } from '../content/default-pages';

/** The editable pages as a fresh installation has them (idempotent). */
export async function createDefaultPages(db: Db): Promise<void> {
	await seedDefaultPages(db);
}

const suffix = () => randomBytes(3).toString('hex');

export async function createTestCaseStory(db: Db, overrides: Partial<typeof caseStory.$inferInsert> = {}) {
	const [row] = await db
		.insert(caseStory)
		.values({ slug: `beispiel-${suffix()}`, title: 'Fairer Einkauf in Detmold', year: 2025, status: 'published', publishedAt: new Date(), ...overrides })
		.returning();
	return row;
}

export async function createTestEvent(db: Db, overrides: Partial<typeof event.$inferInsert> = {}) {
	const startsAt = new Date(Date.now() + 14 * 86_400_000);
	const [row] = await db
		.insert(event)
		.values({ slug: `fest-${suffix()}`, title: 'Interkulturelles Stadtfest Hamm', startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3_600_000), status: 'published', ...overrides })
		.returning();
	return row;
}
