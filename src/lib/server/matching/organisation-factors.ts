import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { distanceKm, type Coordinates } from '$lib/geo/distance';
import { countryName } from '$lib/reference/countries';
import { languageName } from '$lib/reference/languages';
import { isSdg, sdgLabel } from '$lib/sdgs';
import { DEFAULT_ORGANISATION_WEIGHTS, DISTANCE_ZERO_KM } from './default-weights';
import { rankCandidates, type FactorDefinition, type MatchingModel, type Weights } from './rank-candidates';

/** What the engine needs to know of a directory entry. */
export interface OrganisationCandidate {
	id: string;
	name: string;
	latitude: number | null;
	longitude: number | null;
	topics: string[];
	languages: string[];
	communities: string[];
	sdgs: number[];
	contactable: boolean;
}

/** What the municipality looks for; languages are those its target communities speak. */
export interface OrganisationNeeds {
	centre?: Coordinates;
	topics: string[];
	languages: string[];
	communities: string[];
	sdgs: number[];
	/** Names of topics by slug (they live in the database); unknown slugs are shown as they are. */
	topicNames?: Record<string, string>;
}

/** Share of the wanted values the candidate has, with the matching ones named; null when nothing is wanted. */
function overlap<T>(have: readonly T[], wanted: readonly T[], label: (v: T) => string) {
	if (wanted.length === 0) return null;
	const matched = wanted.filter((w) => have.includes(w));
	const explanation =
		matched.length === 0
			? m.dir_match_overlap_none({ wanted: wanted.length })
			: m.dir_match_overlap({ matched: matched.length, wanted: wanted.length, items: matched.map(label).join(', ') });
	return { value: matched.length / wanted.length, explanation };
}

type Factor = FactorDefinition<OrganisationCandidate, OrganisationNeeds>;

const distanceFactor: Factor = {
	key: 'distance',
	notApplicable: m.dir_match_no_centre,
	evaluate(c, n) {
		if (!n.centre) return null;
		if (c.latitude == null || c.longitude == null) return { value: 0, explanation: m.dir_match_distance_unknown() };
		const km = distanceKm(n.centre, { latitude: c.latitude, longitude: c.longitude });
		return { value: Math.max(0, 1 - km / DISTANCE_ZERO_KM), explanation: m.dir_match_distance({ km: Math.round(km) }) };
	}
};

const ORGANISATION_FACTORS: Factor[] = [
	distanceFactor,
	{
		key: 'topics',
		notApplicable: m.dir_match_not_asked,
		evaluate: (c, n) => overlap(c.topics, n.topics, (t) => n.topicNames?.[t] ?? t)
	},
	{
		key: 'communities',
		notApplicable: m.dir_match_not_asked,
		evaluate: (c, n) => overlap(c.communities, n.communities, (code) => countryName(code, getLocale()))
	},
	{
		key: 'languages',
		notApplicable: m.dir_match_not_asked,
		evaluate: (c, n) => overlap(c.languages, n.languages, (code) => languageName(code, getLocale()))
	},
	{
		key: 'sdgs',
		notApplicable: m.dir_match_not_asked,
		evaluate: (c, n) => overlap(c.sdgs, n.sdgs, (s) => (isSdg(s) ? sdgLabel(s) : String(s)))
	}
];

export const ORGANISATION_MODEL: MatchingModel<OrganisationCandidate, OrganisationNeeds> = {
	factors: ORGANISATION_FACTORS,
	// Only entries whose representatives agreed to be contacted may be proposed (DESIGN §6, §8).
	exclude: (c) => (c.contactable ? undefined : m.dir_match_excluded_not_contactable()),
	identify: (c) => ({ id: c.id, name: c.name })
};

/** Pure: the organisations ranked for a municipality's needs, with an explanation per factor. */
export function rankOrganisations<C extends OrganisationCandidate>(candidates: readonly C[], needs: OrganisationNeeds, weights: Weights = DEFAULT_ORGANISATION_WEIGHTS) {
	return rankCandidates<C, OrganisationNeeds>(candidates, needs, weights, ORGANISATION_MODEL);
}
