import type { ConsultationState } from '../consultations/lifecycle';

/**
 * The shape of an impact report (issue #7, DESIGN §7), shared by the dashboard, the public page and the funder
 * export, so that all of them show the same numbers. Fields are only ever added, never renamed.
 *
 * Semantics (the one place they are written down):
 * - Period: calendar dates in Europe/Berlin, `from` and `to` both inclusive.
 * - Cohort: the consultations whose request date (`consultation.created_at`, Berlin date) lies in the period and
 *   that match the filters. Every figure except advisor hours is computed over this cohort, so a consultation
 *   requested in 2025 and completed in 2026 counts for 2025 — its outcomes belong to the year it was asked for.
 * - Filters choose consultations: region = government region of the client (the municipality's region, or the
 *   district's region when a Kreis is the client); topic = `consultation.topics` contains the slug; advisor = the
 *   advisor is a member of the consultation (invited or accepted, as in the consultation list).
 * - requestsReceived = size of the cohort (all sources: public form and coordinators).
 * - consultationsByState = the cohort by its current state (every state listed, zeros included).
 * - Reached = cohort consultations that are neither declined nor withdrawn. A municipality is reached when it is
 *   the client of such a consultation; a consultation with a Kreis as client counts for that district (in
 *   `districtsAsClient` and `byDistrict`), NOT for each of its municipalities.
 * - municipalitiesReached.total = non-historic municipalities of NRW (land '05') in the database — 396 with the
 *   full Destatis directory — narrowed to the chosen region; share = reached NRW municipalities / total.
 * - phaseDurations: per main state, days from entering it (request date for 'requested', else the first
 *   transition into it) to leaving it for good (the next transition to any state other than itself or 'paused');
 *   paused time is included; only phases with both ends count; median over the cohort.
 * - advisorHours: approved time entries whose work date lies in the period, on consultations matching the filters
 *   (any request date; with the advisor filter: all advisors' hours on that advisor's consultations).
 * - Topics and SDGs: over the whole cohort (what was asked for), each consultation counted once per topic/SDG.
 * - Outcomes (organisations, cooperations, participants, measures): sums over the advisors' evaluations (kind
 *   'advisor') of reached cohort consultations; an empty answer counts as 0; `advisorEvaluations` is their number.
 * - Satisfaction: the municipalities' evaluations (kind 'municipality') of the cohort with a satisfaction 1–5.
 */

/** A validated report filter. Dates are YYYY-MM-DD (Berlin calendar days), both inclusive. */
export interface ReportFilter {
	from: string;
	to: string;
	/** Government region code, e.g. '051' (Düsseldorf). */
	region?: string | null;
	/** Topic slug. */
	topic?: string | null;
	/** User id of an advisor. */
	advisorId?: string | null;
}

export interface ReachedMunicipality {
	ags: string;
	name: string;
	districtCode: string;
	districtName: string;
	regionCode: string;
	latitude: number | null;
	longitude: number | null;
	/** Reached consultations of the cohort with this municipality as client (never publish when under 3). */
	consultations: number;
	/**
	 * Of these, the ones past the triage (not requested or in review): the public page names a municipality only
	 * then, so that a request typed into the public form by anyone does not put a town on the public map.
	 */
	confirmed: number;
}

export interface RegionFigure {
	code: string;
	name: string;
	/** Cohort consultations (all states) with a client in this region. */
	consultations: number;
	municipalitiesReached: number;
	/** Non-historic municipalities of the region. */
	municipalitiesTotal: number;
}

export interface DistrictFigure {
	code: string;
	name: string;
	regionCode: string;
	/** Cohort consultations (all states) with a client in this district (the district itself or one of its municipalities). */
	consultations: number;
	municipalitiesReached: number;
	/** Reached consultations with the district itself as client. */
	asClient: number;
}

export interface TopicFigure {
	slug: string;
	nameDe: string;
	nameEn: string;
	nameTranslations: Partial<Record<string, string>>;
	count: number;
}

export interface SdgFigure {
	sdg: number;
	count: number;
}

/** Main states that have a duration (completed is the end). */
export type PhaseState = Exclude<ConsultationState, 'completed' | 'declined' | 'withdrawn' | 'paused'>;

export interface PhaseDuration {
	state: PhaseState;
	medianDays: number | null;
	/** Number of consultations with a complete phase. */
	n: number;
}

export interface SatisfactionFigure {
	/** Arithmetic mean of the answers, null when none. */
	mean: number | null;
	n: number;
	/** Always five entries, values 1–5 in order. */
	distribution: { value: 1 | 2 | 3 | 4 | 5; count: number }[];
}

export interface ImpactReport {
	filter: ReportFilter;
	/** True when the cohort is empty and no approved hours were found: the page shows a notice, charts are empty. */
	empty: boolean;
	requestsReceived: number;
	consultationsByState: { state: ConsultationState; count: number }[];
	consultationsCompleted: number;
	municipalitiesReached: {
		count: number;
		/** Reached municipalities in NRW (land '05'), the numerator of the share. */
		countInNrw: number;
		total: number;
		/** 0–1, null when total is 0. */
		share: number | null;
		/** Sorted by name. */
		items: ReachedMunicipality[];
	};
	/** Reached consultations whose client is a district (Kreis) itself, and how many distinct districts. */
	districtsAsClient: { consultations: number; districts: number };
	/** All non-historic NRW government regions (zeros included), by code; narrowed to the chosen region. */
	byRegion: RegionFigure[];
	/** Districts with at least one cohort consultation, by name. */
	byDistrict: DistrictFigure[];
	/** Topics of the cohort, most frequent first (ties by German name). */
	topics: TopicFigure[];
	/** SDGs 1–17 that occur in the cohort, most frequent first (ties by number). */
	sdgs: SdgFigure[];
	/** One entry per phase state, in lifecycle order. */
	phaseDurations: PhaseDuration[];
	/** Approved minutes / 60, unrounded. */
	advisorHours: number;
	advisorMinutes: number;
	organisationsInvolved: number;
	newCooperations: number;
	participants: number;
	measuresPlanned: number;
	measuresImplemented: number;
	advisorEvaluations: number;
	satisfaction: SatisfactionFigure;
}

/** What the filter form offers; also the whitelist against which filter values are validated. */
export interface ReportFilterOptions {
	regions: { code: string; name: string }[];
	topics: { slug: string; nameDe: string; nameEn: string }[];
	advisors: { id: string; name: string }[];
}

// The function the dashboard, the public page and the export call (src/lib/server/reports/load-impact-report.ts):
// export function loadImpactReport(db: Db, filter: ReportFilter): Promise<ImpactReport>;
