import { randomUUID, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog, session, user, userRole } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser, uniqueEmail } from '../testing/factories';
import { createInvitedUser, EmailTakenError } from './invite-user';
import { getRoles, getUserWithRoles, listUsers } from './list-users';
import { SelfLockoutError, setUserActive, setUserRoles } from './update-user';

describeDb('users', ({ db }) => {
	const auditFor = (targetId: string) => db().select().from(auditLog).where(eq(auditLog.targetId, targetId));

	it('invites a user with roles, no password, and an audit entry', async () => {
		const admin = await createTestUser(db(), { roles: ['admin'] });
		const email = uniqueEmail('Eingeladen').replace('eingeladen', 'Eingeladen');
		const id = await createInvitedUser(db(), { name: 'Eva Eingeladen', email, roles: ['advisor', 'coordinator'] }, admin.id);

		const u = await getUserWithRoles(db(), id);
		expect(u).toMatchObject({ name: 'Eva Eingeladen', email: email.toLowerCase(), deactivatedAt: null, roles: ['advisor', 'coordinator'] });
		const [row] = await db().select().from(user).where(eq(user.id, id));
		expect(row.emailVerified).toBe(false);
		const granted = await db().select().from(userRole).where(eq(userRole.userId, id));
		expect(granted.every((g) => g.grantedBy === admin.id)).toBe(true);

		const audit = await auditFor(id);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actorId: admin.id, action: 'user.invite', targetType: 'user', details: { roles: ['advisor', 'coordinator'] } });
	});

	it('gives exactly one of several simultaneous invitations of one address the account', async () => {
		const email = uniqueEmail('gleichzeitig');
		const results = await Promise.allSettled(
			[1, 2, 3].map(() => createInvitedUser(db(), { name: 'Doppelt', email, roles: ['advisor'] }, null))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		for (const r of results.filter((r) => r.status === 'rejected')) {
			expect((r as PromiseRejectedResult).reason).toBeInstanceOf(EmailTakenError);
		}
	});

	it('treats % and _ in a search as plain characters', async () => {
		await createTestUser(db(), { name: 'Zzz_Unterstrich' });
		const { rows } = await listUsers(db(), { page: 1, pageSize: 100, query: '%' });
		expect(rows).toEqual([]);
		const { rows: found } = await listUsers(db(), { page: 1, pageSize: 100, query: 'zzz_unter' });
		expect(found.map((r) => r.name)).toEqual(['Zzz_Unterstrich']);
	});

	it('refuses an email that is taken, whatever its case, and leaves nothing behind', async () => {
		const existing = await createTestUser(db());
		const before = (await db().select().from(user)).length;
		const auditBefore = (await db().select().from(auditLog)).length;
		await expect(
			createInvitedUser(db(), { name: 'Doppelt', email: existing.email.toUpperCase(), roles: ['advisor'] }, null)
		).rejects.toBeInstanceOf(EmailTakenError);
		expect((await db().select().from(user)).length).toBe(before);
		expect((await db().select().from(auditLog)).length).toBe(auditBefore);
	});

	it('lists users with their roles aggregated, filters by name or email, and pages with a correct total', async () => {
		// A tag unique to this test keeps the users of other tests out of the filter.
		const tag = `zq${randomBytes(3).toString('hex')}`;
		const a = await createTestUser(db(), { name: `Anna ${tag}`, roles: ['admin', 'coordinator'] });
		const b = await createTestUser(db(), { name: `Bernd ${tag}`, roles: ['advisor'] });
		const c = await createTestUser(db(), { name: `Clara ${tag}`, roles: [] });
		const d = await createTestUser(db(), { name: 'Dora Ohne', email: `dora.${tag}@test.miglobe.de`, roles: ['municipality'] });

		const all = await listUsers(db(), { page: 1, pageSize: 50, query: tag });
		expect(all.total).toBe(4);
		expect(all.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id, d.id]); // ordered by name
		// Roles come in the order of ROLES (the enum's order), like getRoles gives them.
		expect(all.rows.map((r) => r.roles)).toEqual([['coordinator', 'admin'], ['advisor'], [], ['municipality']]);
		expect(all.rows[0].roles).toEqual(await getRoles(db(), a.id));

		// Case-insensitive on name and on email.
		const byName = await listUsers(db(), { page: 1, pageSize: 50, query: `BERND ${tag.toUpperCase()}` });
		expect(byName.rows.map((r) => r.id)).toEqual([b.id]);
		expect(byName.total).toBe(1);
		const byEmail = await listUsers(db(), { page: 1, pageSize: 50, query: `DORA.${tag.toUpperCase()}@` });
		expect(byEmail.rows.map((r) => r.id)).toEqual([d.id]);

		// Pages: the total is the number of matches, not the size of the page.
		const p1 = await listUsers(db(), { page: 1, pageSize: 3, query: tag });
		const p2 = await listUsers(db(), { page: 2, pageSize: 3, query: tag });
		expect(p1.total).toBe(4);
		expect(p2.total).toBe(4);
		expect(p1.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
		expect(p2.rows.map((r) => r.id)).toEqual([d.id]);
		// A user with two roles is still one row, not one row per role.
		const unfiltered = await listUsers(db(), { page: 1, pageSize: 1000 });
		expect(unfiltered.rows.filter((r) => r.id === a.id)).toHaveLength(1);
		expect(unfiltered.total).toBe((await db().select().from(user)).length);
	});

	it('replaces roles and audits the change', async () => {
		const admin = await createTestUser(db(), { roles: ['admin'] });
		const target = await createTestUser(db(), { roles: ['advisor', 'organisation'] });
		await setUserRoles(db(), target.id, ['coordinator'], admin.id);
		expect(await getRoles(db(), target.id)).toEqual(['coordinator']);
		await setUserRoles(db(), target.id, [], admin.id);
		expect(await getRoles(db(), target.id)).toEqual([]);
		const audit = await auditFor(target.id);
		expect(audit.map((e) => [e.action, e.actorId, e.details])).toEqual([
			['user.roles', admin.id, { roles: ['coordinator'] }],
			['user.roles', admin.id, { roles: [] }]
		]);
	});

	it('refuses to take away the acting admin\'s own admin role, but allows other changes to it', async () => {
		const admin = await createTestUser(db(), { roles: ['admin', 'coordinator'] });
		await expect(setUserRoles(db(), admin.id, ['coordinator'], admin.id)).rejects.toBeInstanceOf(SelfLockoutError);
		expect(await getRoles(db(), admin.id)).toEqual(['coordinator', 'admin']);
		await setUserRoles(db(), admin.id, ['admin'], admin.id);
		expect(await getRoles(db(), admin.id)).toEqual(['admin']);
	});

	it('deactivation sets deactivatedAt and ends every session; reactivation clears it', async () => {
		const admin = await createTestUser(db(), { roles: ['admin'] });
		const target = await createTestUser(db(), { roles: ['advisor'] });
		const other = await createTestUser(db(), { roles: ['advisor'] });
		const newSession = (userId: string) => ({
			id: randomUUID(),
			token: randomUUID(),
			userId,
			expiresAt: new Date(Date.now() + 86_400_000)
		});
		await db().insert(session).values([newSession(target.id), newSession(target.id), newSession(other.id)]);

		await setUserActive(db(), target.id, false, admin.id);
		const [off] = await db().select().from(user).where(eq(user.id, target.id));
		expect(off.deactivatedAt).toBeInstanceOf(Date);
		expect(await db().select().from(session).where(eq(session.userId, target.id))).toEqual([]);
		// Nobody else is logged out.
		expect(await db().select().from(session).where(eq(session.userId, other.id))).toHaveLength(1);

		await setUserActive(db(), target.id, true, admin.id);
		const [on] = await db().select().from(user).where(eq(user.id, target.id));
		expect(on.deactivatedAt).toBeNull();

		const audit = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, target.id), eq(auditLog.actorId, admin.id)));
		expect(audit.map((e) => e.action)).toEqual(['user.deactivate', 'user.reactivate']);
	});

	it('refuses self-deactivation', async () => {
		const admin = await createTestUser(db(), { roles: ['admin'] });
		await expect(setUserActive(db(), admin.id, false, admin.id)).rejects.toBeInstanceOf(SelfLockoutError);
		const [row] = await db().select().from(user).where(eq(user.id, admin.id));
		expect(row.deactivatedAt).toBeNull();
	});
});
