import { SLUG_PATTERN, slugify } from '../content/slug';

export { uniqueSlug } from '../content/slug';

/**
 * An event's slug from its title and start year, so that a yearly event gets a new address each year.
 * "Interkulturelles Stadtfest Bielefeld", 2027 → "interkulturelles-stadtfest-bielefeld-2027".
 */
export function eventSlug(title: string, year: number): string {
	return `${slugify(title, { maxLength: 70, fallback: 'veranstaltung' })}-${year}`;
}

export const EVENT_SLUG_PATTERN = SLUG_PATTERN;
