import { slugify as slugifyContent } from '../content/slug';

export { SLUG_PATTERN, uniqueSlug } from '../content/slug';

/** A case story's slug from its title: "Köln: Fairtrade-Stadt mit Vereinen" → "koeln-fairtrade-stadt-mit-vereinen". */
export const slugify = (title: string) => slugifyContent(title, { fallback: 'beispiel' });
