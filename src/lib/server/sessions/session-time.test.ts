import { describe, expect, it } from 'vitest';
import { berlinToInstant, parseLocalDate, parseLocalTime, sessionEnd, toBerlinInput } from './session-time';

describe('berlinToInstant', () => {
	it('reads Berlin wall-clock time in winter (UTC+1) and in summer (UTC+2)', () => {
		expect(berlinToInstant('2027-01-15', '10:00')).toEqual({ ok: true, instant: new Date('2027-01-15T09:00:00Z') });
		expect(berlinToInstant('2027-07-01', '18:30')).toEqual({ ok: true, instant: new Date('2027-07-01T16:30:00Z') });
		expect(berlinToInstant('1.7.2027', '9.05')).toEqual({ ok: true, instant: new Date('2027-07-01T07:05:00Z') });
	});

	it('refuses 02:30 on the day summer time starts: that time does not exist', () => {
		expect(berlinToInstant('2026-03-29', '02:30')).toEqual({ ok: false, problem: 'time_nonexistent' });
		expect(berlinToInstant('2026-03-29', '01:59')).toEqual({ ok: true, instant: new Date('2026-03-29T00:59:00Z') });
		expect(berlinToInstant('2026-03-29', '03:00')).toEqual({ ok: true, instant: new Date('2026-03-29T01:00:00Z') });
	});

	it('refuses 02:30 on the day summer time ends: that time occurs twice', () => {
		expect(berlinToInstant('2026-10-25', '02:30')).toEqual({ ok: false, problem: 'time_ambiguous' });
		expect(berlinToInstant('2026-10-25', '02:00')).toEqual({ ok: false, problem: 'time_ambiguous' });
		expect(berlinToInstant('2026-10-25', '01:59')).toEqual({ ok: true, instant: new Date('2026-10-24T23:59:00Z') });
		expect(berlinToInstant('2026-10-25', '03:00')).toEqual({ ok: true, instant: new Date('2026-10-25T02:00:00Z') });
	});

	it('refuses dates and times that are not real', () => {
		expect(berlinToInstant('2027-02-29', '10:00')).toEqual({ ok: false, problem: 'date_invalid' });
		expect(berlinToInstant('2027-04-31', '10:00')).toEqual({ ok: false, problem: 'date_invalid' });
		expect(berlinToInstant('morgen', '10:00')).toEqual({ ok: false, problem: 'date_invalid' });
		expect(berlinToInstant('2027-04-30', '24:00')).toEqual({ ok: false, problem: 'time_invalid' });
		expect(berlinToInstant('2027-04-30', '')).toEqual({ ok: false, problem: 'time_invalid' });
		expect(parseLocalDate('1999-01-01')).toBeNull();
		expect(parseLocalTime('7:5')).toBeNull();
	});
});

describe('toBerlinInput and sessionEnd', () => {
	it('gives the form values in Berlin time, across the date line of UTC', () => {
		expect(toBerlinInput(new Date('2027-06-30T22:30:00Z'))).toEqual({ date: '2027-07-01', time: '00:30' });
		expect(toBerlinInput(new Date('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
		expect(toBerlinInput(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
	});

	it('round-trips every quarter hour of a clock-change day that exists once', () => {
		for (let h = 0; h < 24; h++) {
			for (const min of ['00', '15', '30', '45']) {
				const time = `${String(h).padStart(2, '0')}:${min}`;
				const r = berlinToInstant('2027-03-28', time);
				if (h === 2) expect(r).toEqual({ ok: false, problem: 'time_nonexistent' });
				else expect(r.ok && toBerlinInput(r.instant)).toEqual({ date: '2027-03-28', time });
			}
		}
	});

	it('adds the duration', () => {
		expect(sessionEnd({ startsAt: new Date('2027-01-15T09:00:00Z'), durationMinutes: 90 })).toEqual(new Date('2027-01-15T10:30:00Z'));
	});
});
