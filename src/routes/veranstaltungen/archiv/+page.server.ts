import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { pageParam } from '$lib/server/forms';
import { runtime } from '$lib/server/runtime';
import { listTopics } from '$lib/server/directory/list-topics';
import { listArchivedEvents } from '$lib/server/events/public-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { database } = await runtime();
	const page = pageParam(url);
	const [archive, topics] = await Promise.all([listArchivedEvents(database.db, getLocale(), page), listTopics(database.db)]);
	return { ...archive, page, topics, seo: { title: m.event_archive_title(), description: m.event_archive_lead() } };
};
