import { describe, expect, it } from 'vitest';
import {
	changeRefusal,
	decisionRefusal,
	earliestWorkDate,
	exceedsDayLimit,
	formatHours,
	maySeeEntry,
	monthRange,
	parseEuroCents,
	parseHours,
	parseKilometres,
	parseMonth,
	remainingDayMinutes,
	statusAfterChange,
	sumEntries,
	workDateProblem
} from './time-entry-rules';

describe('parseHours', () => {
	it.each([
		['2,5', 150],
		['2.5', 150],
		['2:30', 150],
		['2', 120],
		['0,25', 15],
		['0:15', 15],
		['1,75', 105],
		[' 3 h ', 180],
		['24', 1440],
		['24:00', 1440],
		['7,5 Std.', 450]
	])('reads %j as %i minutes', (raw, minutes) => {
		expect(parseHours(raw)).toEqual({ ok: true, minutes });
	});

	it.each([
		['', 'required'],
		['   ', 'required'],
		['zwei', 'invalid'],
		['2,5,5', 'invalid'],
		['2:75', 'invalid'],
		['-2', 'not_positive'],
		['- 1,5', 'not_positive'],
		['0', 'not_positive'],
		['0:00', 'not_positive'],
		['25', 'too_many'],
		['24,25', 'too_many'],
		['24:15', 'too_many'],
		['2,1', 'step'],
		['2,33', 'step'],
		['2:20', 'step'],
		['0,1', 'step']
	])('refuses %j (%s)', (raw, problem) => {
		expect(parseHours(raw)).toEqual({ ok: false, problem });
	});

	it('shows minutes again the way they are typed', () => {
		expect(formatHours(150)).toBe('2,5');
		expect(formatHours(105, 'en')).toBe('1.75');
		expect(formatHours(120)).toBe('2');
		for (const raw of ['0,25', '1,5', '7,75', '24']) {
			const parsed = parseHours(raw);
			expect(parsed.ok && formatHours(parsed.minutes)).toBe(raw);
		}
	});
});

describe('parseEuroCents and parseKilometres', () => {
	it.each([
		['12,50', 1250],
		['12.50', 1250],
		['12', 1200],
		['12,5', 1250],
		['1.234,56', 123456],
		['5.000', 500000],
		['12,50 €', 1250],
		['', 0],
		['0', 0]
	])('reads %j as %i cents', (raw, cents) => {
		expect(parseEuroCents(raw)).toBe(cents);
	});

	it.each(['zwölf', '-5', '12,505', '1,2,3', '12.5.0'])('refuses %j', (raw) => {
		expect(parseEuroCents(raw)).toBeNull();
	});

	it('takes whole kilometres up to 2,000', () => {
		expect(parseKilometres('')).toEqual({ ok: true, km: 0 });
		expect(parseKilometres('86 km')).toEqual({ ok: true, km: 86 });
		expect(parseKilometres('2000')).toEqual({ ok: true, km: 2000 });
		expect(parseKilometres('2001')).toEqual({ ok: false, problem: 'too_many' });
		expect(parseKilometres('12,5')).toEqual({ ok: false, problem: 'invalid' });
		expect(parseKilometres('-3')).toEqual({ ok: false, problem: 'invalid' });
	});
});

describe('dates and the day limit', () => {
	it('accepts today back to twelve months, nothing in the future', () => {
		const today = '2026-11-25';
		expect(earliestWorkDate(today)).toBe('2025-11-25');
		expect(workDateProblem(today, today)).toBeNull();
		expect(workDateProblem('2025-11-25', today)).toBeNull();
		expect(workDateProblem('2025-11-24', today)).toBe('too_old');
		expect(workDateProblem('2026-11-26', today)).toBe('future');
		// 29 February minus a year: the last day of February.
		expect(earliestWorkDate('2028-02-29')).toBe('2027-02-28');
	});

	it('allows at most 24 hours per day, existing entries included', () => {
		expect(exceedsDayLimit(0, 1440)).toBe(false);
		expect(exceedsDayLimit(1200, 240)).toBe(false);
		expect(exceedsDayLimit(1200, 255)).toBe(true);
		expect(exceedsDayLimit(1440, 15)).toBe(true);
		expect(remainingDayMinutes(1200)).toBe(240);
		expect(remainingDayMinutes(1500)).toBe(0);
	});
});

describe('status rules', () => {
	it('locks approved entries; submitted and rejected ones may be changed and go back to submitted', () => {
		expect(changeRefusal({ status: 'approved' })).toBe('approved');
		expect(changeRefusal({ status: 'submitted' })).toBeNull();
		expect(changeRefusal({ status: 'rejected' })).toBeNull();
		expect(statusAfterChange('rejected')).toBe('submitted');
		expect(statusAfterChange('submitted')).toBe('submitted');
	});

	it('decides only submitted entries, never one’s own', () => {
		expect(decisionRefusal({ status: 'submitted', advisorId: 'a' }, 'c')).toBeNull();
		expect(decisionRefusal({ status: 'approved', advisorId: 'a' }, 'c')).toBe('not_submitted');
		expect(decisionRefusal({ status: 'rejected', advisorId: 'a' }, 'c')).toBe('not_submitted');
		expect(decisionRefusal({ status: 'submitted', advisorId: 'c' }, 'c')).toBe('own_entry');
	});

	it('shows an entry to its advisor and to coordinators only', () => {
		expect(maySeeEntry({ advisorId: 'a' }, 'a', ['advisor'])).toBe(true);
		expect(maySeeEntry({ advisorId: 'a' }, 'b', ['advisor'])).toBe(false);
		expect(maySeeEntry({ advisorId: 'a' }, 'c', ['coordinator'])).toBe(true);
		expect(maySeeEntry({ advisorId: 'a' }, 'd', ['admin', 'municipality'])).toBe(false);
	});
});

describe('months and sums', () => {
	it('parses the month of the URL and knows its neighbours', () => {
		expect(parseMonth('2026-11')).toBe('2026-11');
		for (const bad of ['2026-13', '2026-1', 'x', '', null, '1999-12']) expect(parseMonth(bad)).toBeNull();
		expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', until: '2027-01-01', previous: '2026-11', next: '2027-01' });
		expect(monthRange('2026-01').previous).toBe('2025-12');
	});

	it('adds up hours, kilometres and expenses', () => {
		expect(sumEntries([])).toEqual({ minutes: 0, kilometres: 0, expensesCents: 0, count: 0 });
		expect(
			sumEntries([
				{ minutes: 150, kilometres: 86, expensesCents: 1250 },
				{ minutes: 45, kilometres: 0, expensesCents: 0 }
			])
		).toEqual({ minutes: 195, kilometres: 86, expensesCents: 1250, count: 2 });
	});
});
