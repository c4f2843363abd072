import { and, eq, isNull } from 'drizzle-orm';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { account, user } from '../db/schema';
import { enqueueMail } from '../mail/outbox';
import { mailTexts } from '../mail/texts';

/**
 * A magic link goes out only to an active account. The form answers the same either way,
 * so nobody learns from it whether an address has an account.
 */
export async function sendMagicLinkMail(db: Db, config: Config, email: string, url: string) {
	const [found] = await db
		.select({ id: user.id })
		.from(user)
		.where(and(eq(user.email, email.toLowerCase()), isNull(user.deactivatedAt)));
	if (!found) return;
	const t = mailTexts().magicLink({ url });
	await enqueueMail(db, { kind: 'auth.magic-link', to: email, ...t });
}

/** Password reset, or the invitation to set a first password for an account that has none yet. */
export async function sendPasswordMail(db: Db, config: Config, userId: string, email: string, token: string) {
	const [u] = await db.select({ deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId));
	if (!u || u.deactivatedAt) return;
	const url = `${config.origin}/passwort-neu?token=${encodeURIComponent(token)}`;
	const [credential] = await db
		.select({ id: account.id })
		.from(account)
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
	const t = credential ? mailTexts().passwordReset({ url }) : mailTexts().invitation({ url, origin: config.origin });
	await enqueueMail(db, { kind: credential ? 'auth.password-reset' : 'auth.invitation', to: email, ...t });
}
