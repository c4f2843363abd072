/**
 * URL slugs of public content (case stories, events), pure: German umlauts spelled out, other accents dropped, lower
 * case, words joined by "-", cut at a word boundary of at most `maxLength` characters.
 * "Köln: Fairtrade-Stadt mit Vereinen" → "koeln-fairtrade-stadt-mit-vereinen".
 */
export function slugify(title: string, { maxLength = 80, fallback }: { maxLength?: number; fallback: string }): string {
	const slug = title
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/g, '');
	return slug || fallback;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The first of slug, slug-2, slug-3 … that `taken` does not contain. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
