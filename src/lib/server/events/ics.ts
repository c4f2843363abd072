import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { markdownToText } from '../content/markdown';
import type { EventStatus } from '../db/schema/events';

/** What a calendar may show of an event: nothing about the people registered. */
export interface IcsEvent {
	id: string;
	slug: string;
	title: string;
	description: string;
	place: string;
	onlineUrl: string | null;
	startsAt: Date;
	endsAt: Date;
	status: EventStatus;
	version: number;
	createdAt: Date;
	updatedAt: Date;
}

export const eventUid = (id: string) => `${id}@miglobe`;

/** The public page of an event in the reader's language. */
export function eventPageUrl(origin: string, slug: string, locale: Locale = 'de'): string {
	return origin + localizeHref(`/veranstaltungen/${slug}`, { locale });
}

/**
 * An iCalendar file (RFC 5545) of events, built with ical-generator. Times are written in UTC for the reasons given
 * in sessions/ics.ts (exact in the doubled October hour, no VTIMEZONE, a valid DTSTAMP); calendars show them in
 * Berlin time for our readers, and X-WR-TIMEZONE names Europe/Berlin. UID is stable per event and SEQUENCE is its
 * version, so a changed or cancelled event updates the entry a calendar already has. The online link goes only into
 * the file attached to a confirmation (`withOnlineUrl`), never into the public feed.
 */
export function buildEventCalendar(
	events: readonly IcsEvent[],
	{ origin, name, locale = 'de', withOnlineUrl = false, ttlSeconds }: { origin: string; name: string; locale?: Locale; withOnlineUrl?: boolean; ttlSeconds?: number }
): string {
	const o = { locale };
	const calendar = new ICalCalendar({
		name,
		prodId: { company: 'MiGlobe NRW', product: 'Veranstaltungen', language: locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		...(ttlSeconds ? { ttl: ttlSeconds } : {})
	});
	calendar.x([{ key: 'X-WR-TIMEZONE', value: 'Europe/Berlin' }]);
	for (const e of events) {
		const url = eventPageUrl(origin, e.slug, locale);
		const online = withOnlineUrl && e.onlineUrl ? m.event_ics_online({ url: e.onlineUrl }, o) : '';
		const description = [markdownToText(e.description), online, m.event_ics_link({ url }, o)].filter(Boolean).join('\n\n');
		const cancelled = e.status === 'cancelled';
		calendar.createEvent({
			id: eventUid(e.id),
			sequence: e.version,
			start: e.startsAt,
			end: e.endsAt,
			stamp: e.updatedAt,
			created: e.createdAt,
			lastModified: e.updatedAt,
			summary: cancelled ? m.event_ics_cancelled_summary({ title: e.title }, o) : e.title,
			location: e.place.trim() || (e.onlineUrl ? m.event_online({}, o) : null),
			description,
			url,
			status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}
