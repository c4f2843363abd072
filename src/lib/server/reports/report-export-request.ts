import { REPORT_PARAMS } from './report-filter';
import type { ExportLabels } from './report-export-tables';
import type { ReportFilter, ReportFilterOptions } from './report-types';

/** The platform's first year of consultations; earlier funder reports cannot exist. */
export const MIN_EXPORT_YEAR = 2020;
/** Query parameters of the report page; region and topic as on the dashboard, so links can be shared. */
export const EXPORT_PARAMS = { year: 'jahr', region: REPORT_PARAMS.region, topic: REPORT_PARAMS.topic, table: 'tabelle' } as const;

export type ExportSelectionError = 'year' | 'region' | 'topic';

export interface ExportSelection {
	/** Valid only when `errors` is empty. */
	year: number;
	filter: ReportFilter;
	labels: ExportLabels;
	/** What was asked, to show it again in the form. */
	values: { year: string; region: string; topic: string };
	errors: Partial<Record<ExportSelectionError, true>>;
}

/** The default of the page: the last completed calendar year. */
export const defaultExportYear = (currentYear: number) => currentYear - 1;

/** A year from 2020 up to the current one (a report of the running year is allowed, it is simply partial); else null. */
export function parseExportYear(raw: string | null | undefined, currentYear: number): number | null {
	const text = (raw ?? '').trim();
	if (!/^\d{4}$/.test(text)) return null;
	const year = Number(text);
	return year >= MIN_EXPORT_YEAR && year <= currentYear ? year : null;
}

/**
 * Pure: the year (from the path or the form) and the optional region and topic (query string), checked against the
 * filter options. A missing year on the page means the default; anything else malformed is an error at its field.
 */
export function parseExportSelection(yearRaw: string | null, params: URLSearchParams, options: ReportFilterOptions, currentYear: number): ExportSelection {
	// eslint-disable-next-line no-control-regex
	const clean = (v: string | null) => (v ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, 100);
	const values = { year: clean(yearRaw), region: clean(params.get(EXPORT_PARAMS.region)), topic: clean(params.get(EXPORT_PARAMS.topic)) };
	const errors: ExportSelection['errors'] = {};
	const parsedYear = values.year === '' ? defaultExportYear(currentYear) : parseExportYear(values.year, currentYear);
	if (parsedYear === null) errors.year = true;
	const year = parsedYear ?? defaultExportYear(currentYear);
	const region = values.region ? options.regions.find((r) => r.code === values.region) : undefined;
	if (values.region && !region) errors.region = true;
	const topic = values.topic ? options.topics.find((t) => t.slug === values.topic) : undefined;
	if (values.topic && !topic) errors.topic = true;
	return {
		year,
		filter: { from: `${year}-01-01`, to: `${year}-12-31`, region: region?.code ?? null, topic: topic?.slug ?? null },
		labels: { region: region?.name ?? null, topic: topic?.nameDe ?? null },
		values,
		errors
	};
}

/** The query string that carries region and topic to the download addresses. */
export function exportQuery(filter: Pick<ReportFilter, 'region' | 'topic'>, extra: Record<string, string> = {}): string {
	const p = new URLSearchParams();
	if (filter.region) p.set(EXPORT_PARAMS.region, filter.region);
	if (filter.topic) p.set(EXPORT_PARAMS.topic, filter.topic);
	for (const [k, v] of Object.entries(extra)) p.set(k, v);
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** miglobe-wirkungsbericht-2025.pdf, …-2025-region-053-thema-agenda-2030.xlsx, …-2025-kennzahlen.csv: ASCII only. */
export function exportFileName(year: number, extension: 'pdf' | 'xlsx' | 'csv', filter: Pick<ReportFilter, 'region' | 'topic'> = {}, table?: string): string {
	const parts = [`miglobe-wirkungsbericht-${year}`];
	if (filter.region) parts.push(`region-${filter.region}`);
	if (filter.topic) parts.push(`thema-${filter.topic}`);
	if (table) parts.push(table);
	return `${parts.join('-').replace(/[^a-z0-9-]/gi, '')}.${extension}`;
}
