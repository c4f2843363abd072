import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { asc, eq, like } from 'drizzle-orm';
import { consultation, timelineEntry } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { medianPhaseDurations, type ConsultationTransitions } from './report-math';
import { queryPhaseDurations } from './phase-durations-query';

const DAY = 86_400_000;
const base = Date.UTC(2031, 2, 1, 9, 0, 0);
const at = (days: number) => new Date(base + days * DAY);

/** Transition targets (null: an entry without 'to') and their day offsets; each case is one consultation. */
const CASES: { created: number; steps: [string | null, number][] }[] = [
	// the plain path
	{ created: 0, steps: [['in_review', 3], ['matching', 5], ['agreed', 12], ['in_dialogue', 20], ['implementation', 50], ['evaluation', 80], ['completed', 90]] },
	// a pause and its resume stay inside the phase; a self-transition does not end it
	{ created: 0, steps: [['in_review', 2], ['paused', 4], ['in_review', 9], ['in_review', 10], ['matching', 15.5], ['declined', 16]] },
	// a phase entered twice counts from the first entry to the first leaving
	{ created: 1, steps: [['in_review', 2], ['matching', 4], ['in_review', 6], ['matching', 8], ['withdrawn', 30]] },
	// a transition dated before the request does not end 'requested'; an entry without target ends a phase
	{ created: 5, steps: [['in_review', 4], ['matching', 7], [null, 11], ['agreed', 13]] },
	// open phases and pauses at the end count for nothing
	{ created: 0, steps: [['in_review', 1.25], ['matching', 3], ['paused', 6]] },
	// equal times: the id decides the order
	{ created: 0, steps: [['in_review', 2], ['matching', 2], ['agreed', 2], ['in_dialogue', 7]] },
	// no transitions at all
	{ created: 0, steps: [] }
];

describeDb('queryPhaseDurations', ({ db }) => {
	const reference = `MG-PHASE-${randomBytes(3).toString('hex')}`;
	const cohort = () =>
		db().select({ id: consultation.id, createdAt: consultation.createdAt }).from(consultation).where(like(consultation.reference, `${reference}-%`));

	beforeAll(async () => {
		for (const [i, c] of CASES.entries()) {
			const [{ id }] = await db()
				.insert(consultation)
				.values({
					reference: `${reference}-${i}`,
					year: 2031,
					contactName: 'Phasen Test',
					contactEmail: `phase-${i}@test.miglobe.de`,
					concern: 'Phasendauer',
					statusTokenHash: randomBytes(32).toString('hex'),
					source: 'coordinator',
					state: 'requested',
					createdAt: at(c.created)
				})
				.returning({ id: consultation.id });
			for (const [to, days] of c.steps) {
				await db()
					.insert(timelineEntry)
					.values({ consultationId: id, at: at(days), kind: 'transition', visibility: 'all', data: to === null ? {} : { to } });
			}
		}
	});

	it('gives the same medians and counts as the reference rules of report-math.ts', async () => {
		const rows = await cohort();
		const consultations: ConsultationTransitions[] = [];
		for (const r of rows) {
			const transitions = await db()
				.select({ at: timelineEntry.at, data: timelineEntry.data })
				.from(timelineEntry)
				.where(eq(timelineEntry.consultationId, r.id))
				.orderBy(asc(timelineEntry.at), asc(timelineEntry.id));
			consultations.push({ createdAt: r.createdAt, transitions: transitions.map((t) => ({ at: t.at, to: t.data.to as string })) });
		}
		const expected = medianPhaseDurations(consultations);
		expect(await queryPhaseDurations(db(), cohort())).toEqual(expected);
		// Known answers, so that the comparison cannot pass with both sides empty.
		expect(expected.find((p) => p.state === 'requested')).toEqual({ state: 'requested', medianDays: 2, n: 6 });
		expect(expected.find((p) => p.state === 'in_review')).toEqual({ state: 'in_review', medianDays: 2, n: 6 });
		expect(expected.find((p) => p.state === 'matching')).toEqual({ state: 'matching', medianDays: 2, n: 5 });
	});

	it('answers null and 0 for every phase of an empty cohort', async () => {
		const empty = db().select({ id: consultation.id, createdAt: consultation.createdAt }).from(consultation).where(eq(consultation.reference, 'none'));
		const result = await queryPhaseDurations(db(), empty);
		expect(result).toHaveLength(7);
		expect(result.every((p) => p.medianDays === null && p.n === 0)).toBe(true);
	});
});
