import { z } from 'zod';
import { isLanguageCode } from '$lib/reference/languages';
import { ORGANISATION_KINDS, type OrganisationKind } from '$lib/reference/organisation-kinds-values';

export const SEARCH_SORTS = ['relevance', 'distance', 'name'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Radius choices offered by the form; the parser accepts any value in range and clamps it. */
export const RADIUS_OPTIONS = [10, 25, 50, 100] as const;
export const MAX_QUERY_LENGTH = 200;
export const MAX_RADIUS_KM = 300;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_VALUES = 20;

export interface SearchFilters {
	q: string;
	municipalityAgs?: string;
	districtCode?: string;
	radiusKm?: number;
	topics: string[];
	sdgs: number[];
	languages: string[];
	kinds: OrganisationKind[];
	sort: SearchSort;
	page: number;
	pageSize: number;
}

/** The German URL parameter of each filter (the public pages use German path and parameter names). */
export const PARAM = {
	q: 'q',
	municipalityAgs: 'kommune',
	districtCode: 'kreis',
	radiusKm: 'umkreis',
	topics: 'thema',
	sdgs: 'sdg',
	languages: 'sprache',
	kinds: 'art',
	sort: 'sortierung',
	page: 'seite'
} as const;

/** Control characters (NUL above all) cannot be stored in PostgreSQL text and never belong in a search. */
export function cleanQuery(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Keeps the values that pass `valid`, without duplicates, at most MAX_VALUES of them. */
function listOf<T>(valid: (v: string) => T | undefined) {
	return z
		.array(z.unknown())
		.catch([])
		.transform((values) => {
			const out: T[] = [];
			for (const v of values) {
				const parsed = typeof v === 'string' ? valid(v.trim()) : undefined;
				if (parsed !== undefined && !out.includes(parsed)) out.push(parsed);
				if (out.length >= MAX_VALUES) break;
			}
			return out;
		});
}

function intIn(min: number, max: number) {
	return (v: unknown): number | undefined => {
		if (typeof v !== 'string' || v.trim() === '') return undefined;
		const n = Number(v);
		if (!Number.isFinite(n)) return undefined;
		return Math.min(max, Math.max(min, Math.round(n)));
	};
}

/** Every field has a fallback, so parsing never fails: wrong values are dropped, numbers are clamped. */
const filtersSchema = z.object({
	q: z.string().catch('').transform(cleanQuery),
	municipalityAgs: z.string().regex(/^\d{8}$/).optional().catch(undefined),
	districtCode: z.string().regex(/^\d{5}$/).optional().catch(undefined),
	radiusKm: z.unknown().transform(intIn(1, MAX_RADIUS_KM)),
	topics: listOf((v) => (/^[a-z0-9-]{1,60}$/.test(v) ? v : undefined)),
	sdgs: listOf((v) => (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 17 ? Number(v) : undefined)),
	languages: listOf((v) => (isLanguageCode(v.toLowerCase()) ? v.toLowerCase() : undefined)),
	kinds: listOf((v) => ((ORGANISATION_KINDS as readonly string[]).includes(v) ? (v as OrganisationKind) : undefined)),
	sort: z.enum(SEARCH_SORTS).catch('relevance'),
	page: z.unknown().transform((v) => intIn(1, 100_000)(v) ?? 1),
	pageSize: z.unknown().transform((v) => intIn(1, MAX_PAGE_SIZE)(v) ?? DEFAULT_PAGE_SIZE)
});

/** Pure: the search filters from a URL's query string. Never throws, whatever the input. */
export function parseSearchFilters(params: URLSearchParams, pageSize = DEFAULT_PAGE_SIZE): SearchFilters {
	const filters = filtersSchema.parse({
		q: params.get(PARAM.q) ?? '',
		municipalityAgs: params.get(PARAM.municipalityAgs) ?? undefined,
		districtCode: params.get(PARAM.districtCode) ?? undefined,
		radiusKm: params.get(PARAM.radiusKm) ?? undefined,
		topics: params.getAll(PARAM.topics),
		sdgs: params.getAll(PARAM.sdgs),
		languages: params.getAll(PARAM.languages),
		kinds: params.getAll(PARAM.kinds),
		sort: params.get(PARAM.sort) ?? undefined,
		page: params.get(PARAM.page) ?? undefined,
		pageSize: String(pageSize)
	});
	// A radius needs a centre; without a municipality it means nothing.
	if (!filters.municipalityAgs) filters.radiusKm = undefined;
	return filters;
}

/** Pure: the query string for the filters (e.g. for pagination links); defaults are left out. */
export function searchFiltersToParams(filters: SearchFilters, page = filters.page): URLSearchParams {
	const p = new URLSearchParams();
	if (filters.q) p.set(PARAM.q, filters.q);
	if (filters.municipalityAgs) p.set(PARAM.municipalityAgs, filters.municipalityAgs);
	if (filters.districtCode) p.set(PARAM.districtCode, filters.districtCode);
	if (filters.radiusKm) p.set(PARAM.radiusKm, String(filters.radiusKm));
	for (const t of filters.topics) p.append(PARAM.topics, t);
	for (const s of filters.sdgs) p.append(PARAM.sdgs, String(s));
	for (const l of filters.languages) p.append(PARAM.languages, l);
	for (const k of filters.kinds) p.append(PARAM.kinds, k);
	if (filters.sort !== 'relevance') p.set(PARAM.sort, filters.sort);
	if (page > 1) p.set(PARAM.page, String(page));
	return p;
}

/**
 * Pure: spellings to search besides the query itself. People without umlauts on the keyboard write "Koeln" for
 * "Köln"; the stored text is folded by unaccent to "Koln", so we also search oe→o, ae→a, ue→u (and ß→ss).
 */
export function queryVariants(q: string): string[] {
	const folded = q
		.replace(/ß/g, 'ss')
		.replace(/([aouAOU])e/g, '$1')
		.trim();
	return folded && folded !== q ? [q, folded] : [q];
}
