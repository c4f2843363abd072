import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSignLanguageMedia, mediaPath, parseRange, serveMediaFile } from './sign-language-media';

describe('parseRange', () => {
	it.each([
		['bytes=0-99', { start: 0, end: 99 }],
		['bytes=100-', { start: 100, end: 999 }],
		['bytes=-200', { start: 800, end: 999 }],
		['bytes=900-5000', { start: 900, end: 999 }],
		['bytes=0-9, 20-29', { start: 0, end: 9 }]
	])('reads %s', (header, range) => {
		expect(parseRange(header, 1000)).toEqual(range);
	});

	it('sends everything for no or a malformed header, and refuses ranges beyond the file', () => {
		expect(parseRange(null, 1000)).toBeNull();
		expect(parseRange('items=0-1', 1000)).toBeNull();
		expect(parseRange('bytes=50-10', 1000)).toBeNull();
		expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
	});
});

describe('serveMediaFile', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-media-'));

	it('reports the slot as empty until the operator places the files', async () => {
		expect(await findSignLanguageMedia(dir)).toEqual({ video: false, captions: false, bytes: null, seconds: null });
		mkdirSync(path.join(dir, 'media'), { recursive: true });
		writeFileSync(mediaPath(dir, 'gebaerdensprache.mp4'), Buffer.from('0123456789'));
		expect(await findSignLanguageMedia(dir)).toEqual({ video: true, captions: false, bytes: 10, seconds: null });
		writeFileSync(mediaPath(dir, 'gebaerdensprache.de.vtt'), 'WEBVTT\n');
		expect(await findSignLanguageMedia(dir)).toEqual({ video: true, captions: true, bytes: 10, seconds: null });
	});

	it('answers a range with 206 and the bytes asked for, a whole request with 200', async () => {
		const file = mediaPath(dir, 'gebaerdensprache.mp4');
		const part = (await serveMediaFile(file, 'video/mp4', 'bytes=2-5'))!;
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
		expect(part.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await part.text()).toBe('2345');
		const whole = (await serveMediaFile(file, 'video/mp4', null))!;
		expect(whole.status).toBe(200);
		expect(whole.headers.get('content-type')).toBe('video/mp4');
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect(await whole.text()).toBe('0123456789');
		expect((await serveMediaFile(file, 'video/mp4', 'bytes=50-'))!.status).toBe(416);
		expect(await serveMediaFile(path.join(dir, 'media', 'fehlt.mp4'), 'video/mp4', null)).toBeNull();
	});
});
