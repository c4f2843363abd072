import { randomBytes } from 'node:crypto';
import { fileExtension } from '../documents/document-types';
import { DocumentFileError } from '../documents/errors';
import { sanitiseFileName } from '../documents/file-name';
import { prepareUpload, type PreparedFile } from '../documents/prepare-upload';
import { RECEIPT_MAX_MB } from './time-entry-rules';

/** Receipts are PDF, JPEG or PNG; the shared document checks decide by content and re-encode the images. */
export const RECEIPT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'] as const;
export const RECEIPT_TYPES_LABEL = 'PDF, JPG, PNG';
export const RECEIPT_ACCEPT = RECEIPT_EXTENSIONS.map((e) => `.${e}`).join(',');

/** The limit that applies: 10 MB, or less when the installation's UPLOAD_MAX_MB is lower. */
export const receiptMaxMb = (uploadMaxMb: number) => Math.min(RECEIPT_MAX_MB, uploadMaxMb);

/**
 * Checks an uploaded receipt (DocumentFileError with the first problem): only the three receipt types, then the
 * document rules (size, type by content and extension, images re-encoded without metadata).
 */
export async function prepareReceipt(file: { name: string; bytes: Uint8Array }, uploadMaxMb: number): Promise<PreparedFile> {
	const extension = fileExtension(sanitiseFileName(file.name));
	if (!(RECEIPT_EXTENSIONS as readonly string[]).includes(extension)) throw new DocumentFileError('type_not_allowed', extension);
	return prepareUpload(file, { maxMb: receiptMaxMb(uploadMaxMb) });
}

/** A fresh storage key; never derived from the file name or an account id. */
export const receiptKey = () => `receipts/${randomBytes(16).toString('hex')}`;
