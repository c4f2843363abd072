import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasAnyRole } from '$lib/roles';
import { runtime } from '$lib/server/runtime';
import { createFileStorage, FileNotFoundError } from '$lib/server/files/create-file-storage';
import { getCaseImageFile } from '$lib/server/case-stories/get-case-image';
import { log } from '$lib/server/logger';
import type { RequestHandler } from './$types';

/**
 * A stored size of a case-story image. Published stories' images are public and cached for a day (a replaced image
 * gets a new id); images of unpublished stories only for coordinators and admins, and never cached by others.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const width = Number(params.width);
	if (!Number.isInteger(width) || width < 1 || width > 4000) error(404, m.error_404_text());
	const { database, config } = await runtime();
	const file = await getCaseImageFile(database.db, { imageId: params.imageId, width, mayPreview: hasAnyRole(locals.roles ?? [], ['coordinator', 'admin']) });
	if (!file) error(404, m.error_404_text());
	let bytes: Buffer;
	try {
		bytes = await createFileStorage(config).get(file.key);
	} catch (err) {
		if (!(err instanceof FileNotFoundError)) throw err;
		log.error('case story image file missing', { key: file.key });
		error(404, m.error_404_text());
	}
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': 'image/webp',
			'Content-Length': String(bytes.byteLength),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': file.published ? 'public, max-age=86400' : 'private, no-store'
		}
	});
};
