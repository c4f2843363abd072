import { describe, expect, it } from 'vitest';
import { median, medianPhaseDurations, phaseDaysOf, publicCount, share, summarizeSatisfaction } from './report-math';

const day = (d: string) => new Date(`${d}T10:00:00Z`);

describe('median', () => {
	it('is null for no values, the middle one for an odd count, the mean of the two middle ones for an even count', () => {
		expect(median([])).toBeNull();
		expect(median([9, 1, 4])).toBe(4);
		expect(median([10, 2, 4, 8])).toBe(6);
	});
});

describe('share', () => {
	it('divides, and is null (not 0) when the whole is empty', () => {
		expect(share(3, 396)).toBeCloseTo(0.007576, 5);
		expect(share(0, 0)).toBeNull();
	});
});

describe('publicCount', () => {
	it('hides 1 and 2 as "under3" and shows 0 and 3 and more', () => {
		expect(publicCount(0)).toBe(0);
		expect(publicCount(1)).toBe('under3');
		expect(publicCount(2)).toBe('under3');
		expect(publicCount(3)).toBe(3);
		expect(publicCount(120)).toBe(120);
	});
});

describe('summarizeSatisfaction', () => {
	it('counts 1–5 and ignores missing or out-of-range answers', () => {
		const s = summarizeSatisfaction([5, 4, 4, null, 2, 7]);
		expect(s.n).toBe(4);
		expect(s.mean).toBe(3.75);
		expect(s.distribution).toEqual([
			{ value: 1, count: 0 },
			{ value: 2, count: 1 },
			{ value: 3, count: 0 },
			{ value: 4, count: 2 },
			{ value: 5, count: 1 }
		]);
	});
	it('has no mean without answers', () => {
		expect(summarizeSatisfaction([])).toMatchObject({ mean: null, n: 0 });
	});
});

describe('phase durations', () => {
	it('measures each phase from entering to leaving it; a pause stays inside the phase', () => {
		const days = phaseDaysOf({
			createdAt: day('2025-01-01'),
			transitions: [
				{ at: day('2025-01-11'), to: 'in_review' },
				{ at: day('2025-01-21'), to: 'paused' },
				{ at: day('2025-02-10'), to: 'in_review' },
				{ at: day('2025-02-20'), to: 'matching' }
			]
		});
		expect(days.get('requested')).toBe(10);
		expect(days.get('in_review')).toBe(40);
		expect(days.has('matching')).toBe(false); // not left yet
		expect(days.has('agreed')).toBe(false); // never entered
	});

	it('ends a phase with a decline or withdrawal too', () => {
		const days = phaseDaysOf({ createdAt: day('2025-03-01'), transitions: [{ at: day('2025-03-04'), to: 'declined' }] });
		expect(days.get('requested')).toBe(3);
	});

	it('takes the median per phase and counts the consultations with a complete phase', () => {
		const c = (d1: string, d2: string) => ({ createdAt: day('2025-01-01'), transitions: [{ at: day(d1), to: 'in_review' }, { at: day(d2), to: 'matching' }] });
		const result = medianPhaseDurations([c('2025-01-03', '2025-01-10'), c('2025-01-05', '2025-01-06'), c('2025-01-09', '2025-01-30')]);
		expect(result.find((p) => p.state === 'requested')).toEqual({ state: 'requested', medianDays: 4, n: 3 });
		expect(result.find((p) => p.state === 'in_review')).toEqual({ state: 'in_review', medianDays: 7, n: 3 });
		expect(result.find((p) => p.state === 'matching')).toEqual({ state: 'matching', medianDays: null, n: 0 });
		expect(result.map((p) => p.state)).toEqual(['requested', 'in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation']);
	});
});
