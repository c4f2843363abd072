import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, evaluation, timeEntry, timelineEntry, user } from '../db/schema';
import type { ConsultationState } from '../consultations/lifecycle';
import { formatReference } from '../consultations/requests/reference-number';
import { createStatusToken } from '../consultations/requests/status-token';
import { DEMO_POOL_EMAILS } from './demo-advisors';

/*
 * Demo history for the impact reports (issue #7): consultations of the three years before the current one, most
 * completed with transitions, both evaluations and approved hours of two pool advisors, a few declined or
 * withdrawn. Clients are demo municipalities WITHOUT a current demo consultation (and outside their districts), so
 * matching ("worked with this client before"), the demo case stories and the other demo seeds stay as they were;
 * the hours belong to pool advisors, not to the demo advisor account. Figures are generated from a fixed seed, so
 * every demo shows the same numbers. Runs once: nothing is written when the first reference exists.
 */

const COORDINATOR = 'koordination@demo.miglobe.de';

/** [client (AGS of a municipality or code of a Kreis), years before now, month, day, topics, SDGs, end] */
type End = 'completed' | 'declined' | 'withdrawn';
const HISTORY: [string, number, number, number, string[], number[], End][] = [
	['05111000', 3, 2, 14, ['agenda-2030', 'cooperation-structures'], [11, 17], 'completed'],
	['05113000', 3, 3, 2, ['festivals-events'], [10], 'completed'],
	['05913000', 3, 4, 20, ['refugee-participation', 'civic-engagement'], [10, 16], 'completed'],
	['05314000', 3, 5, 8, ['global-south-partnerships'], [17], 'completed'],
	['05774032', 3, 6, 11, ['fair-procurement'], [12], 'completed'],
	['05122000', 3, 7, 3, ['intercultural-administration'], [16], 'declined'],
	['05334002', 3, 9, 15, ['development-education', 'awareness-raising'], [4, 13], 'completed'],
	['05970040', 3, 10, 6, ['cooperation-structures'], [17], 'completed'],
	['05124000', 3, 11, 24, ['festivals-events', 'civic-engagement'], [10, 11], 'completed'],
	['05766', 2, 1, 19, ['cooperation-structures', 'agenda-2030'], [11, 17], 'completed'],
	['05513000', 2, 2, 7, ['refugee-participation'], [4, 10], 'completed'],
	['05974040', 2, 3, 12, ['fair-procurement', 'awareness-raising'], [12], 'completed'],
	['05958004', 2, 4, 4, ['festivals-events'], [10], 'withdrawn'],
	['05170024', 2, 4, 29, ['intercultural-administration'], [10, 16], 'completed'],
	['05766020', 2, 5, 21, ['global-south-partnerships', 'development-education'], [4, 17], 'completed'],
	['05111000', 2, 6, 16, ['fair-procurement'], [12], 'completed'],
	['05913000', 2, 8, 26, ['agenda-2030'], [11, 13], 'completed'],
	['05314000', 2, 9, 9, ['civic-engagement', 'cooperation-structures'], [16, 17], 'completed'],
	['05113000', 2, 10, 14, ['awareness-raising'], [13], 'declined'],
	['05774032', 2, 11, 5, ['refugee-participation', 'festivals-events'], [10], 'completed'],
	['05124000', 1, 1, 13, ['agenda-2030', 'development-education'], [4, 11], 'completed'],
	['05970040', 1, 2, 3, ['intercultural-administration', 'refugee-participation'], [10, 16], 'completed'],
	['05334002', 1, 2, 25, ['global-south-partnerships'], [17], 'completed'],
	['05122000', 1, 3, 18, ['festivals-events', 'cooperation-structures'], [10, 17], 'completed'],
	['05958004', 1, 4, 7, ['fair-procurement', 'agenda-2030'], [12, 13], 'completed'],
	['05974', 1, 4, 30, ['cooperation-structures'], [17], 'completed'],
	['05513000', 1, 5, 19, ['civic-engagement'], [10], 'completed'],
	['05170024', 1, 6, 10, ['development-education'], [4], 'declined'],
	['05766020', 1, 7, 1, ['awareness-raising', 'agenda-2030'], [13], 'completed'],
	['05913000', 1, 8, 4, ['intercultural-administration'], [16], 'completed'],
	['05111000', 1, 9, 2, ['refugee-participation', 'civic-engagement'], [4, 10], 'completed'],
	['05314000', 1, 9, 22, ['festivals-events'], [10, 11], 'completed']
];

const CONTACTS = ['Katrin Brandt', 'Mehmet Aydın', 'Julia Neumann', 'Stefan Kaiser', 'Olena Kovalenko', 'Fatima Haddad', 'Markus Lehmann', 'Sandra Vogel'];
const PHASES: [ConsultationState, number, number][] = [
	['in_review', 5, 20],
	['matching', 10, 30],
	['agreed', 7, 21],
	['in_dialogue', 10, 25],
	['implementation', 60, 150],
	['evaluation', 40, 120],
	['completed', 10, 30]
];

/** A small fixed-seed generator (mulberry32): the same "random" figures in every demo. */
function generator(seed: number) {
	let a = seed;
	return (min: number, max: number) => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
	};
}

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function seedDemoReportHistory(db: Db, now = new Date()): Promise<void> {
	const thisYear = now.getFullYear();
	const [exists] = await db.select({ id: consultation.id }).from(consultation).where(eq(consultation.reference, formatReference(thisYear - 3, 1)));
	if (exists) return;
	const people = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [...DEMO_POOL_EMAILS, COORDINATOR]));
	const pool = DEMO_POOL_EMAILS.map((e) => people.find((p) => p.email === e)?.id).filter((id): id is string => !!id);
	const coordinatorId = people.find((p) => p.email === COORDINATOR)?.id ?? null;
	if (pool.length < 2) return;
	const random = generator(2026);
	const numbers = new Map<number, number>();

	await db.transaction(async (tx) => {
		for (const [i, [client, yearsBack, month, day, topics, sdgs, end]] of HISTORY.entries()) {
			const year = thisYear - yearsBack;
			const n = (numbers.get(year) ?? 0) + 1;
			numbers.set(year, n);
			const createdAt = new Date(Date.UTC(year, month - 1, day, 8, 30));
			const steps: [ConsultationState, Date][] = [];
			const next = (state: ConsultationState, min: number, max: number) => {
				const previous = steps.length ? steps[steps.length - 1][1] : createdAt;
				steps.push([state, new Date(previous.getTime() + random(min, max) * DAY)]);
			};
			if (end === 'completed') for (const [state, min, max] of PHASES) next(state, min, max);
			else {
				if (end === 'withdrawn') next('in_review', PHASES[0][1], PHASES[0][2]);
				next(end, 3, 12);
			}
			// A late start in the year before must not end in the future: squeeze the phases into the time there was.
			const latest = now.getTime() - 7 * DAY;
			const last = steps[steps.length - 1][1].getTime();
			if (last > latest) {
				const factor = (latest - createdAt.getTime()) / (last - createdAt.getTime());
				for (const step of steps) step[1] = new Date(createdAt.getTime() + Math.floor((step[1].getTime() - createdAt.getTime()) * factor));
			}
			const closedAt = steps[steps.length - 1][1];
			const contact = CONTACTS[i % CONTACTS.length];
			const [row] = await tx
				.insert(consultation)
				.values({
					reference: formatReference(year, n),
					year,
					state: end,
					municipalityAgs: client.length === 8 ? client : null,
					districtCode: client.length === 5 ? client : null,
					contactName: contact,
					contactFunction: 'Koordination kommunale Entwicklungspolitik',
					contactEmail: `${contact.toLowerCase().replace(/[^a-z]+/g, '.')}@kommune.example`,
					topics,
					sdgs,
					concern: 'Wir möchten migrantische Vereine und Initiativen dauerhaft in unsere entwicklungspolitische Arbeit einbeziehen.',
					goals: end === 'completed' ? 'Dialogforum, zwei Werkstattgespräche und ein gemeinsamer Fachtag mit den Vereinen vor Ort.' : '',
					declineReason: end === 'declined' ? 'Das Anliegen passt nicht zum Programm; wir haben an die Integrationsagentur verwiesen.' : null,
					withdrawReason: end === 'withdrawn' ? 'Die Kommune hat die Anfrage wegen einer Haushaltssperre zurückgezogen.' : null,
					statusTokenHash: createStatusToken().hash,
					source: i % 3 === 0 ? 'coordinator' : 'public_form',
					createdAt,
					updatedAt: closedAt,
					closedAt,
					version: steps.length + 1
				})
				.returning({ id: consultation.id });
			await tx.insert(timelineEntry).values({ consultationId: row.id, at: createdAt, kind: 'created', visibility: 'all', data: { source: 'public_form' } });
			let from: ConsultationState = 'requested';
			for (const [to, when] of steps) {
				await tx.insert(timelineEntry).values({ consultationId: row.id, at: when, actorId: coordinatorId, kind: 'transition', visibility: 'all', data: { from, to } });
				from = to;
			}
			if (end !== 'completed') continue;

			const tandem = [pool[i % pool.length], pool[(i + 3) % pool.length]];
			const agreedAt = steps[2][1];
			await tx.insert(consultationMember).values(
				tandem.map((userId) => ({ consultationId: row.id, userId, role: 'advisor' as const, status: 'accepted' as const, invitedBy: coordinatorId, invitedAt: steps[1][1], answeredAt: agreedAt }))
			);
			const planned = random(3, 8);
			await tx.insert(evaluation).values([
				{
					consultationId: row.id,
					kind: 'advisor',
					organisationsInvolved: random(3, 12),
					newCooperations: random(1, 5),
					participants: random(20, 150),
					measuresPlanned: planned,
					measuresImplemented: random(1, planned),
					migrationShareEstimate: random(30, 80),
					comments: 'Die Vereine haben sich gut vernetzt; zwei Kooperationen laufen weiter.',
					submittedBy: tandem[0],
					submittedAt: steps[5][1]
				},
				{
					consultationId: row.id,
					kind: 'municipality',
					satisfaction: i === 13 ? 2 : random(3, 5),
					aimPerspectives: random(3, 5),
					aimAppreciation: random(3, 5),
					aimParticipation: random(2, 5),
					learnings: 'Die Perspektiven der Vereine haben unsere Planung verändert. Wir laden sie künftig früher ein.',
					wouldRecommend: true,
					caseStoryConsent: false,
					submittedBy: coordinatorId,
					submittedAt: steps[5][1]
				}
			]);
			const dialogue = steps[3][1];
			await tx.insert(timeEntry).values(
				tandem.flatMap((advisorId, a) =>
					[0, 1, 2].map((k) => {
						const work = new Date(dialogue.getTime() + (k * 20 + a * 2 + 1) * DAY);
						return {
							advisorId,
							consultationId: row.id,
							workDate: isoDate(work),
							minutes: random(8, 20) * 15,
							activity: (['preparation', 'session', 'follow_up'] as const)[k],
							description: ['Vorbereitung des Werkstattgesprächs', 'Werkstattgespräch mit den Vereinen moderiert', 'Protokoll und Absprachen mit der Kommune'][k],
							status: 'approved' as const,
							decidedBy: coordinatorId,
							decidedAt: new Date(work.getTime() + 3 * DAY),
							version: 2,
							createdAt: work,
							updatedAt: new Date(work.getTime() + 3 * DAY)
						};
					})
				)
			);
		}
	});
}
