import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { auditLog, consultationMember, outboxMail, user, userRole } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser, testConfig, uniqueEmail } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { createAuth, type Auth } from '../auth/auth';
import { transitionConsultation } from './transition-consultation';
import { loadConsultationForUser } from './access';
import { listConsultations } from './list-consultations';
import { parseConsultationFilters } from './consultation-filters';

const origin = 'http://localhost:3000';

describeDb('municipality accounts on acceptance', ({ db }) => {
	let auth: Auth;
	let ags: string;
	let coordinator: { id: string };
	const accept = (id: string, opts: { auth?: Auth } = { auth }) =>
		transitionConsultation(db(), { id, version: 1, transition: 'take_into_review', user: coordinator, roles: ['coordinator'] }, { origin, ...opts });
	const mailsTo = (email: string) => db().select().from(outboxMail).where(eq(sql`lower(${outboxMail.to})`, email)).orderBy(outboxMail.createdAt);
	const rolesOf = async (userId: string) => (await db().select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId))).map((r) => r.role).sort();
	const membersOf = (consultationId: string) => db().select().from(consultationMember).where(eq(consultationMember.consultationId, consultationId));

	beforeAll(async () => {
		auth = createAuth(db(), testConfig({ origin }));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
	});
	afterAll(() => {
		vi.restoreAllMocks();
	});

	it('creates the contact’s account with the municipality role and membership, and mails a working invitation', async () => {
		const email = uniqueEmail('kontakt');
		const c = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: email.toUpperCase(), contactName: 'Jana Beispiel' });
		await accept(c.id);

		const [account] = await db().select().from(user).where(eq(user.email, email));
		expect(account).toMatchObject({ name: 'Jana Beispiel', emailVerified: false, deactivatedAt: null });
		expect(await rolesOf(account.id)).toEqual(['municipality']);
		expect(await membersOf(c.id)).toMatchObject([{ userId: account.id, role: 'municipality', status: 'accepted', invitedBy: coordinator.id }]);
		const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetId, account.id), eq(auditLog.action, 'user.invite')));
		expect(audit[0]?.details).toMatchObject({ consultationId: c.id, roles: ['municipality'] });

		// The state mail says how to get in; the invitation (set-password link of better-auth) follows it.
		const mails = await mailsTo(email);
		expect(mails.map((x) => x.kind)).toEqual(['consultation.state_changed', 'auth.invitation']);
		expect(mails[0].subject).toBe(`Ihre Beratungsanfrage ${c.reference}: In Prüfung`);
		expect(mails[0].text).toContain('Für Sie wurde ein Zugang zum Arbeitsbereich');
		expect(mails[0].text).toContain(`${origin}/app/beratungen/${c.id}`);
		expect(mails[0].text).toContain(`${origin}/anmelden/link`);
		const token = /\/passwort-neu\?token=([^\s]+)/.exec(mails[1].text)?.[1];
		expect(token, 'set-password link').toBeTruthy();

		// The link works: setting a password with its token lets the contact sign in.
		const password = 'Kommune-Passwort-Lippe-2026';
		await auth.api.resetPassword({ body: { newPassword: password, token: decodeURIComponent(token!) } });
		const signedIn = await auth.api.signInEmail({ body: { email, password }, headers: new Headers({ origin }) });
		expect(signedIn.user.id).toBe(account.id);
	});

	it('binds an existing account without a duplicate, adds the role, and sends a log-in link instead of an invitation', async () => {
		const existing = await createTestUser(db(), { roles: ['organisation'] });
		const c = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: existing.email });
		await accept(c.id);
		expect(await db().select().from(user).where(eq(user.email, existing.email))).toHaveLength(1);
		expect(await rolesOf(existing.id)).toEqual(['municipality', 'organisation']);
		expect(await membersOf(c.id)).toMatchObject([{ userId: existing.id, role: 'municipality', status: 'accepted' }]);
		const mails = await mailsTo(existing.email);
		expect(mails.map((x) => x.kind)).toEqual(['consultation.state_changed']);
		expect(mails[0].text).toContain('mit Ihrem Konto im Arbeitsbereich von MiGlobe NRW verbunden');
		expect(mails[0].text).toContain(`${origin}/anmelden?redirectTo=${encodeURIComponent(`/app/beratungen/${c.id}`)}`);

		// A second consultation of the same contact: bound as well, still one account.
		const second = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: existing.email });
		await accept(second.id);
		expect(await db().select().from(user).where(eq(user.email, existing.email))).toHaveLength(1);
		expect(await membersOf(second.id)).toHaveLength(1);
	});

	it('leaves programme accounts and deactivated accounts alone', async () => {
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const off = await createTestUser(db(), { roles: ['municipality'] });
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, off.id));
		for (const person of [advisor, off]) {
			const c = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: person.email });
			await accept(c.id);
			expect(await membersOf(c.id)).toEqual([]);
			const [mail] = await mailsTo(person.email);
			expect(mail.text).not.toContain('Arbeitsbereich von MiGlobe NRW');
		}
		expect(await rolesOf(advisor.id)).toEqual(['advisor']);
	});

	it('lets the new municipality user see that consultation and nothing else (404 for another)', async () => {
		const email = uniqueEmail('kontakt');
		const own = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: email });
		const other = await createTestConsultation(db(), { municipalityAgs: ags });
		await accept(own.id);
		await accept(other.id);
		const [account] = await db().select({ id: user.id }).from(user).where(eq(user.email, email));
		const roles = ['municipality'] as const;
		const access = await loadConsultationForUser(db(), own.id, account, roles);
		expect(access?.actor.isClientUser).toBe(true);
		expect(access?.seesInternal).toBe(false);
		expect(await loadConsultationForUser(db(), other.id, account, roles)).toBeNull();
		const listed = await listConsultations(db(), { userId: account.id, roles }, parseConsultationFilters(new URLSearchParams()), { page: 1, pageSize: 50 });
		expect(listed.rows.map((r) => r.reference)).toEqual([own.reference]);
	});

	it('creates the account without auth too, and then does not announce an invitation', async () => {
		const email = uniqueEmail('kontakt');
		const c = await createTestConsultation(db(), { municipalityAgs: ags, contactEmail: email });
		await accept(c.id, {});
		const mails = await mailsTo(email);
		expect(mails.map((x) => x.kind)).toEqual(['consultation.state_changed']);
		expect(mails[0].text).not.toContain('Einladung zu MiGlobe NRW');
		expect(await db().select().from(user).where(eq(user.email, email))).toHaveLength(1);
	});
});
