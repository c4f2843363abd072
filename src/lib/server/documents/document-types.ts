import { fileTypeFromBuffer } from 'file-type';

/**
 * The file types a consultation accepts, decided by the content (magic bytes, via file-type) AND the extension:
 * both must name the same type, so an .exe renamed .pdf and a PDF renamed .docx are both refused.
 * - PDF; Office Open XML (docx, xlsx, pptx); OpenDocument (odt, ods, odp): detected by file-type.
 * - Legacy Office (doc, xls, ppt): file-type only sees a Compound File (CFB), which installers (.msi) share;
 *   the extension picks the application and the file must contain that application's main stream.
 * - Plain text (txt, csv): no magic bytes exist; accepted when nothing else is detected and it has no binary bytes.
 * - Images (jpg, png, webp): re-encoded without metadata before they are stored.
 * Left out on purpose: GIF (animation would be lost in re-encoding), HEIC (not decodable by sharp's prebuilt
 * binaries), SVG and HTML (active content), archives and macro-enabled Office files (docm, xlsm).
 */
export interface DocumentType {
	/** Shown in the list of allowed types. */
	label: string;
	extensions: readonly string[];
	mediaType: string;
	/** Images are re-encoded in this format. */
	image?: 'jpeg' | 'png' | 'webp';
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** file-type's `ext` → our type. */
const DETECTED: Record<string, DocumentType> = {
	pdf: { label: 'PDF', extensions: ['pdf'], mediaType: 'application/pdf' },
	docx: { label: 'DOCX', extensions: ['docx'], mediaType: `${OOXML}.wordprocessingml.document` },
	xlsx: { label: 'XLSX', extensions: ['xlsx'], mediaType: `${OOXML}.spreadsheetml.sheet` },
	pptx: { label: 'PPTX', extensions: ['pptx'], mediaType: `${OOXML}.presentationml.presentation` },
	odt: { label: 'ODT', extensions: ['odt'], mediaType: `${ODF}.text` },
	ods: { label: 'ODS', extensions: ['ods'], mediaType: `${ODF}.spreadsheet` },
	odp: { label: 'ODP', extensions: ['odp'], mediaType: `${ODF}.presentation` },
	jpg: { label: 'JPG', extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', image: 'jpeg' },
	png: { label: 'PNG', extensions: ['png'], mediaType: 'image/png', image: 'png' },
	webp: { label: 'WEBP', extensions: ['webp'], mediaType: 'image/webp', image: 'webp' }
};

/** Compound files by extension, each with the stream names its application writes (one is enough). */
const LEGACY_OFFICE: Record<string, DocumentType & { streams: string[] }> = {
	doc: { label: 'DOC', extensions: ['doc'], mediaType: 'application/msword', streams: ['WordDocument'] },
	xls: { label: 'XLS', extensions: ['xls'], mediaType: 'application/vnd.ms-excel', streams: ['Workbook', 'Book'] },
	ppt: { label: 'PPT', extensions: ['ppt'], mediaType: 'application/vnd.ms-powerpoint', streams: ['PowerPoint Document'] }
};

const TEXT: Record<string, DocumentType> = {
	txt: { label: 'TXT', extensions: ['txt'], mediaType: 'text/plain' },
	csv: { label: 'CSV', extensions: ['csv'], mediaType: 'text/csv' }
};

/** In the order people look for them. */
const ALL: DocumentType[] = [
	DETECTED.pdf,
	LEGACY_OFFICE.doc,
	DETECTED.docx,
	LEGACY_OFFICE.xls,
	DETECTED.xlsx,
	LEGACY_OFFICE.ppt,
	DETECTED.pptx,
	DETECTED.odt,
	DETECTED.ods,
	DETECTED.odp,
	TEXT.txt,
	TEXT.csv,
	DETECTED.jpg,
	DETECTED.png,
	DETECTED.webp
];

/** "PDF, DOC, DOCX, …" for messages and hints. */
export const ALLOWED_TYPES_LABEL = ALL.map((t) => t.label).join(', ');
/** The file input's accept attribute (a hint for the browser's picker; the server decides). */
export const ACCEPT_ATTRIBUTE = ALL.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

export type UploadProblem = 'missing' | 'empty' | 'too_large' | 'type_not_allowed' | 'type_mismatch' | 'image_unreadable' | 'image_too_large';

export type TypeCheck = { ok: true; type: DocumentType } | { ok: false; problem: 'type_not_allowed' | 'type_mismatch' };

/** The extension after the last dot, lower case; '' when there is none. */
export function fileExtension(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const isAllowedExtension = (ext: string) => ALL.some((t) => t.extensions.includes(ext));

/** UTF-16LE, as the directory of a compound file stores stream names. */
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Text files: no NUL and no control characters other than tab, line breaks and form feed. */
function looksLikeText(bytes: Uint8Array): boolean {
	for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
	return true;
}

/** Whether text bytes are valid UTF-8, so the download can name the charset. */
export function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Decides the type of an upload from its bytes and its (sanitised) file name. No I/O. */
export async function detectDocumentType(fileName: string, bytes: Uint8Array): Promise<TypeCheck> {
	const ext = fileExtension(fileName);
	if (!isAllowedExtension(ext)) return { ok: false, problem: 'type_not_allowed' };
	const detected = await fileTypeFromBuffer(bytes);
	if (detected?.ext === 'cfb') {
		const legacy = LEGACY_OFFICE[ext];
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (legacy && legacy.streams.some((s) => buffer.includes(utf16(s)))) return { ok: true, type: legacy };
		return { ok: false, problem: 'type_mismatch' };
	}
	if (detected) {
		const type = DETECTED[detected.ext];
		return type?.extensions.includes(ext) ? { ok: true, type } : { ok: false, problem: 'type_mismatch' };
	}
	const text = TEXT[ext];
	if (text && looksLikeText(bytes)) return { ok: true, type: text };
	return { ok: false, problem: 'type_mismatch' };
}

/** Size rule: an empty file or one over the limit is refused before anything else is looked at. */
export function checkUploadSize(sizeBytes: number, maxMb: number): 'empty' | 'too_large' | null {
	if (sizeBytes <= 0) return 'empty';
	if (sizeBytes > maxMb * 1024 * 1024) return 'too_large';
	return null;
}

/** "PDF", "DOCX", "JPG" … for a stored media type (a charset parameter is ignored); '' when unknown. */
export function documentTypeLabel(mediaType: string): string {
	const base = mediaType.split(';')[0].trim().toLowerCase();
	return ALL.find((t) => t.mediaType === base)?.label ?? '';
}
