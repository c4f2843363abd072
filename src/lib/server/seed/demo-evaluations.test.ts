import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { consentRecord, evaluation, timelineEntry } from '../db/schema';
import { seedDemoEvaluations } from './demo-evaluations';

describeDb('seedDemoEvaluations', ({ db }) => {
	it('does nothing without the demo consultations, then fills Münster and Bielefeld once', async () => {
		await seedDemoEvaluations(db());
		expect(await db().select().from(evaluation)).toEqual([]);

		const advisor = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'] });
		await createTestMunicipality(db(), { ags: '05515000', name: 'Münster, Stadt' });
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		const muenster = await createTestConsultation(db(), { municipalityAgs: '05515000', state: 'completed' });
		const bielefeld = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'in_review' });
		await seedDemoEvaluations(db());
		await seedDemoEvaluations(db()); // never twice

		const rows = await db().select().from(evaluation);
		expect(rows.map((r) => `${r.consultationId === muenster.id ? 'muenster' : 'bielefeld'}/${r.kind}`).sort()).toEqual([
			'bielefeld/advisor',
			'muenster/advisor',
			'muenster/municipality'
		]);
		expect(rows.find((r) => r.consultationId === bielefeld.id)).toMatchObject({ submittedBy: advisor.id, participants: 41 });
		const consents = await db().select().from(consentRecord).where(eq(consentRecord.subjectId, muenster.id));
		expect(consents).toHaveLength(1);
		expect(consents[0]).toMatchObject({ purpose: 'case_story', granted: true, textVersion: 'case-story-2026-11' });
		expect(await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, bielefeld.id))).toHaveLength(1);
	});
});
