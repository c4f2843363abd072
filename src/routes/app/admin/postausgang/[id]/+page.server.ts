import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getOutboxMail } from '$lib/server/mail/list-outbox';
import { m } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	if (!UUID.test(event.params.id)) error(404, m.error_404_text());
	const { database } = await runtime();
	const mail = await getOutboxMail(database.db, event.params.id);
	if (!mail) error(404, m.error_404_text());
	return { mail };
};
