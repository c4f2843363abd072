import { runtime } from '$lib/server/runtime';
import { listOpenDataRows, openDataCsv } from '$lib/server/case-stories/open-data';
import type { RequestHandler } from './$types';

/** All published stories as CSV (RFC 4180, UTF-8), licence in a column and in the Link header. */
export const GET: RequestHandler = async () => {
	const { database, config } = await runtime();
	const body = openDataCsv(await listOpenDataRows(database.db, config.origin));
	return new Response(body, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': 'inline; filename="beratungsbeispiele.csv"',
			'Cache-Control': 'public, max-age=600',
			'X-Content-Type-Options': 'nosniff',
			Link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
			'Access-Control-Allow-Origin': '*'
		}
	});
};
