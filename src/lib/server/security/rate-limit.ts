import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimit } from '../db/schema';

export interface RateLimitRule {
	/** e.g. "login:ip" */
	name: string;
	limit: number;
	windowMs: number;
}

export interface RateLimitResult {
	allowed: boolean;
	remaining: number;
	retryAfterSeconds: number;
}

/** Rules for the public-facing forms; per address and, for log-in, per account as well. */
export const RULES = {
	loginPerIp: { name: 'login:ip', limit: 100, windowMs: 15 * 60_000 },
	/** Failed log-ins only: a person who types the password right is never locked out by their own use. */
	loginPerAccount: { name: 'login:account', limit: 8, windowMs: 15 * 60_000 },
	mailLinkPerIp: { name: 'mail-link:ip', limit: 30, windowMs: 15 * 60_000 },
	mailLinkPerAccount: { name: 'mail-link:account', limit: 3, windowMs: 15 * 60_000 },
	feedbackPerIp: { name: 'feedback:ip', limit: 5, windowMs: 60 * 60_000 }
} satisfies Record<string, RateLimitRule>;

/**
 * Counts one hit in a fixed window with a single upsert, so that concurrent requests and several
 * processes on one PostgreSQL count correctly.
 */
export async function hitRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
	const key = `${rule.name}:${subject.toLowerCase()}`;
	const resetAt = new Date(Date.now() + rule.windowMs);
	const [row] = await db
		.insert(rateLimit)
		.values({ key, count: 1, resetAt })
		.onConflictDoUpdate({
			target: rateLimit.key,
			set: {
				count: sql`CASE WHEN ${rateLimit.resetAt} <= now() THEN 1 ELSE ${rateLimit.count} + 1 END`,
				resetAt: sql`CASE WHEN ${rateLimit.resetAt} <= now() THEN excluded.reset_at ELSE ${rateLimit.resetAt} END`
			}
		})
		.returning({ count: rateLimit.count, resetAt: rateLimit.resetAt });
	const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
	return { allowed: row.count <= rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

/** Reads a counter without counting: is the subject already over the limit? */
export async function peekRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
	const key = `${rule.name}:${subject.toLowerCase()}`;
	const [row] = await db
		.select({ count: rateLimit.count, resetAt: rateLimit.resetAt })
		.from(rateLimit)
		.where(and(eq(rateLimit.key, key), gt(rateLimit.resetAt, new Date())));
	if (!row) return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
	const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
	return { allowed: row.count < rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

/** Forgets a counter, e.g. the failed log-ins of an account after a successful one. */
export async function clearRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<void> {
	await db.delete(rateLimit).where(eq(rateLimit.key, `${rule.name}:${subject.toLowerCase()}`));
}

/** Checks several rules; all are counted, the request is allowed only if every one allows it. */
export async function hitRateLimits(db: Db, checks: [RateLimitRule, string][]): Promise<RateLimitResult> {
	const results = [];
	for (const [rule, subject] of checks) results.push(await hitRateLimit(db, rule, subject));
	const blocked = results.filter((r) => !r.allowed);
	return {
		allowed: blocked.length === 0,
		remaining: Math.min(...results.map((r) => r.remaining)),
		retryAfterSeconds: Math.max(0, ...blocked.map((r) => r.retryAfterSeconds))
	};
}
