import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality } from '../db/schema';

/** Centres of the current NRW municipalities: the faint outline of the Land behind the points of the map. */
export async function loadMapBackground(db: Db): Promise<{ latitude: number; longitude: number }[]> {
	const rows = await db
		.select({ latitude: municipality.latitude, longitude: municipality.longitude })
		.from(municipality)
		.where(and(eq(municipality.landCode, '05'), eq(municipality.historic, false), isNotNull(municipality.latitude), isNotNull(municipality.longitude)));
	return rows.map((r) => ({ latitude: r.latitude!, longitude: r.longitude! }));
}
