import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { advisorAnswers } from '../testing/evaluation-factories';
import { consultationSession, evaluation, measure } from '../db/schema';
import { prefillAdvisorEvaluation } from './prefill-advisor-evaluation';
import { submitAdvisorEvaluation } from './submit-advisor-evaluation';

describeDb('prefillAdvisorEvaluation', ({ db }) => {
	let ags: string;
	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
	});

	const session = (consultationId: string, participantCount: number | null, organisationIds: string[], cancelled = false) => ({
		consultationId,
		title: 'Werkstattgespräch',
		format: 'workshop' as const,
		startsAt: new Date('2026-05-04T15:00:00Z'),
		durationMinutes: 120,
		participantCount,
		organisationIds,
		cancelledAt: cancelled ? new Date() : null
	});

	it('is all zero for a consultation without sessions and measures', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'evaluation' });
		expect(await prefillAdvisorEvaluation(db(), c.id)).toEqual({ participants: 0, organisationIds: [], organisationsInvolved: 0, measuresPlanned: 0, measuresImplemented: 0 });
	});

	it('sums participants of held sessions, counts distinct organisations and measures planned / done', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'evaluation' });
		const elsewhere = await createTestConsultation(db(), { municipalityAgs: ags, state: 'evaluation' });
		const [a, b, d] = [randomUUID(), randomUUID(), randomUUID()];
		await db()
			.insert(consultationSession)
			.values([
				session(c.id, 25, [a, b]),
				session(c.id, 18, [b]),
				session(c.id, null, []),
				session(c.id, 40, [d], true), // cancelled: did not take place
				session(elsewhere.id, 99, [d])
			]);
		const statuses = ['idea', 'planned', 'in_progress', 'done', 'done', 'dropped'] as const;
		await db().insert(measure).values(statuses.map((status, i) => ({ consultationId: c.id, title: `Maßnahme ${i}`, status })));
		await db().insert(measure).values({ consultationId: elsewhere.id, title: 'Andere', status: 'done' });

		expect(await prefillAdvisorEvaluation(db(), c.id)).toEqual({
			participants: 43,
			organisationIds: [a, b].sort(),
			organisationsInvolved: 2,
			measuresPlanned: 5,
			measuresImplemented: 2
		});

		// Saving the advisors' questionnaire keeps the directory organisations of the sessions.
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await submitAdvisorEvaluation(db(), { consultationId: c.id, version: 0, answers: advisorAnswers(), user: advisor, roles: ['advisor'] }, { origin: 'http://localhost:3000' });
		const [row] = await db().select().from(evaluation).where(eq(evaluation.consultationId, c.id));
		expect([...row.organisationIds].sort()).toEqual([a, b].sort());
	});
});
