import { describe, expect, it } from 'vitest';
import { formatCents, formatCentsPlain, formatHours, formatKilometres, formatShortDate, slugify, statementFileName } from './format-statement';
import { currentMonth, isInMonth, monthLabel, monthRange, parseMonth, todayInBerlin } from './month';

describe('statement formatting', () => {
	it('writes money as people read it, with a plain space', () => {
		expect(formatCents(1250, 'de')).toBe('12,50 €');
		expect(formatCents(123456, 'de')).toBe('1.234,56 €');
		expect(formatCents(1250, 'en')).toBe('€12.50');
		expect(formatCentsPlain(123456, 'de')).toBe('1234,56');
		expect(formatCentsPlain(5, 'de')).toBe('0,05');
	});
	it('writes minutes as hours with two decimals', () => {
		expect(formatHours(90, 'de')).toBe('1,50');
		expect(formatHours(20, 'de')).toBe('0,33');
		expect(formatHours(90, 'en')).toBe('1.50');
		expect(formatHours(60_000, 'de')).toBe('1.000,00');
		expect(formatKilometres(1234, 'de')).toBe('1.234');
	});
	it('writes short dates', () => {
		expect(formatShortDate('2026-11-03', 'de')).toBe('03.11.2026');
		expect(formatShortDate('2026-11-03', 'en')).toBe('03/11/2026');
	});
	it('makes file names from names', () => {
		expect(slugify('Samuel Mensah')).toBe('samuel-mensah');
		expect(slugify('Ayşe Yılmaz-Özdemir')).toBe('ayse-yilmaz-oezdemir');
		expect(slugify('Jürgen Groß')).toBe('juergen-gross');
		expect(slugify('岩田')).toBe('person');
		expect(statementFileName('2026-11', 'Samuel Mensah', 'pdf')).toBe('honorarabrechnung-2026-11-samuel-mensah.pdf');
		expect(statementFileName('2026-11', null, 'csv')).toBe('honorarabrechnungen-2026-11-alle.csv');
	});
});

describe('months', () => {
	it('accepts only YYYY-MM in a sane range', () => {
		expect(parseMonth('2026-11')).toBe('2026-11');
		for (const bad of ['2026-13', '2026-1', '26-11', '2026-11-01', 'abc', '', null, '1999-12', "2026-11' or 1=1"]) expect(parseMonth(bad)).toBeNull();
	});
	it('knows the month range, December included', () => {
		expect(monthRange('2026-11')).toEqual({ first: '2026-11-01', next: '2026-12-01' });
		expect(monthRange('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
		expect(isInMonth('2026-11-30', '2026-11')).toBe(true);
		expect(isInMonth('2026-12-01', '2026-11')).toBe(false);
	});
	it('names months in both languages', () => {
		expect(monthLabel('2026-03', 'de')).toBe('März 2026');
		expect(monthLabel('2026-03', 'en')).toBe('March 2026');
	});
	it('takes the current month in Berlin, not in UTC', () => {
		const newYearsEveLate = new Date('2026-12-31T23:30:00Z'); // already 1 January in Berlin
		expect(currentMonth(newYearsEveLate)).toBe('2027-01');
		expect(todayInBerlin(newYearsEveLate)).toBe('2027-01-01');
	});
});
