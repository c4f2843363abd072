import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { recordAudit } from '../audit/record-audit';
import { requireRole } from '../auth/guard';
import type { Db } from '../db/client';
import { todayInBerlin } from '../measures/measure-rules';
import { loadImpactReport } from './load-impact-report';
import { loadReportFilterOptions } from './load-report-filter-options';
import { buildExportTables, isExportTableName, type ExportTable, type ExportTableName } from './report-export-tables';
import { exportFileName, parseExportSelection } from './report-export-request';
import type { ImpactReport, ReportFilter } from './report-types';

export const currentBerlinYear = (now = new Date()) => Number(todayInBerlin(now).slice(0, 4));

export interface PreparedExport {
	year: number;
	filter: ReportFilter;
	report: ImpactReport;
	tables: ExportTable[];
	/** The single table asked for by `?tabelle=` (CSV only); null for all. */
	table: ExportTableName | null;
	fileName: (extension: 'pdf' | 'xlsx' | 'csv', table?: string) => string;
}

/**
 * The common part of the three download addresses /app/wirkung/bericht/<year>/bericht.{pdf,xlsx,csv}: coordinators
 * and admins only; a year that is not 2020…this year answers 404 and an unknown region or topic 400, each with a
 * German message (never 500), as does an unknown `?tabelle=`; then the report — from the same loadImpactReport as the dashboard — and its tables.
 * Every export is written to the audit log with its format and selection, because it leaves the platform.
 */
export async function prepareReportExport(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	db: Db,
	format: 'pdf' | 'xlsx' | 'csv',
	now = new Date()
): Promise<PreparedExport> {
	const user = requireRole(event, 'coordinator', 'admin');
	const currentYear = currentBerlinYear(now);
	const yearParam = (event.params as { year?: string }).year ?? '';
	const options = await loadReportFilterOptions(db);
	const selection = parseExportSelection(yearParam, event.url.searchParams, options, currentYear);
	if (selection.errors.year || yearParam === '') error(404, m.rep_export_error_year({ max: String(currentYear) }));
	if (selection.errors.region) error(400, m.rep_export_error_region());
	if (selection.errors.topic) error(400, m.rep_export_error_topic());
	const tableParam = format === 'csv' ? event.url.searchParams.get('tabelle') : null;
	if (tableParam !== null && !isExportTableName(tableParam)) error(400, m.rep_export_error_table());
	const table = tableParam as ExportTableName | null;
	const report = await loadImpactReport(db, selection.filter);
	const tables = buildExportTables(report, selection.labels, now);
	await recordAudit(db, {
		actorId: user.id,
		action: 'impact_report.export',
		targetType: 'impact_report',
		targetId: String(selection.year),
		details: { format, year: selection.year, region: selection.filter.region, topic: selection.filter.topic, ...(table ? { table } : {}) }
	});
	return {
		year: selection.year,
		filter: selection.filter,
		report,
		tables,
		table,
		fileName: (extension, tableName) => exportFileName(selection.year, extension, selection.filter, tableName)
	};
}
