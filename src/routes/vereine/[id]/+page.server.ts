import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { getPublicOrganisation } from '$lib/server/directory/get-public-organisation';
import { listTopics } from '$lib/server/directory/list-topics';
import type { PageServerLoad } from './$types';

/** Public detail of a published entry; unknown, malformed and unpublished ids all answer 404. */
export const load: PageServerLoad = async ({ params }) => {
	const { database } = await runtime();
	const entry = await getPublicOrganisation(database.db, params.id);
	if (!entry) error(404, m.dir_not_found());
	const topics = await listTopics(database.db);
	return { entry, topics };
};
