import type { Db } from '../db/client';
import { honorariumRate } from '../db/schema';

/** The demo honorarium rate: 50,00 € per hour and 0,30 € per kilometre from 1 January 2026. Runs again harmlessly. */
export async function seedDemoRates(db: Db): Promise<void> {
	await db
		.insert(honorariumRate)
		.values({ validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 })
		.onConflictDoNothing({ target: honorariumRate.validFrom });
}
