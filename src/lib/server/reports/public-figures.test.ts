import { describe, expect, it } from 'vitest';
import { emptyImpactReport } from './empty-impact-report';
import { roundPublicHours, toPublicFigures } from './public-figures';
import type { ReachedMunicipality } from './report-types';

const town = (name: string, ags: string, consultations: number, confirmed: number): ReachedMunicipality => ({
	ags, name, districtCode: ags.slice(0, 5), districtName: 'Kreis', regionCode: ags.slice(0, 3), latitude: 51.5, longitude: 7.5, consultations, confirmed
});

describe('roundPublicHours', () => {
	it('rounds to tens from 10 hours on, to whole hours below, and hides 1 and 2', () => {
		expect(roundPublicHours(118.75)).toBe(120);
		expect(roundPublicHours(9.4)).toBe(9);
		expect(roundPublicHours(2.25)).toBe('under3');
		expect(roundPublicHours(0)).toBe(0);
	});
});

describe('toPublicFigures', () => {
	const base = emptyImpactReport({ from: '2025-01-01', to: '2025-12-31' }, 396);

	it('hides every count under 3 and the share that would reveal it', () => {
		const p = toPublicFigures({
			...base,
			empty: false,
			consultationsCompleted: 2,
			organisationsInvolved: 1,
			participants: 250,
			measuresImplemented: 3,
			advisorHours: 1.5,
			municipalitiesReached: { ...base.municipalitiesReached, count: 2, countInNrw: 2, items: [town('Hilden', '05158016', 1, 1), town('Rheine', '05566076', 2, 2)] }
		});
		expect(p).toMatchObject({
			consultationsCompleted: 'under3',
			organisationsInvolved: 'under3',
			participants: 250,
			measuresImplemented: 3,
			advisorHours: 'under3',
			municipalitiesReached: 'under3',
			municipalitiesShare: null,
			municipalitiesTotal: 396
		});
		// The towns are named as a whole, without their own (small) counts.
		expect(p.municipalities).toEqual([
			{ ags: '05158016', name: 'Hilden', latitude: 51.5, longitude: 7.5 },
			{ ags: '05566076', name: 'Rheine', latitude: 51.5, longitude: 7.5 }
		]);
		expect(JSON.stringify(p.municipalities)).not.toContain('consultations');
	});

	it('names only municipalities with a consultation past the triage and computes the share from them', () => {
		const items = [town('Bielefeld', '05711000', 3, 3), town('Emsdetten', '05566008', 1, 0), town('Hilden', '05158016', 1, 1), town('Münster', '05515000', 1, 1)];
		const p = toPublicFigures({ ...base, empty: false, municipalitiesReached: { ...base.municipalitiesReached, count: 4, countInNrw: 4, items } });
		expect(p.municipalitiesReached).toBe(3);
		expect(p.municipalitiesShare).toBeCloseTo(3 / 396, 10);
		expect(p.municipalities.map((m) => m.name)).toEqual(['Bielefeld', 'Hilden', 'Münster']);
	});
});
