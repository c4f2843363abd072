import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { account, outboxMail, session, user } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser, testConfig, TEST_PASSWORD, uniqueEmail } from '../testing/factories';
import { createInvitedUser } from '../users/invite-user';
import { createAuth, type Auth } from './auth';

const NEW_PASSWORD = 'Ganz-neues-Passwort-Rhein-77';

/** better-auth checks the origin of browser-like calls; the app's own origin passes. */
const headers = () => new Headers({ origin: 'http://localhost:3000' });

describeDb('authentication (better-auth over our schema)', ({ db }) => {
	let auth: Auth;
	beforeAll(() => {
		auth = createAuth(db(), testConfig());
		// better-auth logs every refused log-in to the console; the refusals here are on purpose.
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterAll(() => {
		vi.restoreAllMocks();
	});

	const signIn = (email: string, password: string) => auth.api.signInEmail({ body: { email, password }, headers: headers() });
	const mailsTo = (email: string) => db().select().from(outboxMail).where(eq(outboxMail.to, email));
	const sessionsOf = (userId: string) => db().select().from(session).where(eq(session.userId, userId));

	/** The token from the set-password link in a mail text. */
	function passwordToken(text: string): string {
		const match = /\/passwort-neu\?token=([^\s]+)/.exec(text);
		expect(match, 'set-password link in the mail').not.toBeNull();
		return decodeURIComponent(match![1]);
	}

	it('signs in with email and password and creates a session row', async () => {
		const u = await createTestUser(db(), { roles: ['advisor'] });
		const result = await signIn(u.email.toUpperCase(), u.password);
		expect(result.user.id).toBe(u.id);
		expect(result.token).toBeTruthy();
		const rows = await sessionsOf(u.id);
		expect(rows).toHaveLength(1);
		expect(rows[0].token).toBe(result.token);
		expect(rows[0].expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
	});

	it('refuses a wrong password and an unknown address, creating no session', async () => {
		const u = await createTestUser(db());
		await expect(signIn(u.email, 'Falsches-Passwort-123')).rejects.toThrow();
		await expect(signIn(uniqueEmail('niemand'), TEST_PASSWORD)).rejects.toThrow();
		expect(await sessionsOf(u.id)).toEqual([]);
	});

	it('refuses a deactivated account even with the right password', async () => {
		const u = await createTestUser(db());
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, u.id));
		await expect(signIn(u.email, u.password)).rejects.toThrow();
		expect(await sessionsOf(u.id)).toEqual([]);
	});

	it('refuses self-registration', async () => {
		const email = uniqueEmail('selbst');
		await expect(
			auth.api.signUpEmail({ body: { email, password: NEW_PASSWORD, name: 'Selbst' }, headers: headers() })
		).rejects.toThrow();
		expect(await db().select().from(user).where(eq(user.email, email))).toEqual([]);
	});

	it('sends no magic link to an unknown or deactivated address, and answers the same', async () => {
		const unknown = uniqueEmail('unbekannt');
		expect(await auth.api.signInMagicLink({ body: { email: unknown }, headers: headers() })).toEqual({ status: true });
		expect(await mailsTo(unknown)).toEqual([]);

		const off = await createTestUser(db());
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, off.id));
		expect(await auth.api.signInMagicLink({ body: { email: off.email }, headers: headers() })).toEqual({ status: true });
		expect(await mailsTo(off.email)).toEqual([]);
		// Nobody was created on the way.
		expect(await db().select().from(user).where(eq(user.email, unknown))).toEqual([]);
	});

	it('queues exactly one magic-link mail for an active account, and the link signs in', async () => {
		const u = await createTestUser(db());
		await auth.api.signInMagicLink({ body: { email: u.email }, headers: headers() });
		const mails = await mailsTo(u.email);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ kind: 'auth.magic-link', status: 'queued' });
		expect(mails[0].text).toContain('http://localhost:3000/api/auth/magic-link/verify?token=');

		const link = new URL(/https?:\/\/\S+/.exec(mails[0].text)![0]);
		const token = link.searchParams.get('token')!;
		const verified = await auth.api.magicLinkVerify({ query: { token }, headers: headers() });
		expect(verified.user.id).toBe(u.id);
		expect(await sessionsOf(u.id)).toHaveLength(1);
		// The link works once only.
		await expect(auth.api.magicLinkVerify({ query: { token }, headers: headers() })).rejects.toBeTruthy();
		expect(await sessionsOf(u.id)).toHaveLength(1);
	});

	it('invitation: an invited account without password gets an invitation mail, and its link sets the first password', async () => {
		const email = uniqueEmail('eingeladen');
		const id = await createInvitedUser(db(), { name: 'Ines Eingeladen', email, roles: ['municipality'] }, null);
		// No credential yet: password log-in is impossible.
		expect(await db().select().from(account).where(eq(account.userId, id))).toEqual([]);
		await expect(signIn(email, NEW_PASSWORD)).rejects.toThrow();

		await auth.api.requestPasswordReset({ body: { email, redirectTo: '/passwort-neu' }, headers: headers() });
		const mails = await mailsTo(email);
		expect(mails).toHaveLength(1);
		expect(mails[0].kind).toBe('auth.invitation');
		expect(mails[0].text).toContain('http://localhost:3000/passwort-neu?token=');

		await auth.api.resetPassword({ body: { token: passwordToken(mails[0].text), newPassword: NEW_PASSWORD }, headers: headers() });
		const credential = await db()
			.select()
			.from(account)
			.where(and(eq(account.userId, id), eq(account.providerId, 'credential')));
		expect(credential).toHaveLength(1);
		const result = await signIn(email, NEW_PASSWORD);
		expect(result.user.id).toBe(id);

		// Using a magic link later must not cost the invited person the password just set.
		await auth.api.signInMagicLink({ body: { email, callbackURL: '/app' }, headers: headers() });
		const link = (await mailsTo(email)).find((m) => m.kind === 'auth.magic-link')!;
		const token = new URL(/https?:\/\/\S+/.exec(link.text)![0]).searchParams.get('token')!;
		await auth.api.magicLinkVerify({ query: { token }, headers: headers() });
		expect((await signIn(email, NEW_PASSWORD)).user.id).toBe(id);
	});

	it('password reset: a reset mail for an account with a password; the token changes the password once and ends old sessions', async () => {
		const u = await createTestUser(db());
		await signIn(u.email, u.password);
		expect(await sessionsOf(u.id)).toHaveLength(1);

		await auth.api.requestPasswordReset({ body: { email: u.email, redirectTo: '/passwort-neu' }, headers: headers() });
		const mails = await mailsTo(u.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].kind).toBe('auth.password-reset');
		const token = passwordToken(mails[0].text);

		await auth.api.resetPassword({ body: { token, newPassword: NEW_PASSWORD }, headers: headers() });
		expect(await sessionsOf(u.id)).toEqual([]);
		await expect(signIn(u.email, u.password)).rejects.toThrow();
		expect((await signIn(u.email, NEW_PASSWORD)).user.id).toBe(u.id);
		// The token is used up.
		await expect(auth.api.resetPassword({ body: { token, newPassword: 'Noch-ein-Passwort-Ems-12' }, headers: headers() })).rejects.toThrow();
	});

	it('sends no reset mail to a deactivated account or an unknown address', async () => {
		const off = await createTestUser(db());
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, off.id));
		await auth.api.requestPasswordReset({ body: { email: off.email, redirectTo: '/passwort-neu' }, headers: headers() });
		expect(await mailsTo(off.email)).toEqual([]);
		const unknown = uniqueEmail('unbekannt');
		await auth.api.requestPasswordReset({ body: { email: unknown, redirectTo: '/passwort-neu' }, headers: headers() });
		expect(await mailsTo(unknown)).toEqual([]);
	});

	it('refuses a new password shorter than the minimum', async () => {
		const u = await createTestUser(db());
		await auth.api.requestPasswordReset({ body: { email: u.email, redirectTo: '/passwort-neu' }, headers: headers() });
		const [mail] = await mailsTo(u.email);
		await expect(auth.api.resetPassword({ body: { token: passwordToken(mail.text), newPassword: 'kurz' }, headers: headers() })).rejects.toThrow();
		expect((await signIn(u.email, u.password)).user.id).toBe(u.id);
	});
});
