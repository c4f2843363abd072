import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
function tempDir() {
	const d = mkdtempSync(path.join(tmpdir(), 'miglobe-life-'));
	dirs.push(d);
	return d;
}
afterAll(() => {
	children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
	dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** Ports next to this run's main server, which is unlikely to collide with a parallel run. */
const basePort = () => Number(new URL(inject('baseUrl')).port);

/** Starts the built server (the e2e setup built it) with the given environment. */
function startServer(env: Record<string, string>) {
	const child = spawn(process.execPath, [inject('e2eServerEntry')], {
		cwd: root,
		env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.push(child);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	return { child, exited, output: () => output };
}

async function waitReady(port: number, exited: Promise<unknown>) {
	let done = false;
	exited.then(() => (done = true));
	for (let i = 0; i < 240 && !done; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/readyz`)).ok) return true;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return false;
}

describe('server start and stop', () => {
	it.each([
		['production without ORIGIN', { NODE_ENV: 'production' }, 'ORIGIN'],
		['a malformed DATABASE_URL', { DATABASE_URL: 'mysql://db.example/miglobe' }, 'DATABASE_URL'],
		['a DATA_DIR below a file', { DATA_DIR: '/etc/hostname/data' }, 'DATA_DIR'],
		['an unknown LOG_LEVEL', { LOG_LEVEL: 'chatty' }, 'LOG_LEVEL']
	])('refuses to start with %s and names the variable in one sentence', async (_name, env, variable) => {
		const { exited, output } = startServer({ PORT: String(basePort() + 1), DATA_DIR: tempDir(), ...env });
		expect(await exited).toBe(1);
		expect(output()).toMatch(new RegExp(`Cannot start: ${variable}: `));
		expect(output()).not.toContain('    at ');
	});

	it('starts in production without demo accounts, refuses a second process on the same data, and stops cleanly', async () => {
		const dataDir = tempDir();
		const port = basePort() + 2;
		const env = { NODE_ENV: 'production', ORIGIN: `http://localhost:${port}`, PORT: String(port), DATA_DIR: dataDir };
		const server = startServer(env);
		expect(await waitReady(port, server.exited)).toBe(true);
		expect(server.output()).not.toContain('demo accounts');

		const login = await fetch(`http://localhost:${port}/anmelden`, {
			method: 'POST',
			headers: { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'email=admin%40demo.miglobe.de&password=MiGlobe-Demo-2026',
			redirect: 'manual'
		});
		expect(await login.text()).toContain('E-Mail-Adresse oder Passwort sind nicht richtig.');

		const second = startServer({ ...env, PORT: String(port + 1) });
		expect(await second.exited).toBe(1);
		expect(second.output()).toContain('in use by process');

		expect(existsSync(path.join(dataDir, 'db.lock'))).toBe(true);
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
		expect(existsSync(path.join(dataDir, 'db.lock'))).toBe(false);
	});

	it('takes over the lock file of a crashed process', async () => {
		const dataDir = tempDir();
		writeFileSync(path.join(dataDir, 'db.lock'), '999999');
		const port = basePort() + 4;
		const server = startServer({ PORT: String(port), DATA_DIR: dataDir, ORIGIN: `http://localhost:${port}`, DEMO: 'false' });
		expect(await waitReady(port, server.exited)).toBe(true);
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
	});
});
