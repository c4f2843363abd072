import { runtime } from '$lib/server/runtime';
import { renderAllTablesCsv, renderTableCsv } from '$lib/server/reports/report-csv';
import { prepareReportExport } from '$lib/server/reports/report-export-download';
import { downloadHeaders } from '$lib/server/statements/statement-download';
import type { RequestHandler } from './$types';

/** One table (`?tabelle=kennzahlen`) or all tables in one file, as CSV for German Excel (coordinators and admins). */
export const GET: RequestHandler = async (event) => {
	const { database } = await runtime();
	const prepared = await prepareReportExport(event, database.db, 'csv');
	const single = prepared.table ? prepared.tables.find((t) => t.name === prepared.table)! : null;
	const csv = single ? renderTableCsv(single) : renderAllTablesCsv(prepared.tables);
	return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', prepared.fileName('csv', single?.name)) });
};
