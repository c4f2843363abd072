import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisationToken } from '../../db/schema';

export type TokenPurpose = 'confirm_email' | 'edit';

const HOUR = 60 * 60_000;
export const TOKEN_LIFETIMES = {
	confirmEmail: 48 * HOUR,
	editLink: 24 * HOUR,
	/** An opened edit link stays usable this long, so that the form can be posted a few times. */
	editSession: 2 * HOUR,
	publishedMail: 7 * 24 * HOUR,
	reminder: 14 * 24 * HOUR
};

export function hashToken(raw: string): string {
	return createHash('sha256').update(raw).digest('hex');
}

/** A new random token; only its SHA-256 hash is stored, the raw value goes into the mail and nowhere else. */
export async function createOrganisationToken(tx: Db, organisationId: string, purpose: TokenPurpose, lifetimeMs: number, now: Date) {
	const raw = randomBytes(32).toString('base64url');
	await tx.insert(organisationToken).values({
		tokenHash: hashToken(raw),
		organisationId,
		purpose,
		expiresAt: new Date(now.getTime() + lifetimeMs),
		createdAt: now
	});
	return raw;
}

/** A plausible token shape; anything else is not looked up at all. */
export function isTokenShape(raw: unknown): raw is string {
	return typeof raw === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(raw);
}

/**
 * The organisation id of an unused, unexpired token, locked for the rest of the transaction so that two
 * simultaneous uses cannot both succeed. Null for anything else.
 */
export async function findValidToken(tx: Db, raw: unknown, purpose: TokenPurpose, now: Date): Promise<string | null> {
	if (!isTokenShape(raw)) return null;
	const [row] = await tx
		.select({ organisationId: organisationToken.organisationId })
		.from(organisationToken)
		.where(
			and(
				eq(organisationToken.tokenHash, hashToken(raw)),
				eq(organisationToken.purpose, purpose),
				isNull(organisationToken.usedAt),
				gt(organisationToken.expiresAt, now)
			)
		)
		.for('update');
	return row?.organisationId ?? null;
}

export async function markTokenUsed(tx: Db, raw: string, now: Date) {
	await tx.update(organisationToken).set({ usedAt: now }).where(eq(organisationToken.tokenHash, hashToken(raw)));
}

/** Opening an edit link starts its short session: the expiry moves to at most two hours from now. */
export async function startEditSession(tx: Db, raw: string, now: Date) {
	const sessionEnd = new Date(now.getTime() + TOKEN_LIFETIMES.editSession);
	await tx
		.update(organisationToken)
		.set({ expiresAt: sql`least(${organisationToken.expiresAt}, ${sessionEnd.toISOString()}::timestamptz)` })
		.where(eq(organisationToken.tokenHash, hashToken(raw)));
}
