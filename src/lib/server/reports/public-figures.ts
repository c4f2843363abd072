import { publicCount, share } from './report-math';
import type { ImpactReport } from './report-types';

export type PublicCount = number | 'under3';

/** The figures the public page shows for one period: aggregates only, small counts hidden (issue #7). */
export interface PublicFigureSet {
	from: string;
	to: string;
	consultationsCompleted: PublicCount;
	municipalitiesReached: PublicCount;
	municipalitiesTotal: number;
	/** Share of NRW municipalities; null when the count is hidden or there is no total. */
	municipalitiesShare: number | null;
	organisationsInvolved: PublicCount;
	participants: PublicCount;
	measuresImplemented: PublicCount;
	/** Rounded to tens from 10 hours on, to whole hours below; under 3 hidden like any count. */
	advisorHours: PublicCount;
	/** Named as a whole, never with their own counts; only those with a confirmed consultation. */
	municipalities: { ags: string; name: string; latitude: number | null; longitude: number | null }[];
}

/** Hours for the public: "about 120", not 118.75, which would hint at single bookings. */
export function roundPublicHours(hours: number): PublicCount {
	if (hours >= 10) return Math.round(hours / 10) * 10;
	return publicCount(Math.round(hours));
}

/**
 * Pure: the public subset of a report. A municipality counts publicly once a consultation with it is past the
 * triage (`confirmed`), so a request anybody can type into the form never puts a town on the public map.
 */
export function toPublicFigures(report: ImpactReport): PublicFigureSet {
	const named = report.municipalitiesReached.items.filter((m) => m.confirmed > 0);
	const inNrw = named.filter((m) => m.ags.startsWith('05')).length;
	const reached = publicCount(named.length);
	return {
		from: report.filter.from,
		to: report.filter.to,
		consultationsCompleted: publicCount(report.consultationsCompleted),
		municipalitiesReached: reached,
		municipalitiesTotal: report.municipalitiesReached.total,
		municipalitiesShare: reached === 'under3' ? null : share(inNrw, report.municipalitiesReached.total),
		organisationsInvolved: publicCount(report.organisationsInvolved),
		participants: publicCount(report.participants),
		measuresImplemented: publicCount(report.measuresImplemented),
		advisorHours: roundPublicHours(report.advisorHours),
		municipalities: named.map(({ ags, name, latitude, longitude }) => ({ ags, name, latitude, longitude }))
	};
}
