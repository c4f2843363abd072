import { runtime } from '$lib/server/runtime';
import { parseSearchFilters, searchFiltersToParams } from '$lib/server/directory/search/search-filters';
import { searchOrganisations } from '$lib/server/directory/search/search-organisations';
import { listSearchOptions } from '$lib/server/directory/list-search-options';
import type { PageServerLoad } from './$types';

/** Public: the search is a GET form, so every result page has its own address and works without JavaScript. */
export const load: PageServerLoad = async ({ url }) => {
	const { database } = await runtime();
	const filters = parseSearchFilters(url.searchParams);
	const [{ rows, total }, options] = await Promise.all([searchOrganisations(database.db, filters), listSearchOptions(database.db)]);
	const pageCount = Math.max(1, Math.ceil(total / filters.pageSize));
	return {
		filters,
		rows,
		total,
		pageCount,
		options,
		// The query string of this search without the page; the page adds `seite=n` for its links.
		baseQuery: searchFiltersToParams(filters, 1).toString()
	};
};
