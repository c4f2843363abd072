import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * PGlite has no lock on its data directory, and two processes opening it corrupt it (DESIGN §10).
 * We take an exclusive lock file holding our PID. Creation is atomic (the PID is written to a
 * private file first, then hard-linked to the lock path, which fails if the lock exists), and a
 * stale lock of a dead process is moved away with an atomic rename, so only one process takes it over.
 */
export class DataDirLockedError extends Error {
	constructor(
		readonly pid: number | null,
		file: string
	) {
		super(
			`The embedded database is in use by ${pid ? `process ${pid}` : 'another process'} (lock file ${file}). ` +
				'Stop that process first, or run this command against the running server.'
		);
		this.name = 'DataDirLockedError';
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readPid(file: string): number | null | 'gone' {
	try {
		const pid = Number(readFileSync(file, 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
		return null;
	}
}

export function acquireLock(file: string): () => void {
	const mine = `${file}.${process.pid}.tmp`;
	writeFileSync(mine, String(process.pid), { mode: 0o600 });
	try {
		for (let attempt = 0; attempt < 5; attempt++) {
			try {
				linkSync(mine, file);
				return releaser(file);
			} catch (err) {
				if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			}
			const pid = readPid(file);
			if (pid === 'gone') continue;
			// Our own PID: a lock left by this process before a hot reload.
			const stale = pid !== null && (pid === process.pid || !isAlive(pid));
			if (!stale) throw new DataDirLockedError(pid, file);
			try {
				renameSync(file, `${file}.stale-${process.pid}`);
				unlinkSync(`${file}.stale-${process.pid}`);
			} catch {
				// another process moved it first; try again
			}
		}
		throw new DataDirLockedError(null, file);
	} finally {
		unlinkSync(mine);
	}
}

function releaser(file: string) {
	let released = false;
	return () => {
		if (released) return;
		released = true;
		try {
			if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
		} catch {
			// already gone
		}
	};
}
