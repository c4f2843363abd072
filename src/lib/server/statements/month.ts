import { format } from 'date-fns';
import { tz } from '@date-fns/tz';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const BERLIN = tz('Europe/Berlin');

/** 'YYYY-MM' within a sane range, or null: route parameters are untrusted, so garbage must become 404, not 500. */
export function parseMonth(value: string | null | undefined): string | null {
	if (!value) return null;
	const match = MONTH.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	return year >= 2000 && year <= 2100 ? value : null;
}

/** First day of the month and first day of the next one, as date strings; work dates are compared as strings. */
export function monthRange(month: string): { first: string; next: string } {
	const [year, mon] = month.split('-').map(Number);
	const nextYear = mon === 12 ? year + 1 : year;
	const nextMon = mon === 12 ? 1 : mon + 1;
	return { first: `${month}-01`, next: `${nextYear}-${String(nextMon).padStart(2, '0')}-01` };
}

export function isInMonth(workDate: string, month: string): boolean {
	return workDate.startsWith(`${month}-`);
}

/** "November 2026" in both languages (German: "November 2026", English: "November 2026"; "März" vs "March"). */
export function monthLabel(month: string, locale: string): string {
	const [year, mon] = month.split('-').map(Number);
	return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, mon - 1, 15))
	);
}

/** The month it is now in Berlin, where the programme works. */
export function currentMonth(now: Date): string {
	return format(now, 'yyyy-MM', { in: BERLIN });
}

export function todayInBerlin(now: Date): string {
	return format(now, 'yyyy-MM-dd', { in: BERLIN });
}
