import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegWithExif, pngBytes, webpBytes } from '../testing/document-factories';
import { reencodeImage } from './reencode-image';

const GPS_POINTER_LE = Buffer.from([0x25, 0x88]);

describe('reencodeImage', () => {
	it('drops EXIF with GPS position and camera, after applying the orientation', async () => {
		const original = await jpegWithExif({ width: 40, height: 20 });
		const before = await sharp(original).metadata();
		// The fixture really carries what must go: camera make, a GPS block and the orientation.
		expect(before.exif?.includes(Buffer.from('GeheimKamera'))).toBe(true);
		expect(before.exif?.includes(GPS_POINTER_LE)).toBe(true);
		expect(before.orientation).toBe(6);

		const result = await reencodeImage(original, 'jpeg');
		if (!result.ok) throw new Error(result.problem);
		const after = await sharp(result.bytes).metadata();
		expect(after.format).toBe('jpeg');
		expect(after.exif).toBeUndefined();
		expect(after.xmp).toBeUndefined();
		expect(after.orientation).toBeUndefined();
		expect([after.width, after.height]).toEqual([20, 40]);
		expect(result.bytes.includes(Buffer.from('GeheimKamera'))).toBe(false);
		expect(result.bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
	});

	it('keeps PNG and WebP in their format, without metadata', async () => {
		const png = await sharp(await pngBytes()).withExif({ IFD0: { Artist: 'Petra Schulte' } }).png().toBuffer();
		expect((await sharp(png).metadata()).exif).toBeDefined();
		const outPng = await reencodeImage(png, 'png');
		if (!outPng.ok) throw new Error(outPng.problem);
		const meta = await sharp(outPng.bytes).metadata();
		expect(meta).toMatchObject({ format: 'png', width: 24, height: 16 });
		expect(meta.exif).toBeUndefined();
		const outWebp = await reencodeImage(await webpBytes(), 'webp');
		if (!outWebp.ok) throw new Error(outWebp.problem);
		expect((await sharp(outWebp.bytes).metadata()).format).toBe('webp');
	});

	it('refuses what cannot be decoded and images over the pixel limit', async () => {
		expect(await reencodeImage(Buffer.from('kein Bild'), 'jpeg')).toEqual({ ok: false, problem: 'image_unreadable' });
		const jpeg = await jpegWithExif();
		expect(await reencodeImage(jpeg.subarray(0, 200), 'jpeg')).toEqual({ ok: false, problem: 'image_unreadable' });
		expect(await reencodeImage(jpeg, 'jpeg', { maxPixels: 799 })).toEqual({ ok: false, problem: 'image_too_large' });
		expect((await reencodeImage(jpeg, 'jpeg', { maxPixels: 800 })).ok).toBe(true);
	});
});
