import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { buildEventCalendar } from '$lib/server/events/ics';
import { listFeedEvents } from '$lib/server/events/public-events';
import type { RequestHandler } from './$types';

/** The public calendar: published and cancelled events (STATUS:CANCELLED) of the last 12 months and ahead. German. */
export const GET: RequestHandler = async () => {
	const { database, config } = await runtime();
	const events = await listFeedEvents(database.db);
	const body = buildEventCalendar(events, { origin: config.origin, name: m.event_feed_name({}, { locale: 'de' }), locale: 'de', ttlSeconds: 3600 });
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="veranstaltungen.ics"', 'cache-control': 'public, max-age=900' }
	});
};
