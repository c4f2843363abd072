import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { consultationMember } from '../db/schema';
import { seedDemoConsultationMembers } from './demo-consultation-members';

describeDb('seedDemoConsultationMembers', ({ db }) => {
	it('does nothing without demo accounts or consultations, and binds them once they exist', async () => {
		await seedDemoConsultationMembers(db());
		expect(await db().select().from(consultationMember)).toEqual([]);

		const advisor = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'] });
		const client = await createTestUser(db(), { email: 'kommune@demo.miglobe.de', roles: ['municipality'] });
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		const other = await createTestMunicipality(db());
		const bielefeld = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'requested' });
		const agreed = await createTestConsultation(db(), { municipalityAgs: other.ags, state: 'agreed' });
		await createTestConsultation(db(), { municipalityAgs: other.ags, state: 'matching' });
		await seedDemoConsultationMembers(db());
		await seedDemoConsultationMembers(db()); // idempotent

		const rows = await db().select().from(consultationMember);
		expect(rows).toHaveLength(2);
		expect(rows).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ consultationId: agreed.id, userId: advisor.id, role: 'advisor', status: 'accepted' }),
				expect.objectContaining({ consultationId: bielefeld.id, userId: client.id, role: 'municipality' })
			])
		);
		expect(await db().select().from(consultationMember).where(eq(consultationMember.userId, client.id))).toHaveLength(1);
	});
});
