import { readMp4Duration } from './mp4-duration';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

/**
 * The self-hosted video in Deutsche Gebärdensprache and its captions. Fixed names under DATA_DIR/media, placed by
 * the operator (no upload, no third-party player).
 */
export const SIGN_LANGUAGE_VIDEO = 'gebaerdensprache.mp4';
export const SIGN_LANGUAGE_CAPTIONS = 'gebaerdensprache.de.vtt';

export function mediaPath(dataDir: string, name: typeof SIGN_LANGUAGE_VIDEO | typeof SIGN_LANGUAGE_CAPTIONS): string {
	return path.join(dataDir, 'media', name);
}

/** The size of a regular file, or null when it is missing. */
export async function fileSize(file: string): Promise<number | null> {
	try {
		const s = await stat(file);
		return s.isFile() ? s.size : null;
	} catch {
		return null;
	}
}

/** What the page shows: whether there is a video (with its size and duration, DESIGN §8a) and captions. */
export async function findSignLanguageMedia(dataDir: string) {
	const [video, captions] = await Promise.all([fileSize(mediaPath(dataDir, SIGN_LANGUAGE_VIDEO)), fileSize(mediaPath(dataDir, SIGN_LANGUAGE_CAPTIONS))]);
	const present = video !== null && video > 0;
	return {
		video: present,
		captions: video !== null && captions !== null,
		bytes: present ? video : null,
		seconds: present ? await readMp4Duration(mediaPath(dataDir, SIGN_LANGUAGE_VIDEO)) : null
	};
}

export type ByteRange = { start: number; end: number };

/**
 * One byte range of an HTTP Range header (RFC 9110 §14.1.2), as browsers send it to seek in a video. Several ranges
 * are answered with the first only; null means "no usable Range: send everything", 'unsatisfiable' means 416. Pure.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	if (!header) return null;
	const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header.trim());
	if (!match) return null;
	const [, from, to] = match;
	if (from === '' && to === '') return null;
	if (from === '') {
		const suffix = Number(to);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(from);
	if (start >= size) return 'unsatisfiable';
	const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
	if (end < start) return null;
	return { start, end };
}

/** A file as a response with Range support; the content type is fixed by the caller, never guessed. */
export async function serveMediaFile(file: string, contentType: string, rangeHeader: string | null): Promise<Response | null> {
	const size = await fileSize(file);
	if (size === null) return null;
	const headers: Record<string, string> = {
		'content-type': contentType,
		'x-content-type-options': 'nosniff',
		'accept-ranges': 'bytes',
		'cache-control': 'public, max-age=3600'
	};
	const range = parseRange(rangeHeader, size);
	if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
	const { start, end } = range ?? { start: 0, end: size - 1 };
	const body = size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream);
	headers['content-length'] = String(size === 0 ? 0 : end - start + 1);
	if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
	return new Response(body, { status: range ? 206 : 200, headers });
}
