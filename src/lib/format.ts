import { intlTag } from './locales';

/** Dates as people read them: 25.11.2026 in German, 25 November 2026 in English. Pure. */
export function formatDate(value: Date | string | null | undefined, locale: string): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(intlTag(locale), {
		day: '2-digit',
		month: locale === 'de' ? '2-digit' : 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, locale: string): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(intlTag(locale), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	}).format(date);
}
