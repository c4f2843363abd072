import sharp from 'sharp';

/** Larger images are refused: decoding them would take too much memory (a 50 MP photo is about 200 MB raw). */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ReencodeResult = { ok: true; bytes: Buffer } | { ok: false; problem: 'image_unreadable' | 'image_too_large' };

/**
 * Decodes the image and encodes it again in the same format. sharp writes no metadata unless asked
 * (withMetadata), so EXIF with GPS position, camera serial numbers, XMP and comments are gone; `.rotate()`
 * first applies the EXIF orientation, which would otherwise be lost with the EXIF block.
 */
export async function reencodeImage(
	bytes: Uint8Array,
	format: 'jpeg' | 'png' | 'webp',
	{ maxPixels = MAX_IMAGE_PIXELS }: { maxPixels?: number } = {}
): Promise<ReencodeResult> {
	let width: number | undefined;
	let height: number | undefined;
	try {
		({ width, height } = await sharp(bytes, { limitInputPixels: false }).metadata());
	} catch {
		return { ok: false, problem: 'image_unreadable' };
	}
	if (!width || !height) return { ok: false, problem: 'image_unreadable' };
	if (width * height > maxPixels) return { ok: false, problem: 'image_too_large' };
	try {
		// failOn 'error': photos with a harmless libjpeg warning (extra bytes after the image) are still accepted.
		const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).rotate();
		const encoded =
			format === 'jpeg'
				? image.jpeg({ quality: 90, mozjpeg: true })
				: format === 'png'
					? image.png({ compressionLevel: 9 })
					: image.webp({ quality: 90 });
		return { ok: true, bytes: await encoded.toBuffer() };
	} catch {
		return { ok: false, problem: 'image_unreadable' };
	}
}
