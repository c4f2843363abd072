import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		e2eDataDir: string;
		/** A private copy of the build that this run's servers start from. */
		e2eServerEntry: string;
	}
}

const root = path.resolve(import.meta.dirname, '../..');

/** A free TCP port, so that several test runs on one machine do not collide. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

/** Builds at most one at a time across processes (a directory is created atomically). */
async function withBuildLock<T>(fn: () => T): Promise<T> {
	const lock = path.join(tmpdir(), 'miglobe-e2e-build.lock');
	for (let i = 0; ; i++) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			try {
				if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
			} catch {
				// gone meanwhile
			}
			if (i > 1200) throw new Error('Timed out waiting for another build');
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	try {
		return fn();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/**
 * Builds (if the build is stale) and starts the real server on a fresh embedded database in a
 * temporary DATA_DIR with demo data, from a private copy of the build (a rebuild by a parallel run
 * cannot change files under a running server), and stops it with SIGTERM afterwards.
 */
export default async function setup(project: TestProject) {
	const runDir = path.join(root, '.e2e-runs', String(process.pid));
	await withBuildLock(() => {
		const built = spawnSync(process.execPath, ['scripts/ensure-build.js'], { cwd: root, stdio: 'inherit' });
		if (built.status !== 0) throw new Error('Build failed');
		rmSync(runDir, { recursive: true, force: true });
		cpSync(path.join(root, 'build'), path.join(runDir, 'build'), { recursive: true });
	});
	const entry = path.join(runDir, 'build', 'index.js');
	const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-e2e-'));
	const port = Number(process.env.E2E_PORT ?? (await freePort()));
	const baseUrl = `http://localhost:${port}`;
	const server: ChildProcess = spawn(process.execPath, [entry], {
		cwd: root,
		// BODY_SIZE_LIMIT as scripts/start.js sets it (the municipality directory upload is larger than 512 KB).
		env: { ...process.env, PORT: String(port), ORIGIN: baseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', BODY_SIZE_LIMIT: '21M' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));

	const deadline = Date.now() + 120_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`Server exited early:\n${output}`);
		try {
			const res = await fetch(`${baseUrl}/readyz`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			server.kill('SIGKILL');
			throw new Error(`Server did not become ready:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	project.provide('baseUrl', baseUrl);
	project.provide('e2eDataDir', dataDir);
	project.provide('e2eServerEntry', entry);

	return async () => {
		server.kill('SIGTERM');
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				server.kill('SIGKILL');
				resolve();
			}, 15_000);
			server.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
		});
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(runDir, { recursive: true, force: true });
	};
}
