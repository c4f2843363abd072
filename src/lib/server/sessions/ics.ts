import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { SessionFormat } from '../db/schema/consultation-sessions';
import { sessionLinks } from './mails';
import { sessionEnd, toBerlinInput } from './session-time';

/** What a calendar may show of a session. Internal notes are not part of this type and never read here. */
export interface IcsSession {
	id: string;
	consultationId: string;
	title: string;
	format: SessionFormat;
	startsAt: Date;
	durationMinutes: number;
	place: string;
	onlineUrl: string | null;
	agenda: string;
	notesShared: string;
	cancelledAt: Date | null;
	version: number;
	createdAt: Date;
	updatedAt: Date;
	/** The consultation it belongs to, so that a feed with many consultations stays readable. */
	reference: string;
	client: string;
}

export const sessionUid = (id: string) => `${id}@miglobe`;

export function formatLabel(format: SessionFormat, locale: Locale = 'de'): string {
	const o = { locale };
	const labels: Record<SessionFormat, () => string> = {
		dialogforum: () => m.ses_format_dialogforum({}, o),
		workshop: () => m.ses_format_workshop({}, o),
		meeting: () => m.ses_format_meeting({}, o),
		event: () => m.ses_format_event({}, o),
		other: () => m.ses_format_other({}, o)
	};
	return labels[format]();
}

/**
 * An iCalendar file (RFC 5545) built with ical-generator. Times are written in UTC ("…Z"): the database holds
 * instants, UTC needs no VTIMEZONE and is exact even in the hour that occurs twice in October; Outlook,
 * Thunderbird and phones show it in the reader's zone, i.e. in Berlin time for our users. (ical-generator 11
 * writes DTSTAMP without "Z" once a calendar time zone is set, which RFC 5545 does not allow; another reason.)
 * UID is stable per session and SEQUENCE is its version, so a changed or cancelled session updates the entry
 * that a calendar already has instead of adding a second one.
 */
export function buildCalendar(
	sessions: readonly IcsSession[],
	{ origin, name, locale = 'de', ttlSeconds }: { origin: string; name: string; locale?: Locale; ttlSeconds?: number }
): string {
	const o = { locale };
	const links = sessionLinks(origin);
	const calendar = new ICalCalendar({
		name,
		prodId: { company: 'MiGlobe NRW', product: 'Plattform', language: locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		...(ttlSeconds ? { ttl: ttlSeconds } : {})
	});
	for (const s of sessions) {
		const url = links.page(s.consultationId, s.id);
		const description = [
			m.ses_ics_format({ format: formatLabel(s.format, locale) }, o),
			m.ses_ics_consultation({ reference: s.reference, client: s.client, url: links.consultation(s.consultationId) }, o),
			s.onlineUrl ? m.ses_ics_online({ url: s.onlineUrl }, o) : '',
			s.agenda.trim() ? `${m.ses_ics_agenda({}, o)}\n${s.agenda.trim()}` : '',
			s.notesShared.trim() ? `${m.ses_ics_notes({}, o)}\n${s.notesShared.trim()}` : '',
			m.ses_ics_link({ url }, o)
		].filter(Boolean);
		const summary = `${s.title} – ${s.client}`;
		calendar.createEvent({
			id: sessionUid(s.id),
			sequence: s.version,
			start: s.startsAt,
			end: sessionEnd(s),
			stamp: s.updatedAt,
			created: s.createdAt,
			lastModified: s.updatedAt,
			summary: s.cancelledAt ? m.ses_ics_cancelled_summary({ title: summary }, o) : summary,
			location: s.place.trim() || s.onlineUrl || null,
			description: description.join('\n\n'),
			url,
			status: s.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}

/** A file name for the download, with the Berlin date: "termin-2026-05-12.ics". */
export function icsFileName(startsAt: Date): string {
	return `termin-${toBerlinInput(startsAt).date}.ics`;
}
