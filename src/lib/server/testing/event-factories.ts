import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { event } from '../db/schema';

let counter = 0;

/** A published event a week ahead (2 h long), unlimited seats, unless the overrides say otherwise. */
export async function createTestEvent(db: Db, overrides: Partial<typeof event.$inferInsert> = {}) {
	counter++;
	// Whole minutes, as the form produces them (calendars have no milliseconds).
	const startsAt = overrides.startsAt ?? new Date(Math.floor(Date.now() / 60_000) * 60_000 + 7 * 86_400_000);
	const [row] = await db
		.insert(event)
		.values({
			slug: `testveranstaltung-${counter}-${randomBytes(3).toString('hex')}`,
			title: `Testveranstaltung ${counter}`,
			description: 'Eine **Werkstatt** mit Vereinen.',
			startsAt,
			endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000),
			place: 'Rathaus, Ratssaal',
			status: 'published',
			...overrides
		})
		.returning();
	return row;
}
