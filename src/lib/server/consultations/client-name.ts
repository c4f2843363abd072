import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { district, municipality } from '../db/schema';

/** The name of a consultation's client: its municipality, or the district when a Kreis asked itself. */
export async function clientName(db: Db, row: { municipalityAgs: string | null; districtCode: string | null }): Promise<string> {
	if (row.municipalityAgs) {
		const [r] = await db.select({ name: municipality.name }).from(municipality).where(eq(municipality.ags, row.municipalityAgs));
		return r?.name ?? row.municipalityAgs;
	}
	if (row.districtCode) {
		const [r] = await db.select({ name: district.name }).from(district).where(eq(district.code, row.districtCode));
		return r?.name ?? row.districtCode;
	}
	return '';
}
