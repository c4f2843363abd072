import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createReportFixture } from '../testing/report-factories';
import { loadImpactReport, periodBounds } from './load-impact-report';

describe('periodBounds', () => {
	it('runs from Berlin midnight of the first day to Berlin midnight after the last (winter and summer time)', () => {
		expect(periodBounds('2025-01-01', '2025-12-31')).toEqual({
			start: new Date('2024-12-31T23:00:00Z'),
			end: new Date('2025-12-31T23:00:00Z')
		});
		expect(periodBounds('2025-07-01', '2025-07-01').end).toEqual(new Date('2025-07-01T22:00:00Z'));
	});
});

describeDb('loadImpactReport', ({ db }) => {
	let f: Awaited<ReturnType<typeof createReportFixture>>;
	beforeAll(async () => {
		f = await createReportFixture(db());
	});
	const year2025 = { from: '2025-01-01', to: '2025-12-31' };

	it('counts requests, states and municipalities reached of the period', async () => {
		const r = await loadImpactReport(db(), year2025);
		expect(r.empty).toBe(false);
		expect(r.requestsReceived).toBe(6);
		expect(r.consultationsCompleted).toBe(2);
		const states = Object.fromEntries(r.consultationsByState.map((s) => [s.state, s.count]));
		expect(states).toEqual({
			requested: 1, in_review: 0, matching: 0, agreed: 0, in_dialogue: 1, implementation: 1,
			evaluation: 0, completed: 2, declined: 1, withdrawn: 0, paused: 0
		});
		// Hilden (twice), Rheine, Emsdetten; Ratingen was declined; the Kreis Steinfurt counts as a district.
		expect(r.municipalitiesReached).toMatchObject({ count: 3, countInNrw: 3, total: 5, share: 0.6 });
		expect(r.municipalitiesReached.items.map((m) => [m.name, m.consultations, m.confirmed])).toEqual([
			['Emsdetten, Stadt', 1, 0],
			['Hilden, Stadt', 2, 2],
			['Rheine, Stadt', 1, 1]
		]);
		expect(r.municipalitiesReached.items[1]).toMatchObject({ ags: '05158016', districtName: 'Mettmann', regionCode: '051', latitude: 51.17, longitude: 6.94 });
		expect(r.districtsAsClient).toEqual({ consultations: 1, districts: 1 });
	});

	it('breaks the figures down by government region and district', async () => {
		const r = await loadImpactReport(db(), year2025);
		expect(r.byRegion).toEqual([
			{ code: '051', name: 'Düsseldorf', consultations: 3, municipalitiesReached: 1, municipalitiesTotal: 2 },
			{ code: '055', name: 'Münster', consultations: 3, municipalitiesReached: 2, municipalitiesTotal: 3 }
		]);
		expect(r.byDistrict).toEqual([
			{ code: '05158', name: 'Mettmann', regionCode: '051', consultations: 3, municipalitiesReached: 1, asClient: 0 },
			{ code: '05566', name: 'Steinfurt', regionCode: '055', consultations: 3, municipalitiesReached: 2, asClient: 1 }
		]);
	});

	it('counts topics and SDGs, most frequent first', async () => {
		const r = await loadImpactReport(db(), year2025);
		expect(r.topics.map((t) => [t.slug, t.count])).toEqual([
			['agenda-2030', 4],
			['interkulturelle-oeffnung', 2],
			['faire-beschaffung', 1]
		]);
		expect(r.topics[1].nameEn).toBe('Intercultural opening');
		expect(r.sdgs).toEqual([
			{ sdg: 10, count: 2 },
			{ sdg: 4, count: 1 },
			{ sdg: 12, count: 1 },
			{ sdg: 16, count: 1 }
		]);
	});

	it('takes the median days per phase from the transitions, pauses included', async () => {
		const r = await loadImpactReport(db(), year2025);
		expect(r.phaseDurations).toEqual([
			{ state: 'requested', medianDays: 10, n: 5 },
			{ state: 'in_review', medianDays: 10, n: 4 },
			{ state: 'matching', medianDays: 10, n: 4 },
			{ state: 'agreed', medianDays: 10, n: 4 },
			{ state: 'in_dialogue', medianDays: 30, n: 3 },
			{ state: 'implementation', medianDays: 30, n: 2 },
			{ state: 'evaluation', medianDays: 10, n: 2 }
		]);
	});

	it('leaves the phase durations out when asked to (public page), the other figures unchanged', async () => {
		const full = await loadImpactReport(db(), year2025);
		const lean = await loadImpactReport(db(), year2025, { phases: false });
		expect(lean.phaseDurations.every((p) => p.medianDays === null && p.n === 0)).toBe(true);
		expect({ ...lean, phaseDurations: [] }).toEqual({ ...full, phaseDurations: [] });
	});

	it('sums approved hours by work date and the outcomes of the advisors’ evaluations', async () => {
		const r = await loadImpactReport(db(), year2025);
		// 120 + 90 + 150 + 60 (2024 consultation, worked in 2025) + 30 (31 December); rejected/submitted/2024 left out.
		expect(r.advisorMinutes).toBe(450);
		expect(r.advisorHours).toBe(7.5);
		expect(r).toMatchObject({
			organisationsInvolved: 7,
			newCooperations: 3,
			participants: 77,
			measuresPlanned: 9,
			measuresImplemented: 7,
			advisorEvaluations: 3
		});
		expect(r.satisfaction.n).toBe(3);
		expect(r.satisfaction.mean).toBeCloseTo(11 / 3, 10);
		expect(r.satisfaction.distribution.map((d) => d.count)).toEqual([0, 1, 0, 1, 1]);
	});

	it('filters by government region', async () => {
		const r = await loadImpactReport(db(), { ...year2025, region: '051' });
		expect(r.requestsReceived).toBe(3);
		expect(r.municipalitiesReached).toMatchObject({ count: 1, total: 2, share: 0.5 });
		expect(r.byRegion.map((x) => x.code)).toEqual(['051']);
		expect(r.advisorMinutes).toBe(360);
		expect(r.participants).toBe(52);
		expect(r.satisfaction).toMatchObject({ n: 1, mean: 5 });
	});

	it('filters by topic', async () => {
		const r = await loadImpactReport(db(), { ...year2025, topic: 'agenda-2030' });
		expect(r.requestsReceived).toBe(4);
		expect(r.municipalitiesReached.items.map((m) => m.name)).toEqual(['Emsdetten, Stadt', 'Hilden, Stadt']);
		expect(r.advisorMinutes).toBe(360 + 60); // the 2024 Münster consultation is about the Agenda 2030 too
		expect(r.topics[0]).toMatchObject({ slug: 'agenda-2030', count: 4 });
	});

	it('filters by advisor (invited or accepted members only)', async () => {
		const x = await loadImpactReport(db(), { ...year2025, advisorId: f.advisorX.id });
		expect(x.requestsReceived).toBe(2);
		expect(x.municipalitiesReached.items.map((m) => m.name)).toEqual(['Hilden, Stadt', 'Rheine, Stadt']);
		expect(x.advisorMinutes).toBe(270);
		const y = await loadImpactReport(db(), { ...year2025, advisorId: f.advisorY.id });
		expect(y.requestsReceived).toBe(2);
		expect(y.districtsAsClient).toEqual({ consultations: 1, districts: 1 });
	});

	it('puts a request at 00:30 Berlin time on 1 January into the new year', async () => {
		const r = await loadImpactReport(db(), { from: '2024-01-01', to: '2024-12-31' });
		expect(r.requestsReceived).toBe(1);
		expect(r.municipalitiesReached.items.map((m) => m.name)).toEqual(['Münster, Stadt']);
		expect(r.advisorMinutes).toBe(45);
		expect(r.satisfaction).toMatchObject({ n: 1, mean: 1 });
	});

	it('answers an empty report, never an error, for a future period, a reversed period or a filter without matches', async () => {
		for (const filter of [
			{ from: '2090-01-01', to: '2090-12-31' },
			{ from: '2025-12-31', to: '2025-01-01' },
			{ ...year2025, topic: 'gibt-es-nicht' },
			{ ...year2025, advisorId: 'nobody' }
		]) {
			const r = await loadImpactReport(db(), filter);
			expect(r.empty).toBe(true);
			expect(r.requestsReceived).toBe(0);
			expect(r.consultationsByState.every((s) => s.count === 0)).toBe(true);
			expect(r.municipalitiesReached).toMatchObject({ count: 0, total: 5, share: 0, items: [] });
			expect(r.phaseDurations.every((p) => p.medianDays === null && p.n === 0)).toBe(true);
			expect(r.satisfaction).toMatchObject({ mean: null, n: 0 });
			expect(r.topics).toEqual([]);
			expect(r.advisorMinutes).toBe(0);
		}
	});
});
