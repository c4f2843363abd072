import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { advisorBlockedPeriod, advisorProfile, consentRecord, user } from '../db/schema';
import { seedReferenceData } from '../reference/topics-seed';
import { createFileStorage } from '../files/create-file-storage';
import { listTeam } from '../advisors/list-team';
import { listAdvisors } from '../advisors/list-advisors';
import { seedDemoAdvisors } from './demo-advisors';

describeDb('seedDemoAdvisors', ({ db }) => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-demo-advisors-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('fills the pool once, also without municipalities, and gives the demo advisor a full profile', async () => {
		await seedReferenceData(db());
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		const samuel = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'], name: 'Samuel Mensah' });
		await seedDemoAdvisors(db(), dataDir);
		await seedDemoAdvisors(db(), dataDir); // a second run adds nothing

		const pool = await listAdvisors(db());
		expect(pool).toHaveLength(13);
		expect(pool.filter((a) => !a.active).length).toBe(2);
		const [profile] = await db().select().from(advisorProfile).where(eq(advisorProfile.userId, samuel.id));
		expect(profile).toMatchObject({ baseMunicipalityAgs: '05711000', publicTeam: true, photoMediaType: 'image/png' });
		expect(profile.background).toContain('Kumasi');
		expect(profile.topicLevels).toMatchObject({ 'fair-procurement': 3 });
		// Municipalities missing from this database: no base and no radius rather than a broken reference.
		const [aylin] = await db().select().from(user).where(eq(user.email, 'aylin.demir@demo.miglobe.de'));
		expect((await db().select().from(advisorProfile).where(eq(advisorProfile.userId, aylin.id)))[0]).toMatchObject({ baseMunicipalityAgs: null, travelRadiusKm: null });

		// Every background text and every team-page entry has its consent record.
		const profiles = await db().select().from(advisorProfile);
		const consents = await db().select().from(consentRecord);
		for (const p of profiles) {
			expect(consents.some((c) => c.subjectId === p.userId && c.purpose === 'advisor_background' && c.granted)).toBe(p.background !== '');
			expect(consents.some((c) => c.subjectId === p.userId && c.purpose === 'team_page' && c.granted)).toBe(p.publicTeam);
		}
		expect(profiles.filter((p) => p.background).length).toBe(3);

		const team = await listTeam(db());
		expect(team.length).toBeGreaterThanOrEqual(5);
		expect(team.map((t) => t.name)).not.toContain('Grace Wanjiru Kamau'); // inactive
		const periods = await db().select().from(advisorBlockedPeriod);
		expect(periods.length).toBe(5);
		for (const b of periods) expect(b.endsOn >= b.startsOn).toBe(true);

		const photo = await createFileStorage({ dataDir }).get(profile.photoKey!);
		expect(await sharp(photo).metadata()).toMatchObject({ format: 'png', width: 320 });
	});
});

describeDb('seedDemoAdvisors without the demo accounts', ({ db }) => {
	it('creates the other advisors and skips the missing demo account', async () => {
		await seedDemoAdvisors(db());
		expect(await db().select().from(user).where(eq(user.email, 'beratung@demo.miglobe.de'))).toEqual([]);
		expect((await db().select().from(advisorProfile)).every((p) => p.photoKey === null)).toBe(true);
		expect(await db().select().from(advisorProfile)).toHaveLength(12);
	});
});
