import { m } from '$lib/paraglide/messages.js';
import { intlTag } from './locales';

/** Labels shared by the directory pages (server and browser). Pure apart from the message lookup. */

export interface TopicName {
	slug: string;
	nameDe: string;
	nameEn: string;
	/** tr, ar, uk … (public pages); German where one is missing. */
	nameTranslations?: Partial<Record<string, string>>;
}

/** The topic's name in the reader's language; the slug when the topic is unknown (e.g. deactivated). */
export function topicName(topics: readonly TopicName[], slug: string, locale: string): string {
	const t = topics.find((x) => x.slug === slug);
	if (!t) return slug;
	if (locale === 'de') return t.nameDe;
	if (locale === 'en') return t.nameEn;
	return t.nameTranslations?.[locale] || t.nameDe;
}

/** "3,4 km" / "3.4 km": one decimal below 10 km, whole kilometres above. */
export function formatKm(km: number, locale: string): string {
	const digits = km < 10 ? 1 : 0;
	return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(km);
}

/** A score in [0, 1] as a whole percentage in the reader's language ("85 %" / "85%"). */
export function formatPercent(score: number): string {
	return m.dir_percent({ value: Math.round(score * 100) });
}

export function resultCount(count: number): string {
	return count === 1 ? m.dir_result_count_one() : m.dir_result_count({ count });
}
