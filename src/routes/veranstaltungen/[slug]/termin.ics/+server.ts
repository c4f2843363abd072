import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { runtime } from '$lib/server/runtime';
import { buildEventCalendar } from '$lib/server/events/ics';
import { getCalendarEvent } from '$lib/server/events/public-events';
import type { RequestHandler } from './$types';

/** One public event as .ics in the page's language; the online link is not in it (registered people get it by mail). */
export const GET: RequestHandler = async ({ params }) => {
	const { database, config } = await runtime();
	const ev = await getCalendarEvent(database.db, params.slug, getLocale());
	if (!ev) error(404, m.error_404_text());
	const body = buildEventCalendar([ev], { origin: config.origin, name: ev.title, locale: getLocale() });
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${ev.slug}.ics"` }
	});
};
