import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '../auth/guard';
import type { Db } from '../db/client';
import { attachmentDisposition } from '../documents/content-disposition';
import type { Statement } from './build-statement';
import { statementFileName } from './format-statement';
import { loadMonthStatements, loadStatement } from './load-statement';
import { parseMonth } from './month';

/**
 * Who gets which statements from a download address /app/abrechnungen/<YYYY-MM>/abrechnung.{pdf,csv}:
 * - an advisor gets their own; `?advisor=` naming anyone else answers 404, exactly like a statement that does not
 *   exist, so nobody learns whether a colleague has entries that month;
 * - a coordinator gets the named advisor's, or every advisor's of the month as one file when `?advisor` is absent;
 * - a month that is not YYYY-MM, or without approved entries, answers 404; other roles 403.
 */
export async function resolveStatementDownload(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	db: Db
): Promise<{ statements: Statement[]; advisorName: string | null; month: string }> {
	const user = requireRole(event, 'advisor', 'coordinator');
	const month = parseMonth((event.params as { month?: string }).month);
	if (!month) error(404, m.stm_error_not_found());
	const asked = event.url.searchParams.get('advisor');
	const coordinator = event.locals.roles.includes('coordinator');
	if (!coordinator && asked !== null && asked !== user.id) error(404, m.stm_error_not_found());
	if (coordinator && asked === null) {
		const statements = await loadMonthStatements(db, month);
		if (statements.length === 0) error(404, m.stm_error_not_found());
		return { statements, advisorName: null, month };
	}
	const statement = await loadStatement(db, { advisorId: asked ?? user.id, month });
	if (!statement) error(404, m.stm_error_not_found());
	return { statements: [statement], advisorName: statement.advisor.name, month };
}

export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
	return {
		'Content-Type': contentType,
		'Content-Disposition': attachmentDisposition(fileName),
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': 'private, no-store'
	};
}

export { statementFileName };
