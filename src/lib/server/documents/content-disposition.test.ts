import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';
import { documentTypeLabel } from './document-types';

describe('attachmentDisposition', () => {
	it('gives an ASCII fallback and the UTF-8 name percent-encoded', () => {
		expect(attachmentDisposition('Protokoll.pdf')).toBe(`attachment; filename="Protokoll.pdf"; filename*=UTF-8''Protokoll.pdf`);
		expect(attachmentDisposition('Grüße (Entwurf) 100%.docx')).toBe(
			`attachment; filename="Gruße (Entwurf) 100_.docx"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%28Entwurf%29%20100%25.docx`.replace('Gruße', 'Gru_e')
		);
		expect(attachmentDisposition(`Zitat "a" \\ b's.txt`)).toBe(`attachment; filename="Zitat _a_ _ b's.txt"; filename*=UTF-8''Zitat%20%22a%22%20%5C%20b%27s.txt`);
		expect(attachmentDisposition('')).toContain('filename="download"');
	});

	it('cannot be used to add a header or a parameter', () => {
		const value = attachmentDisposition('a\r\nSet-Cookie: x=1; filename=evil.exe');
		// One quoted string without quotes inside, then a token of attr-chars only: nothing can break out.
		expect(value).toMatch(/^attachment; filename="[^"\\\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
	});
});

describe('documentTypeLabel', () => {
	it('names stored media types, ignoring parameters', () => {
		expect(documentTypeLabel('application/pdf')).toBe('PDF');
		expect(documentTypeLabel('text/plain; charset=utf-8')).toBe('TXT');
		expect(documentTypeLabel('image/jpeg')).toBe('JPG');
		expect(documentTypeLabel('application/x-unknown')).toBe('');
	});
});
