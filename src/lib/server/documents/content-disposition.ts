/**
 * `Content-Disposition: attachment` with the file name twice (RFC 6266): `filename*` in UTF-8, percent-encoded
 * as RFC 5987 asks, which every current browser uses; and a plain ASCII `filename` for the rest, without
 * quotes, backslashes or percent signs that old clients would misread.
 */
export function attachmentDisposition(fileName: string): string {
	const name = fileName || 'download';
	const fallback =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'download';
	const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
