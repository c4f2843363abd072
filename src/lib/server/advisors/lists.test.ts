import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestAdvisor } from '../testing/advisor-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { user, userRole } from '../db/schema';
import { getTeamPhoto, listTeam } from './list-team';
import { listAdvisors, parsePoolFilters } from './list-advisors';

describeDb('advisor lists', ({ db }) => {
	beforeAll(async () => {
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
	});

	it('shows on the team page only opted-in, active advisors with an active account and the role', async () => {
		const shown = await createTestAdvisor(db(), {
			name: 'Aaliyah Team',
			publicTeam: true,
			bio: 'Kurz',
			background: 'Geheim: mein Hintergrund',
			backgroundConsentAt: new Date(),
			topicLevels: { 'agenda-2030': 1, 'fair-procurement': 3 },
			photoKey: 'advisors/x/abcdef0123456789',
			photoMediaType: 'image/png'
		});
		const notOptedIn = await createTestAdvisor(db(), { name: 'Aaron Privat', photoKey: 'advisors/y/1', photoMediaType: 'image/png' });
		const inactive = await createTestAdvisor(db(), { name: 'Abel Inaktiv', publicTeam: true, active: false });
		const deactivated = await createTestAdvisor(db(), { name: 'Ada Gesperrt', publicTeam: true, photoKey: 'advisors/z/1', photoMediaType: 'image/png' });
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, deactivated.id));
		const roleTaken = await createTestAdvisor(db(), { name: 'Adam Ehemals', publicTeam: true });
		await db().delete(userRole).where(and(eq(userRole.userId, roleTaken.id), eq(userRole.role, 'advisor')));

		const team = await listTeam(db());
		expect(team.map((t) => t.name)).toContain('Aaliyah Team');
		for (const hidden of [notOptedIn, inactive, deactivated, roleTaken]) expect(team.map((t) => t.id)).not.toContain(hidden.id);
		const member = team.find((t) => t.id === shown.id)!;
		expect(member).toEqual({ id: shown.id, name: 'Aaliyah Team', bio: 'Kurz', languages: [], topics: ['fair-procurement', 'agenda-2030'], photo: 'cdef0123456789'.slice(-12) });
		expect(JSON.stringify(team)).not.toContain('Geheim');

		expect(await getTeamPhoto(db(), shown.id)).toEqual({ key: 'advisors/x/abcdef0123456789', mediaType: 'image/png' });
		expect(await getTeamPhoto(db(), notOptedIn.id)).toBeNull();
		expect(await getTeamPhoto(db(), deactivated.id)).toBeNull();
		expect(await getTeamPhoto(db(), 'unbekannt')).toBeNull();
	});

	it('lists the pool with filters and counts open assignments', async () => {
		const turkish = await createTestAdvisor(db(), { name: 'Zehra Pool', languages: [{ code: 'tr', level: 'native' }], topicLevels: { 'agenda-2030': 2 }, baseMunicipalityAgs: '05711000', weeklyCapacityHours: 8 });
		const inactive = await createTestAdvisor(db(), { name: 'Zoran Pool', languages: [{ code: 'sr', level: 'fluent' }], active: false });
		const noProfile = await createTestUser(db(), { roles: ['advisor'], name: 'Zuri Ohneprofil' });
		const open = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'in_dialogue' });
		const invited = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'matching' });
		const done = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'completed' });
		const declined = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'agreed' });
		await addTestMember(db(), open.id, turkish.id, 'advisor', 'accepted');
		await addTestMember(db(), invited.id, turkish.id, 'advisor', 'invited');
		await addTestMember(db(), done.id, turkish.id, 'advisor', 'accepted');
		await addTestMember(db(), declined.id, turkish.id, 'advisor', 'declined');

		const all = await listAdvisors(db());
		const row = all.find((r) => r.id === turkish.id)!;
		expect(row).toMatchObject({ name: 'Zehra Pool', active: true, baseName: 'Bielefeld, Stadt', weeklyCapacityHours: 8, openAssignments: 2 });
		expect(all.find((r) => r.id === noProfile.id)).toMatchObject({ active: true, languages: [], topicLevels: {}, openAssignments: 0 });
		expect(all.some((r) => r.id === inactive.id)).toBe(true);

		const ids = async (f: Parameters<typeof listAdvisors>[1]) => (await listAdvisors(db(), f)).map((r) => r.id);
		expect(await ids({ language: 'tr' })).toEqual([turkish.id]);
		expect(await ids({ topic: 'agenda-2030', active: 'yes' })).toContain(turkish.id);
		expect(await ids({ topic: 'agenda-2030', active: 'yes' })).not.toContain(inactive.id);
		expect(await ids({ active: 'no' })).toContain(inactive.id);
		expect(await ids({ active: 'no' })).not.toContain(turkish.id);
		expect(parsePoolFilters(new URLSearchParams('sprache=tr&thema=agenda-2030&aktiv=no'))).toEqual({ language: 'tr', topic: 'agenda-2030', active: 'no' });
		expect(parsePoolFilters(new URLSearchParams("sprache=tr'--&thema=%00&aktiv=vielleicht"))).toEqual({});
	});
});
