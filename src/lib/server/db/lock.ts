import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * PGlite has no lock on its data directory, and two processes opening it corrupt it (DESIGN §10).
 * We take an exclusive lock file holding our PID; a stale file of a dead process is taken over.
 */
export class DataDirLockedError extends Error {
	constructor(readonly pid: number, file: string) {
		super(
			`The embedded database is in use by process ${pid} (lock file ${file}). ` +
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

export function acquireLock(file: string): () => void {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx', 0o600);
			writeSync(fd, String(process.pid));
			closeSync(fd);
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
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const pid = Number(readFileSync(file, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
				throw new DataDirLockedError(pid, file);
			}
			// Stale lock of a crashed process (or our own from a previous hot reload): take it over.
			unlinkSync(file);
		}
	}
	throw new Error(`Could not acquire the lock file ${file}.`);
}
