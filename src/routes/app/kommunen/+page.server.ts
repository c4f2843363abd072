import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { pageParam } from '$lib/server/forms';
import { listMunicipalities, listMunicipalityFilters } from '$lib/server/municipalities/list-municipalities';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

/** Filters from the URL; a malformed code is ignored rather than answered with an error. */
const filters = z.object({
	q: z.string().trim().max(100).catch(''),
	bezirk: z.string().regex(/^\d{3}$/).optional().catch(undefined),
	kreis: z.string().regex(/^\d{5}$/).optional().catch(undefined)
});

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const params = event.url.searchParams;
	const { q, bezirk, kreis } = filters.parse({
		q: params.get('q') ?? '',
		bezirk: params.get('bezirk') || undefined,
		kreis: params.get('kreis') || undefined
	});
	const page = pageParam(event.url);
	const [{ rows, total }, options] = await Promise.all([
		listMunicipalities(database.db, { page, pageSize: PAGE_SIZE, query: q || undefined, regionCode: bezirk, districtCode: kreis }),
		listMunicipalityFilters(database.db, bezirk)
	]);
	return {
		municipalities: rows,
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		filters: { q, bezirk: bezirk ?? '', kreis: kreis ?? '' },
		...options
	};
};
