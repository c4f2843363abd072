import type { ReportFilter, ReportFilterOptions } from './report-types';

/** URL parameters of the dashboard's GET form (German, like the paths and the consultation list). */
export const REPORT_PARAMS = { from: 'von', to: 'bis', region: 'bezirk', topic: 'thema', advisor: 'beratung' } as const;

export type ReportFilterField = keyof typeof REPORT_PARAMS;
export type ReportFilterError = 'date_invalid' | 'date_out_of_range' | 'region_unknown' | 'topic_unknown' | 'advisor_unknown';
/** Not errors: the report is shown (empty) with a message. */
export type ReportFilterNotice = 'reversed' | 'future';

export interface ParsedReportFilter {
	/** Only meaningful when `errors` is empty. */
	filter: ReportFilter;
	/** What was typed, to show it again. */
	values: Record<ReportFilterField, string>;
	errors: Partial<Record<ReportFilterField, ReportFilterError>>;
	notices: ReportFilterNotice[];
}

export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

/** A calendar date from "2025-03-01" (date input) or "1.3.2025" (typed by hand), or null; the year is checked separately. */
export function parseDateInput(raw: string): string | null {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
	const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
	if (!y) return null;
	const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
	if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
	return date.toISOString().slice(0, 10);
}

/**
 * Pure: reads the dashboard filter from the query string. Empty dates mean the current calendar year (of `today`,
 * a Berlin date); region, topic and advisor must be among the options. A reversed or future period is valid input
 * and gives an empty report with a notice; malformed values are errors at their field.
 */
export function parseReportFilter(params: URLSearchParams, options: ReportFilterOptions, today: string): ParsedReportFilter {
	// eslint-disable-next-line no-control-regex
	const get = (k: ReportFilterField) => (params.get(REPORT_PARAMS[k]) ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, 100);
	const values = { from: get('from'), to: get('to'), region: get('region'), topic: get('topic'), advisor: get('advisor') };
	const errors: ParsedReportFilter['errors'] = {};
	const year = today.slice(0, 4);

	const date = (field: 'from' | 'to', fallback: string) => {
		if (!values[field]) return fallback;
		const parsed = parseDateInput(values[field]);
		if (!parsed) errors[field] = 'date_invalid';
		else if (Number(parsed.slice(0, 4)) < MIN_REPORT_YEAR || Number(parsed.slice(0, 4)) > MAX_REPORT_YEAR) errors[field] = 'date_out_of_range';
		return parsed ?? fallback;
	};
	const from = date('from', `${year}-01-01`);
	const to = date('to', `${year}-12-31`);

	const pick = (field: 'region' | 'topic' | 'advisor', known: string[], code: ReportFilterError) => {
		if (!values[field]) return null;
		if (!known.includes(values[field])) {
			errors[field] = code;
			return null;
		}
		return values[field];
	};
	const filter: ReportFilter = {
		from,
		to,
		region: pick('region', options.regions.map((r) => r.code), 'region_unknown'),
		topic: pick('topic', options.topics.map((t) => t.slug), 'topic_unknown'),
		advisorId: pick('advisor', options.advisors.map((a) => a.id), 'advisor_unknown')
	};
	const notices: ReportFilterNotice[] = [];
	if (from > to) notices.push('reversed');
	else if (from > today) notices.push('future');
	return { filter, values, errors, notices };
}

/** The query string of a filter (for links to the export with the same selection). */
export function reportFilterParams(filter: ReportFilter): URLSearchParams {
	const p = new URLSearchParams({ [REPORT_PARAMS.from]: filter.from, [REPORT_PARAMS.to]: filter.to });
	if (filter.region) p.set(REPORT_PARAMS.region, filter.region);
	if (filter.topic) p.set(REPORT_PARAMS.topic, filter.topic);
	if (filter.advisorId) p.set(REPORT_PARAMS.advisor, filter.advisorId);
	return p;
}
