import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { buildCalendar } from '$lib/server/sessions/ics';
import { listFeedSessions } from '$lib/server/sessions/list-feed-sessions';
import { resolveCalendarToken } from '$lib/server/sessions/calendar-token';
import type { RequestHandler } from './$types';

/**
 * The private calendar feed. Calendar programs send no cookie: the token in the URL is the only key, checked
 * against its stored hash with the owner's current roles and memberships on every request. Unknown or renewed
 * tokens answer a bare 404. Internal notes are never part of a calendar (see ics.ts).
 */
export const GET: RequestHandler = async ({ params }) => {
	const { database, config } = await runtime();
	const owner = await resolveCalendarToken(database.db, params.token);
	if (!owner) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
	const sessions = await listFeedSessions(database.db, owner, new Date());
	const body = buildCalendar(sessions, { origin: config.origin, name: m.ses_feed_name({}, { locale: owner.locale }), locale: owner.locale, ttlSeconds: 3600 });
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'inline; filename="miglobe-termine.ics"',
			'Cache-Control': 'private, no-cache',
			'X-Robots-Tag': 'noindex'
		}
	});
};
