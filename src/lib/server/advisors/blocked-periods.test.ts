import { describe, expect, it } from 'vitest';
import { blockedPeriodSchema, findOverlap, isIsoDate, overlaps } from './blocked-periods';

describe('blocked periods', () => {
	it('knows real dates only', () => {
		expect(isIsoDate('2026-07-14')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('14.07.2026')).toBe(false);
		expect(isIsoDate('1999-01-01')).toBe(false);
	});

	it('validates the form', () => {
		expect(blockedPeriodSchema.safeParse({ startsOn: '2026-07-01', endsOn: '2026-07-01' }).success).toBe(true);
		const issues = (v: object) => blockedPeriodSchema.safeParse(v).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
		expect(issues({ startsOn: '2026-07-10', endsOn: '2026-07-01' })).toEqual(['endsOn:adv_error_end_before_start']);
		expect(issues({ startsOn: '', endsOn: '2026-13-01' })).toEqual(['startsOn:adv_error_start_required', 'startsOn:adv_error_date_invalid', 'endsOn:adv_error_date_invalid']);
		expect(issues({ startsOn: '2026-01-01', endsOn: '2027-01-02' })).toEqual(['endsOn:adv_error_period_too_long']);
		expect(issues({ startsOn: '2026-01-01', endsOn: '2026-01-02', note: 'x'.repeat(201) })).toEqual(['note:adv_error_note_too_long']);
	});

	it('counts both ends as blocked', () => {
		const july = { startsOn: '2026-07-01', endsOn: '2026-07-14' };
		expect(overlaps(july, { startsOn: '2026-07-14', endsOn: '2026-07-20' })).toBe(true);
		expect(overlaps(july, { startsOn: '2026-06-20', endsOn: '2026-07-01' })).toBe(true);
		expect(overlaps(july, { startsOn: '2026-07-03', endsOn: '2026-07-04' })).toBe(true);
		expect(overlaps(july, { startsOn: '2026-06-01', endsOn: '2026-08-01' })).toBe(true);
		expect(overlaps(july, { startsOn: '2026-07-15', endsOn: '2026-07-20' })).toBe(false);
		expect(overlaps(july, { startsOn: '2026-06-01', endsOn: '2026-06-30' })).toBe(false);
	});

	it('names the earliest period overlapped', () => {
		const existing = [
			{ id: 'b', startsOn: '2026-08-01', endsOn: '2026-08-10' },
			{ id: 'a', startsOn: '2026-07-01', endsOn: '2026-07-14' }
		];
		expect(findOverlap(existing, { startsOn: '2026-07-10', endsOn: '2026-08-05' })?.id).toBe('a');
		expect(findOverlap(existing, { startsOn: '2026-07-15', endsOn: '2026-07-31' })).toBeNull();
	});
});
