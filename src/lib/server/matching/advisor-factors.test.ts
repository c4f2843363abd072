import { describe, expect, it } from 'vitest';
import { blockedDaysInWindow, explainNobodyFits, rankAdvisors, scorePoints, timeframeWindow, type AdvisorCandidate, type AdvisorNeeds } from './advisor-factors';
import { DEFAULT_ADVISOR_WEIGHTS } from './default-weights';
import type { FactorResult } from './rank-candidates';

const GUETERSLOH = { latitude: 51.9069, longitude: 8.3786 };
const BIELEFELD = { latitude: 52.0302, longitude: 8.5325 }; // about 17 km away
const KOELN = { latitude: 50.9375, longitude: 6.9603 }; // about 146 km away

function advisor(overrides: Partial<AdvisorCandidate> & { id: string }): AdvisorCandidate {
	return {
		name: `Beraterin ${overrides.id}`,
		active: true,
		deactivated: false,
		languages: [],
		topicLevels: {},
		sdgLevels: {},
		base: null,
		baseName: null,
		servedRegions: [],
		servedDistricts: [],
		travelRadiusKm: null,
		weeklyCapacityHours: 8,
		blockedPeriods: [],
		openAssignments: 0,
		earlierWithClient: 0,
		membership: null,
		declineReason: null,
		conflict: null,
		...overrides
	};
}

function needs(overrides: Partial<AdvisorNeeds> = {}): AdvisorNeeds {
	return {
		locale: 'de',
		topics: [],
		sdgs: [],
		languages: [],
		centre: null,
		clientName: 'Gütersloh',
		clientDistrictCode: '05754',
		clientRegionCode: '057',
		window: { from: '2026-06-01', to: '2026-11-30' },
		...overrides
	};
}

const factor = (r: { factors: FactorResult[] }, key: string) => r.factors.find((f) => f.key === key)!;

describe('advisor factors', () => {
	it('ranks a language-only fit first and explains it in German; topics that were not asked do not count', () => {
		const n = needs({ languages: ['ti'] });
		const ranked = rankAdvisors(
			[
				advisor({ id: 'a', name: 'Anna Basic', languages: [{ code: 'ti', level: 'basic' }] }),
				advisor({ id: 'b', name: 'Berhane Native', languages: [{ code: 'ti', level: 'native' }, { code: 'ar', level: 'good' }] }),
				advisor({ id: 'c', name: 'Clara Keine', topicLevels: { 'fair-procurement': 3 } })
			],
			n
		);
		expect(ranked.map((r) => r.candidate.id)).toEqual(['b', 'a', 'c']);
		expect(factor(ranked[0], 'languages')).toMatchObject({ value: 1, applicable: true, explanation: 'Spricht Tigrinya (Muttersprache)' });
		expect(factor(ranked[1], 'languages').value).toBeCloseTo(0.3, 10);
		expect(factor(ranked[2], 'languages').explanation).toBe('Spricht keine der gewünschten Sprachen (Tigrinya)');
		expect(factor(ranked[0], 'topics')).toMatchObject({ applicable: false, explanation: 'Nicht gefragt – zählt nicht' });
		expect(factor(ranked[0], 'distance')).toMatchObject({ applicable: false, explanation: 'Kein Standort der Kommune bekannt – zählt nicht' });
	});

	it('names covered and missing languages and weighs topic levels', () => {
		const n = needs({ languages: ['fr', 'ti'], topics: ['fair-procurement', 'festivals'], topicNames: { 'fair-procurement': 'Faire Beschaffung' } });
		const [r] = rankAdvisors([advisor({ id: 'a', languages: [{ code: 'fr', level: 'fluent' }], topicLevels: { 'fair-procurement': 1 } })], n);
		expect(factor(r, 'languages')).toMatchObject({ value: 0.45, explanation: 'Spricht Französisch (fließend); nicht: Tigrinya' });
		expect(factor(r, 'topics')).toMatchObject({ value: 0.25, explanation: '1 von 2 passen: Faire Beschaffung (etwas Erfahrung)' });
	});

	it('lets the distance fall from 1 to 0 at the cut-off and gives 0 outside the served area, saying so', () => {
		const n = needs({ centre: GUETERSLOH });
		const near = advisor({ id: 'near', base: BIELEFELD, baseName: 'Bielefeld' });
		const far = advisor({ id: 'far', base: KOELN, baseName: 'Köln' });
		const radius = advisor({ id: 'radius', base: BIELEFELD, baseName: 'Bielefeld', travelRadiusKm: 10 });
		const district = advisor({ id: 'district', base: BIELEFELD, baseName: 'Bielefeld', travelRadiusKm: 10, servedDistricts: ['05754'] });
		const none = advisor({ id: 'none' });
		const byId = Object.fromEntries(rankAdvisors([near, far, radius, district, none], n).map((r) => [r.candidate.id, factor(r, 'distance')]));
		expect(byId.near.value).toBeGreaterThan(0.8);
		expect(byId.near.value).toBeLessThan(0.85);
		expect(byId.near.explanation).toBe('17 km vom Standort Bielefeld');
		expect(byId.far).toMatchObject({ value: 0, explanation: '146 km entfernt, weiter als 100 km' });
		expect(byId.radius).toMatchObject({ value: 0, explanation: '17 km entfernt, außerhalb des Einsatzgebiets' });
		expect(byId.district.value).toBe(byId.near.value);
		expect(byId.none).toMatchObject({ value: 0, explanation: 'Kein eigener Standort angegeben' });
		// The cut-off itself is a parameter: at 200 km Köln counts a little.
		expect(factor(rankAdvisors([far], { ...n, cutOffKm: 200 })[0], 'distance').value).toBeGreaterThan(0);
	});

	it('balances the workload: with otherwise equal profiles the less busy advisor ranks first', () => {
		const same = { topicLevels: { 'fair-procurement': 3 as const }, weeklyCapacityHours: 8 };
		const ranked = rankAdvisors(
			[advisor({ id: 'a', name: 'Aaron Busy', openAssignments: 2, ...same }), advisor({ id: 'b', name: 'Berta Free', openAssignments: 0, ...same })],
			needs({ topics: ['fair-procurement'] })
		);
		expect(ranked.map((r) => r.candidate.name)).toEqual(['Berta Free', 'Aaron Busy']);
		expect(factor(ranked[1], 'workload')).toMatchObject({ value: 0, explanation: 'Laufende Beratungen: 2, Kapazität 8 Stunden pro Woche' });
		expect(factor(ranked[0], 'workload').value).toBe(1);
		const half = rankAdvisors([advisor({ id: 'c', openAssignments: 1, weeklyCapacityHours: null })], needs())[0];
		expect(factor(half, 'workload')).toMatchObject({ value: 0.5, explanation: 'Laufende Beratungen: 1, Kapazität nicht angegeben' });
	});

	it('counts blocked periods in the window and treats capacity 0 as unavailable', () => {
		const n = needs({ window: { from: '2026-06-01', to: '2026-06-30' } });
		const [blocked, zero, free] = [
			advisor({ id: 'a', name: 'A', blockedPeriods: [{ startsOn: '2026-05-20', endsOn: '2026-06-10' }, { startsOn: '2026-06-05', endsOn: '2026-06-15' }] }),
			advisor({ id: 'b', name: 'B', weeklyCapacityHours: 0 }),
			advisor({ id: 'c', name: 'C' })
		].map((a) => factor(rankAdvisors([a], n)[0], 'availability'));
		expect(blocked.value).toBeCloseTo(0.5, 10);
		expect(blocked.explanation).toBe('Vom 01.06.2026 bis 30.06.2026 an 15 von 30 Tagen nicht verfügbar');
		expect(zero).toMatchObject({ value: 0, explanation: 'Keine Kapazität (0 Stunden pro Woche)' });
		expect(free).toMatchObject({ value: 1, explanation: 'Vom 01.06.2026 bis 30.06.2026 ohne gesperrte Zeiten' });
	});

	it('gives a bonus for earlier work with the client and costs nothing without it', () => {
		const n = needs({ languages: ['fr'] });
		const [withEarlier, without] = rankAdvisors(
			[advisor({ id: 'a', name: 'Z', languages: [{ code: 'fr', level: 'good' }], earlierWithClient: 2 }), advisor({ id: 'b', name: 'A', languages: [{ code: 'fr', level: 'good' }] })],
			n
		);
		expect(withEarlier.candidate.id).toBe('a');
		expect(factor(withEarlier, 'earlier').explanation).toBe('Hat schon mit Gütersloh zusammengearbeitet (Beratungen: 2)');
		expect(factor(without, 'earlier')).toMatchObject({ applicable: false, explanation: 'Keine frühere Zusammenarbeit mit dieser Kommune – zählt nicht' });
		expect(without.score).toBeCloseTo((3 * 0.6 + 2 * 1 + 1 * 1) / 6, 10);
	});

	it('lists each exclusion with its reason after the ranked advisors instead of dropping it', () => {
		const fit = { languages: [{ code: 'fr', level: 'native' as const }] };
		const ranked = rankAdvisors(
			[
				advisor({ id: '1', name: 'Inaktiv', active: false, ...fit }),
				advisor({ id: '2', name: 'Deaktiviert', deactivated: true, ...fit }),
				advisor({ id: '3', name: 'Abgelehnt', membership: 'declined', declineReason: 'Keine Zeit im Herbst', ...fit }),
				advisor({ id: '4', name: 'Konflikt', conflict: 'Arbeitet in der Stadtverwaltung', ...fit }),
				advisor({ id: '5', name: 'Angefragt', membership: 'invited', ...fit }),
				advisor({ id: '6', name: 'Zugesagt', membership: 'accepted', ...fit }),
				advisor({ id: '7', name: 'Zuletzt passend' })
			],
			needs({ languages: ['fr'] })
		);
		expect(ranked).toHaveLength(7);
		expect(ranked[0]).toMatchObject({ candidate: { id: '7' } });
		expect(ranked[0].excluded).toBeUndefined();
		expect(Object.fromEntries(ranked.slice(1).map((r) => [r.candidate.name, r.excluded]))).toEqual({
			Abgelehnt: 'Hat diese Beratung abgelehnt: Keine Zeit im Herbst',
			Angefragt: 'Bereits angefragt, Antwort offen',
			Deaktiviert: 'Konto deaktiviert',
			Inaktiv: 'Derzeit nicht aktiv im Pool',
			Konflikt: 'Interessenkonflikt: Arbeitet in der Stadtverwaltung',
			Zugesagt: 'Hat bereits zugesagt'
		});
		// Excluded ones are ordered by name, like ties.
		expect(ranked.slice(1).map((r) => r.candidate.name)).toEqual(['Abgelehnt', 'Angefragt', 'Deaktiviert', 'Inaktiv', 'Konflikt', 'Zugesagt']);
	});

	it('follows the weights: without the distance weight the nearer advisor loses its lead', () => {
		const n = needs({ centre: GUETERSLOH, languages: ['fr'] });
		const pool = [advisor({ id: 'near', name: 'A', base: BIELEFELD, baseName: 'Bielefeld' }), advisor({ id: 'fr', name: 'B', languages: [{ code: 'fr', level: 'good' }] })];
		expect(rankAdvisors(pool, n, { ...DEFAULT_ADVISOR_WEIGHTS, languages: 1, distance: 5 })[0].candidate.id).toBe('near');
		expect(rankAdvisors(pool, n, { ...DEFAULT_ADVISOR_WEIGHTS, distance: 0 })[0].candidate.id).toBe('fr');
	});

	it('breaks ties by name, then id, and shows scores as points out of 100', () => {
		const ranked = rankAdvisors([advisor({ id: '2', name: 'Özlem' }), advisor({ id: '3', name: 'Anna' }), advisor({ id: '1', name: 'Anna' })], needs());
		expect(ranked.map((r) => r.candidate.id)).toEqual(['1', '3', '2']);
		expect(scorePoints(0.8249)).toBe(82);
		expect(scorePoints(1.2)).toBe(100);
	});

	it('explains in English when asked', () => {
		const [r] = rankAdvisors([advisor({ id: 'a', languages: [{ code: 'ti', level: 'fluent' }] })], needs({ locale: 'en', languages: ['ti'] }));
		expect(factor(r, 'languages').explanation).toBe('Speaks Tigrinya (fluent)');
	});
});

describe('nobody fits', () => {
	it('says that nobody within the cut-off speaks the language when the only speaker lives far away', () => {
		const n = needs({ centre: GUETERSLOH, languages: ['ti', 'fr'] });
		const ranked = rankAdvisors(
			[advisor({ id: 'a', base: KOELN, baseName: 'Köln', languages: [{ code: 'ti', level: 'native' }] }), advisor({ id: 'b', base: BIELEFELD, baseName: 'Bielefeld' })],
			n
		);
		expect(explainNobodyFits(ranked, n)).toEqual(['Niemand spricht Tigrinya im Umkreis von 100 km.', 'Niemand im Pool spricht Französisch.']);
	});

	it('names missing topics, SDGs, reach and availability; nothing when every need is met', () => {
		const n = needs({ centre: GUETERSLOH, topics: ['festivals'], sdgs: [12], topicNames: { festivals: 'Feste und Veranstaltungen' } });
		const blockedAll = advisor({ id: 'a', base: KOELN, blockedPeriods: [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }] });
		expect(explainNobodyFits(rankAdvisors([blockedAll], n), n)).toEqual([
			'Niemand im Pool hat Erfahrung im Themenfeld „Feste und Veranstaltungen“.',
			'Niemand im Pool hat Erfahrung mit SDG 12.',
			'Niemand aus dem Pool ist im Umkreis von 100 km von Gütersloh tätig.',
			'Niemand ist vom 01.06.2026 bis 30.11.2026 verfügbar.'
		]);
		const good = advisor({ id: 'b', base: BIELEFELD, topicLevels: { festivals: 2 }, sdgLevels: { '12': 1 } });
		expect(explainNobodyFits(rankAdvisors([blockedAll, good], n), n)).toEqual([]);
	});

	it('says so when the pool is empty or everybody is excluded', () => {
		const n = needs();
		expect(explainNobodyFits([], n)).toEqual(['Es gibt noch keine Beratenden im Pool.']);
		const ranked = rankAdvisors([advisor({ id: 'a', active: false }), advisor({ id: 'b', conflict: 'Verwandt mit der Bürgermeisterin' })], n);
		expect(explainNobodyFits(ranked, n)).toEqual(['Alle Beratenden sind ausgeschlossen; die Gründe stehen unter „Nicht vorgeschlagen“.']);
	});
});

describe('timeframe window', () => {
	const now = new Date('2026-03-15T10:00:00Z');
	it.each([
		['asap', '2026-03-15', '2026-04-14'],
		['three_months', '2026-03-15', '2026-06-14'],
		['six_months', '2026-03-15', '2026-09-14'],
		['next_year', '2027-01-01', '2027-12-31'],
		['flexible', '2026-03-15', '2027-03-14'],
		['', '2026-03-15', '2027-03-14'],
		['something-else', '2026-03-15', '2027-03-14']
	])('maps %s to a window from today in Berlin', (timeframe, from, to) => {
		expect(timeframeWindow(timeframe, now)).toEqual({ from, to });
	});

	it('takes today in Berlin, not in UTC', () => {
		// 23:30 UTC on New Year's Eve is already 1 January in Berlin.
		expect(timeframeWindow('next_year', new Date('2026-12-31T23:30:00Z'))).toEqual({ from: '2028-01-01', to: '2028-12-31' });
		expect(timeframeWindow('asap', new Date('2026-12-31T23:30:00Z')).from).toBe('2027-01-01');
	});

	it('counts overlapping blocked days once and ignores periods outside the window', () => {
		const w = { from: '2026-06-01', to: '2026-06-30' };
		expect(blockedDaysInWindow([], w)).toEqual({ blocked: 0, total: 30 });
		expect(
			blockedDaysInWindow(
				[
					{ startsOn: '2026-06-10', endsOn: '2026-06-12' },
					{ startsOn: '2026-06-11', endsOn: '2026-06-11' },
					{ startsOn: '2026-07-01', endsOn: '2026-07-05' },
					{ startsOn: '2026-05-01', endsOn: '2026-06-01' }
				],
				w
			)
		).toEqual({ blocked: 4, total: 30 });
	});
});
