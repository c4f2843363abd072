import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { loadImpactReport } from '$lib/server/reports/load-impact-report';
import { loadReportFilterOptions } from '$lib/server/reports/load-report-filter-options';
import { currentBerlinYear } from '$lib/server/reports/report-export-download';
import { EXPORT_PARAMS, exportQuery, MIN_EXPORT_YEAR, parseExportSelection } from '$lib/server/reports/report-export-request';
import { buildExportTables } from '$lib/server/reports/report-export-tables';
import type { PageServerLoad } from './$types';

/**
 * The download page of the funder report: a GET form (year, optional region and topic) that works without
 * JavaScript, then the links to the PDF, XLSX and CSV of that selection. Values that are not in the lists are
 * shown as errors at their field, with no downloads, instead of failing the page.
 */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const db = database.db;
	const currentYear = currentBerlinYear();
	const options = await loadReportFilterOptions(db);
	const selection = parseExportSelection(event.url.searchParams.get(EXPORT_PARAMS.year), event.url.searchParams, options, currentYear);
	const errors: Record<string, string> = {};
	if (selection.errors.year) errors[EXPORT_PARAMS.year] = m.rep_export_error_year({ max: String(currentYear) });
	if (selection.errors.region) errors[EXPORT_PARAMS.region] = m.rep_export_error_region();
	if (selection.errors.topic) errors[EXPORT_PARAMS.topic] = m.rep_export_error_topic();

	const years = Array.from({ length: currentYear - MIN_EXPORT_YEAR + 1 }, (_, i) => String(currentYear - i));
	const form = {
		years: years.map((y) => ({ value: y, label: y })),
		regions: options.regions.map((r) => ({ value: r.code, label: r.name })),
		topics: options.topics.map((t) => ({ value: t.slug, label: t.nameDe })),
		values: { year: selection.errors.year ? selection.values.year : String(selection.year), region: selection.values.region, topic: selection.values.topic }
	};
	if (Object.keys(errors).length > 0) return { form, errors, downloads: null };

	const report = await loadImpactReport(db, selection.filter);
	const base = `/app/wirkung/bericht/${selection.year}/bericht`;
	const query = exportQuery(selection.filter);
	const tables = buildExportTables(report, selection.labels).map((t) => ({ title: t.title, href: `${base}.csv${exportQuery(selection.filter, { [EXPORT_PARAMS.table]: t.name })}` }));
	return {
		form,
		errors,
		downloads: {
			year: selection.year,
			empty: report.empty,
			requests: report.requestsReceived,
			region: selection.labels.region ?? m.rep_export_filter_all(),
			topic: selection.labels.topic ?? m.rep_export_filter_all(),
			pdf: `${base}.pdf${query}`,
			xlsx: `${base}.xlsx${query}`,
			csv: `${base}.csv${query}`,
			tables
		}
	};
};
