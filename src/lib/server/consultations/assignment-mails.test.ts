import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { notification, outboxMail, userPreference } from '../db/schema';
import { assignAdvisor } from './assign-advisor';
import { answerAssignment } from './answer-assignment';

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
