import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins/magic-link';
import { eq } from 'drizzle-orm';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { account, session, user, verification } from '../db/schema';
import { sendMagicLinkMail, sendPasswordMail } from './auth-mails';

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_DAYS = 7;

/**
 * better-auth over our Drizzle schema. Self-registration is off: accounts are created by admins
 * (invitation) or by the CLI. Extra plugins (SvelteKit cookies) are added by the server only,
 * so that the CLI can use the same instance without SvelteKit.
 */
export function createAuth(db: Db, config: Config, extraPlugins: BetterAuthPlugin[] = []) {
	return betterAuth({
		appName: 'MiGlobe NRW',
		baseURL: config.origin,
		secret: config.authSecret,
		telemetry: { enabled: false },
		database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
		user: {
			additionalFields: {
				deactivatedAt: { type: 'date', required: false, input: false }
			}
		},
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			maxPasswordLength: 128,
			resetPasswordTokenExpiresIn: 60 * 60 * 24,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: async ({ user: u, token }) => {
				await sendPasswordMail(db, config, u.id, u.email, token);
			},
			// Setting a password through a mailed link proves the mailbox; without this, better-auth would
			// treat the account as unproven and drop the password at the first magic-link log-in.
			onPasswordReset: async ({ user: u }) => {
				await db.update(user).set({ emailVerified: true, updatedAt: new Date() }).where(eq(user.id, u.id));
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * SESSION_DAYS,
			updateAge: 60 * 60 * 24
		},
		// Our own database-backed limiter guards the form actions; see security/rate-limit.ts.
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: config.secureCookies,
			cookiePrefix: 'miglobe',
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies }
		},
		databaseHooks: {
			session: {
				create: {
					before: async (s) => {
						const [row] = await db
							.select({ deactivatedAt: user.deactivatedAt })
							.from(user)
							.where(eq(user.id, s.userId));
						if (!row || row.deactivatedAt) return false;
					}
				}
			}
		},
		plugins: [
			magicLink({
				expiresIn: 15 * 60,
				disableSignUp: true,
				sendMagicLink: async ({ email, url }) => {
					await sendMagicLinkMail(db, config, email, url);
				}
			}),
			...extraPlugins
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
