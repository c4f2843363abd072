import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { isLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { user, userPreference, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';

/*
 * The private calendar feed: /kalender/<token>. Calendar programs cannot log in, so the URL itself is the
 * secret: 32 random bytes (base64url, 43 characters). Only its SHA-256 hash is stored, so the URL can be shown
 * once, right after it was made; renewing replaces the hash and the old URL stops working at once.
 */

export const hashCalendarToken = (raw: string) => createHash('sha256').update(raw).digest('hex');

/** Anything but 43 base64url characters is not looked up at all. */
export const isCalendarTokenShape = (raw: unknown): raw is string => typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw);

/** Creates or renews the person's feed token and returns it (the only time it exists in clear). */
export async function renewCalendarToken(db: Db, userId: string, { now = new Date() }: { now?: Date } = {}): Promise<string> {
	const raw = randomBytes(32).toString('base64url');
	const calendarTokenHash = hashCalendarToken(raw);
	await db.transaction(async (tx) => {
		const [before] = await tx.select({ hash: userPreference.calendarTokenHash }).from(userPreference).where(eq(userPreference.userId, userId));
		await tx
			.insert(userPreference)
			.values({ userId, calendarTokenHash, calendarTokenCreatedAt: now, updatedAt: now })
			.onConflictDoUpdate({ target: userPreference.userId, set: { calendarTokenHash, calendarTokenCreatedAt: now, updatedAt: now } });
		await recordAudit(tx, { actorId: userId, action: before?.hash ? 'calendar_feed.renew' : 'calendar_feed.create', targetType: 'user', targetId: userId });
	});
	return raw;
}

/** When the current feed URL was made, or null when there is none. */
export async function getCalendarTokenCreatedAt(db: Db, userId: string): Promise<Date | null> {
	const [row] = await db
		.select({ hash: userPreference.calendarTokenHash, at: userPreference.calendarTokenCreatedAt })
		.from(userPreference)
		.where(eq(userPreference.userId, userId));
	return row?.hash ? (row.at ?? null) : null;
}

export interface FeedOwner {
	id: string;
	roles: Role[];
	locale: Locale;
}

/** The active account a feed token belongs to, with its current roles; null for unknown tokens or deactivated accounts. */
export async function resolveCalendarToken(db: Db, raw: string): Promise<FeedOwner | null> {
	if (!isCalendarTokenShape(raw)) return null;
	const [row] = await db
		.select({ id: user.id, locale: userPreference.locale })
		.from(userPreference)
		.innerJoin(user, eq(user.id, userPreference.userId))
		.where(and(eq(userPreference.calendarTokenHash, hashCalendarToken(raw)), isNull(user.deactivatedAt)));
	if (!row) return null;
	const roles = await db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, row.id));
	return { id: row.id, roles: roles.map((r) => r.role), locale: isLocale(row.locale) ? row.locale : 'de' };
}
