import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getAdvisorProfile } from '$lib/server/advisors/get-advisor-profile';
import { photoResponse } from '$lib/server/advisors/photo-response';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** The advisor's own photo, also when it is not on the team page; private, never cached by others. */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'advisor');
	const { database, config } = await runtime();
	const found = await getAdvisorProfile(database.db, user.id);
	const p = found?.profile;
	if (!p?.photoKey || !p.photoMediaType) error(404, m.error_404_text());
	return photoResponse(config, { key: p.photoKey, mediaType: p.photoMediaType }, 'private, no-cache');
};
