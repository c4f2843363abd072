import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { attachmentDisposition } from '$lib/server/documents/content-disposition';
import { createFileStorage, FileNotFoundError } from '$lib/server/files/create-file-storage';
import { log } from '$lib/server/logger';
import { getTimeEntry } from '$lib/server/time-entries/list-time-entries';
import { maySeeEntry } from '$lib/server/time-entries/time-entry-rules';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/**
 * Downloads the receipt of an entry: only for the advisor who recorded it and the coordination (404 for everyone
 * else, so nobody learns that it exists). Always an attachment with the stored type and nosniff, sandboxed, never
 * cached, like the consultation documents.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'advisor', 'coordinator');
	const { database, config } = await runtime();
	const entry = await getTimeEntry(database.db, event.params.entryId);
	if (!entry || !maySeeEntry(entry, user.id, event.locals.roles) || !entry.receiptKey) error(404, m.error_404_text());
	let body: Buffer;
	try {
		body = await createFileStorage(config).get(entry.receiptKey);
	} catch (err) {
		if (!(err instanceof FileNotFoundError)) throw err;
		log.error('receipt file missing', { entryId: entry.id, key: entry.receiptKey });
		error(404, m.error_404_text());
	}
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': entry.receiptMediaType ?? 'application/octet-stream',
			'Content-Length': String(body.byteLength),
			'Content-Disposition': attachmentDisposition(entry.receiptFileName ?? 'beleg'),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, no-store'
		}
	});
};
