import type { Weights } from './rank-candidates';

/**
 * The one place where the default weights live (DESIGN §6: weights are configurable; a later issue stores
 * admin-edited weights in the settings and falls back to these). Only the ratios matter: scores are weighted means.
 */
export const DEFAULT_ORGANISATION_WEIGHTS = {
	distance: 3,
	topics: 3,
	communities: 2,
	languages: 2,
	sdgs: 1
} as const satisfies Weights;

export type OrganisationFactorKey = keyof typeof DEFAULT_ORGANISATION_WEIGHTS;

/** Beyond this distance a partner counts as not near at all (distance factor 0). */
export const DISTANCE_ZERO_KM = 100;

/**
 * Default weights of advisor matching (DESIGN §6). Admins change them on /app/admin/gewichtung (stored in the
 * `setting` table under 'matching.advisorWeights'); these apply until then and whenever the stored value is invalid.
 */
export const DEFAULT_ADVISOR_WEIGHTS = {
	topics: 3,
	sdgs: 1,
	languages: 3,
	distance: 2,
	availability: 2,
	workload: 1,
	earlier: 1
} as const satisfies Weights;

export type AdvisorFactorKey = keyof typeof DEFAULT_ADVISOR_WEIGHTS;
export const ADVISOR_FACTOR_KEYS = Object.keys(DEFAULT_ADVISOR_WEIGHTS) as AdvisorFactorKey[];
export type AdvisorWeights = Record<AdvisorFactorKey, number>;

/** Beyond this distance from the advisor's base the distance factor is 0 ("nobody within 100 km"). */
export const ADVISOR_DISTANCE_ZERO_KM = 100;
/** Weekly hours one running consultation takes on average; turns capacity into a number of assignments. */
export const HOURS_PER_ASSIGNMENT = 4;
/** Assumed when an advisor has not stated a weekly capacity. */
export const DEFAULT_CAPACITY_HOURS = 8;
