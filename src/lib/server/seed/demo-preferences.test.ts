import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { notification, timelineEntry, userPreference } from '../db/schema';
import { seedDemoPreferences } from './demo-preferences';

describeDb('seedDemoPreferences', ({ db }) => {
	it('does nothing without the demo accounts, then sets the advisor to the digest with waiting messages, once', async () => {
		await seedDemoPreferences(db());
		expect(await db().select().from(userPreference)).toEqual([]);

		const advisor = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'] });
		await seedDemoPreferences(db()); // no demo consultations yet: only the setting
		expect(await db().select().from(userPreference)).toMatchObject([{ userId: advisor.id, notificationMode: 'daily', locale: 'de' }]);
		expect(await db().select().from(notification)).toEqual([]);

		await createTestUser(db(), { email: 'koordination@demo.miglobe.de', roles: ['coordinator'], name: 'Dilara Yıldız' });
		await createTestUser(db(), { email: 'kommune@demo.miglobe.de', roles: ['municipality'] });
		await createTestMunicipality(db(), { ags: '05315000', name: 'Köln, Stadt' });
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		const koeln = await createTestConsultation(db(), { municipalityAgs: '05315000', state: 'in_dialogue' });
		const bielefeld = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		await seedDemoPreferences(db());
		await seedDemoPreferences(db()); // idempotent

		const rows = await db().select().from(notification).where(eq(notification.userId, advisor.id)).orderBy(notification.createdAt);
		expect(rows.map((r) => r.consultationId)).toEqual([koeln.id, bielefeld.id]);
		expect(rows[0].text).toContain('Dilara Yıldız hat im Verlauf der Beratung');
		expect(rows.every((r) => r.digestedAt === null && r.createdAt.getTime() < Date.now())).toBe(true);
		expect(await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, koeln.id))).toMatchObject([{ kind: 'message', visibility: 'all' }]);
	});
});
