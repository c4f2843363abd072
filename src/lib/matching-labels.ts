import { m } from '$lib/paraglide/messages.js';

const FACTOR_LABELS: Record<string, () => string> = {
	distance: m.dir_factor_distance,
	topics: m.dir_factor_topics,
	communities: m.dir_factor_communities,
	languages: m.dir_factor_languages,
	sdgs: m.dir_factor_sdgs
};

/** The label of a matching factor, for tables and description lists (browser and server). */
export function organisationFactorLabel(key: string): string {
	return FACTOR_LABELS[key]?.() ?? key;
}
