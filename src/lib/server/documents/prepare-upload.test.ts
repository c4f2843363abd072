import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exeBytes, jpegWithExif, pdfBytes } from '../testing/document-factories';
import { DocumentFileError } from './errors';
import { prepareUpload } from './prepare-upload';

async function problem(p: Promise<unknown>) {
	try {
		await p;
	} catch (err) {
		expect(err).toBeInstanceOf(DocumentFileError);
		return (err as DocumentFileError).problem;
	}
	throw new Error('expected a DocumentFileError');
}

describe('prepareUpload', () => {
	it('keeps a PDF as it is, with a clean name, its size and hash', async () => {
		const bytes = pdfBytes();
		const file = await prepareUpload({ name: 'C:\\temp\\Protokoll\u202E.pdf', bytes }, { maxMb: 20 });
		expect(file).toMatchObject({ fileName: 'Protokoll.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length });
		expect(file.bytes.equals(bytes)).toBe(true);
		expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
	});

	it('stores images re-encoded, and size and hash describe the stored bytes', async () => {
		const original = await jpegWithExif();
		const file = await prepareUpload({ name: 'Foto.jpeg', bytes: original }, { maxMb: 20 });
		expect(file.mediaType).toBe('image/jpeg');
		expect(file.bytes.equals(original)).toBe(false);
		expect((await sharp(file.bytes).metadata()).exif).toBeUndefined();
		expect(file.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
	});

	it('names the charset of UTF-8 text only', async () => {
		expect((await prepareUpload({ name: 'a.txt', bytes: Buffer.from('Grüße') }, { maxMb: 1 })).mediaType).toBe('text/plain; charset=utf-8');
		expect((await prepareUpload({ name: 'a.csv', bytes: Buffer.from('Grüße', 'latin1') }, { maxMb: 1 })).mediaType).toBe('text/csv');
	});

	it('refuses with the first problem: size, then type, then the image', async () => {
		expect(await problem(prepareUpload({ name: 'leer.pdf', bytes: new Uint8Array() }, { maxMb: 20 }))).toBe('empty');
		expect(await problem(prepareUpload({ name: 'gross.exe', bytes: Buffer.alloc(1024 * 1024 + 1) }, { maxMb: 1 }))).toBe('too_large');
		expect(await problem(prepareUpload({ name: 'Rechnung.pdf', bytes: exeBytes() }, { maxMb: 20 }))).toBe('type_mismatch');
		const broken = (await jpegWithExif()).subarray(0, 300);
		expect(await problem(prepareUpload({ name: 'kaputt.jpg', bytes: broken }, { maxMb: 20 }))).toBe('image_unreadable');
	});
});
