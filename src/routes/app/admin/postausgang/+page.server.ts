import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { listOutbox } from '$lib/server/mail/list-outbox';
import { pageParam } from '$lib/server/forms';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	const page = pageParam(event.url);
	const { rows, total } = await listOutbox(database.db, { page, pageSize: PAGE_SIZE });
	return { mails: rows, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
