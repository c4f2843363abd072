import { runtime } from '$lib/server/runtime';
import { migrationStatus } from '$lib/server/db/migrate';
import type { RequestHandler } from './$types';

/** Readiness: the database answers and every committed migration is applied. */
export const GET: RequestHandler = async () => {
	let body: Record<string, unknown>;
	let ready = false;
	try {
		const { database } = await runtime();
		const status = await migrationStatus(database);
		ready = status.upToDate;
		body = { status: ready ? 'ready' : 'migrations pending', driver: database.kind, ...status };
	} catch {
		body = { status: 'database unreachable' };
	}
	return new Response(JSON.stringify(body), {
		status: ready ? 200 : 503,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
};
