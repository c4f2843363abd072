import { error } from '@sveltejs/kit';
import { loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { attachmentDisposition } from '$lib/server/documents/content-disposition';
import { getDocument } from '$lib/server/documents/get-document';
import { createFileStorage, FileNotFoundError } from '$lib/server/files/create-file-storage';
import { log } from '$lib/server/logger';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/**
 * Downloads a document: only for people who see the consultation, and internal documents only for the
 * coordination and the advisors (404 for everyone else, so nobody learns that the file exists). Always an
 * attachment with the stored type and nosniff, sandboxed, never cached, so no upload renders in our origin.
 */
export const GET: RequestHandler = async (event) => {
	const { db, config, access } = await loadConsultationPage(event);
	const doc = await getDocument(db, access, event.params.documentId);
	if (!doc) error(404, m.doc_error_not_found());
	let body: ReadableStream<Uint8Array>;
	try {
		body = await createFileStorage(config).stream(doc.storageKey);
	} catch (err) {
		if (!(err instanceof FileNotFoundError)) throw err;
		log.error('document file missing', { documentId: doc.id, storageKey: doc.storageKey });
		error(404, m.doc_error_not_found());
	}
	return new Response(body, {
		headers: {
			'Content-Type': doc.mediaType,
			'Content-Length': String(doc.sizeBytes),
			'Content-Disposition': attachmentDisposition(doc.fileName),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, no-store'
		}
	});
};
