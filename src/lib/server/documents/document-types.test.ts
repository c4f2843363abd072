import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { compoundFileBytes, exeBytes, jpegWithExif, ooxmlBytes, openDocumentBytes, pdfBytes, pngBytes, webpBytes } from '../testing/document-factories';
import { ACCEPT_ATTRIBUTE, ALLOWED_TYPES_LABEL, checkUploadSize, detectDocumentType, fileExtension } from './document-types';
import { fileErrorMessage } from './document-forms';

describe('detectDocumentType', () => {
	const good: [string, () => Promise<Buffer> | Buffer, string][] = [
		['Protokoll.pdf', () => pdfBytes(), 'application/pdf'],
		['Bericht.PDF', () => pdfBytes(), 'application/pdf'],
		['Konzept.docx', () => ooxmlBytes('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['Finanzplan.xlsx', () => ooxmlBytes('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['Vortrag.pptx', () => ooxmlBytes('pptx'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
		['Konzept.odt', () => openDocumentBytes('text'), 'application/vnd.oasis.opendocument.text'],
		['Tabelle.ods', () => openDocumentBytes('spreadsheet'), 'application/vnd.oasis.opendocument.spreadsheet'],
		['Folien.odp', () => openDocumentBytes('presentation'), 'application/vnd.oasis.opendocument.presentation'],
		['Alt.doc', () => compoundFileBytes('WordDocument'), 'application/msword'],
		['Alt.xls', () => compoundFileBytes('Workbook'), 'application/vnd.ms-excel'],
		['Alt.ppt', () => compoundFileBytes('PowerPoint Document'), 'application/vnd.ms-powerpoint'],
		['Notizen.txt', () => Buffer.from('Teilnehmende: 14\r\nOrt: Rathaus\tRaum 2\n'), 'text/plain'],
		['Liste.csv', () => Buffer.from('Verein;Ort\nWelthaus;Bielefeld\n', 'latin1'), 'text/csv'],
		['Foto.jpg', () => jpegWithExif(), 'image/jpeg'],
		['Foto.JPEG', () => jpegWithExif(), 'image/jpeg'],
		['Stellwand.png', () => pngBytes(), 'image/png'],
		['Plakat.webp', () => webpBytes(), 'image/webp']
	];
	it.each(good)('accepts %s', async (name, make, mediaType) => {
		const result = await detectDocumentType(name, await make());
		expect(result).toMatchObject({ ok: true, type: { mediaType } });
	});

	const bad: [string, () => Promise<Buffer> | Buffer, 'type_not_allowed' | 'type_mismatch'][] = [
		['Rechnung.pdf', () => exeBytes(), 'type_mismatch'],
		['Rechnung.exe', () => exeBytes(), 'type_not_allowed'],
		['Fake.pdf', () => Buffer.from('Dies ist nur Text und kein PDF.'), 'type_mismatch'],
		['Protokoll.docx', () => pdfBytes(), 'type_mismatch'],
		['Foto.png', () => jpegWithExif(), 'type_mismatch'],
		['Makro.docx', () => ooxmlBytes('docm'), 'type_mismatch'],
		['Makro.docm', () => ooxmlBytes('docm'), 'type_not_allowed'],
		['Tabelle.xlsx', () => ooxmlBytes('docx'), 'type_mismatch'],
		['Installer.doc', () => compoundFileBytes('Installer'), 'type_mismatch'],
		['Word.xls', () => compoundFileBytes('WordDocument'), 'type_mismatch'],
		['Binär.txt', () => Buffer.from([0x41, 0x00, 0x42, 0x01]), 'type_mismatch'],
		['Skript.txt', () => exeBytes(), 'type_mismatch'],
		['Seite.html', () => Buffer.from('<html><script>alert(1)</script></html>'), 'type_not_allowed'],
		['Grafik.svg', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'type_not_allowed'],
		['Animation.gif', () => sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).gif().toBuffer(), 'type_not_allowed'],
		['ohne-endung', () => pdfBytes(), 'type_not_allowed']
	];
	it.each(bad)('refuses %s (%s)', async (name, make, problem) => {
		expect(await detectDocumentType(name, await make())).toEqual({ ok: false, problem });
	});

	it('names every allowed type in the label and the accept attribute', () => {
		expect(ALLOWED_TYPES_LABEL).toBe('PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, TXT, CSV, JPG, PNG, WEBP');
		expect(ACCEPT_ATTRIBUTE.split(',')).toContain('.jpeg');
		expect(fileExtension('a.b.PDF')).toBe('pdf');
		expect(fileExtension('README')).toBe('');
	});
});

describe('upload size and its message', () => {
	it('refuses empty files and files over the limit, accepting exactly the limit', () => {
		expect(checkUploadSize(0, 20)).toBe('empty');
		expect(checkUploadSize(1, 20)).toBeNull();
		expect(checkUploadSize(20 * 1024 * 1024, 20)).toBeNull();
		expect(checkUploadSize(20 * 1024 * 1024 + 1, 20)).toBe('too_large');
		expect(checkUploadSize(6 * 1024 * 1024, 5)).toBe('too_large');
	});

	it('names the limit in MB and the allowed types', () => {
		expect(fileErrorMessage({ problem: 'too_large', extension: 'pdf' }, 20)).toBe('Die Datei ist zu groß. Erlaubt sind höchstens 20 MB.');
		expect(fileErrorMessage({ problem: 'too_large', extension: 'pdf' }, 5)).toContain('5 MB');
		expect(fileErrorMessage({ problem: 'type_mismatch', extension: 'pdf' }, 20)).toBe(
			`Der Inhalt der Datei passt nicht zur Dateiendung „.pdf“. Erlaubte Dateitypen: ${ALLOWED_TYPES_LABEL}.`
		);
		expect(fileErrorMessage({ problem: 'type_not_allowed', extension: 'exe' }, 20)).toContain('PDF, DOC, DOCX');
	});
});
