import { runtime } from '$lib/server/runtime';
import { renderStatementPdf } from '$lib/server/statements/render-statement-pdf';
import { downloadHeaders, resolveStatementDownload, statementFileName } from '$lib/server/statements/statement-download';
import type { RequestHandler } from './$types';

/** The honorarium statement as PDF: an advisor's own, or for coordinators one advisor's or all of the month. */
export const GET: RequestHandler = async (event) => {
	const { database } = await runtime();
	const { statements, advisorName, month } = await resolveStatementDownload(event, database.db);
	const pdf = await renderStatementPdf(statements);
	return new Response(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', statementFileName(month, advisorName, 'pdf')) });
};
