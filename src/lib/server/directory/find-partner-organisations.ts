import { and, arrayOverlaps, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality, organisation } from '../db/schema';
import { boundingBox } from '$lib/geo/distance';
import { DISTANCE_ZERO_KM } from '../matching/default-weights';
import { rankOrganisations, type OrganisationNeeds } from '../matching/organisation-factors';
import type { Weights } from '../matching/rank-candidates';

export interface PartnerRequest {
	municipalityAgs?: string;
	topics: string[];
	languages: string[];
	communities: string[];
	sdgs: number[];
}

/** How many proposals and exclusions the page shows at most. */
export const PARTNER_LIMIT = 30;

/**
 * Proposes published directory entries to a municipality (DESIGN §6). Loads the candidates that can score at all —
 * within the distance horizon of the municipality or sharing at least one wanted value — and ranks them with the
 * pure engine. One query for the centre, one for the candidates.
 */
export async function findPartnerOrganisations(
	db: Db,
	request: PartnerRequest,
	{ weights, topicNames }: { weights?: Weights; topicNames?: Record<string, string> } = {}
) {
	const [centre] = request.municipalityAgs
		? await db
				.select({ latitude: municipality.latitude, longitude: municipality.longitude })
				.from(municipality)
				.where(eq(municipality.ags, request.municipalityAgs))
		: [];
	const hasCentre = centre?.latitude != null && centre.longitude != null;
	const reach: SQL[] = [];
	if (hasCentre) {
		const box = boundingBox({ latitude: centre.latitude!, longitude: centre.longitude! }, DISTANCE_ZERO_KM);
		reach.push(
			sql`(${municipality.latitude} BETWEEN ${box.minLat} AND ${box.maxLat} AND ${municipality.longitude} BETWEEN ${box.minLon} AND ${box.maxLon})`
		);
	}
	if (request.topics.length) reach.push(arrayOverlaps(organisation.topics, request.topics));
	if (request.languages.length) reach.push(arrayOverlaps(organisation.languages, request.languages));
	if (request.communities.length) reach.push(arrayOverlaps(organisation.communities, request.communities));
	if (request.sdgs.length) reach.push(sql`${organisation.sdgs} && ${`{${request.sdgs.join(',')}}`}::smallint[]`);
	if (reach.length === 0) return { proposed: [], excluded: [], total: 0 };

	const candidates = await db
		.select({
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			municipalityName: municipality.name,
			latitude: municipality.latitude,
			longitude: municipality.longitude,
			topics: organisation.topics,
			languages: organisation.languages,
			communities: organisation.communities,
			sdgs: organisation.sdgs,
			contactable: organisation.contactable
		})
		.from(organisation)
		.innerJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.where(and(eq(organisation.status, 'published'), or(...reach)));

	const needs: OrganisationNeeds = {
		centre: hasCentre ? { latitude: centre.latitude!, longitude: centre.longitude! } : undefined,
		topics: request.topics,
		languages: request.languages,
		communities: request.communities,
		sdgs: request.sdgs,
		topicNames
	};
	const ranked = rankOrganisations(
		candidates.map((c) => ({ ...c, sdgs: c.sdgs.map(Number) })),
		needs,
		weights
	);
	const proposed = ranked.filter((r) => !r.excluded);
	return {
		proposed: proposed.slice(0, PARTNER_LIMIT),
		excluded: ranked.filter((r) => r.excluded).slice(0, PARTNER_LIMIT),
		total: proposed.length
	};
}
