import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { Db } from '../db/client';
import { consultationDocument } from '../db/schema';
import type { FileStorage } from '../files/file-storage';
import { buildSimplePdf } from '../documents/simple-pdf';

/** A valid one-page PDF. */
export const pdfBytes = (title = 'Protokoll Dialogforum') => buildSimplePdf(title, ['Teilnehmende: 14', 'Nächster Termin: 12. März']);

/**
 * A ZIP archive with the entries stored (not compressed), as Office and OpenDocument files are ZIPs; enough for
 * type detection, without a ZIP library.
 */
export function zipBytes(entries: Record<string, string>): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(entries)) {
		const nameBytes = Buffer.from(name, 'utf8');
		const data = Buffer.from(text, 'utf8');
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(entries).length, 8);
	end.writeUInt16LE(Object.keys(entries).length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const OOXML_MAIN = {
	docx: ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
	xlsx: ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
	pptx: ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
	docm: ['word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml']
} as const;

/** A minimal Office Open XML package of the given kind. */
export function ooxmlBytes(kind: keyof typeof OOXML_MAIN): Buffer {
	const [part, type] = OOXML_MAIN[kind];
	return zipBytes({
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${type}"/></Types>`,
		[part]: '<?xml version="1.0" encoding="UTF-8"?><root/>'
	});
}

/** A minimal OpenDocument package (text, spreadsheet or presentation). */
export const openDocumentBytes = (kind: 'text' | 'spreadsheet' | 'presentation') =>
	zipBytes({ mimetype: `application/vnd.oasis.opendocument.${kind}`, 'content.xml': '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>' });

/**
 * The start of a Compound File (legacy Office, but also .msi installers): the magic bytes and a directory
 * entry with the given stream name in UTF-16LE, as Word, Excel and PowerPoint write them.
 */
export function compoundFileBytes(stream: string): Buffer {
	const header = Buffer.alloc(512);
	Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
	const entry = Buffer.alloc(128);
	Buffer.from('Root Entry', 'utf16le').copy(entry);
	const named = Buffer.alloc(128);
	Buffer.from(stream, 'utf16le').copy(named);
	return Buffer.concat([header, entry, named, Buffer.alloc(256)]);
}

/** A small photo with EXIF: camera make, GPS position and orientation 6 (shot rotated by 90°). */
export async function jpegWithExif({ width = 40, height = 20 } = {}): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExifMerge({
			IFD0: { Make: 'GeheimKamera', Model: 'Serie 4711' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 1/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '8/1 32/1 0/1' }
		})
		.toBuffer();
}

export const pngBytes = ({ width = 24, height = 16 } = {}) =>
	sharp({ create: { width, height, channels: 4, background: '#f0b429' } }).png().toBuffer();

export const webpBytes = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#0b7285' } }).webp().toBuffer();

/** What a Windows program starts with: the MZ header. */
export const exeBytes = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200)]);

let counter = 0;

/** A document row with its file in the storage, as uploadDocument would leave them (without timeline or audit). */
export async function createTestDocument(
	db: Db,
	storage: FileStorage,
	overrides: Partial<typeof consultationDocument.$inferInsert> & { consultationId: string },
	bytes: Buffer = pdfBytes()
) {
	counter++;
	const storageKey = `documents/${overrides.consultationId}/${randomBytes(16).toString('hex')}`;
	await storage.put(overrides.storageKey ?? storageKey, bytes);
	const [row] = await db
		.insert(consultationDocument)
		.values({
			fileName: `Dokument ${counter}.pdf`,
			mediaType: 'application/pdf',
			sizeBytes: bytes.length,
			sha256: randomBytes(32).toString('hex'),
			storageKey,
			...overrides
		})
		.returning();
	return row;
}
