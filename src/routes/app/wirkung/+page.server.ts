import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { todayInBerlin } from '$lib/server/measures/measure-rules';
import { loadImpactReport } from '$lib/server/reports/load-impact-report';
import { loadMapBackground } from '$lib/server/reports/load-map-background';
import { loadReportFilterOptions } from '$lib/server/reports/load-report-filter-options';
import { parseReportFilter, reportFilterParams, type ReportFilterError } from '$lib/server/reports/report-filter';
import type { PageServerLoad } from './$types';

const ERROR_MESSAGES: Record<ReportFilterError, () => string> = {
	date_invalid: m.rep_error_date_invalid,
	date_out_of_range: m.rep_error_date_out_of_range,
	region_unknown: m.rep_error_region_unknown,
	topic_unknown: m.rep_error_topic_unknown,
	advisor_unknown: m.rep_error_advisor_unknown
};

/** GET only: the filter is a plain GET form, so every selection has its own address and works without JavaScript. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const db = database.db;
	const options = await loadReportFilterOptions(db);
	const parsed = parseReportFilter(event.url.searchParams, options, todayInBerlin(new Date()));
	const errors = Object.fromEntries(Object.entries(parsed.errors).map(([field, code]) => [field, ERROR_MESSAGES[code]()]));
	const valid = Object.keys(errors).length === 0;
	const [report, background] = await Promise.all([valid ? loadImpactReport(db, parsed.filter) : null, loadMapBackground(db)]);
	return {
		options,
		values: parsed.values,
		filter: parsed.filter,
		errors,
		notices: parsed.notices,
		report,
		background,
		query: reportFilterParams(parsed.filter).toString()
	};
};
