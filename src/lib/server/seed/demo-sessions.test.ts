import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { createTestOrganisation } from '../testing/directory-factories';
import { consultationSession, timelineEntry } from '../db/schema';
import { seedDemoSessions } from './demo-sessions';

describeDb('seedDemoSessions', ({ db }) => {
	it('does nothing without demo consultations, then adds sessions once to those it finds', async () => {
		await seedDemoSessions(db());
		expect(await db().select().from(consultationSession)).toEqual([]);

		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		await createTestMunicipality(db(), { ags: '05315000', name: 'Köln, Stadt' });
		const org = await createTestOrganisation(db(), { municipalityAgs: '05711000', name: 'Afrika-Kulturforum Bielefeld e. V.' });
		const fairtrade = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		const review = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'in_review' });
		const koeln = await createTestConsultation(db(), { municipalityAgs: '05315000', state: 'in_dialogue' });
		const now = new Date('2027-03-28T12:00:00Z'); // a clock-change day: the demo times must still exist
		await seedDemoSessions(db(), now);
		await seedDemoSessions(db(), now);

		const bielefeld = await db().select().from(consultationSession).where(eq(consultationSession.consultationId, fairtrade.id));
		expect(bielefeld).toHaveLength(2);
		expect(bielefeld.every((s) => s.startsAt < now && (s.participantCount ?? 0) > 0 && s.organisationIds.includes(org.id))).toBe(true);
		expect(await db().select().from(consultationSession).where(eq(consultationSession.consultationId, review.id))).toEqual([]);
		const cologne = await db().select().from(consultationSession).where(eq(consultationSession.consultationId, koeln.id));
		expect(cologne.map((s) => s.startsAt > now).sort()).toEqual([false, true]);
		expect(cologne.find((s) => s.startsAt < now)).toMatchObject({ participantCount: 34, notesShared: expect.stringContaining('zwölf Vereinen') });
		expect((await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, koeln.id))).map((e) => e.kind)).toEqual(['session', 'session']);
	});
});
