import { STATES } from '../consultations/lifecycle';
import { PHASE_STATES, summarizeSatisfaction } from './report-math';
import type { ImpactReport, ReportFilter } from './report-types';

/** Pure: a report with nothing in it, for a filter that cannot be queried (and as the base of test reports). */
export function emptyImpactReport(filter: ReportFilter, municipalitiesTotal = 0): ImpactReport {
	return {
		filter,
		empty: true,
		requestsReceived: 0,
		consultationsByState: STATES.map((state) => ({ state, count: 0 })),
		consultationsCompleted: 0,
		municipalitiesReached: { count: 0, countInNrw: 0, total: municipalitiesTotal, share: municipalitiesTotal ? 0 : null, items: [] },
		districtsAsClient: { consultations: 0, districts: 0 },
		byRegion: [],
		byDistrict: [],
		topics: [],
		sdgs: [],
		phaseDurations: PHASE_STATES.map((state) => ({ state, medianDays: null, n: 0 })),
		advisorHours: 0,
		advisorMinutes: 0,
		organisationsInvolved: 0,
		newCooperations: 0,
		participants: 0,
		measuresPlanned: 0,
		measuresImplemented: 0,
		advisorEvaluations: 0,
		satisfaction: summarizeSatisfaction([])
	};
}
