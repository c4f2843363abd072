import { and, arrayOverlaps, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { alias } from 'drizzle-orm/pg-core';
import { municipality, organisation } from '../../db/schema';
import type { OrganisationKind } from '$lib/reference/organisation-kinds-values';
import { cleanQuery, queryVariants, type SearchFilters } from './search-filters';

export interface OrganisationSearchRow {
	id: string;
	name: string;
	kind: OrganisationKind;
	verified: boolean;
	languages: string[];
	topics: string[];
	sdgs: number[];
	municipalityAgs: string;
	municipalityName: string;
	latitude: number | null;
	longitude: number | null;
	/** Only when a municipality is given as the centre. */
	distanceKm: number | null;
}

/** Minimum word similarity for a name to count as a typo match (pg_trgm's default for <% is 0.6). */
const WORD_SIMILARITY = 0.5;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = 111.32;

/** The centre of a radius search: the same table under another name. */
const centreTable = alias(municipality, 'centre_municipality');

const normalisedName = sql`immutable_unaccent(lower(${organisation.name}))`;

/** `%`, `_` and `\` are plain characters in the user's text. */
function likePattern(q: string): string {
	return `%${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}

/** The text condition and its rank: German full text (stemmed, accents folded) OR a similar name OR part of the name. */
function textMatch(q: string): { where: SQL; rank: SQL } {
	const variants = queryVariants(q);
	const tsqueries = variants.map((v) => sql`websearch_to_tsquery('german', immutable_unaccent(${v}))`);
	const conditions: SQL[] = [];
	const ranks: SQL[] = [];
	for (const tsq of tsqueries) {
		conditions.push(sql`${organisation.search} @@ ${tsq}`);
		ranks.push(sql`ts_rank(${organisation.search}, ${tsq})`);
	}
	for (const v of variants) {
		const needle = sql`immutable_unaccent(lower(${v}))`;
		// `<%` and LIKE are both answered by the trigram index on the normalised name.
		conditions.push(sql`(${needle} <% ${normalisedName} AND word_similarity(${needle}, ${normalisedName}) >= ${WORD_SIMILARITY})`);
		conditions.push(sql`${normalisedName} LIKE immutable_unaccent(${likePattern(v)})`);
		ranks.push(sql`word_similarity(${needle}, ${normalisedName})`);
	}
	return {
		where: sql`(${sql.join(conditions, sql` OR `)})`,
		rank: sql`(greatest(${sql.join(ranks.slice(0, tsqueries.length), sql`, `)}) + greatest(${sql.join(ranks.slice(tsqueries.length), sql`, `)}))`
	};
}

/** Great-circle distance (haversine) from the centre to the organisation's municipality, in SQL. */
function haversine(centre: { lat: SQL.Aliased<number>; lon: SQL.Aliased<number> }): SQL<number> {
	const lat = municipality.latitude;
	const lon = municipality.longitude;
	return sql<number>`(2 * ${sql.raw(String(EARTH_RADIUS_KM))} * asin(least(1, sqrt(
		power(sin(radians(${lat} - ${centre.lat}) / 2), 2)
		+ cos(radians(${centre.lat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${centre.lon}) / 2), 2)))))`;
}

/**
 * Searches the public directory: only published entries, filtered and ranked in SQL, one page of rows plus the
 * total — two queries, both answerable from the indexes (full text GIN, trigram GIN, array GIN, municipality).
 */
export async function searchOrganisations(
	db: Db,
	filters: SearchFilters
): Promise<{ rows: OrganisationSearchRow[]; total: number }> {
	const q = cleanQuery(filters.q);
	const conditions: SQL[] = [eq(organisation.status, 'published')];
	const text = q ? textMatch(q) : undefined;
	if (text) conditions.push(text.where);

	// The centre is joined as a one-row sub-select, so the page stays at two queries; an unknown AGS gives no rows.
	const centre = filters.municipalityAgs
		? db
				.select({ lat: sql<number>`${centreTable.latitude}`.as('centre_lat'), lon: sql<number>`${centreTable.longitude}`.as('centre_lon') })
				.from(centreTable)
				.where(eq(centreTable.ags, filters.municipalityAgs))
				.as('centre')
		: undefined;
	const distance = centre ? haversine(centre) : undefined;
	if (centre && distance && filters.radiusKm) {
		// Bounding box first (cheap comparisons), then the exact distance.
		const radius = sql`${filters.radiusKm}::float8`;
		conditions.push(sql`${municipality.latitude} BETWEEN ${centre.lat} - ${radius} / ${sql.raw(String(KM_PER_DEGREE))} AND ${centre.lat} + ${radius} / ${sql.raw(String(KM_PER_DEGREE))}`);
		conditions.push(
			sql`abs(${municipality.longitude} - ${centre.lon}) <= ${radius} / (${sql.raw(String(KM_PER_DEGREE))} * greatest(0.01, cos(radians(${centre.lat}))))`
		);
		conditions.push(sql`${distance} <= ${radius}`);
	} else if (filters.municipalityAgs) {
		conditions.push(eq(organisation.municipalityAgs, filters.municipalityAgs));
	}
	if (filters.districtCode) conditions.push(eq(municipality.districtCode, filters.districtCode));
	if (filters.topics.length) conditions.push(arrayOverlaps(organisation.topics, filters.topics));
	if (filters.languages.length) conditions.push(arrayOverlaps(organisation.languages, filters.languages));
	if (filters.sdgs.length) conditions.push(sql`${organisation.sdgs} && ${`{${filters.sdgs.join(',')}}`}::smallint[]`);
	if (filters.kinds.length) conditions.push(inArray(organisation.kind, filters.kinds));
	const where = and(...conditions);

	const order: SQL[] = [];
	if (filters.sort === 'distance' && distance) order.push(sql`${distance} ASC NULLS LAST`);
	if (filters.sort === 'relevance' && text) order.push(desc(text.rank));
	if (filters.sort === 'relevance' && !text && distance) order.push(sql`${distance} ASC NULLS LAST`);
	order.push(asc(sql`lower(${organisation.name})`), asc(organisation.id));

	const rowsQuery = db
		.select({
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			verified: organisation.verified,
			languages: organisation.languages,
			topics: organisation.topics,
			sdgs: organisation.sdgs,
			municipalityAgs: organisation.municipalityAgs,
			municipalityName: municipality.name,
			latitude: municipality.latitude,
			longitude: municipality.longitude,
			distanceKm: distance ? sql<number | null>`${distance}::float8` : sql<null>`NULL::float8`
		})
		.from(organisation)
		.innerJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.$dynamic();
	const countQuery = db
		.select({ total: count() })
		.from(organisation)
		.innerJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.$dynamic();
	if (centre) {
		rowsQuery.innerJoin(centre, sql`true`);
		countQuery.innerJoin(centre, sql`true`);
	}
	const [rows, [{ total }]] = await Promise.all([
		rowsQuery
			.where(where)
			.orderBy(...order)
			.limit(filters.pageSize)
			.offset((filters.page - 1) * filters.pageSize),
		countQuery.where(where)
	]);
	return {
		rows: rows.map((r) => ({ ...r, sdgs: r.sdgs.map(Number), distanceKm: r.distanceKm == null ? null : Number(r.distanceKm) })),
		total: Number(total)
	};
}
