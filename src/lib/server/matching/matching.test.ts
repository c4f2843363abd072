import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_WEIGHTS } from './default-weights';
import { rankOrganisations, type OrganisationCandidate, type OrganisationNeeds } from './organisation-factors';
import { rankCandidates, type MatchingModel } from './rank-candidates';

/** A generic model with fixed values, to check the arithmetic of the scorer itself. */
interface Thing {
	id: string;
	name: string;
	a: number;
	b: number | null;
	blocked?: boolean;
}
const model: MatchingModel<Thing, void> = {
	factors: [
		{ key: 'a', evaluate: (t) => ({ value: t.a, explanation: `a=${t.a}` }), notApplicable: () => 'n/a' },
		{ key: 'b', evaluate: (t) => (t.b === null ? null : { value: t.b, explanation: `b=${t.b}` }), notApplicable: () => 'b not asked' }
	],
	exclude: (t) => (t.blocked ? 'blocked' : undefined),
	identify: (t) => ({ id: t.id, name: t.name })
};

describe('rankCandidates (generic scorer)', () => {
	it('computes the weighted mean of the applicable factors', () => {
		// a=1 (w 3), b=0.5 (w 1): (3·1 + 1·0.5) / 4 = 0.875
		const [r] = rankCandidates([{ id: '1', name: 'X', a: 1, b: 0.5 }], undefined, { a: 3, b: 1 }, model);
		expect(r.score).toBeCloseTo(0.875, 10);
		expect(r.factors).toEqual([
			{ key: 'a', weight: 3, value: 1, explanation: 'a=1', applicable: true },
			{ key: 'b', weight: 1, value: 0.5, explanation: 'b=0.5', applicable: true }
		]);
	});

	it('leaves out factors that do not apply or weigh nothing, and clamps values into [0, 1]', () => {
		// b does not apply: only a counts → 0.25
		const [r] = rankCandidates([{ id: '1', name: 'X', a: 0.25, b: null }], undefined, { a: 3, b: 1 }, model);
		expect(r.score).toBeCloseTo(0.25, 10);
		expect(r.factors[1]).toEqual({ key: 'b', weight: 1, value: 0, explanation: 'b not asked', applicable: false });
		// weight 0 for a: only b counts → 0.5; values out of range are clamped (a = 7 → 1, b = -1 → 0)
		expect(rankCandidates([{ id: '1', name: 'X', a: 0.9, b: 0.5 }], undefined, { a: 0, b: 1 }, model)[0].score).toBeCloseTo(0.5, 10);
		expect(rankCandidates([{ id: '1', name: 'X', a: 7, b: -1 }], undefined, { a: 1, b: 1 }, model)[0].score).toBeCloseTo(0.5, 10);
		// no weight at all → 0 rather than NaN
		expect(rankCandidates([{ id: '1', name: 'X', a: 1, b: 1 }], undefined, {}, model)[0].score).toBe(0);
	});

	it('sorts by score, breaks ties by name then id, and lists excluded candidates last with their reason', () => {
		const ranked = rankCandidates(
			[
				{ id: '3', name: 'Zeta', a: 0.5, b: 0.5 },
				{ id: '2', name: 'Beta', a: 0.5, b: 0.5 },
				{ id: '1', name: 'Beta', a: 0.5, b: 0.5 },
				{ id: '4', name: 'Alpha', a: 1, b: 1, blocked: true },
				{ id: '5', name: 'Omega', a: 0.9, b: 0.9 },
				{ id: '6', name: 'Äpfel', a: 0.5, b: 0.5 }
			],
			undefined,
			{ a: 1, b: 1 },
			model
		);
		expect(ranked.map((r) => r.candidate.id)).toEqual(['5', '6', '1', '2', '3', '4']);
		expect(ranked.map((r) => r.excluded)).toEqual([undefined, undefined, undefined, undefined, undefined, 'blocked']);
		// The excluded one keeps its score so that people see it would otherwise fit.
		expect(ranked[5].score).toBe(1);
	});
});

const KOELN = { latitude: 50.9375, longitude: 6.9603 };
function org(overrides: Partial<OrganisationCandidate>): OrganisationCandidate {
	return { id: 'id', name: 'Verein', latitude: KOELN.latitude, longitude: KOELN.longitude, topics: [], languages: [], communities: [], sdgs: [], contactable: true, ...overrides };
}

describe('rankOrganisations', () => {
	const needs: OrganisationNeeds = {
		centre: KOELN,
		topics: ['festivals-events', 'awareness-raising'],
		languages: ['tr', 'ar'],
		communities: ['TR', 'SY'],
		sdgs: [4, 10, 17],
		topicNames: { 'festivals-events': 'Feste und Veranstaltungen', 'awareness-raising': 'Sensibilisierung' }
	};

	it('scores and explains every factor (hand-computed)', () => {
		// Same place (distance 1), 1 of 2 topics (0.5), both communities (1), 1 of 2 languages (0.5), 0 of 3 SDGs (0).
		// Weights 3/3/2/2/1: (3·1 + 3·0.5 + 2·1 + 2·0.5 + 1·0) / 11 = 7.5 / 11 = 0.681818…
		const [r] = rankOrganisations(
			[org({ name: 'Deutsch-Türkischer Elternverein', topics: ['festivals-events', 'civic-engagement'], communities: ['TR', 'SY'], languages: ['tr', 'de'], sdgs: [5] })],
			needs
		);
		expect(r.score).toBeCloseTo(7.5 / 11, 10);
		expect(r.excluded).toBeUndefined();
		expect(r.factors.map((f) => [f.key, f.weight, f.value, f.explanation])).toEqual([
			['distance', 3, 1, '0 km entfernt'],
			['topics', 3, 0.5, '1 von 2 passen: Feste und Veranstaltungen'],
			['communities', 2, 1, '2 von 2 passen: Türkei, Syrien'],
			['languages', 2, 0.5, '1 von 2 passen: Türkisch'],
			['sdgs', 1, 0, 'Keine der 3 gewünschten Angaben']
		]);
	});

	it('lets distance fall linearly from 1 at 0 km to 0 at 100 km', () => {
		// 0.45° of latitude = 6371.0088 km · 0.45 · π/180 = 50.038 km → 1 − 0.50038 = 0.49962
		const [half] = rankOrganisations([org({ latitude: KOELN.latitude + 0.45 })], { centre: KOELN, topics: [], languages: [], communities: [], sdgs: [] });
		expect(half.factors[0].value).toBeCloseTo(1 - (6371.0088 * 0.45 * Math.PI) / 180 / 100, 6);
		expect(half.factors[0].explanation).toBe('50 km entfernt');
		// Only distance applies, so the score is the distance value.
		expect(half.score).toBeCloseTo(half.factors[0].value, 10);
		const [far] = rankOrganisations([org({ latitude: KOELN.latitude + 1.5 })], { centre: KOELN, topics: [], languages: [], communities: [], sdgs: [] });
		expect(far.factors[0].value).toBe(0);
		const [unknown] = rankOrganisations([org({ latitude: null, longitude: null })], { centre: KOELN, topics: [], languages: [], communities: [], sdgs: [] });
		expect(unknown.factors[0]).toMatchObject({ value: 0, explanation: 'Entfernung unbekannt (keine Koordinaten)', applicable: true });
	});

	it('counts only the factors asked for', () => {
		// No centre, only topics asked: 1 of 2 topics → 0.5 whatever else the entry has.
		const [r] = rankOrganisations([org({ topics: ['awareness-raising'], languages: ['tr'] })], { topics: needs.topics, languages: [], communities: [], sdgs: [] });
		expect(r.score).toBeCloseTo(0.5, 10);
		expect(r.factors.filter((f) => !f.applicable).map((f) => f.explanation)).toEqual([
			'Keine Kommune gewählt – zählt nicht',
			'Nicht angefragt – zählt nicht',
			'Nicht angefragt – zählt nicht',
			'Nicht angefragt – zählt nicht'
		]);
	});

	it('lists an entry without consent to be contacted as excluded, with the reason, after the others', () => {
		const ranked = rankOrganisations(
			[
				org({ id: 'a', name: 'Perfekt, aber ohne Einwilligung', topics: needs.topics, languages: needs.languages, communities: needs.communities, sdgs: needs.sdgs, contactable: false }),
				org({ id: 'b', name: 'Nah, sonst nichts' })
			],
			needs
		);
		expect(ranked.map((r) => r.candidate.id)).toEqual(['b', 'a']);
		expect(ranked[1].excluded).toBe('Keine Einwilligung, kontaktiert zu werden');
		expect(ranked[1].score).toBe(1);
		// Nah, sonst nichts: distance 1 (w 3), everything else 0 → 3 / 11
		expect(ranked[0].score).toBeCloseTo(3 / 11, 10);
	});

	it('uses the default weights of one place and accepts others', () => {
		const c = [org({ topics: ['awareness-raising', 'festivals-events'] })];
		const onlyTopics = rankOrganisations(c, needs, { ...DEFAULT_ORGANISATION_WEIGHTS, distance: 0, communities: 0, languages: 0, sdgs: 0 });
		expect(onlyTopics[0].score).toBe(1);
		// Default: distance 1·3 + topics 1·3 = 6 of 11
		expect(rankOrganisations(c, needs)[0].score).toBeCloseTo(6 / 11, 10);
	});
});
