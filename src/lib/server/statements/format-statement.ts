/**
 * Numbers of a statement as people read them, for the page, the PDF and the CSV alike, so that a figure on the page
 * can be found in the download. Pure. Intl puts a no-break space before "€"; we write a plain space, so that text
 * extracted from the PDF and copied from the page match, and keep lines together with CSS instead.
 */
const tag = (locale: string) => (locale === 'de' ? 'de-DE' : 'en-GB');
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** 1250 → "12,50 €" (de) or "€12.50" (en). */
export function formatCents(cents: number, locale: string): string {
	return plainSpaces(new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100));
}

/** 1250 → "12,50": money in the CSV, a number Excel can add up (German decimal comma). */
export function formatCentsPlain(cents: number, locale: string): string {
	return plainSpaces(new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100));
}

/** Minutes as hours with two decimals: 90 → "1,50", 20 → "0,33". */
export function formatHours(minutes: number, locale: string): string {
	return new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true }).format(minutes / 60);
}

export function formatHoursPlain(minutes: number, locale: string): string {
	return new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
}

export function formatKilometres(km: number, locale: string): string {
	return plainSpaces(new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(km));
}

/** 2026-11-03 → "03.11.2026" (de) or "03/11/2026" (en): short, for table cells and CSV. */
export function formatShortDate(date: string, locale: string): string {
	const [y, mo, d] = date.split('-');
	return locale === 'de' ? `${d}.${mo}.${y}` : `${d}/${mo}/${y}`;
}

/** "Samuel Mensah" → "samuel-mensah", for file names; letters without a decomposition are spelled out. */
export function slugify(text: string): string {
	const spelled = text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[äöü]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue' })[c as 'ä' | 'ö' | 'ü'])
		.replace(/ı/g, 'i')
		.replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
		.replace(/æ/g, 'ae')
		.replace(/ł/g, 'l')
		.replace(/đ/g, 'd')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	return spelled.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'person';
}

/** honorarabrechnung-2026-11-samuel-mensah.pdf; all advisors: honorarabrechnungen-2026-11-alle.pdf. */
export function statementFileName(month: string, advisorName: string | null, extension: 'pdf' | 'csv'): string {
	return advisorName === null ? `honorarabrechnungen-${month}-alle.${extension}` : `honorarabrechnung-${month}-${slugify(advisorName)}.${extension}`;
}
