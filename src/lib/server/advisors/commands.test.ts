import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestBlockedPeriod, createTestAdvisor } from '../testing/advisor-factories';
import { jpegWithExif, pdfBytes } from '../testing/document-factories';
import { advisorBlockedPeriod, advisorProfile, auditLog, consentRecord, user, userRole } from '../db/schema';
import { seedReferenceData } from '../reference/topics-seed';
import { createFileStorage } from '../files/create-file-storage';
import { EmailTakenError } from '../users/invite-user';
import { AdvisorNotFoundError, BlockedPeriodNotFoundError, BlockedPeriodOverlapError, PhotoFileError, StaleProfileError } from './errors';
import { updateAdvisorProfile } from './update-advisor-profile';
import { revokeBackgroundConsent } from './revoke-background-consent';
import { setAdvisorActive } from './set-advisor-active';
import { inviteAdvisor } from './invite-advisor';
import { addBlockedPeriod } from './add-blocked-period';
import { removeBlockedPeriod } from './remove-blocked-period';
import { uploadAdvisorPhoto } from './upload-advisor-photo';
import { removeAdvisorPhoto } from './remove-advisor-photo';
import type { ProfileInput } from './profile-schema';

const input = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
	bio: 'Ich begleite Kommunen bei Dialogforen.',
	background: '',
	backgroundConsent: false,
	publicTeam: false,
	languages: [{ code: 'ti', level: 'native' }],
	topicLevels: { 'agenda-2030': 2 },
	sdgLevels: { '11': 3 },
	formats: ['dialogforum'],
	baseAgs: null,
	servedRegions: [],
	servedDistricts: [],
	travelRadiusKm: null,
	weeklyCapacityHours: 10,
	version: 0,
	...overrides
});

describeDb('advisor commands', ({ db }) => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-advisors-'));
	const storage = createFileStorage({ dataDir });
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
	beforeAll(async () => {
		await seedReferenceData(db());
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
	});

	const consents = (userId: string) =>
		db().select().from(consentRecord).where(and(eq(consentRecord.subjectType, 'user'), eq(consentRecord.subjectId, userId))).orderBy(consentRecord.at);

	it('creates the profile on the first save and records both consents', async () => {
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const t1 = new Date('2026-03-01T10:00:00Z');
		const saved = await updateAdvisorProfile(
			db(),
			{ userId: advisor.id, input: input({ background: 'Ich bin in Asmara aufgewachsen.', backgroundConsent: true, publicTeam: true, baseAgs: '05711000', travelRadiusKm: 60 }) },
			{ now: t1 }
		);
		expect(saved).toMatchObject({ version: 1, background: 'Ich bin in Asmara aufgewachsen.', backgroundConsentAt: t1, publicTeam: true, baseMunicipalityAgs: '05711000', travelRadiusKm: 60 });
		expect((await consents(advisor.id)).map((c) => [c.purpose, c.granted, c.textVersion, c.way])).toEqual([
			['advisor_background', true, 'advisor-background-2026-11', 'profile_form'],
			['team_page', true, 'team-page-2026-11', 'profile_form']
		]);
		const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, advisor.id), eq(auditLog.action, 'advisor.profile.create')));
		expect(JSON.stringify(audit.details)).not.toContain('Asmara');

		// Saving again without touching the consents writes no consent record and keeps the consent's date.
		const again = await updateAdvisorProfile(db(), { userId: advisor.id, input: input({ background: 'Geändert.', backgroundConsent: true, publicTeam: true, version: 1 }) }, { now: new Date('2026-03-02T10:00:00Z') });
		expect(again).toMatchObject({ version: 2, background: 'Geändert.', backgroundConsentAt: t1 });
		expect(await consents(advisor.id)).toHaveLength(2);

		// Withdrawing both on the form: the text is gone, two records say so.
		const withdrawn = await updateAdvisorProfile(db(), { userId: advisor.id, input: input({ background: 'Geändert.', version: 2 }) });
		expect(withdrawn).toMatchObject({ background: '', backgroundConsentAt: null, publicTeam: false });
		expect((await consents(advisor.id)).slice(2).map((c) => [c.purpose, c.granted])).toEqual([
			['advisor_background', false],
			['team_page', false]
		]);
	});

	it('refuses a stale version and writes nothing', async () => {
		const advisor = await createTestAdvisor(db(), { bio: 'Alt', version: 3 });
		await expect(updateAdvisorProfile(db(), { userId: advisor.id, input: input({ bio: 'Neu', version: 2 }) })).rejects.toBeInstanceOf(StaleProfileError);
		await expect(updateAdvisorProfile(db(), { userId: advisor.id, input: input({ bio: 'Neu', version: 0 }) })).rejects.toBeInstanceOf(StaleProfileError);
		const [row] = await db().select().from(advisorProfile).where(eq(advisorProfile.userId, advisor.id));
		expect(row).toMatchObject({ bio: 'Alt', version: 3 });
		expect(await consents(advisor.id)).toEqual([]);
	});

	it('refuses accounts that are not advisors', async () => {
		const other = await createTestUser(db(), { roles: ['municipality'] });
		await expect(updateAdvisorProfile(db(), { userId: other.id, input: input() })).rejects.toBeInstanceOf(AdvisorNotFoundError);
		await expect(setAdvisorActive(db(), { userId: other.id, active: false, actorId: other.id })).rejects.toBeInstanceOf(AdvisorNotFoundError);
		await expect(addBlockedPeriod(db(), { userId: other.id, period: { startsOn: '2026-01-01', endsOn: '2026-01-02', note: '' } })).rejects.toBeInstanceOf(AdvisorNotFoundError);
	});

	it('revokes the background consent and deletes the text at once', async () => {
		const advisor = await createTestAdvisor(db(), { background: 'Meine Eltern kamen aus Ghana.', backgroundConsentAt: new Date(), version: 5 });
		expect(await revokeBackgroundConsent(db(), { userId: advisor.id })).toBe(true);
		const [row] = await db().select().from(advisorProfile).where(eq(advisorProfile.userId, advisor.id));
		expect(row).toMatchObject({ background: '', backgroundConsentAt: null, version: 6 });
		expect((await consents(advisor.id)).map((c) => [c.purpose, c.granted])).toEqual([['advisor_background', false]]);
		expect(await revokeBackgroundConsent(db(), { userId: advisor.id })).toBe(false);
		expect(await consents(advisor.id)).toHaveLength(1);
	});

	it('lets coordinators switch the active flag without touching the version', async () => {
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const advisor = await createTestAdvisor(db(), { version: 2 });
		expect(await setAdvisorActive(db(), { userId: advisor.id, active: false, actorId: coordinator.id })).toBe(true);
		expect(await setAdvisorActive(db(), { userId: advisor.id, active: false, actorId: coordinator.id })).toBe(false);
		const [row] = await db().select().from(advisorProfile).where(eq(advisorProfile.userId, advisor.id));
		expect(row).toMatchObject({ active: false, version: 2 });
		const audits = await db().select().from(auditLog).where(eq(auditLog.targetId, advisor.id));
		expect(audits.map((a) => a.action)).toEqual(['advisor.deactivate']);
		// An advisor without a saved profile gets one.
		const fresh = await createTestUser(db(), { roles: ['advisor'] });
		await setAdvisorActive(db(), { userId: fresh.id, active: false, actorId: coordinator.id });
		expect((await db().select().from(advisorProfile).where(eq(advisorProfile.userId, fresh.id)))[0]).toMatchObject({ active: false, version: 0 });
	});

	it('invites an advisor: account, role, empty profile, then the invitation', async () => {
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const auth = { api: { requestPasswordReset: vi.fn(async () => ({})) } };
		const id = await inviteAdvisor(db(), auth, { name: 'Amina Yusuf', email: 'Amina.Yusuf@Test.miglobe.de', actorId: coordinator.id });
		expect(auth.api.requestPasswordReset).toHaveBeenCalledWith({ body: { email: 'amina.yusuf@test.miglobe.de', redirectTo: '/passwort-neu' } });
		expect((await db().select().from(userRole).where(eq(userRole.userId, id))).map((r) => r.role)).toEqual(['advisor']);
		expect((await db().select().from(advisorProfile).where(eq(advisorProfile.userId, id)))[0]).toMatchObject({ version: 0, active: true, publicTeam: false });
		// The first save of the invited advisor is not stale.
		await expect(updateAdvisorProfile(db(), { userId: id, input: input() })).resolves.toMatchObject({ version: 1 });

		await expect(inviteAdvisor(db(), auth, { name: 'Doppelt', email: 'amina.yusuf@test.miglobe.de', actorId: coordinator.id })).rejects.toBeInstanceOf(EmailTakenError);
		expect(auth.api.requestPasswordReset).toHaveBeenCalledTimes(1);
		expect(await db().select().from(user).where(eq(user.name, 'Doppelt'))).toEqual([]);
	});

	it('adds blocked periods and refuses an overlap naming the period', async () => {
		const advisor = await createTestAdvisor(db());
		const other = await createTestAdvisor(db());
		await addTestBlockedPeriod(db(), other.id, '2026-07-01', '2026-07-31');
		const july = await addBlockedPeriod(db(), { userId: advisor.id, period: { startsOn: '2026-07-01', endsOn: '2026-07-14', note: 'Urlaub' } });
		await addBlockedPeriod(db(), { userId: advisor.id, period: { startsOn: '2026-07-15', endsOn: '2026-07-20', note: '' } });
		const err = await addBlockedPeriod(db(), { userId: advisor.id, period: { startsOn: '2026-07-10', endsOn: '2026-07-16', note: '' } }).catch((e) => e);
		expect(err).toBeInstanceOf(BlockedPeriodOverlapError);
		expect(err.period).toEqual({ startsOn: '2026-07-01', endsOn: '2026-07-14' });
		expect(await db().select().from(advisorBlockedPeriod).where(eq(advisorBlockedPeriod.userId, advisor.id))).toHaveLength(2);

		await expect(removeBlockedPeriod(db(), { userId: other.id, periodId: july.id })).rejects.toBeInstanceOf(BlockedPeriodNotFoundError);
		await expect(removeBlockedPeriod(db(), { userId: advisor.id, periodId: 'nicht-da' })).rejects.toBeInstanceOf(BlockedPeriodNotFoundError);
		await removeBlockedPeriod(db(), { userId: advisor.id, periodId: july.id });
		await addBlockedPeriod(db(), { userId: advisor.id, period: { startsOn: '2026-07-10', endsOn: '2026-07-14', note: '' } });
	});

	it('stores a photo re-encoded without metadata and replaces or removes it', async () => {
		const advisor = await createTestAdvisor(db());
		const first = await uploadAdvisorPhoto(db(), storage, { userId: advisor.id, bytes: await jpegWithExif({ width: 1600, height: 1200 }) });
		expect(first.key).toMatch(new RegExp(`^advisors/${advisor.id}/[0-9a-f]{32}$`));
		const stored = await sharp(await storage.get(first.key)).metadata();
		expect(stored).toMatchObject({ format: 'jpeg', width: 600, height: 800 }); // orientation applied, scaled
		expect(stored.exif).toBeUndefined();

		const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer();
		const second = await uploadAdvisorPhoto(db(), storage, { userId: advisor.id, bytes: png });
		expect(second.mediaType).toBe('image/png');
		expect(await storage.exists(first.key)).toBe(false);

		await expect(uploadAdvisorPhoto(db(), storage, { userId: advisor.id, bytes: pdfBytes() })).rejects.toMatchObject({ problem: 'type_not_allowed' });
		await expect(uploadAdvisorPhoto(db(), storage, { userId: advisor.id, bytes: new Uint8Array(5 * 1024 * 1024 + 1) })).rejects.toBeInstanceOf(PhotoFileError);
		const [row] = await db().select().from(advisorProfile).where(eq(advisorProfile.userId, advisor.id));
		expect(row.photoKey).toBe(second.key);

		expect(await removeAdvisorPhoto(db(), storage, { userId: advisor.id })).toBe(true);
		expect(await storage.exists(second.key)).toBe(false);
		expect(await removeAdvisorPhoto(db(), storage, { userId: advisor.id })).toBe(false);
	});

	it('leaves no file behind when the account is no advisor', async () => {
		const other = await createTestUser(db(), { roles: ['organisation'] });
		const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer();
		await expect(uploadAdvisorPhoto(db(), storage, { userId: other.id, bytes: png })).rejects.toBeInstanceOf(AdvisorNotFoundError);
		const dir = path.join(dataDir, 'files', 'advisors', other.id);
		expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
	});
});
