import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestEvaluation } from '../testing/evaluation-factories';
import { transitionConsultation } from '../consultations/transition-consultation';
import { recordEvaluationWaiver } from './record-evaluation-waiver';

/** The lifecycle's 'complete' reads the evaluation table (transition-facts.ts): both questionnaires, or a waiver. */
describeDb('completing a consultation after its evaluation', ({ db }) => {
	let ags: string;
	let coordinator: { id: string };
	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
	});
	const complete = (id: string, version = 1) => transitionConsultation(db(), { id, version, transition: 'complete', user: coordinator, roles: ['coordinator'] });
	const inEvaluation = async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'evaluation' });
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		return c;
	};

	it('is refused with evaluation_missing without any and with only one questionnaire', async () => {
		const c = await inEvaluation();
		await expect(complete(c.id)).rejects.toMatchObject({ refusal: 'evaluation_missing' });
		await createTestEvaluation(db(), c.id, 'advisor');
		await expect(complete(c.id)).rejects.toMatchObject({ refusal: 'evaluation_missing' });
		const other = await inEvaluation();
		await createTestEvaluation(db(), other.id, 'municipality');
		await expect(complete(other.id)).rejects.toMatchObject({ refusal: 'evaluation_missing' });
	});

	it('is allowed with both questionnaires', async () => {
		const c = await inEvaluation();
		await createTestEvaluation(db(), c.id, 'advisor');
		await createTestEvaluation(db(), c.id, 'municipality');
		expect(await complete(c.id)).toMatchObject({ state: 'completed' });
	});

	it('is allowed with one questionnaire missing once a coordinator recorded why', async () => {
		const c = await inEvaluation();
		await createTestEvaluation(db(), c.id, 'advisor');
		await recordEvaluationWaiver(db(), { consultationId: c.id, version: 1, reason: 'Die Kommune hat den Fragebogen trotz zweier Erinnerungen nicht beantwortet.', user: coordinator, roles: ['coordinator'] });
		expect(await complete(c.id, 2)).toMatchObject({ state: 'completed' });
	});
});
