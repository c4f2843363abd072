import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { listTopics } from '$lib/server/directory/list-topics';
import { listUpcomingPublicEvents } from '$lib/server/events/public-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	const [events, topics] = await Promise.all([listUpcomingPublicEvents(database.db, getLocale()), listTopics(database.db)]);
	return { events, topics, seo: { title: m.event_public_title(), description: m.event_public_lead() } };
};
