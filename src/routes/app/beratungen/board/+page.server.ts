import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { filtersToParams, parseConsultationFilters } from '$lib/server/consultations/consultation-filters';
import { listConsultationBoard } from '$lib/server/consultations/list-consultation-board';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator', 'admin', 'advisor', 'municipality');
	const { database } = await runtime();
	const filters = { ...parseConsultationFilters(event.url.searchParams), state: null };
	const columns = await listConsultationBoard(database.db, { userId: user.id, roles: event.locals.roles }, filters);
	return { columns, query: filtersToParams(filters).toString() };
};
