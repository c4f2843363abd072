import { error } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { getRequestStatus } from '$lib/server/consultations/requests/get-request-status';
import { m } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const { database } = await runtime();
	// A private page: never cached by shared caches, never indexed.
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const status = await getRequestStatus(database.db, params.token);
	if (!status) error(404, m.req_status_not_found());
	return { status };
};
