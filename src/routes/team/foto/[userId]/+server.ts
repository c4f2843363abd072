import { error } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { getTeamPhoto } from '$lib/server/advisors/list-team';
import { photoResponse } from '$lib/server/advisors/photo-response';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/**
 * A photo of the public team page: only for advisors shown there (404 for everyone else, so withdrawing the
 * consent stops it at once for new requests). The URL carries a token of the stored file, so a new photo gets a
 * new URL and caches may keep it for an hour (short, so a withdrawn consent also ends in caches soon).
 */
export const GET: RequestHandler = async ({ params }) => {
	const { database, config } = await runtime();
	const photo = await getTeamPhoto(database.db, params.userId);
	if (!photo) error(404, m.error_404_text());
	return photoResponse(config, photo, 'public, max-age=3600');
};
