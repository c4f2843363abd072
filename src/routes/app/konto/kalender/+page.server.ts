import { requireUser } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getCalendarTokenCreatedAt, renewCalendarToken } from '$lib/server/sessions/calendar-token';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { database } = await runtime();
	return { createdAt: await getCalendarTokenCreatedAt(database.db, user.id) };
};

export const actions: Actions = {
	/** Creates the feed URL, or replaces it: the old one stops working with this commit. */
	renew: async (event) => {
		const user = requireUser(event);
		const { database, config } = await runtime();
		const token = await renewCalendarToken(database.db, user.id);
		const https = `${config.origin}/kalender/${token}`;
		return { feed: { https, webcal: https.replace(/^https?:/, 'webcal:') } };
	}
};
