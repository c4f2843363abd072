import type { Db } from '../db/client';
import { district, governmentRegion, land, municipality } from '../db/schema';

export interface TestMunicipality {
	ags: string;
	name: string;
	latitude: number | null;
	longitude: number | null;
	districtCode: string;
	regionCode: string;
}

let counter = 0;

/**
 * Inserts a municipality of NRW (Land 05) with its government region and district when they are missing, so that
 * tests (and the benchmark) do not depend on the imported municipality directory. Idempotent per AGS.
 */
export async function createTestMunicipality(
	db: Db,
	overrides: Partial<TestMunicipality> & { population?: number } = {}
): Promise<TestMunicipality> {
	counter++;
	const ags = overrides.ags ?? `05999${String(counter % 1000).padStart(3, '0')}`;
	const districtCode = overrides.districtCode ?? ags.slice(0, 5);
	const regionCode = overrides.regionCode ?? ags.slice(0, 3);
	const record: TestMunicipality = {
		ags,
		name: overrides.name ?? `Teststadt ${counter}`,
		latitude: overrides.latitude === undefined ? 51.5 : overrides.latitude,
		longitude: overrides.longitude === undefined ? 7.5 : overrides.longitude,
		districtCode,
		regionCode
	};
	await db.insert(land).values({ code: '05', name: 'Nordrhein-Westfalen' }).onConflictDoNothing();
	await db.insert(governmentRegion).values({ code: regionCode, landCode: '05', name: `Regierungsbezirk ${regionCode}` }).onConflictDoNothing();
	await db
		.insert(district)
		.values({ code: districtCode, landCode: '05', regionCode, name: `Kreis ${districtCode}`, kind: 'kreis' })
		.onConflictDoNothing();
	await db
		.insert(municipality)
		.values({
			ags,
			ars: `${ags.slice(0, 5)}0000${ags.slice(5)}`,
			name: record.name,
			kind: 'stadt',
			landCode: '05',
			regionCode,
			districtCode,
			population: overrides.population ?? 10_000,
			latitude: record.latitude,
			longitude: record.longitude
		})
		.onConflictDoNothing();
	return record;
}
