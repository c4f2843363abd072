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
