import { eq, like } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { rateLimit } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { clearRateLimit, hitRateLimit, hitRateLimits, peekRateLimit, type RateLimitRule } from './rate-limit';

/** Every test uses its own rule name, so counters of one test never leak into another. */
function rule(limit: number, windowMs = 15 * 60_000): RateLimitRule {
	return { name: `test-${randomBytes(4).toString('hex')}`, limit, windowMs };
}

describeDb('rate limit', ({ db }) => {
	it('allows up to the limit and blocks after it', async () => {
		const r = rule(3);
		const results = [];
		for (let i = 0; i < 5; i++) results.push(await hitRateLimit(db(), r, '10.0.0.1'));
		expect(results.map((x) => x.allowed)).toEqual([true, true, true, false, false]);
		expect(results.map((x) => x.remaining)).toEqual([2, 1, 0, 0, 0]);
		// A blocked caller is told to come back within the window, not never and not at once.
		expect(results[4].retryAfterSeconds).toBeGreaterThan(0);
		expect(results[4].retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
	});

	it('counts a subject case-insensitively', async () => {
		const r = rule(2);
		expect((await hitRateLimit(db(), r, 'Person@Example.org')).allowed).toBe(true);
		expect((await hitRateLimit(db(), r, 'person@example.org')).allowed).toBe(true);
		expect((await hitRateLimit(db(), r, 'PERSON@EXAMPLE.ORG')).allowed).toBe(false);
		const rows = await db().select().from(rateLimit).where(like(rateLimit.key, `${r.name}:%`));
		expect(rows).toHaveLength(1);
		expect(rows[0].count).toBe(3);
	});

	it('keeps separate subjects and separate rules independent', async () => {
		const r = rule(1);
		const other = rule(1);
		expect((await hitRateLimit(db(), r, 'a@example.org')).allowed).toBe(true);
		expect((await hitRateLimit(db(), r, 'a@example.org')).allowed).toBe(false);
		expect((await hitRateLimit(db(), r, 'b@example.org')).allowed).toBe(true);
		expect((await hitRateLimit(db(), other, 'a@example.org')).allowed).toBe(true);
	});

	it('starts a new window once the old one has expired', async () => {
		const r = rule(2);
		await hitRateLimit(db(), r, 'x');
		await hitRateLimit(db(), r, 'x');
		expect((await hitRateLimit(db(), r, 'x')).allowed).toBe(false);
		// Simulate the passing of the window rather than waiting for it.
		await db()
			.update(rateLimit)
			.set({ resetAt: new Date(Date.now() - 1000) })
			.where(eq(rateLimit.key, `${r.name}:x`));
		const fresh = await hitRateLimit(db(), r, 'x');
		expect(fresh).toMatchObject({ allowed: true, remaining: 1 });
		const [row] = await db().select().from(rateLimit).where(eq(rateLimit.key, `${r.name}:x`));
		expect(row.count).toBe(1);
		expect(row.resetAt.getTime()).toBeGreaterThan(Date.now());
	});

	it('hitRateLimits blocks when any rule blocks and still counts every rule', async () => {
		const perIp = rule(10);
		const perAccount = rule(1);
		const first = await hitRateLimits(db(), [[perIp, '10.0.0.2'], [perAccount, 'a@example.org']]);
		expect(first.allowed).toBe(true);
		expect(first.remaining).toBe(0); // the tighter rule decides what is left
		const second = await hitRateLimits(db(), [[perIp, '10.0.0.2'], [perAccount, 'a@example.org']]);
		expect(second.allowed).toBe(false);
		expect(second.retryAfterSeconds).toBeGreaterThan(0);
		// The per-address rule was counted on both calls although the second was blocked.
		const [ipRow] = await db().select().from(rateLimit).where(eq(rateLimit.key, `${perIp.name}:10.0.0.2`));
		expect(ipRow.count).toBe(2);
		const [accountRow] = await db().select().from(rateLimit).where(eq(rateLimit.key, `${perAccount.name}:a@example.org`));
		expect(accountRow.count).toBe(2);
	});

	it('allows a request when every rule allows it', async () => {
		const result = await hitRateLimits(db(), [[rule(5), 'ip'], [rule(5), 'acc']]);
		expect(result).toEqual({ allowed: true, remaining: 4, retryAfterSeconds: 0 });
	});

	it('counts concurrent hits exactly (one upsert per hit, no lost updates)', async () => {
		const r = rule(10);
		const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(db(), r, 'burst')));
		const [row] = await db().select().from(rateLimit).where(eq(rateLimit.key, `${r.name}:burst`));
		expect(row.count).toBe(20);
		expect(results.filter((x) => x.allowed)).toHaveLength(10);
	});

	it('peeks without counting, blocks at the limit, and forgets a cleared counter', async () => {
		const r: RateLimitRule = { name: `peek-${randomBytes(3).toString('hex')}`, limit: 2, windowMs: 60_000 };
		expect((await peekRateLimit(db(), r, 'konto@example.org')).allowed).toBe(true);
		await hitRateLimit(db(), r, 'konto@example.org');
		expect((await peekRateLimit(db(), r, 'KONTO@example.org')).allowed).toBe(true);
		await hitRateLimit(db(), r, 'konto@example.org');
		const blocked = await peekRateLimit(db(), r, 'konto@example.org');
		expect(blocked.allowed).toBe(false);
		expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
		await clearRateLimit(db(), r, 'Konto@Example.org');
		expect((await peekRateLimit(db(), r, 'konto@example.org')).allowed).toBe(true);
	});
});
