import { getLocale } from '$lib/paraglide/runtime';
import { runtime } from '$lib/server/runtime';
import { listLatestCaseStories } from '$lib/server/case-stories/latest-case-stories';
import { listUpcomingEvents } from '$lib/server/events/public-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	const locale = getLocale();
	const [stories, events] = await Promise.all([listLatestCaseStories(database.db, locale, 3), listUpcomingEvents(database.db, locale, 3)]);
	return { stories, events };
};
