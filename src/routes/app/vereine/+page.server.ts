import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { pageParam } from '$lib/server/forms';
import { ORGANISATION_STATUSES, type OrganisationStatus } from '$lib/server/db/schema';
import { countOrganisationsByStatus, listOrganisations } from '$lib/server/directory/lifecycle/list-organisations';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const requested = event.url.searchParams.get('status');
	const status: OrganisationStatus = (ORGANISATION_STATUSES as readonly string[]).includes(requested ?? '') ? (requested as OrganisationStatus) : 'pending';
	const page = pageParam(event.url);
	const [{ rows, total }, counts] = await Promise.all([
		listOrganisations(database.db, { status, page, pageSize: PAGE_SIZE }),
		countOrganisationsByStatus(database.db)
	]);
	return { status, rows, total, counts, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
