import { and, asc, count, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { district, governmentRegion, municipality, type MunicipalityKind } from '../db/schema';

export interface MunicipalityListItem {
	ags: string;
	name: string;
	kind: MunicipalityKind;
	population: number | null;
	districtName: string;
	regionName: string | null;
}

export interface MunicipalityListQuery {
	page: number;
	pageSize: number;
	/** Part of the name (accents and case ignored) or the beginning of the AGS / ARS. */
	query?: string;
	regionCode?: string;
	districtCode?: string;
}

/** `%`, `_` and `\` typed by a person are plain characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * One page of current (not historic) municipalities with district and region names, plus the total.
 * The name match runs on immutable_unaccent(lower(name)), so "duren", "DÜREN" and "Düren" all find Düren.
 */
export async function listMunicipalities(db: Db, q: MunicipalityListQuery): Promise<{ rows: MunicipalityListItem[]; total: number }> {
	const conditions: SQL[] = [eq(municipality.historic, false)];
	const text = q.query?.trim();
	if (text && /^\d+$/.test(text)) {
		conditions.push(or(like(municipality.ags, `${text}%`), like(municipality.ars, `${text}%`))!);
	} else if (text) {
		conditions.push(ilike(sql`immutable_unaccent(lower(${municipality.name}))`, sql`'%' || immutable_unaccent(lower(${escapeLike(text)})) || '%'`));
	}
	if (q.regionCode) conditions.push(eq(municipality.regionCode, q.regionCode));
	if (q.districtCode) conditions.push(eq(municipality.districtCode, q.districtCode));
	const where = and(...conditions);
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				ags: municipality.ags,
				name: municipality.name,
				kind: municipality.kind,
				population: municipality.population,
				districtName: district.name,
				regionName: governmentRegion.name
			})
			.from(municipality)
			.innerJoin(district, eq(district.code, municipality.districtCode))
			.leftJoin(governmentRegion, eq(governmentRegion.code, municipality.regionCode))
			.where(where)
			.orderBy(asc(municipality.name), asc(municipality.ags))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db.select({ total: count() }).from(municipality).where(where)
	]);
	return { rows, total };
}

/** Options of the two filter lists; districts narrowed to the chosen region so the list stays short. */
export async function listMunicipalityFilters(db: Db, regionCode?: string) {
	const [regions, districts] = await Promise.all([
		db
			.select({ code: governmentRegion.code, name: governmentRegion.name })
			.from(governmentRegion)
			.where(eq(governmentRegion.historic, false))
			.orderBy(asc(governmentRegion.code)),
		db
			.select({ code: district.code, name: district.name })
			.from(district)
			.where(and(eq(district.historic, false), regionCode ? eq(district.regionCode, regionCode) : undefined))
			.orderBy(asc(district.name), asc(district.code))
	]);
	return { regions, districts };
}
