import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		e2eDataDir: string;
	}
}

const PORT = Number(process.env.E2E_PORT ?? 3999);

/**
 * Builds (if the build is stale) and starts the real server exactly as `npm start` does, on a fresh
 * embedded database in a temporary DATA_DIR with demo data, and stops it with SIGTERM afterwards.
 */
export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-e2e-'));
	const baseUrl = `http://localhost:${PORT}`;
	const server: ChildProcess = spawn(process.execPath, ['scripts/start.js'], {
		cwd: path.resolve(import.meta.dirname, '../..'),
		env: { ...process.env, PORT: String(PORT), ORIGIN: baseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));

	const deadline = Date.now() + 300_000;
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
		await new Promise((r) => setTimeout(r, 500));
	}
	project.provide('baseUrl', baseUrl);
	project.provide('e2eDataDir', dataDir);

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
	};
}
