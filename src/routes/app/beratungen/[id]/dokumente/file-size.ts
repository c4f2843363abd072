import { m } from '$lib/paraglide/messages.js';

/** "512 Byte", "12,5 kB", "3,4 MB" in German; "12.5 kB" in English. Units of 1024, like the upload limit. */
export function formatFileSize(bytes: number, locale: string): string {
	const number = (n: number, digits: number) =>
		new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits }).format(n);
	const o = { locale: locale === 'de' ? ('de' as const) : ('en' as const) };
	if (bytes < 1024) return m.doc_size_bytes({ size: number(bytes, 0) }, o);
	if (bytes < 1024 * 1024) return m.doc_size_kb({ size: number(bytes / 1024, bytes < 10 * 1024 ? 1 : 0) }, o);
	return m.doc_size_mb({ size: number(bytes / (1024 * 1024), 1) }, o);
}
