import { runtime } from '$lib/server/runtime';
import { prepareReportExport } from '$lib/server/reports/report-export-download';
import { renderReportPdf } from '$lib/server/reports/report-pdf';
import { downloadHeaders } from '$lib/server/statements/statement-download';
import type { RequestHandler } from './$types';

/** The funder's yearly report as PDF (coordinators and admins). */
export const GET: RequestHandler = async (event) => {
	const { database } = await runtime();
	const prepared = await prepareReportExport(event, database.db, 'pdf');
	const pdf = await renderReportPdf(prepared.report, prepared.tables, { year: prepared.year });
	return new Response(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', prepared.fileName('pdf')) });
};
