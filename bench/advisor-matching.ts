/**
 * Benchmark (not a test) of advisor matching: ranks 1,000 synthetic advisors for one consultation with the pure
 * rankAdvisors (no database; loading is two queries, measured by the page), and prints p50/p95 over the runs.
 * Target: under 10 ms per ranking (issue 4).
 *
 *   npx tsx --tsconfig tsconfig.cli.json bench/advisor-matching.ts
 *
 * BENCH_ADVISORS (1000) and BENCH_RUNS (200) change the size.
 */
import { performance } from 'node:perf_hooks';
import { explainNobodyFits, rankAdvisors, type AdvisorCandidate, type AdvisorNeeds } from '../src/lib/server/matching/advisor-factors';
import { LANGUAGE_LEVELS, type ExpertiseLevel } from '../src/lib/server/db/schema/advisor-profiles';
import { DEFAULT_ADVISOR_WEIGHTS } from '../src/lib/server/matching/default-weights';

const ADVISORS = Number(process.env.BENCH_ADVISORS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

/** A small deterministic generator (mulberry32), so every run ranks the same pool. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TOPICS = ['fair-procurement', 'development-education', 'agenda-2030', 'refugee-participation', 'global-south-partnerships', 'civic-engagement', 'cooperation-structures', 'festivals-events', 'awareness-raising', 'intercultural-administration'];
const LANGUAGES = ['ar', 'en', 'fr', 'tr', 'ti', 'fa', 'ru', 'uk', 'pl', 'es', 'pt', 'sw', 'ku', 'so', 'am'];
const FIRST = ['Amara', 'Berhane', 'Özlem', 'Samuel', 'Fatma', 'Jonas', 'Lina', 'Yusuf', 'Marta', 'Kofi', 'Nadia', 'Ali'];
const LAST = ['Diallo', 'Tesfay', 'Yıldız', 'Mensah', 'Kaya', 'Becker', 'Nowak', 'Haddad', 'Okafor', 'Schmidt'];

function pool(n: number): AdvisorCandidate[] {
	const r = random(42);
	const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
	const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(list)))];
	return Array.from({ length: n }, (_, i) => {
		const blocked = r() < 0.3 ? [{ startsOn: '2026-07-01', endsOn: `2026-07-${String(10 + Math.floor(r() * 20)).padStart(2, '0')}` }] : [];
		return {
			id: `adv-${String(i).padStart(5, '0')}`,
			name: `${pick(FIRST)} ${pick(LAST)}`,
			active: r() > 0.05,
			deactivated: r() < 0.01,
			languages: some(LANGUAGES, 4).map((code) => ({ code, level: pick(LANGUAGE_LEVELS) })),
			topicLevels: Object.fromEntries(some(TOPICS, 4).map((t) => [t, (1 + Math.floor(r() * 3)) as ExpertiseLevel])),
			sdgLevels: Object.fromEntries(some([4, 5, 8, 10, 11, 12, 13, 16, 17], 3).map((s) => [String(s), (1 + Math.floor(r() * 3)) as ExpertiseLevel])),
			base: { latitude: 50.3 + r() * 2.2, longitude: 5.9 + r() * 3.6 },
			baseName: 'Basisort',
			servedRegions: r() < 0.3 ? [pick(['051', '053', '055', '057', '059'])] : [],
			servedDistricts: [],
			travelRadiusKm: r() < 0.5 ? 25 + Math.floor(r() * 100) : null,
			weeklyCapacityHours: r() < 0.1 ? null : Math.floor(r() * 20),
			blockedPeriods: blocked,
			openAssignments: Math.floor(r() * 4),
			earlierWithClient: r() < 0.05 ? 1 : 0,
			membership: r() < 0.01 ? 'declined' : null,
			declineReason: null,
			conflict: r() < 0.005 ? 'Interessenkonflikt' : null
		};
	});
}

const needs: AdvisorNeeds = {
	locale: 'de',
	topics: ['fair-procurement', 'development-education'],
	sdgs: [12],
	languages: ['fr', 'en', 'ti'],
	centre: { latitude: 51.9069, longitude: 8.3786 },
	clientName: 'Gütersloh',
	clientDistrictCode: '05754',
	clientRegionCode: '057',
	window: { from: '2026-06-01', to: '2026-11-30' },
	topicNames: { 'fair-procurement': 'Faire Beschaffung', 'development-education': 'Entwicklungspolitische Bildung' }
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const candidates = pool(ADVISORS);
// Warm-up: the JIT, the message functions and the cached Intl objects.
for (let i = 0; i < 5; i++) explainNobodyFits(rankAdvisors(candidates, needs, DEFAULT_ADVISOR_WEIGHTS), needs);

const rankTimes: number[] = [];
const withGapsTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const start = performance.now();
	const ranked = rankAdvisors(candidates, needs, DEFAULT_ADVISOR_WEIGHTS);
	const ranking = performance.now();
	explainNobodyFits(ranked, needs);
	rankTimes.push(ranking - start);
	withGapsTimes.push(performance.now() - start);
}
rankTimes.sort((a, b) => a - b);
withGapsTimes.sort((a, b) => a - b);

console.log(`Advisor matching: ${ADVISORS} advisors, ${RUNS} runs, Node ${process.version}`);
console.log('| step | p50 ms | p95 ms |');
console.log('|---|---:|---:|');
console.log(`| rankAdvisors | ${percentile(rankTimes, 50).toFixed(2)} | ${percentile(rankTimes, 95).toFixed(2)} |`);
console.log(`| rankAdvisors + explainNobodyFits | ${percentile(withGapsTimes, 50).toFixed(2)} | ${percentile(withGapsTimes, 95).toFixed(2)} |`);
