import { runtime } from '$lib/server/runtime';
import { renderStatementCsv } from '$lib/server/statements/render-statement-csv';
import { downloadHeaders, resolveStatementDownload, statementFileName } from '$lib/server/statements/statement-download';
import type { RequestHandler } from './$types';

/** The honorarium statement as CSV for Excel: same access rules as the PDF. */
export const GET: RequestHandler = async (event) => {
	const { database } = await runtime();
	const { statements, advisorName, month } = await resolveStatementDownload(event, database.db);
	return new Response(renderStatementCsv(statements), {
		headers: downloadHeaders('text/csv; charset=utf-8', statementFileName(month, advisorName, 'csv'))
	});
};
