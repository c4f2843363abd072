import { STATES, type ConsultationState } from '../consultations/lifecycle';
import { share } from './report-math';
import type { DistrictFigure, ImpactReport, ReachedMunicipality, RegionFigure, SdgFigure, TopicFigure } from './report-types';

/**
 * The consultations of the cohort that share a state and a client, as the report query groups them (GROUP BY in
 * the database, so that ten years arrive as a few thousand rows rather than one row per consultation).
 */
export interface CohortGroup {
	state: ConsultationState;
	/** Number of consultations in the group (at least 1). */
	count: number;
	municipalityAgs: string | null;
	municipalityName: string | null;
	municipalityLandCode: string | null;
	latitude: number | null;
	longitude: number | null;
	/** Set when a district (Kreis) itself is the client. */
	clientDistrictCode: string | null;
	/** The client's district: the Kreis itself or the municipality's. */
	districtCode: string | null;
	districtName: string | null;
	regionCode: string | null;
}

/** How many cohort consultations name a topic or an SDG (each counted once per consultation). */
export interface CohortCounts<K> {
	key: K;
	count: number;
}

export interface RegionReference {
	code: string;
	name: string;
	municipalitiesTotal: number;
}

export type TopicReference = Omit<TopicFigure, 'count'>;

/** Not reached: the request was refused or taken back before anything happened. */
const NOT_REACHED: readonly ConsultationState[] = ['declined', 'withdrawn'];
/** Not yet confirmed: the coordination has not finished its triage. */
const UNCONFIRMED: readonly ConsultationState[] = ['requested', 'in_review'];

export type CohortFigures = Pick<
	ImpactReport,
	| 'requestsReceived'
	| 'consultationsByState'
	| 'consultationsCompleted'
	| 'municipalitiesReached'
	| 'districtsAsClient'
	| 'byRegion'
	| 'byDistrict'
	| 'topics'
	| 'sdgs'
>;

function increment<K>(map: Map<K, number>, key: K, by: number) {
	map.set(key, (map.get(key) ?? 0) + by);
}

const sum = (groups: readonly CohortGroup[]) => groups.reduce((s, g) => s + g.count, 0);

/**
 * Pure: the figures that come from the cohort alone (see report-types.ts for what counts). `regions` are the NRW
 * government regions in scope with their number of municipalities; their sum is the total of the share.
 */
export function aggregateCohort(
	rows: readonly CohortGroup[],
	counts: { topics: readonly CohortCounts<string>[]; sdgs: readonly CohortCounts<number>[] },
	regions: readonly RegionReference[],
	topicRefs: readonly TopicReference[]
): CohortFigures {
	const reached = rows.filter((r) => !NOT_REACHED.includes(r.state));

	const byState = new Map<ConsultationState, number>();
	for (const r of rows) increment(byState, r.state, r.count);

	const municipalities = new Map<string, ReachedMunicipality>();
	const districtClients = new Set<string>();
	let districtClientConsultations = 0;
	for (const r of reached) {
		if (r.municipalityAgs) {
			const confirmed = UNCONFIRMED.includes(r.state) ? 0 : r.count;
			const m = municipalities.get(r.municipalityAgs);
			if (m) {
				m.consultations += r.count;
				m.confirmed += confirmed;
			} else
				municipalities.set(r.municipalityAgs, {
					ags: r.municipalityAgs,
					name: r.municipalityName ?? r.municipalityAgs,
					districtCode: r.districtCode ?? '',
					districtName: r.districtName ?? '',
					regionCode: r.regionCode ?? '',
					latitude: r.latitude,
					longitude: r.longitude,
					consultations: r.count,
					confirmed
				});
		} else if (r.clientDistrictCode) {
			districtClients.add(r.clientDistrictCode);
			districtClientConsultations += r.count;
		}
	}
	const items = [...municipalities.values()].sort((a, b) => a.name.localeCompare(b.name, 'de') || a.ags.localeCompare(b.ags));
	const nrwAgs = new Set(reached.filter((r) => r.municipalityAgs && r.municipalityLandCode === '05').map((r) => r.municipalityAgs));
	const total = regions.reduce((s, r) => s + r.municipalitiesTotal, 0);

	const byRegion: RegionFigure[] = regions.map((region) => ({
		code: region.code,
		name: region.name,
		consultations: sum(rows.filter((r) => r.regionCode === region.code)),
		municipalitiesReached: items.filter((m) => m.regionCode === region.code).length,
		municipalitiesTotal: region.municipalitiesTotal
	}));

	const districts = new Map<string, DistrictFigure>();
	for (const r of rows) {
		if (!r.districtCode) continue;
		const d = districts.get(r.districtCode) ?? {
			code: r.districtCode,
			name: r.districtName ?? r.districtCode,
			regionCode: r.regionCode ?? '',
			consultations: 0,
			municipalitiesReached: 0,
			asClient: 0
		};
		d.consultations += r.count;
		if (r.clientDistrictCode && !r.municipalityAgs && !NOT_REACHED.includes(r.state)) d.asClient += r.count;
		districts.set(r.districtCode, d);
	}
	for (const m of items) {
		const d = districts.get(m.districtCode);
		if (d) d.municipalitiesReached++;
	}

	const refBySlug = new Map(topicRefs.map((t) => [t.slug, t]));
	const topics: TopicFigure[] = counts.topics
		.map(({ key: slug, count }) => ({ ...(refBySlug.get(slug) ?? { slug, nameDe: slug, nameEn: slug, nameTranslations: {} }), count }))
		.sort((a, b) => b.count - a.count || a.nameDe.localeCompare(b.nameDe, 'de'));
	const sdgs: SdgFigure[] = counts.sdgs
		.filter(({ key }) => key >= 1 && key <= 17)
		.map(({ key: sdg, count }) => ({ sdg, count }))
		.sort((a, b) => b.count - a.count || a.sdg - b.sdg);

	return {
		requestsReceived: sum(rows),
		consultationsByState: STATES.map((state) => ({ state, count: byState.get(state) ?? 0 })),
		consultationsCompleted: byState.get('completed') ?? 0,
		municipalitiesReached: { count: items.length, countInNrw: nrwAgs.size, total, share: share(nrwAgs.size, total), items },
		districtsAsClient: { consultations: districtClientConsultations, districts: districtClients.size },
		byRegion,
		byDistrict: [...districts.values()].sort((a, b) => a.name.localeCompare(b.name, 'de') || a.code.localeCompare(b.code)),
		topics,
		sdgs
	};
}
