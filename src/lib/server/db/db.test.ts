import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts';
import { DEMO_POOL_EMAILS } from '../seed/demo-advisors';
import { seedDemo } from '../seed/seed-demo';
import { describeDb } from '../testing/test-db';
import { getRoles } from '../users/list-users';
import { createDatabase } from './client';
import { acquireLock, DataDirLockedError } from './lock';
import { expectedMigrationCount, migrationStatus } from './migrate';
import { account, auditLog, job, user } from './schema';
import { recordAudit } from '../audit/record-audit';
import { enqueueJob } from '../jobs/queue';

/** Rows of a raw query; both drivers answer execute() with { rows }. */
async function rows<T>(result: Promise<unknown>): Promise<T[]> {
	return ((await result) as { rows: T[] }).rows;
}

describe('data directory lock', () => {
	let dir: string;
	let sleeper: ChildProcess | undefined;
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'miglobe-lock-'));
	});
	afterEach(() => {
		sleeper?.kill('SIGKILL');
		sleeper = undefined;
	});
	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	/** A live process that is not us: the "other server" holding the data directory. */
	function otherLiveProcess(): number {
		sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
		expect(sleeper.pid).toBeGreaterThan(0);
		return sleeper.pid!;
	}

	/** The PID of a process that has exited: a lock left behind by a crash. */
	async function deadPid(): Promise<number> {
		const child = spawn('true', [], { stdio: 'ignore' });
		await new Promise((resolve) => child.on('exit', resolve));
		return child.pid!;
	}

	it('writes our PID into the lock file and removes it on release', () => {
		const file = path.join(dir, 'a.lock');
		const release = acquireLock(file);
		expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
		release();
		expect(existsSync(file)).toBe(false);
		release(); // twice is harmless
	});

	it('refuses a lock held by another live process, naming its PID', () => {
		const file = path.join(dir, 'b.lock');
		const pid = otherLiveProcess();
		writeFileSync(file, String(pid));
		let error: unknown;
		try {
			acquireLock(file);
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(DataDirLockedError);
		expect((error as DataDirLockedError).pid).toBe(pid);
		expect((error as Error).message).toContain(String(pid));
		// The other process's lock is left alone.
		expect(readFileSync(file, 'utf8')).toBe(String(pid));
	});

	it('takes over the lock of a process that no longer runs', async () => {
		const file = path.join(dir, 'c.lock');
		writeFileSync(file, String(await deadPid()));
		const release = acquireLock(file);
		expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
		release();
		expect(existsSync(file)).toBe(false);
	});

	it('takes over its own lock (a previous instance of this process, e.g. after hot reload)', () => {
		const file = path.join(dir, 'd.lock');
		acquireLock(file);
		const release = acquireLock(file);
		expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
		release();
		expect(existsSync(file)).toBe(false);
	});

	it('release does not remove a lock that another process has taken over meanwhile', () => {
		const file = path.join(dir, 'e.lock');
		const release = acquireLock(file);
		const pid = otherLiveProcess();
		writeFileSync(file, String(pid));
		release();
		expect(readFileSync(file, 'utf8')).toBe(String(pid));
	});

	it('createDatabase refuses an embedded data directory that another process holds', async () => {
		const pgliteDir = path.join(dir, 'db');
		writeFileSync(`${pgliteDir}.lock`, String(otherLiveProcess()));
		await expect(createDatabase({ pgliteDir })).rejects.toBeInstanceOf(DataDirLockedError);
		// It stopped before PGlite touched the directory.
		expect(existsSync(pgliteDir)).toBe(false);
	});
});

describe('migrationStatus on an unmigrated database', () => {
	it('reports not up to date (what /readyz answers before migrations)', async () => {
		const database = await createDatabase({});
		try {
			expect(await migrationStatus(database)).toEqual({ applied: 0, expected: expectedMigrationCount(), upToDate: false });
		} finally {
			await database.close();
		}
	});
});

describeDb('database', ({ db, database }) => {
	it('has every committed migration applied', async () => {
		const status = await migrationStatus(database());
		expect(expectedMigrationCount()).toBeGreaterThan(0);
		expect(status).toEqual({ applied: expectedMigrationCount(), expected: expectedMigrationCount(), upToDate: true });
	});

	it('has the pg_trgm and unaccent extensions', async () => {
		const extensions = await rows<{ extname: string }>(db().execute(sql`SELECT extname FROM pg_extension ORDER BY extname`));
		expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
		const [{ v }] = await rows<{ v: string }>(db().execute(sql`SELECT unaccent('Düsseldorf') AS v`));
		expect(v).toBe('Dusseldorf');
		const [{ s, unrelated }] = await rows<{ s: number; unrelated: number }>(
			db().execute(sql`SELECT similarity('Köln', 'Koeln') AS s, similarity('Köln', 'Xyz') AS unrelated`)
		);
		expect(Number(s)).toBeGreaterThan(0);
		expect(Number(s)).toBeGreaterThan(Number(unrelated));
	});

	it('returns int8 identity columns as JavaScript numbers', async () => {
		const id = await enqueueJob(db(), 'test.int8', {});
		expect(typeof id).toBe('number');
		const [row] = await db().select().from(job).where(eq(job.id, id));
		expect(typeof row.id).toBe('number');
		expect(row.id).toBe(id);

		await recordAudit(db(), { actorId: null, action: 'test.int8', targetType: 'test' });
		const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'test.int8'));
		expect(typeof entry.id).toBe('number');
		expect(Number.isSafeInteger(entry.id)).toBe(true);
	});

	it('keeps timestamps as Date objects that round-trip exactly (to the millisecond)', async () => {
		const runAt = new Date('2030-01-02T03:04:05.678Z');
		const id = await enqueueJob(db(), 'test.time', {}, { runAt });
		const [row] = await db().select().from(job).where(eq(job.id, id));
		expect(row.runAt).toBeInstanceOf(Date);
		expect(row.runAt.toISOString()).toBe(runAt.toISOString());
	});
});

describeDb('demo seed', ({ db }) => {
	it('creates one account per demo entry with its roles, and does nothing the second time', async () => {
		expect(await seedDemo(db())).toEqual({ seeded: true });
		const [{ n }] = await db().select({ n: count() }).from(user);
		// The demo accounts, plus the advisor pool, whose accounts have no password.
		expect(DEMO_POOL_EMAILS.length).toBeGreaterThan(0);
		expect(n).toBe(DEMO_ACCOUNTS.length + DEMO_POOL_EMAILS.length);
		for (const email of DEMO_POOL_EMAILS) {
			const [u] = await db().select().from(user).where(eq(user.email, email));
			expect(await getRoles(db(), u.id)).toEqual(['advisor']);
			expect(await db().select().from(account).where(eq(account.userId, u.id))).toEqual([]);
		}

		for (const a of DEMO_ACCOUNTS) {
			const [u] = await db().select().from(user).where(eq(user.email, a.email));
			expect(u, a.email).toBeDefined();
			expect(u.name).toBe(a.name);
			expect(await getRoles(db(), u.id)).toEqual(a.roles);
			// The demo password works for every account.
			const [credential] = await db().select().from(account).where(eq(account.userId, u.id));
			expect(await verifyPassword({ hash: credential.password!, password: DEMO_PASSWORD })).toBe(true);
		}

		expect(await seedDemo(db())).toEqual({ seeded: false });
		const [{ n: after }] = await db().select({ n: count() }).from(user);
		expect(after).toBe(DEMO_ACCOUNTS.length + DEMO_POOL_EMAILS.length);
	});
});
