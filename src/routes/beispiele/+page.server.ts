import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { listTopics } from '$lib/server/directory/list-topics';
import { caseFiltersToParams, parseCaseFilters } from '$lib/server/case-stories/public-filters';
import { listPublicFilterOptions, searchCaseStories } from '$lib/server/case-stories/search-case-stories';
import { SIZE_CLASSES } from '$lib/server/case-stories/size-classes';
import type { PageServerLoad } from './$types';

/** Public: a GET form, so every filtered page has its own address and works without JavaScript. */
export const load: PageServerLoad = async ({ url }) => {
	const { database } = await runtime();
	const locale = getLocale();
	const filters = parseCaseFilters(url.searchParams);
	const [result, options, topics] = await Promise.all([searchCaseStories(database.db, filters, locale), listPublicFilterOptions(database.db), listTopics(database.db)]);
	return {
		filters,
		...result,
		options: { ...options, topics, sizes: SIZE_CLASSES },
		pageCount: Math.max(1, Math.ceil(result.total / filters.pageSize)),
		baseQuery: caseFiltersToParams(filters).toString(),
		seo: { title: m.case_public_title(), description: m.case_public_lead() }
	};
};
