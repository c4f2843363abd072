import { m } from '$lib/paraglide/messages.js';
import { formatDate } from '$lib/format';
import { intlTag } from '$lib/locales';

export type EventStatus = 'draft' | 'published' | 'cancelled';

export function eventStatusLabel(status: EventStatus): string {
	return { draft: m.event_status_draft, published: m.event_status_published, cancelled: m.event_status_cancelled }[status]();
}

/** "Noch 12 Plätze frei" / "Ausgebucht – Warteliste" / "Anmeldung offen" (no limit). */
export function seatsText(seatsLeft: number | null): string {
	if (seatsLeft === null) return m.event_seats_unlimited();
	if (seatsLeft === 0) return m.event_full();
	return seatsLeft === 1 ? m.event_seats_left_one() : m.event_seats_left({ count: seatsLeft });
}

const time = (d: Date, locale: string) => new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(d);

/** "12.05.2027, 17:00 – 20:00" on one day, both dates and times when it spans days; always Berlin time. */
export function eventWhen(startsAt: Date | string, endsAt: Date | string, locale: string): string {
	const s = new Date(startsAt);
	const e = new Date(endsAt);
	const sameDay = formatDate(s, locale) === formatDate(e, locale);
	return sameDay
		? `${formatDate(s, locale)}, ${time(s, locale)} – ${time(e, locale)}`
		: `${formatDate(s, locale)}, ${time(s, locale)} – ${formatDate(e, locale)}, ${time(e, locale)}`;
}
