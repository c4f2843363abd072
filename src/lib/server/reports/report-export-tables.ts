import { m } from '$lib/paraglide/messages.js';
import { stateLabel } from '$lib/consultation-labels';
import { formatDate } from '$lib/format';
import type { ImpactReport } from './report-types';

const locale = 'de' as const;

/** A cell keeps its type: numbers stay numbers so spreadsheets can add them up; null is an empty cell. */
export type ExportCell = string | number | null;
export type ColumnKind = 'text' | 'integer' | 'decimal';

export interface ExportColumn {
	header: string;
	kind: ColumnKind;
	/** Width in characters (XLSX) — a hint, the PDF scales it to the page. */
	width: number;
}

export interface ExportTable {
	/** Stable ASCII name for `?tabelle=` and the first column of the combined CSV. */
	name: string;
	/** German title: the sheet name (at most 31 characters) and the PDF heading. */
	title: string;
	columns: ExportColumn[];
	rows: ExportCell[][];
}

/** Names a chosen filter in words; the route knows them from the filter options. */
export interface ExportLabels {
	region?: string | null;
	topic?: string | null;
	advisor?: string | null;
}

export const EXPORT_TABLE_NAMES = ['bericht', 'kennzahlen', 'status', 'regierungsbezirke', 'kreise', 'kommunen', 'themen', 'sdgs', 'phasen', 'zufriedenheit'] as const;
export type ExportTableName = (typeof EXPORT_TABLE_NAMES)[number];

export function isExportTableName(value: unknown): value is ExportTableName {
	return typeof value === 'string' && (EXPORT_TABLE_NAMES as readonly string[]).includes(value);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
/** Share 0–1 → percent with one decimal, as the key figures and the region table print it. */
export const percent = (share: number | null) => (share === null ? null : round(share * 100, 1));

const text = (header: string, width = 30): ExportColumn => ({ header, kind: 'text', width });
const int = (header: string, width = 14): ExportColumn => ({ header, kind: 'integer', width });
const dec = (header: string, width = 14): ExportColumn => ({ header, kind: 'decimal', width });

type Message = (inputs: object, options: { locale: 'de' }) => string;
const SDG_TITLES: Record<number, Message> = {
	1: m.sdg_1, 2: m.sdg_2, 3: m.sdg_3, 4: m.sdg_4, 5: m.sdg_5, 6: m.sdg_6, 7: m.sdg_7, 8: m.sdg_8, 9: m.sdg_9,
	10: m.sdg_10, 11: m.sdg_11, 12: m.sdg_12, 13: m.sdg_13, 14: m.sdg_14, 15: m.sdg_15, 16: m.sdg_16, 17: m.sdg_17
};
/** The official German title of an SDG (the report is German whatever the reader's language). */
export const sdgTitle = (n: number) => SDG_TITLES[n]?.({}, { locale }) ?? '';

/** The key figures as label/value pairs: the first table, and the PDF's key-figure list. */
export function keyFigures(report: ImpactReport): [string, number | null][] {
	const reached = report.municipalitiesReached;
	return [
		[m.rep_export_kf_requests({}, { locale }), report.requestsReceived],
		[m.rep_export_kf_completed({}, { locale }), report.consultationsCompleted],
		[m.rep_export_kf_municipalities({}, { locale }), reached.count],
		[m.rep_export_kf_municipalities_nrw({}, { locale }), reached.countInNrw],
		[m.rep_export_kf_municipalities_total({}, { locale }), reached.total],
		[m.rep_export_kf_share({}, { locale }), percent(reached.share)],
		[m.rep_export_kf_district_consultations({}, { locale }), report.districtsAsClient.consultations],
		[m.rep_export_kf_districts({}, { locale }), report.districtsAsClient.districts],
		[m.rep_export_kf_hours({}, { locale }), round(report.advisorHours, 2)],
		[m.rep_export_kf_organisations({}, { locale }), report.organisationsInvolved],
		[m.rep_export_kf_cooperations({}, { locale }), report.newCooperations],
		[m.rep_export_kf_participants({}, { locale }), report.participants],
		[m.rep_export_kf_measures_planned({}, { locale }), report.measuresPlanned],
		[m.rep_export_kf_measures_implemented({}, { locale }), report.measuresImplemented],
		[m.rep_export_kf_advisor_evaluations({}, { locale }), report.advisorEvaluations],
		[m.rep_export_kf_satisfaction_mean({}, { locale }), report.satisfaction.mean === null ? null : round(report.satisfaction.mean, 2)],
		[m.rep_export_kf_satisfaction_n({}, { locale }), report.satisfaction.n]
	];
}

/**
 * The report as named tables with German headers — the single source of the XLSX sheets, the CSV files and the
 * PDF's tables, so the three downloads cannot disagree. Pure.
 */
export function buildExportTables(report: ImpactReport, labels: ExportLabels = {}, now = new Date()): ExportTable[] {
	const all = m.rep_export_filter_all({}, { locale });
	const reached = report.municipalitiesReached;
	return [
		{
			name: 'bericht',
			title: m.rep_export_sheet_report({}, { locale }),
			columns: [text(m.rep_export_col_item({}, { locale }), 28), text(m.rep_export_col_value({}, { locale }), 50)],
			rows: [
				[m.rep_export_meta_programme({}, { locale }), m.rep_export_programme({}, { locale })],
				[m.rep_export_meta_from({}, { locale }), formatDate(report.filter.from, locale)],
				[m.rep_export_meta_to({}, { locale }), formatDate(report.filter.to, locale)],
				[m.rep_export_meta_region({}, { locale }), report.filter.region ? (labels.region ?? report.filter.region) : all],
				[m.rep_export_meta_topic({}, { locale }), report.filter.topic ? (labels.topic ?? report.filter.topic) : all],
				[m.rep_export_meta_advisor({}, { locale }), report.filter.advisorId ? (labels.advisor ?? report.filter.advisorId) : all],
				[m.rep_export_meta_created({}, { locale }), formatDate(now, locale)]
			]
		},
		{
			name: 'kennzahlen',
			title: m.rep_export_sheet_key_figures({}, { locale }),
			columns: [text(m.rep_export_col_figure({}, { locale }), 52), dec(m.rep_export_col_value({}, { locale }))],
			rows: keyFigures(report)
		},
		{
			name: 'status',
			title: m.rep_export_sheet_states({}, { locale }),
			columns: [text(m.rep_export_col_state({}, { locale }), 24), int(m.rep_export_col_consultations({}, { locale }))],
			rows: report.consultationsByState.map((s) => [stateLabel(s.state, locale), s.count])
		},
		{
			name: 'regierungsbezirke',
			title: m.rep_export_sheet_regions({}, { locale }),
			columns: [
				text(m.rep_export_col_code({}, { locale }), 10),
				text(m.rep_export_col_region({}, { locale }), 24),
				int(m.rep_export_col_consultations({}, { locale })),
				int(m.rep_export_col_reached({}, { locale }), 20),
				int(m.rep_export_col_municipalities_total({}, { locale }), 18),
				dec(m.rep_export_col_share({}, { locale }), 14)
			],
			rows: report.byRegion.map((r) => [
				r.code,
				r.name,
				r.consultations,
				r.municipalitiesReached,
				r.municipalitiesTotal,
				r.municipalitiesTotal > 0 ? percent(r.municipalitiesReached / r.municipalitiesTotal) : null
			])
		},
		{
			name: 'kreise',
			title: m.rep_export_sheet_districts({}, { locale }),
			columns: [
				text(m.rep_export_col_code({}, { locale }), 10),
				text(m.rep_export_col_district({}, { locale }), 26),
				text(m.rep_export_col_region_code({}, { locale }), 18),
				int(m.rep_export_col_consultations({}, { locale })),
				int(m.rep_export_col_reached({}, { locale }), 20),
				int(m.rep_export_col_as_client({}, { locale }), 20)
			],
			rows: report.byDistrict.map((d) => [d.code, d.name, d.regionCode, d.consultations, d.municipalitiesReached, d.asClient])
		},
		{
			name: 'kommunen',
			title: m.rep_export_sheet_municipalities({}, { locale }),
			columns: [
				text(m.rep_export_col_ags({}, { locale }), 10),
				text(m.rep_export_col_municipality({}, { locale }), 34),
				text(m.rep_export_col_district({}, { locale }), 30),
				int(m.rep_export_col_consultations({}, { locale }))
			],
			rows: reached.items.map((i) => [i.ags, i.name, i.districtName, i.consultations])
		},
		{
			name: 'themen',
			title: m.rep_export_sheet_topics({}, { locale }),
			columns: [text(m.rep_export_col_topic({}, { locale }), 52), int(m.rep_export_col_consultations({}, { locale }))],
			rows: report.topics.map((x) => [x.nameDe, x.count])
		},
		{
			name: 'sdgs',
			title: m.rep_export_sheet_sdgs({}, { locale }),
			columns: [int(m.rep_export_col_sdg({}, { locale }), 8), text(m.rep_export_col_sdg_title({}, { locale }), 44), int(m.rep_export_col_consultations({}, { locale }))],
			rows: report.sdgs.map((s) => [s.sdg, sdgTitle(s.sdg), s.count])
		},
		{
			name: 'phasen',
			title: m.rep_export_sheet_phases({}, { locale }),
			columns: [text(m.rep_export_col_phase({}, { locale }), 24), dec(m.rep_export_col_median_days({}, { locale }), 16), int(m.rep_export_col_n({}, { locale }), 16)],
			rows: report.phaseDurations.map((p) => [stateLabel(p.state, locale), p.medianDays, p.n])
		},
		{
			name: 'zufriedenheit',
			title: m.rep_export_sheet_satisfaction({}, { locale }),
			columns: [int(m.rep_export_col_rating({}, { locale }), 12), int(m.rep_export_col_answers({}, { locale }))],
			rows: report.satisfaction.distribution.map((d) => [d.value, d.count])
		}
	];
}
