import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { loadConsultationForUser } from './access';

describeDb('loadConsultationForUser', ({ db }) => {
	let ours: string, theirs: string;
	const u: Record<string, { id: string }> = {};

	beforeAll(async () => {
		const a = await createTestMunicipality(db());
		const b = await createTestMunicipality(db());
		ours = (await createTestConsultation(db(), { municipalityAgs: a.ags })).id;
		theirs = (await createTestConsultation(db(), { municipalityAgs: b.ags })).id;
		for (const name of ['coordinator', 'admin', 'accepted', 'invited', 'declined', 'client', 'otherClient', 'organisation']) {
			const roles = name === 'coordinator' || name === 'admin' || name === 'organisation' ? [name] : ['accepted', 'invited', 'declined'].includes(name) ? ['advisor'] : ['municipality'];
			u[name] = await createTestUser(db(), { roles: roles as never });
		}
		await addTestMember(db(), ours, u.accepted.id, 'advisor', 'accepted');
		await addTestMember(db(), ours, u.invited.id, 'advisor', 'invited');
		await addTestMember(db(), ours, u.declined.id, 'advisor', 'declined');
		await addTestMember(db(), ours, u.client.id, 'municipality');
		await addTestMember(db(), theirs, u.otherClient.id, 'municipality');
	});

	it('lets coordinators and admins see every consultation, without being assigned', async () => {
		for (const role of ['coordinator', 'admin'] as const) {
			const access = await loadConsultationForUser(db(), theirs, u[role], [role]);
			expect(access?.consultation.id).toBe(theirs);
			expect(access?.seesInternal).toBe(true);
			expect(access?.actor).toMatchObject({ isAssignedAdvisor: false, isClientUser: false });
		}
	});

	it('lets an accepted advisor in as assigned, an invited one without the assignment, a declined one not at all', async () => {
		expect((await loadConsultationForUser(db(), ours, u.accepted, ['advisor']))?.actor.isAssignedAdvisor).toBe(true);
		const invited = await loadConsultationForUser(db(), ours, u.invited, ['advisor']);
		expect(invited?.actor.isAssignedAdvisor).toBe(false);
		expect(invited?.advisorStatus).toBe('invited');
		expect(await loadConsultationForUser(db(), ours, u.declined, ['advisor'])).toBeNull();
		expect(await loadConsultationForUser(db(), theirs, u.accepted, ['advisor'])).toBeNull();
	});

	it("lets a municipality user see their own consultation without internal entries, and nothing of another municipality's", async () => {
		const own = await loadConsultationForUser(db(), ours, u.client, ['municipality']);
		expect(own?.actor.isClientUser).toBe(true);
		expect(own?.seesInternal).toBe(false);
		expect(await loadConsultationForUser(db(), theirs, u.client, ['municipality'])).toBeNull();
		expect(await loadConsultationForUser(db(), ours, u.otherClient, ['municipality'])).toBeNull();
	});

	it('shows nothing to other roles, to a member whose role was taken away, or for unknown ids', async () => {
		expect(await loadConsultationForUser(db(), ours, u.organisation, ['organisation'])).toBeNull();
		expect(await loadConsultationForUser(db(), ours, u.accepted, [])).toBeNull();
		expect(await loadConsultationForUser(db(), '00000000-0000-4000-8000-000000000000', u.coordinator, ['coordinator'])).toBeNull();
		expect(await loadConsultationForUser(db(), 'not-a-uuid', u.coordinator, ['coordinator'])).toBeNull();
	});
});
