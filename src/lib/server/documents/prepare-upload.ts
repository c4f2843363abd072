import { createHash } from 'node:crypto';
import { checkUploadSize, detectDocumentType, fileExtension, isUtf8 } from './document-types';
import { DocumentFileError } from './errors';
import { sanitiseFileName } from './file-name';
import { reencodeImage } from './reencode-image';

export interface PreparedFile {
	fileName: string;
	mediaType: string;
	bytes: Buffer;
	sizeBytes: number;
	sha256: string;
}

/**
 * Everything that is decided about an uploaded file before it is stored: size, type by content and extension,
 * images re-encoded without metadata, the display name, size and hash of what is stored. Throws
 * DocumentFileError with the first problem; touches neither the disk nor the database.
 */
export async function prepareUpload(file: { name: string; bytes: Uint8Array }, { maxMb }: { maxMb: number }): Promise<PreparedFile> {
	const fileName = sanitiseFileName(file.name);
	const extension = fileExtension(fileName);
	const sizeProblem = checkUploadSize(file.bytes.byteLength, maxMb);
	if (sizeProblem) throw new DocumentFileError(sizeProblem, extension);
	const check = await detectDocumentType(fileName, file.bytes);
	if (!check.ok) throw new DocumentFileError(check.problem, extension);
	let bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
	let mediaType = check.type.mediaType;
	if (check.type.image) {
		const result = await reencodeImage(bytes, check.type.image);
		if (!result.ok) throw new DocumentFileError(result.problem, extension);
		bytes = result.bytes;
	} else if (mediaType.startsWith('text/') && isUtf8(bytes)) {
		mediaType += '; charset=utf-8';
	}
	return { fileName, mediaType, bytes, sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
