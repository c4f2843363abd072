/**
 * Benchmark (not a test) of loadImpactReport — the query code of the impact dashboard and the funder report — over
 * ten years of synthetic programme data, deterministic from a seed: consultations over
 * the real NRW municipalities (or the demo set when ../shared/data is absent) with their transitions, advisors,
 * sessions, measures, evaluations and time entries. Inserted in batches straight into the tables, because going
 * through the commands (mails, audit, locks) would take hours and is not what is measured. Runs on a fresh in-memory
 * PGlite, and on PostgreSQL too when BENCH_DATABASE_URL is set (a scratch database: its programme data is replaced).
 *
 *   npx tsx --tsconfig tsconfig.cli.json bench/impact-dashboard.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/miglobe_bench npx tsx --tsconfig tsconfig.cli.json bench/impact-dashboard.ts
 *
 * BENCH_CONSULTATIONS (10000) and BENCH_RUNS (20) change the size.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createDatabase, type Database, type Db } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import {
	consultation,
	consultationMember,
	consultationSession,
	evaluation,
	measure,
	municipality,
	organisation,
	timeEntry,
	timelineEntry,
	user,
	userRole
} from '../src/lib/server/db/schema';
import type { ConsultationState } from '../src/lib/server/consultations/lifecycle';
import { importMunicipalities } from '../src/lib/server/municipalities/import-municipalities';
import { parseGvCsv } from '../src/lib/server/municipalities/parse-gv-csv';
import { INITIAL_TOPICS, seedReferenceData } from '../src/lib/server/reference/topics-seed';
import { seedDemoMunicipalities } from '../src/lib/server/seed/demo-municipalities';
import { loadImpactReport } from '../src/lib/server/reports/load-impact-report';
import type { ReportFilter } from '../src/lib/server/reports/report-types';

const GV_FILE = path.resolve(import.meta.dirname, '../../shared/data/destatis-gemeindeverzeichnis-auszug.csv');

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];
const some = <T>(r: () => number, list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, list)))];
const between = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const DAY = 86_400_000;

const MAIN_PATH: ConsultationState[] = ['in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation', 'completed'];
const SDGS = [1, 3, 4, 5, 8, 10, 11, 12, 13, 16, 17];
const ACTIVITIES = ['preparation', 'session', 'travel', 'follow_up', 'other'] as const;
const FORMATS = ['dialogforum', 'workshop', 'meeting', 'event', 'other'] as const;
const MEASURE_TITLES = ['Vernetzungstreffen', 'Fachtag Agenda 2030', 'Interkulturelles Stadtfest', 'Faire Beschaffungsrichtlinie', 'Runder Tisch MSO', 'Mapping der Akteure'];

interface ImpactDataSummary {
	municipalities: number;
	source: 'destatis' | 'demo';
	consultations: number;
	rows: Record<string, number>;
	years: { from: number; to: number };
}

/** Where a synthetic consultation ends: mostly completed in past years, more still open in the last one. */
function finalState(r: () => number, lastYear: boolean): { path: ConsultationState[]; state: ConsultationState } {
	const x = r();
	if (x < 0.12) {
		const steps = MAIN_PATH.slice(0, between(r, 0, 2));
		return { path: [...steps, 'declined'], state: 'declined' };
	}
	if (x < 0.2) {
		const steps = MAIN_PATH.slice(0, between(r, 1, 5));
		return { path: [...steps, 'withdrawn'], state: 'withdrawn' };
	}
	const reached = lastYear ? between(r, 0, MAIN_PATH.length) : r() < 0.85 ? MAIN_PATH.length : between(r, 3, MAIN_PATH.length);
	const steps = MAIN_PATH.slice(0, reached);
	return { path: steps, state: steps.at(-1) ?? 'requested' };
}

/** Inserts rows in batches of 500 (PostgreSQL allows 65,535 parameters per statement). */
class Batcher {
	private queues = new Map<object, unknown[]>();
	readonly counts: Record<string, number> = {};
	constructor(private db: Db) {}
	async add<T extends { $inferInsert: unknown }>(table: T, name: string, row: T['$inferInsert']) {
		const queue = this.queues.get(table) ?? [];
		this.queues.set(table, queue);
		queue.push(row);
		this.counts[name] = (this.counts[name] ?? 0) + 1;
		if (queue.length >= 500) await this.flush();
	}
	/** Flushes every queue in the order tables were first used, so parents are written before their children. */
	async flush() {
		for (const [t, queue] of this.queues) {
			if (queue.length === 0) continue;
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			await this.db.insert(t as any).values(queue.splice(0) as any);
		}
	}
}

async function loadMunicipalities(db: Db): Promise<{ ags: string[]; districts: string[]; source: 'destatis' | 'demo' }> {
	let source: 'destatis' | 'demo' = 'demo';
	if (existsSync(GV_FILE)) {
		const parsed = parseGvCsv(readFileSync(GV_FILE, 'utf8'), { land: '05' });
		if (!parsed.ok) throw new Error(`could not parse ${GV_FILE}`);
		await importMunicipalities(db, parsed.data);
		source = 'destatis';
	} else {
		console.warn(`${GV_FILE} is absent: using the demo municipalities (see ../shared/data/README.md).`);
		await seedDemoMunicipalities(db);
	}
	const rows = await db.select({ ags: municipality.ags, districtCode: municipality.districtCode }).from(municipality).orderBy(municipality.ags);
	return { ags: rows.map((r) => r.ags), districts: [...new Set(rows.map((r) => r.districtCode).filter((d): d is string => !!d))], source };
}

/**
 * Replaces the programme data of `database` (a scratch database) by `consultations` synthetic consultations spread
 * evenly over the ten years up to `lastYear`, then runs ANALYZE.
 */
async function seedImpactData(database: Database, { consultations = 10_000, lastYear = 2025, seed = 7 } = {}): Promise<ImpactDataSummary> {
	const db = database.db;
	await runMigrations(database);
	await seedReferenceData(db);
	await db.execute(sql`TRUNCATE consultation, organisation RESTART IDENTITY CASCADE`);
	await db.execute(sql`DELETE FROM "user" WHERE email LIKE 'bench-advisor-%'`);
	const { ags, districts, source } = await loadMunicipalities(db);
	const r = random(seed);
	const batch = new Batcher(db);
	const topics = INITIAL_TOPICS.map(([slug]) => slug);

	const advisors = Array.from({ length: 60 }, (_, i) => `bench-advisor-${i}`);
	for (const id of advisors) {
		await batch.add(user, 'user', { id, name: `Beraterin ${id.slice(-2)}`, email: `${id}@bench.miglobe.de`, emailVerified: true });
	}
	await batch.flush();
	for (const id of advisors) await batch.add(userRole, 'user_role', { userId: id, role: 'advisor' });

	const organisationIds: string[] = [];
	for (let i = 0; i < 400; i++) {
		const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
		organisationIds.push(id);
		await batch.add(organisation, 'organisation', {
			id,
			name: `Verein ${i}`,
			kind: 'association',
			municipalityAgs: pick(r, ags),
			contactName: 'Bench',
			contactEmail: `bench-org-${i}@example.org`,
			status: 'published'
		});
	}
	await batch.flush();

	const firstYear = lastYear - 9;
	for (let i = 0; i < consultations; i++) {
		const year = firstYear + Math.floor((i * 10) / consultations);
		const id = `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
		const start = Date.UTC(year, 0, 1) + Math.floor(r() * 360) * DAY + Math.floor(r() * 8 * 3600_000);
		const { path: steps, state } = finalState(r, year === lastYear);
		const inDistrict = r() < 0.08;
		const client = pick(r, ags);
		const topicList = some(r, topics, 3);
		// Each step takes 5–60 days; the last ones are later than the creation, which is what the phase medians read.
		let at = start;
		const stepTimes = steps.map(() => (at += between(r, 5, 60) * DAY));
		const closed = ['completed', 'declined', 'withdrawn'].includes(state) ? new Date(stepTimes.at(-1)!) : null;
		await batch.add(consultation, 'consultation', {
			id,
			reference: `MG-${year}-${String(i).padStart(5, '0')}`,
			year,
			state,
			municipalityAgs: inDistrict ? null : client,
			districtCode: inDistrict ? pick(r, districts) : null,
			contactName: 'Bench Kontakt',
			contactEmail: `kontakt-${i}@bench.miglobe.de`,
			topics: topicList,
			sdgs: some(r, SDGS, 3),
			concern: 'Synthetische Anfrage für den Benchmark.',
			goals: steps.length > 1 ? 'Vernetzung mit migrantischen Organisationen' : '',
			statusTokenHash: `bench-${i}`,
			source: r() < 0.7 ? 'public_form' : 'coordinator',
			createdAt: new Date(start),
			updatedAt: new Date(at),
			closedAt: closed
		});
		await batch.add(timelineEntry, 'timeline_entry', { consultationId: id, at: new Date(start), kind: 'created', visibility: 'all', data: {} });
		let from: ConsultationState = 'requested';
		for (const [k, to] of steps.entries()) {
			await batch.add(timelineEntry, 'timeline_entry', { consultationId: id, at: new Date(stepTimes[k]), kind: 'transition', visibility: 'all', data: { from, to } });
			from = to;
		}
		const reached = (s: ConsultationState) => steps.includes(s);
		if (!reached('agreed')) continue;

		const tandem = [...new Set([pick(r, advisors), pick(r, advisors)])];
		for (const advisorId of tandem) await batch.add(consultationMember, 'consultation_member', { consultationId: id, userId: advisorId, role: 'advisor', status: 'accepted' });
		if (reached('in_dialogue')) {
			const dialogueAt = stepTimes[steps.indexOf('in_dialogue')];
			for (let s = 0; s < between(r, 1, 4); s++) {
				await batch.add(consultationSession, 'consultation_session', {
					consultationId: id,
					title: `Dialogtermin ${s + 1}`,
					format: s === 0 ? 'dialogforum' : pick(r, FORMATS),
					startsAt: new Date(dialogueAt + s * 14 * DAY),
					durationMinutes: between(r, 6, 16) * 15,
					participantCount: between(r, 6, 80),
					organisationIds: some(r, organisationIds, 3)
				});
			}
			for (const advisorId of tandem) {
				for (let e = 0; e < between(r, 2, 6); e++) {
					const workDate = new Date(dialogueAt + e * 9 * DAY).toISOString().slice(0, 10);
					const status = r() < 0.9 ? 'approved' : r() < 0.5 ? 'submitted' : 'rejected';
					await batch.add(timeEntry, 'time_entry', { advisorId, consultationId: id, workDate, minutes: between(r, 2, 24) * 15, activity: pick(r, ACTIVITIES), kilometres: between(r, 0, 120), status });
				}
			}
		}
		if (reached('implementation')) {
			const done = state === 'completed';
			for (let k = 0; k < between(r, 1, 5); k++) {
				const status = done ? (r() < 0.6 ? 'done' : r() < 0.5 ? 'dropped' : 'planned') : pick(r, ['idea', 'planned', 'in_progress'] as const);
				await batch.add(measure, 'measure', { consultationId: id, title: pick(r, MEASURE_TITLES), topic: pick(r, topicList), status });
			}
		}
		if (state === 'completed') {
			const planned = between(r, 1, 6);
			await batch.add(evaluation, 'evaluation', {
				consultationId: id,
				kind: 'municipality',
				satisfaction: between(r, 2, 5),
				aimPerspectives: between(r, 1, 5),
				aimAppreciation: between(r, 1, 5),
				aimParticipation: between(r, 1, 5),
				learnings: 'Frühe Einbindung der Vereine hat geholfen.',
				wouldRecommend: r() < 0.85
			});
			await batch.add(evaluation, 'evaluation', {
				consultationId: id,
				kind: 'advisor',
				organisationsInvolved: between(r, 0, 8),
				organisationIds: some(r, organisationIds, 3),
				newCooperations: between(r, 0, 4),
				participants: between(r, 10, 200),
				measuresPlanned: planned,
				measuresImplemented: between(r, 0, planned),
				migrationShareEstimate: r() < 0.6 ? between(r, 10, 90) : null
			});
		}
	}
	await batch.flush();
	await db.execute(sql`ANALYZE`);
	return { municipalities: ags.length, source, consultations, rows: batch.counts, years: { from: firstYear, to: lastYear } };
}

const CONSULTATIONS = Number(process.env.BENCH_CONSULTATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LAST_YEAR = 2025;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function run(label: string, database: Database) {
	const started = performance.now();
	const summary = await seedImpactData(database, { consultations: CONSULTATIONS, lastYear: LAST_YEAR });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`\n${label}: seeded ${summary.consultations} consultations ${summary.years.from}–${summary.years.to} over ${summary.municipalities} municipalities (${summary.source}) in ${seconds} s`);
	console.log(`rows: ${Object.entries(summary.rows).map(([k, v]) => `${k} ${v}`).join(', ')}`);
	const shapes: [string, ReportFilter][] = [
		['ten years, no filter', { from: `${summary.years.from}-01-01`, to: `${LAST_YEAR}-12-31` }],
		[`one year (${LAST_YEAR - 1}), no filter`, { from: `${LAST_YEAR - 1}-01-01`, to: `${LAST_YEAR - 1}-12-31` }],
		[`one year (${LAST_YEAR - 1}), region Köln + topic`, { from: `${LAST_YEAR - 1}-01-01`, to: `${LAST_YEAR - 1}-12-31`, region: '053', topic: 'agenda-2030' }],
		['ten years, one advisor', { from: `${summary.years.from}-01-01`, to: `${LAST_YEAR}-12-31`, advisorId: 'bench-advisor-7' }]
	];
	console.log('| filter | requests | p50 ms | p95 ms |');
	console.log('|---|---:|---:|---:|');
	for (const [name, filter] of shapes) {
		await loadImpactReport(database.db, filter); // warm-up
		const times: number[] = [];
		let requests = 0;
		for (let i = 0; i < RUNS; i++) {
			const t = performance.now();
			requests = (await loadImpactReport(database.db, filter)).requestsReceived;
			times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);
		console.log(`| ${name} | ${requests} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
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
