import { runtime } from '$lib/server/runtime';
import { listOpenDataRows, openDataJson } from '$lib/server/case-stories/open-data';
import type { RequestHandler } from './$types';

/** All published stories as open data (CC BY 4.0), German originals. */
export const GET: RequestHandler = async () => {
	const { database, config } = await runtime();
	const body = openDataJson(await listOpenDataRows(database.db, config.origin), config.origin);
	return new Response(body, {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'public, max-age=600',
			'X-Content-Type-Options': 'nosniff',
			Link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
			'Access-Control-Allow-Origin': '*'
		}
	});
};
