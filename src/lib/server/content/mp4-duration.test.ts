import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMp4Duration } from './mp4-duration';

const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-mp4-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const box = (type: string, body: Buffer) => {
	const header = Buffer.alloc(8);
	header.writeUInt32BE(8 + body.length, 0);
	header.write(type, 4, 'latin1');
	return Buffer.concat([header, body]);
};
/** A movie header of version 0: flags, creation, modification, timescale, duration. */
const mvhd = (timescale: number, duration: number) => {
	const body = Buffer.alloc(100);
	body.writeUInt32BE(timescale, 12);
	body.writeUInt32BE(duration, 16);
	return box('mvhd', body);
};
const write = (name: string, data: Buffer) => {
	const file = path.join(dir, name);
	writeFileSync(file, data);
	return file;
};

describe('readMp4Duration', () => {
	it('reads the duration from the movie header, also when the media data comes first', async () => {
		const file = write('a.mp4', Buffer.concat([box('ftyp', Buffer.from('isom0000')), box('mdat', Buffer.alloc(5000)), box('moov', mvhd(1000, 95_500))]));
		expect(await readMp4Duration(file)).toBe(95.5);
	});

	it('answers null for a file without a movie header or not an MP4 at all', async () => {
		expect(await readMp4Duration(write('b.mp4', box('ftyp', Buffer.from('isom0000'))))).toBeNull();
		expect(await readMp4Duration(write('c.mp4', Buffer.from('not a video')))).toBeNull();
	});
});
