import { describe, expect, it } from 'vitest';
import { buildStatement, honorariumCents, type StatementEntry } from './build-statement';

const advisor = { id: 'u1', name: 'Samuel Mensah', email: 'beratung@demo.miglobe.de' };
let n = 0;
const entry = (workDate: string, over: Partial<StatementEntry> = {}): StatementEntry => ({
	id: `e${++n}`,
	workDate,
	minutes: 60,
	kilometres: 0,
	expensesCents: 0,
	activity: 'session',
	consultationId: 'c1',
	consultationReference: 'MG-2026-0006',
	...over
});
const rate2026 = { validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 };

describe('honorariumCents', () => {
	it('rounds each entry half up to a whole cent', () => {
		expect(honorariumCents(60, 5000)).toBe(5000);
		expect(honorariumCents(20, 5000)).toBe(1667); // 1666.67
		expect(honorariumCents(1, 4990)).toBe(83); // 83.17
		expect(honorariumCents(1, 4950)).toBe(83); // 82.5 → half up
		expect(honorariumCents(1, 4949)).toBe(82); // 82.48
		expect(honorariumCents(0, 5000)).toBe(0);
	});
});

describe('buildStatement', () => {
	it('adds up hours, honorarium, kilometre allowance and expenses per line and in total', () => {
		const s = buildStatement({
			advisor,
			month: '2026-11',
			rates: [rate2026],
			entries: [
				entry('2026-11-10', { minutes: 150, kilometres: 84, expensesCents: 1290, activity: 'travel' }),
				entry('2026-11-03', { minutes: 20 })
			]
		});
		expect(s.lines.map((l) => l.workDate)).toEqual(['2026-11-03', '2026-11-10']);
		expect(s.lines[0]).toMatchObject({ honorariumCents: 1667, kilometreAllowanceCents: 0, totalCents: 1667, activityKey: 'stm_activity_session' });
		expect(s.lines[1]).toMatchObject({ honorariumCents: 12500, kilometreAllowanceCents: 2520, expensesCents: 1290, totalCents: 16310 });
		expect(s.totals).toEqual({
			minutes: 170,
			honorariumCents: 14167,
			kilometres: 84,
			kilometreAllowanceCents: 2520,
			expensesCents: 1290,
			grandTotalCents: 17977
		});
		// The total is the sum of the rounded lines, not the rounded sum: 170 min at 50 € would be 14166.67.
		expect(s.totals.grandTotalCents).toBe(s.lines.reduce((sum, l) => sum + l.totalCents!, 0));
		expect(s.ratesUsed).toEqual([rate2026]);
		expect(s.unratedLines).toBe(0);
	});

	it('pays each entry at the rate valid on its work date when the rate changes within the month', () => {
		const later = { validFrom: '2026-11-16', hourlyCents: 6000, kilometreCents: 35 };
		const s = buildStatement({
			advisor,
			month: '2026-11',
			rates: [later, rate2026],
			entries: [entry('2026-11-15', { kilometres: 10 }), entry('2026-11-16', { kilometres: 10 })]
		});
		expect(s.lines.map((l) => [l.honorariumCents, l.kilometreAllowanceCents])).toEqual([
			[5000, 300],
			[6000, 350]
		]);
		expect(s.totals.grandTotalCents).toBe(11650);
		expect(s.ratesUsed.map((r) => r.validFrom)).toEqual(['2026-01-01', '2026-11-16']);
	});

	it('lists entries without a valid rate but pays none of them', () => {
		const s = buildStatement({
			advisor,
			month: '2026-01',
			rates: [{ validFrom: '2026-01-15', hourlyCents: 5000, kilometreCents: 30 }],
			entries: [entry('2026-01-14', { expensesCents: 500 }), entry('2026-01-15')]
		});
		expect(s.lines).toHaveLength(2);
		expect(s.lines[0]).toMatchObject({ rate: null, honorariumCents: null, kilometreAllowanceCents: null, totalCents: null });
		expect(s.unratedLines).toBe(1);
		expect(s.totals).toMatchObject({ minutes: 60, expensesCents: 0, grandTotalCents: 5000 });
	});

	it('takes only entries of the month, by the work date string', () => {
		const s = buildStatement({
			advisor,
			month: '2026-11',
			rates: [rate2026],
			entries: [entry('2026-10-31'), entry('2026-11-01'), entry('2026-11-30'), entry('2026-12-01')]
		});
		expect(s.lines.map((l) => l.workDate)).toEqual(['2026-11-01', '2026-11-30']);
	});

	it('gives an empty month zero totals and no rates', () => {
		const s = buildStatement({ advisor, month: '2026-11', rates: [rate2026], entries: [] });
		expect(s.lines).toEqual([]);
		expect(s.totals.grandTotalCents).toBe(0);
		expect(s.ratesUsed).toEqual([]);
	});
});
