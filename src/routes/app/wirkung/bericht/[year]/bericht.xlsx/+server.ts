import { runtime } from '$lib/server/runtime';
import { prepareReportExport } from '$lib/server/reports/report-export-download';
import { renderReportXlsx } from '$lib/server/reports/report-xlsx';
import { downloadHeaders } from '$lib/server/statements/statement-download';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report's tables as one workbook, a sheet per table (coordinators and admins). */
export const GET: RequestHandler = async (event) => {
	const { database } = await runtime();
	const prepared = await prepareReportExport(event, database.db, 'xlsx');
	const xlsx = await renderReportXlsx(prepared.tables);
	return new Response(new Uint8Array(xlsx), { headers: downloadHeaders(XLSX, prepared.fileName('xlsx')) });
};
