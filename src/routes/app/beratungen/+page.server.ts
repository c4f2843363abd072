import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { pageParam } from '$lib/server/forms';
import { filtersToParams, parseConsultationFilters } from '$lib/server/consultations/consultation-filters';
import { listConsultations } from '$lib/server/consultations/list-consultations';
import { listConsultationOptions } from '$lib/server/consultations/list-consultation-options';
import { getLocale } from '$lib/paraglide/runtime';
import { STATES } from '$lib/server/consultations/lifecycle';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
const INBOX_SIZE = 10;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator', 'admin', 'advisor', 'municipality');
	const { database } = await runtime();
	const roles = event.locals.roles;
	const staff = roles.includes('coordinator') || roles.includes('admin');
	const scope = { userId: user.id, roles };
	const filters = parseConsultationFilters(event.url.searchParams);
	const page = pageParam(event.url);
	const none = parseConsultationFilters(new URLSearchParams());
	const [list, inbox, options] = await Promise.all([
		listConsultations(database.db, scope, filters, { page, pageSize: PAGE_SIZE }),
		staff ? listConsultations(database.db, scope, { ...none, state: 'requested' }, { page: 1, pageSize: INBOX_SIZE }) : null,
		listConsultationOptions(database.db, getLocale())
	]);
	return {
		staff,
		states: STATES,
		isCoordinator: roles.includes('coordinator'),
		filters,
		query: filtersToParams(filters).toString(),
		rows: list.rows,
		total: list.total,
		page,
		pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
		inbox,
		options: { ...options, advisors: staff ? options.advisors : [] }
	};
};
