import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { reencodeImage } from '../documents/reencode-image';
import { PhotoFileError } from './errors';

export const MAX_PHOTO_MB = 5;
/** Longest side of the stored photo: enough for the team page at high density, small enough to serve. */
export const PHOTO_MAX_SIDE = 800;
export const PHOTO_TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';
const FORMAT = { jpg: 'jpeg', png: 'png', webp: 'webp' } as const;

export interface PreparedPhoto {
	bytes: Buffer;
	mediaType: string;
}

/**
 * Checks a photo by its bytes (JPEG, PNG or WEBP, at most 5 MB) and re-encodes it without metadata (EXIF with
 * GPS position, XMP, comments), scaled down to PHOTO_MAX_SIDE. Throws PhotoFileError; no I/O besides memory.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
	if (bytes.byteLength === 0) throw new PhotoFileError('empty');
	if (bytes.byteLength > MAX_PHOTO_MB * 1024 * 1024) throw new PhotoFileError('too_large');
	const detected = await fileTypeFromBuffer(bytes);
	const ext = detected?.ext;
	if (ext !== 'jpg' && ext !== 'png' && ext !== 'webp') throw new PhotoFileError('type_not_allowed');
	const clean = await reencodeImage(bytes, FORMAT[ext]);
	if (!clean.ok) throw new PhotoFileError(clean.problem);
	// A second pass only scales: sharp writes no metadata unless asked, so nothing comes back.
	const scaled = await sharp(clean.bytes).resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true }).toBuffer();
	return { bytes: scaled, mediaType: PHOTO_TYPES[ext] };
}
