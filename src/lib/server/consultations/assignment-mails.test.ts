import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { notification, outboxMail, userPreference } from '../db/schema';
import { assignAdvisor } from './assign-advisor';
import { answerAssignment } from './answer-assignment';
import { transitionConsultation } from './transition-consultation';

const origin = 'https://miglobe.example';

describeDb('mails of advisor assignments', ({ db }) => {
	it("asks the advisor in their language at once, and gives the answer to the coordinator's digest", async () => {
		const muni = await createTestMunicipality(db());
		const c = await createTestConsultation(db(), { municipalityAgs: muni.ags, state: 'matching' });
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Amina Test' });
		await db().insert(userPreference).values({ userId: advisor.id, locale: 'en', notificationMode: 'daily' });
		await db().insert(userPreference).values({ userId: coordinator.id, locale: 'de', notificationMode: 'daily' });

		await assignAdvisor(db(), { id: c.id, advisorId: advisor.id, actorId: coordinator.id }, { origin });
		const [invite] = await db().select().from(outboxMail).where(eq(outboxMail.to, advisor.email));
		// The advisor's daily digest does not hold back an invitation that waits for an answer.
		expect(invite).toBeDefined();
		expect(invite.subject).toBe(`Request to advise in consultation ${c.reference}`);
		expect(invite.text).toContain(`${origin}/app/beratungen/${c.id}`);

		await answerAssignment(db(), { id: c.id, advisorId: advisor.id, accept: true }, { origin });
		expect(await db().select().from(outboxMail).where(eq(outboxMail.to, coordinator.email))).toEqual([]);
		const [pending] = await db().select().from(notification).where(eq(notification.userId, coordinator.id));
		expect(pending.kind).toBe('consultation.advisor_answered');
		expect(pending.consultationId).toBe(c.id);
		expect(pending.text).toContain('Amina Test');
	});
});

describeDb('mails of state changes', ({ db }) => {
	it('tells the advisors taking part, but not the person who made the change, and the contact only once', async () => {
		const muni = await createTestMunicipality(db());
		const c = await createTestConsultation(db(), { municipalityAgs: muni.ags, state: 'agreed' });
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const contactUser = await createTestUser(db(), { roles: ['municipality'], email: c.contactEmail });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, contactUser.id, 'municipality');

		await transitionConsultation(db(), { id: c.id, version: c.version, transition: 'start_dialogue', user: { id: advisor.id }, roles: ['advisor'] }, { origin });
		expect(await db().select().from(outboxMail).where(eq(outboxMail.to, c.contactEmail))).toHaveLength(1);
		expect(await db().select().from(outboxMail).where(eq(outboxMail.to, advisor.email))).toEqual([]);

		await transitionConsultation(db(), { id: c.id, version: c.version + 1, transition: 'start_implementation', user: { id: coordinator.id }, roles: ['coordinator'] }, { origin });
		const [toAdvisor] = await db().select().from(outboxMail).where(eq(outboxMail.to, advisor.email));
		expect(toAdvisor.subject).toBe(`Beratung ${c.reference}: neuer Status Umsetzung`);
		expect(toAdvisor.text).toContain(`${origin}/app/beratungen/${c.id}`);
		expect(await db().select().from(outboxMail).where(eq(outboxMail.to, c.contactEmail))).toHaveLength(2);
	});
});
