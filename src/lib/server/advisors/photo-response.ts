import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { Config } from '../config';
import { createFileStorage, FileNotFoundError } from '../files/create-file-storage';
import { log } from '../logger';

/** Serves a stored advisor photo inline (it was re-encoded by us), with nosniff and the given caching. */
export async function photoResponse(config: Pick<Config, 'dataDir'>, photo: { key: string; mediaType: string }, cacheControl: string): Promise<Response> {
	let bytes: Buffer;
	try {
		bytes = await createFileStorage(config).get(photo.key);
	} catch (err) {
		if (!(err instanceof FileNotFoundError)) throw err;
		log.error('advisor photo missing', { key: photo.key });
		error(404, m.error_404_text());
	}
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': photo.mediaType,
			'Content-Length': String(bytes.byteLength),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': cacheControl
		}
	});
}
