import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDate', () => {
	it('formats a date-only string in German as DD.MM.YYYY', () => {
		expect(formatDate('2026-11-25', 'de')).toBe('25.11.2026');
		expect(formatDate('2027-01-05', 'de')).toBe('05.01.2027');
	});

	it('formats in English with the month name', () => {
		expect(formatDate('2026-11-25', 'en')).toBe('25 November 2026');
	});

	it('treats a date-only string as that calendar day, at month and year ends too', () => {
		expect(formatDate('2026-03-01', 'de')).toBe('01.03.2026');
		expect(formatDate('2026-12-31', 'de')).toBe('31.12.2026');
	});

	it('shows instants in German time (Europe/Berlin)', () => {
		// 23:30 UTC on 31 December is already 1 January in Germany.
		expect(formatDate(new Date('2026-12-31T23:30:00Z'), 'de')).toBe('01.01.2027');
		expect(formatDate('2026-06-30T22:30:00Z', 'de')).toBe('01.07.2026');
	});

	it.each([null, undefined, '', 'kein Datum', '2026-13-45'])('returns an empty string for %o', (value) => {
		expect(formatDate(value, 'de')).toBe('');
	});

	it('returns an empty string for an invalid Date object', () => {
		expect(formatDate(new Date('nope'), 'de')).toBe('');
	});
});

describe('formatDateTime', () => {
	it('shows date and time in German time', () => {
		const text = formatDateTime('2026-11-25T08:05:00Z', 'de');
		expect(text).toContain('25.11.2026');
		expect(text).toContain('09:05'); // UTC+1 in November
	});

	it('returns an empty string for missing or invalid input', () => {
		expect(formatDateTime(null, 'de')).toBe('');
		expect(formatDateTime('kein Datum', 'en')).toBe('');
	});
});
