import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_LEVELS, type ExpertiseLevel, type LanguageLevel } from '../db/schema/advisor-profiles';
import { rankAdvisors, type AdvisorCandidate, type AdvisorNeeds } from './advisor-factors';
import { ADVISOR_FACTOR_KEYS, type AdvisorWeights } from './default-weights';

/** Small vocabularies, so that generated advisors and consultations often overlap (and tie). */
const TOPICS = ['fair-procurement', 'festivals', 'partnerships', 'education'];
const LANGS = ['fr', 'en', 'ti', 'tr', 'ar'];
const SDGS = [4, 10, 12, 17];
const DISTRICTS = ['05754', '05711', '05315'];
const REGIONS = ['057', '053'];
const NAMES = ['Anna Adomako', 'Berhane Tesfay', 'Özlem Yıldız', 'Samuel Mensah', 'anna adomako'];

const level = fc.constantFrom<ExpertiseLevel>(1, 2, 3);
const point = fc.record({ latitude: fc.double({ min: 50.3, max: 52.5, noNaN: true }), longitude: fc.double({ min: 5.9, max: 9.5, noNaN: true }) });
const day = fc.integer({ min: 0, max: 500 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { startsOn: a, endsOn: b } : { startsOn: b, endsOn: a }));

const candidateFields = fc.record({
	name: fc.constantFrom(...NAMES),
	active: fc.constantFrom(true, true, true, false),
	deactivated: fc.constant(false),
	languages: fc.uniqueArray(fc.record({ code: fc.constantFrom(...LANGS), level: fc.constantFrom<LanguageLevel>(...LANGUAGE_LEVELS) }), { selector: (l) => l.code, maxLength: 4 }),
	topicLevels: fc.dictionary(fc.constantFrom(...TOPICS), level, { maxKeys: 4 }),
	sdgLevels: fc.dictionary(fc.constantFrom(...SDGS.map(String)), level, { maxKeys: 4 }),
	base: fc.option(point, { nil: null }),
	baseName: fc.constant('Basisort'),
	servedRegions: fc.subarray(REGIONS),
	servedDistricts: fc.subarray(DISTRICTS),
	travelRadiusKm: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
	weeklyCapacityHours: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
	blockedPeriods: fc.array(period, { maxLength: 3 }),
	openAssignments: fc.integer({ min: 0, max: 8 }),
	earlierWithClient: fc.integer({ min: 0, max: 3 }),
	membership: fc.constantFrom<AdvisorCandidate['membership']>(null, null, null, 'invited', 'declined'),
	declineReason: fc.constant(null),
	conflict: fc.option(fc.constant('Verwandt mit der Bürgermeisterin'), { nil: null, freq: 6 })
});

const candidates = fc
	.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 0, maxLength: 25 })
	.chain((ids) => fc.tuple(...ids.map((id) => candidateFields.map((f): AdvisorCandidate => ({ id: `adv-${id}`, ...f })))));

const needsArb: fc.Arbitrary<AdvisorNeeds> = fc.record({
	locale: fc.constant('de' as const),
	topics: fc.subarray(TOPICS),
	sdgs: fc.subarray(SDGS),
	languages: fc.subarray(LANGS),
	centre: fc.option(point, { nil: null }),
	clientName: fc.constant('Gütersloh'),
	clientDistrictCode: fc.constantFrom(...DISTRICTS),
	clientRegionCode: fc.constantFrom(...REGIONS),
	window: fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
});

const weightsArb: fc.Arbitrary<AdvisorWeights> = fc.record(
	Object.fromEntries(ADVISOR_FACTOR_KEYS.map((k) => [k, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<keyof AdvisorWeights, fc.Arbitrary<number>>
);

const scoreOf = (c: AdvisorCandidate, n: AdvisorNeeds, w: AdvisorWeights) => rankAdvisors([c], n, w)[0].score;

/** Changes that make an advisor fit better in exactly one respect. */
const improvements: Record<string, (c: AdvisorCandidate, n: AdvisorNeeds, pick: number) => AdvisorCandidate> = {
	'topic level raised': (c, n, pick) => {
		const t = TOPICS[pick % TOPICS.length];
		return { ...c, topicLevels: { ...c.topicLevels, [t]: Math.min(3, (c.topicLevels[t] ?? 0) + 1) as ExpertiseLevel } };
	},
	'SDG level raised': (c, n, pick) => {
		const s = String(SDGS[pick % SDGS.length]);
		return { ...c, sdgLevels: { ...c.sdgLevels, [s]: Math.min(3, (c.sdgLevels[s] ?? 0) + 1) as ExpertiseLevel } };
	},
	'language level raised': (c, n, pick) => {
		const code = LANGS[pick % LANGS.length];
		const current = c.languages.find((l) => l.code === code)?.level;
		const better = current ? LANGUAGE_LEVELS[Math.max(0, LANGUAGE_LEVELS.indexOf(current) - 1)] : 'basic';
		return { ...c, languages: [...c.languages.filter((l) => l.code !== code), { code, level: better }] };
	},
	'base moved to the client': (c, n) => (n.centre ? { ...c, base: { ...n.centre } } : c),
	'travel radius widened': (c, n, pick) => (c.travelRadiusKm == null ? c : { ...c, travelRadiusKm: c.travelRadiusKm + 1 + (pick % 100) }),
	'client district served': (c, n) => (n.clientDistrictCode ? { ...c, servedDistricts: [...c.servedDistricts, n.clientDistrictCode] } : c),
	'blocked period removed': (c, n, pick) => ({ ...c, blockedPeriods: c.blockedPeriods.filter((_, i) => i !== pick % Math.max(1, c.blockedPeriods.length)) }),
	'one assignment fewer': (c) => ({ ...c, openAssignments: Math.max(0, c.openAssignments - 1) }),
	'more capacity': (c, n, pick) => (c.weeklyCapacityHours == null ? c : { ...c, weeklyCapacityHours: c.weeklyCapacityHours + 1 + (pick % 10) }),
	'earlier work with the client': (c) => ({ ...c, earlierWithClient: c.earlierWithClient + 1 })
};

describe('advisor matching properties', () => {
	it('keeps every score in [0, 1]', () => {
		fc.assert(
			fc.property(candidates, needsArb, weightsArb, (cs, n, w) => {
				for (const r of rankAdvisors(cs, n, w)) {
					expect(r.score).toBeGreaterThanOrEqual(0);
					expect(r.score).toBeLessThanOrEqual(1);
					for (const f of r.factors) expect(f.value >= 0 && f.value <= 1).toBe(true);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('never lowers the score when one factor improves', () => {
		const names = Object.keys(improvements);
		fc.assert(
			fc.property(candidateFields, needsArb, weightsArb, fc.constantFrom(...names), fc.nat(1000), (fields, n, w, change, pick) => {
				const before = { id: 'adv-1', ...fields };
				const after = improvements[change](before, n, pick);
				expect(scoreOf(after, n, w)).toBeGreaterThanOrEqual(scoreOf(before, n, w) - 1e-12);
			}),
			{ numRuns: 1000 }
		);
	});

	it('gives the same order whatever the order of the input', () => {
		fc.assert(
			fc.property(
				candidates.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
				needsArb,
				weightsArb,
				([cs, shuffled], n, w) => {
					const ids = (list: AdvisorCandidate[]) => rankAdvisors(list, n, w).map((r) => r.candidate.id);
					expect(ids(shuffled)).toEqual(ids(cs));
					expect(ids([...cs].reverse())).toEqual(ids(cs));
				}
			),
			{ numRuns: 200 }
		);
	});
});
