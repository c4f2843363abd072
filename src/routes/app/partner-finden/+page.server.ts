import { getLocale } from '$lib/paraglide/runtime';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { findPartnerOrganisations } from '$lib/server/directory/find-partner-organisations';
import { listSearchOptions } from '$lib/server/directory/list-search-options';
import { parsePartnerRequest } from '$lib/server/directory/parse-partner-request';
import type { PageServerLoad } from './$types';

/** Proposals of directory entries for a municipality (DESIGN §6); a GET form, so it works without JavaScript. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin', 'municipality');
	const { database } = await runtime();
	const request = parsePartnerRequest(event.url.searchParams);
	const options = await listSearchOptions(database.db);
	const locale = getLocale();
	const topicNames = Object.fromEntries(options.topics.map((t) => [t.slug, locale === 'en' ? t.nameEn : t.nameDe]));
	const result = await findPartnerOrganisations(database.db, request, { topicNames });
	const asked = Boolean(request.municipalityAgs) || request.topics.length + request.languages.length + request.communities.length + request.sdgs.length > 0;
	return { request, asked, options, ...result };
};
