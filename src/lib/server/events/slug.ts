/**
 * A URL slug from a title and the start date (pure): umlauts spelled out, other accents dropped, words joined by "-",
 * the year appended so that a yearly event gets a new address each year.
 * "Interkulturelles Stadtfest Bielefeld", 2027 → "interkulturelles-stadtfest-bielefeld-2027".
 */
export function eventSlug(title: string, year: number): string {
	const base = title
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 70)
		.replace(/-+$/g, '');
	return `${base || 'veranstaltung'}-${year}`;
}

export const EVENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The first of slug, slug-2, slug-3 … that `taken` does not contain. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
