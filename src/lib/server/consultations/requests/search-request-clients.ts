import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { m } from '$lib/paraglide/messages.js';
import { district, municipality } from '../../db/schema';

export interface ClientOption {
	value: string;
	label: string;
	kind: 'municipality' | 'district';
}

const MAX_RESULTS = 30;

/** Kreise read "Kreis Düren"; names that already say what they are (Hochsauerlandkreis, Städteregion) stay. */
function districtLabel(name: string): string {
	return /kreis$|^städteregion|^kreis /i.test(name) ? name : m.req_district_label({ name });
}

/**
 * The municipalities and districts (Kreise) whose name contains the typed text, ignoring case and accents
 * ("dur" finds "Düren"), for the search-then-choose field of /anfrage that works without JavaScript.
 * Only non-historic entries; at most 30, districts first.
 */
export async function searchRequestClients(db: Db, query: string): Promise<ClientOption[]> {
	const q = query.trim().slice(0, 100);
	if (q.length < 2) return [];
	const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const match = (column: unknown) => sql`immutable_unaccent(lower(${column})) ILIKE immutable_unaccent(lower(${pattern}))`;
	const [districts, places] = await Promise.all([
		db
			.select({ code: district.code, name: district.name, kind: district.kind })
			.from(district)
			.where(and(eq(district.historic, false), eq(district.landCode, '05'), match(district.name), sql`${district.kind} <> 'kreisfreie_stadt'`))
			.orderBy(asc(district.name))
			.limit(MAX_RESULTS),
		db
			.select({ ags: municipality.ags, name: municipality.name })
			.from(municipality)
			.where(and(eq(municipality.historic, false), eq(municipality.landCode, '05'), match(municipality.name)))
			.orderBy(asc(municipality.name))
			.limit(MAX_RESULTS)
	]);
	return [
		...districts.map((d) => ({ value: d.code, label: districtLabel(d.name), kind: 'district' as const })),
		...places.map((p) => ({ value: p.ags, label: p.name, kind: 'municipality' as const }))
	].slice(0, MAX_RESULTS);
}

/** Every NRW municipality and Kreis, for the plain select list (and the live filter with JavaScript). */
export async function listRequestClients(db: Db): Promise<ClientOption[]> {
	const [districts, places] = await Promise.all([
		db
			.select({ code: district.code, name: district.name, kind: district.kind })
			.from(district)
			.where(and(eq(district.historic, false), eq(district.landCode, '05'), sql`${district.kind} <> 'kreisfreie_stadt'`)),
		db
			.select({ ags: municipality.ags, name: municipality.name })
			.from(municipality)
			.where(and(eq(municipality.historic, false), eq(municipality.landCode, '05')))
	]);
	return [
		...districts.map((d) => ({ value: d.code, label: districtLabel(d.name), kind: 'district' as const })),
		...places.map((p) => ({ value: p.ags, label: p.name, kind: 'municipality' as const }))
	].sort((a, b) => a.label.localeCompare(b.label, 'de'));
}
