import { isCountryCode } from '$lib/reference/countries';
import type { PartnerRequest } from './find-partner-organisations';
import { parseSearchFilters } from './search/search-filters';

/** Pure: the partner search from the query string (kommune, thema, sprache, herkunft, sdg); never throws. */
export function parsePartnerRequest(params: URLSearchParams): PartnerRequest {
	const filters = parseSearchFilters(params);
	const communities: string[] = [];
	for (const raw of params.getAll('herkunft')) {
		const code = raw.trim().toUpperCase();
		if (isCountryCode(code) && !communities.includes(code) && communities.length < 20) communities.push(code);
	}
	return {
		municipalityAgs: filters.municipalityAgs,
		topics: filters.topics,
		languages: filters.languages,
		communities,
		sdgs: filters.sdgs
	};
}
