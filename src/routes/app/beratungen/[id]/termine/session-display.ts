import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDateTime } from '$lib/format';

/** Display helpers of the session pages (browser and server); times always in Berlin. */
const FORMATS = ['dialogforum', 'workshop', 'meeting', 'event', 'other'] as const;
const LABELS: Record<string, () => string> = {
	dialogforum: m.ses_format_dialogforum,
	workshop: m.ses_format_workshop,
	meeting: m.ses_format_meeting,
	event: m.ses_format_event,
	other: m.ses_format_other
};

export const SESSION_FORMAT_OPTIONS = () => FORMATS.map((f) => ({ value: f, label: LABELS[f]() }));
export const formatName = (format: string) => (LABELS[format] ?? m.ses_format_other)();

/** "12.05.2027, 18:00 bis 20:30 Uhr" */
export function whenText(s: { startsAt: Date | string; durationMinutes: number }): string {
	const start = new Date(s.startsAt);
	const end = new Date(start.getTime() + s.durationMinutes * 60_000);
	const locale = getLocale();
	const endTime = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(end);
	return m.ses_time_range({ start: formatDateTime(start, locale), end: endTime });
}

export function placeText(s: { place: string; onlineUrl: string | null }): string {
	return [s.place.trim(), s.onlineUrl ? m.ses_online() : ''].filter(Boolean).join(' · ') || m.ses_not_given();
}
