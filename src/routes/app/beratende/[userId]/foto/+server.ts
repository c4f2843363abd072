import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getAdvisorProfile } from '$lib/server/advisors/get-advisor-profile';
import { photoResponse } from '$lib/server/advisors/photo-response';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** An advisor's photo for the coordination, also when it is not on the team page; private. */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database, config } = await runtime();
	const p = (await getAdvisorProfile(database.db, event.params.userId))?.profile;
	if (!p?.photoKey || !p.photoMediaType) error(404, m.error_404_text());
	return photoResponse(config, { key: p.photoKey, mediaType: p.photoMediaType }, 'private, no-cache');
};
