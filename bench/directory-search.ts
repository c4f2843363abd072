/**
 * Benchmark (not a test) of searchOrganisations on 20,000 directory entries, deterministic, in a fresh in-memory
 * PGlite — and on PostgreSQL too when BENCH_DATABASE_URL is set (a scratch database: its organisations are replaced).
 *
 *   npx tsx --tsconfig tsconfig.cli.json bench/directory-search.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx --tsconfig tsconfig.cli.json bench/directory-search.ts
 */
import { sql } from 'drizzle-orm';
import { createDatabase, type Database } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { organisation } from '../src/lib/server/db/schema';
import { seedReferenceData, INITIAL_TOPICS } from '../src/lib/server/reference/topics-seed';
import { createTestMunicipality } from '../src/lib/server/testing/geo-factories';
import { parseSearchFilters } from '../src/lib/server/directory/search/search-filters';
import { searchOrganisations } from '../src/lib/server/directory/search/search-organisations';
import { ORGANISATION_KINDS } from '../src/lib/reference/organisation-kinds-values';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 20_000);
const MUNICIPALITIES = 396;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** A small deterministic generator (mulberry32), so every run searches the same data. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = ['Kultur', 'Verein', 'Initiative', 'Weltladen', 'Eltern', 'Jugend', 'Frauen', 'Netzwerk', 'Forum', 'Brücke', 'Gemeinschaft', 'Zentrum', 'Werkstatt', 'Bildung', 'Begegnung'];
const ORIGINS = ['Afrikanischer', 'Türkisch-Deutscher', 'Ukrainischer', 'Syrischer', 'Vietnamesischer', 'Tamilischer', 'Polnischer', 'Kurdischer', 'Ghanaischer', 'Eritreischer', 'Lateinamerikanischer', 'Marokkanischer'];
const PLACES = ['Köln', 'Düsseldorf', 'Münster', 'Bielefeld', 'Dortmund', 'Essen', 'Bonn', 'Düren', 'Gütersloh', 'Siegen', 'Paderborn', 'Rheine'];
const SENTENCES = [
	'Wir bieten Beratung für Familien und Geflüchtete.',
	'Fairer Handel und Bildungsarbeit an Schulen.',
	'Feste, Musik und Tanz für die ganze Nachbarschaft.',
	'Partnerschaften mit Gemeinden im Globalen Süden.',
	'Sprachkurse, Hausaufgabenhilfe und Sport.',
	'Engagement für Klimaschutz und nachhaltigen Konsum.'
];
const LANGS = ['de', 'en', 'fr', 'tr', 'ar', 'uk', 'ru', 'vi', 'ta', 'pl', 'ku', 'es', 'ti', 'fa'];
const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];
const some = <T>(r: () => number, list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, list)))];

async function seed(database: Database) {
	const db = database.db;
	await runMigrations(database);
	await seedReferenceData(db);
	await db.delete(organisation);
	const r = random(42);
	const ags: string[] = [];
	for (let i = 0; i < MUNICIPALITIES; i++) {
		const code = `05${String(1 + (i % 9))}${String(10 + (i % 80)).padStart(2, '0')}${String(i).padStart(3, '0')}`;
		ags.push(code);
		await createTestMunicipality(db, { ags: code, name: `Gemeinde ${i}`, latitude: 50.35 + r() * 2.1, longitude: 5.95 + r() * 3.4 });
	}
	const topics = INITIAL_TOPICS.map(([slug]) => slug);
	const batch: (typeof organisation.$inferInsert)[] = [];
	for (let i = 0; i < ORGANISATIONS; i++) {
		batch.push({
			name: `${pick(r, ORIGINS)} ${pick(r, WORDS)} ${pick(r, PLACES)} ${i}`,
			kind: pick(r, ORGANISATION_KINDS),
			description: `${pick(r, SENTENCES)} ${pick(r, SENTENCES)}`,
			languages: some(r, LANGS, 3),
			communities: [],
			topics: some(r, topics, 3),
			sdgs: some(r, [1, 4, 5, 10, 11, 12, 13, 16, 17], 3),
			municipalityAgs: pick(r, ags),
			contactName: 'Bench',
			contactEmail: `bench-${i}@example.org`,
			status: r() < 0.9 ? 'published' : 'pending',
			verified: r() < 0.7,
			contactable: r() < 0.8
		});
		if (batch.length === 1000) await db.insert(organisation).values(batch.splice(0));
	}
	if (batch.length) await db.insert(organisation).values(batch);
	await db.execute(sql`ANALYZE`);
	return ags;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function run(label: string, database: Database) {
	const started = performance.now();
	const ags = await seed(database);
	console.log(`\n${label}: seeded ${ORGANISATIONS} organisations in ${MUNICIPALITIES} municipalities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const centre = ags[7];
	const shapes: [string, string][] = [
		['no filter (first page by name)', ''],
		['text, one word', 'q=Weltladen'],
		['text, stemmed and folded', 'q=Beratungen%20Koeln'],
		['text with a typo', 'q=Vietnamesicher'],
		['text, hostile', `q=${encodeURIComponent("'; DROP TABLE x; -- %_\\")}`],
		['radius 25 km, by distance', `kommune=${centre}&umkreis=25&sortierung=distance`],
		['radius 50 km + text + topic', `kommune=${centre}&umkreis=50&q=Kultur&thema=festivals-events`],
		['topics + languages + SDG', 'thema=agenda-2030&thema=fair-procurement&sprache=tr&sdg=12'],
		['deep page (page 200)', 'seite=200']
	];
	console.log('| query shape | total | p50 ms | p95 ms |');
	console.log('|---|---:|---:|---:|');
	for (const [name, query] of shapes) {
		const filters = parseSearchFilters(new URLSearchParams(query));
		await searchOrganisations(database.db, filters); // warm-up
		const times: number[] = [];
		let total = 0;
		for (let i = 0; i < RUNS; i++) {
			const t = performance.now();
			total = (await searchOrganisations(database.db, filters)).total;
			times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);
		console.log(`| ${name} | ${total} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
	}
}

const pglite = await createDatabase({});
await run('PGlite (in memory)', pglite);
await pglite.close();
if (process.env.BENCH_DATABASE_URL) {
	const pg = await createDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL });
	await run('PostgreSQL', pg);
	await pg.close();
}
process.exit(0);
