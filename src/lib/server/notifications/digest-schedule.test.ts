import { describe, expect, it } from 'vitest';
import { berlinDayStart, digestDue } from './digest-schedule';

const at = (iso: string) => new Date(iso);

describe('digest schedule (Europe/Berlin)', () => {
	it('is not due before 07:00 Berlin time and due from 07:00 on, in winter (UTC+1)', () => {
		expect(digestDue(at('2026-01-15T05:59:59Z'), null)).toBe(false); // 06:59:59 in Berlin
		expect(digestDue(at('2026-01-15T06:00:00Z'), null)).toBe(true); // 07:00 in Berlin
		expect(digestDue(at('2026-01-15T22:30:00Z'), null)).toBe(true); // 23:30 in Berlin
	});

	it('is not due before 07:00 Berlin time in summer (UTC+2), although it is 05:00 UTC already', () => {
		expect(digestDue(at('2026-07-15T04:59:00Z'), null)).toBe(false); // 06:59
		expect(digestDue(at('2026-07-15T05:00:00Z'), null)).toBe(true); // 07:00
	});

	it('sends once per Berlin calendar day: not again the same day, again the next morning', () => {
		const sent = at('2026-01-15T06:05:00Z'); // 07:05 Berlin
		expect(digestDue(at('2026-01-15T07:05:00Z'), sent)).toBe(false);
		expect(digestDue(at('2026-01-15T22:59:00Z'), sent)).toBe(false); // 23:59 Berlin, same day
		expect(digestDue(at('2026-01-15T23:30:00Z'), sent)).toBe(false); // 00:30 next day, before 07:00
		expect(digestDue(at('2026-01-16T06:00:00Z'), sent)).toBe(true); // 07:00 next day
	});

	it('counts days in Berlin, not in UTC: a digest at 00:30 Berlin (still yesterday in UTC) blocks that Berlin day', () => {
		// Can only happen for a last digest written before 07:00, e.g. by hand; the day is Berlin's.
		const sent = at('2026-01-15T23:30:00Z'); // 16 January 00:30 Berlin
		expect(digestDue(at('2026-01-16T06:00:00Z'), sent)).toBe(false);
	});

	it('handles the spring change (29 March 2026: 02:00 → 03:00) and the autumn change (25 October 2026)', () => {
		expect(berlinDayStart(at('2026-03-29T10:00:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(digestDue(at('2026-03-29T04:59:00Z'), null)).toBe(false); // 06:59 CEST
		expect(digestDue(at('2026-03-29T05:00:00Z'), null)).toBe(true); // 07:00 CEST
		expect(digestDue(at('2026-03-29T05:00:00Z'), at('2026-03-28T06:00:00Z'))).toBe(true);

		expect(berlinDayStart(at('2026-10-25T10:00:00Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
		expect(digestDue(at('2026-10-25T05:59:00Z'), null)).toBe(false); // 06:59 CET
		expect(digestDue(at('2026-10-25T06:00:00Z'), null)).toBe(true); // 07:00 CET
		expect(digestDue(at('2026-10-25T06:00:00Z'), at('2026-10-24T05:00:00Z'))).toBe(true);
		expect(digestDue(at('2026-10-25T12:00:00Z'), at('2026-10-25T06:00:00Z'))).toBe(false);
	});
});
