import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ConsultationState } from '../consultations/lifecycle';
import type { Db } from '../db/client';
import { consultation, district, governmentRegion, land, municipality, timelineEntry, topic } from '../db/schema';
import { addTestMember } from './consultation-factories';
import { createTestEvaluation } from './evaluation-factories';
import { createTestUser } from './factories';
import { createTestMunicipality } from './geo-factories';
import { createTestTimeEntry } from './time-entry-factories';

let counter = 0;

/** 10:00 UTC on the given day, so that differences are whole days in any season. */
export const at = (date: string) => new Date(`${date}T10:00:00Z`);

/** A consultation whose client is a municipality or (municipalityAgs null) a district, with its request date. */
export async function createReportConsultation(
	db: Db,
	values: { municipalityAgs?: string | null; districtCode?: string | null; createdAt: Date; state: ConsultationState; topics?: string[]; sdgs?: number[] }
) {
	counter++;
	const [row] = await db
		.insert(consultation)
		.values({
			reference: `MG-2098-${String(counter).padStart(4, '0')}-${randomBytes(2).toString('hex')}`,
			year: values.createdAt.getUTCFullYear(),
			contactName: 'Jana Berichtstest',
			contactEmail: `bericht-${counter}@test.miglobe.de`,
			concern: 'Wir möchten Vereine der Diaspora in die kommunale Entwicklungspolitik einbeziehen.',
			statusTokenHash: randomBytes(32).toString('hex'),
			source: 'public_form',
			municipalityAgs: values.municipalityAgs ?? null,
			districtCode: values.districtCode ?? null,
			state: values.state,
			topics: values.topics ?? [],
			sdgs: values.sdgs ?? [],
			createdAt: values.createdAt,
			updatedAt: values.createdAt
		})
		.returning();
	return row;
}

/** Transition entries as transitionConsultation writes them; `to` only matters to the report. */
export async function addTestTransitions(db: Db, consultationId: string, steps: [date: string, to: ConsultationState][]) {
	let from = 'requested';
	for (const [date, to] of steps) {
		await db.insert(timelineEntry).values({ consultationId, at: at(date), kind: 'transition', visibility: 'all', data: { from, to } });
		from = to;
	}
}

/**
 * The hand-built fixture of the report tests, with KNOWN answers (see load-impact-report.test.ts):
 * NRW with 5 current municipalities in two regions (and one historic one), six consultations requested in 2025
 * (Berlin time; one at 00:30 on 1 January), one on 31 December 2024, evaluations and time entries.
 */
export async function createReportFixture(db: Db) {
	await db.insert(land).values({ code: '05', name: 'Nordrhein-Westfalen' }).onConflictDoNothing();
	await db.insert(governmentRegion).values([
		{ code: '051', landCode: '05', name: 'Düsseldorf' },
		{ code: '055', landCode: '05', name: 'Münster' }
	]);
	await db.insert(district).values([
		{ code: '05158', landCode: '05', regionCode: '051', name: 'Mettmann', kind: 'kreis' },
		{ code: '05566', landCode: '05', regionCode: '055', name: 'Steinfurt', kind: 'kreis' },
		{ code: '05515', landCode: '05', regionCode: '055', name: 'Münster', kind: 'kreisfreie_stadt' }
	]);
	const hilden = await createTestMunicipality(db, { ags: '05158016', name: 'Hilden, Stadt', latitude: 51.17, longitude: 6.94 });
	const ratingen = await createTestMunicipality(db, { ags: '05158028', name: 'Ratingen, Stadt' });
	const rheine = await createTestMunicipality(db, { ags: '05566076', name: 'Rheine, Stadt', latitude: 52.28, longitude: 7.44 });
	const emsdetten = await createTestMunicipality(db, { ags: '05566008', name: 'Emsdetten, Stadt', latitude: 52.17, longitude: 7.53 });
	const muenster = await createTestMunicipality(db, { ags: '05515000', name: 'Münster, Stadt' });
	const old = await createTestMunicipality(db, { ags: '05158099', name: 'Altgemeinde' });
	await db.update(municipality).set({ historic: true }).where(eq(municipality.ags, old.ags));
	await db.insert(topic).values([
		{ slug: 'agenda-2030', nameDe: 'Agenda 2030', nameEn: 'Agenda 2030', sortOrder: 1 },
		{ slug: 'interkulturelle-oeffnung', nameDe: 'Interkulturelle Öffnung', nameEn: 'Intercultural opening', sortOrder: 2 },
		{ slug: 'faire-beschaffung', nameDe: 'Faire Beschaffung', nameEn: 'Fair procurement', sortOrder: 3 }
	]).onConflictDoNothing();

	const advisorX = await createTestUser(db, { name: 'Berater X', roles: ['advisor'] });
	const advisorY = await createTestUser(db, { name: 'Beraterin Y', roles: ['advisor'] });

	const c1 = await createReportConsultation(db, { municipalityAgs: hilden.ags, createdAt: at('2025-02-01'), state: 'completed', topics: ['interkulturelle-oeffnung', 'agenda-2030'], sdgs: [10, 16] });
	await addTestTransitions(db, c1.id, [['2025-02-11', 'in_review'], ['2025-02-21', 'matching'], ['2025-03-03', 'agreed'], ['2025-03-13', 'in_dialogue'], ['2025-05-12', 'implementation'], ['2025-06-11', 'evaluation'], ['2025-06-21', 'completed']]);
	const c2 = await createReportConsultation(db, { municipalityAgs: hilden.ags, createdAt: at('2025-03-01'), state: 'in_dialogue', topics: ['agenda-2030'], sdgs: [4] });
	await addTestTransitions(db, c2.id, [['2025-03-21', 'in_review'], ['2025-04-10', 'matching'], ['2025-04-30', 'agreed'], ['2025-05-20', 'in_dialogue']]);
	const c3 = await createReportConsultation(db, { municipalityAgs: ratingen.ags, createdAt: at('2025-04-01'), state: 'declined', topics: ['agenda-2030'] });
	await addTestTransitions(db, c3.id, [['2025-04-05', 'declined']]);
	const c4 = await createReportConsultation(db, { municipalityAgs: rheine.ags, createdAt: at('2025-05-01'), state: 'completed', topics: ['faire-beschaffung'], sdgs: [12] });
	await addTestTransitions(db, c4.id, [['2025-05-31', 'in_review'], ['2025-06-10', 'matching'], ['2025-06-20', 'agreed'], ['2025-06-30', 'in_dialogue'], ['2025-07-30', 'implementation'], ['2025-08-09', 'paused'], ['2025-08-19', 'implementation'], ['2025-08-29', 'evaluation'], ['2025-09-08', 'completed']]);
	const c5 = await createReportConsultation(db, { districtCode: '05566', createdAt: at('2025-06-01'), state: 'implementation', topics: ['interkulturelle-oeffnung'], sdgs: [10] });
	await addTestTransitions(db, c5.id, [['2025-06-03', 'in_review'], ['2025-06-05', 'matching'], ['2025-06-07', 'agreed'], ['2025-06-09', 'in_dialogue'], ['2025-07-09', 'implementation']]);
	// 23:30 UTC on 31 December 2024 is 00:30 on 1 January 2025 in Berlin: in 2025.
	const c7 = await createReportConsultation(db, { municipalityAgs: emsdetten.ags, createdAt: new Date('2024-12-31T23:30:00Z'), state: 'requested', topics: ['agenda-2030'] });
	// 22:30 UTC is 23:30 on 31 December 2024 in Berlin: in 2024.
	const c6 = await createReportConsultation(db, { municipalityAgs: muenster.ags, createdAt: new Date('2024-12-31T22:30:00Z'), state: 'completed', topics: ['agenda-2030'] });

	await addTestMember(db, c1.id, advisorX.id, 'advisor');
	await addTestMember(db, c4.id, advisorX.id, 'advisor');
	await addTestMember(db, c6.id, advisorX.id, 'advisor');
	await addTestMember(db, c2.id, advisorX.id, 'advisor', 'declined');
	await addTestMember(db, c2.id, advisorY.id, 'advisor');
	await addTestMember(db, c5.id, advisorY.id, 'advisor');

	const outcome = (o: number | null, n: number | null, p: number | null, planned: number | null, done: number | null) => ({
		organisationsInvolved: o,
		newCooperations: n,
		participants: p,
		measuresPlanned: planned,
		measuresImplemented: done
	});
	await createTestEvaluation(db, c1.id, 'advisor', outcome(4, 2, 40, 5, 3));
	await createTestEvaluation(db, c4.id, 'advisor', outcome(3, 1, 25, 4, 4));
	await createTestEvaluation(db, c2.id, 'advisor', outcome(null, null, 12, null, null));
	await createTestEvaluation(db, c6.id, 'advisor', outcome(50, 20, 500, 30, 30));
	await createTestEvaluation(db, c1.id, 'municipality', { satisfaction: 5 });
	await createTestEvaluation(db, c4.id, 'municipality', { satisfaction: 4 });
	await createTestEvaluation(db, c5.id, 'municipality', { satisfaction: 2 });
	await createTestEvaluation(db, c6.id, 'municipality', { satisfaction: 1 });

	const time = (advisorId: string, consultationId: string, workDate: string, minutes: number, status: 'approved' | 'submitted' | 'rejected') =>
		createTestTimeEntry(db, { advisorId, consultationId, workDate, minutes, status });
	await time(advisorX.id, c1.id, '2025-02-15', 120, 'approved');
	await time(advisorX.id, c1.id, '2025-03-20', 90, 'approved');
	await time(advisorX.id, c1.id, '2025-03-21', 60, 'rejected');
	await time(advisorY.id, c2.id, '2025-04-12', 150, 'approved');
	await time(advisorY.id, c2.id, '2025-04-13', 30, 'submitted');
	await time(advisorX.id, c6.id, '2025-01-10', 60, 'approved');
	await time(advisorX.id, c4.id, '2024-12-31', 45, 'approved');
	await time(advisorY.id, c5.id, '2025-12-31', 30, 'approved');

	return { advisorX, advisorY, hilden, ratingen, rheine, emsdetten, muenster, c1, c2, c3, c4, c5, c6, c7 };
}
