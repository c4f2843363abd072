import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertStorageKey, FileNotFoundError, InvalidStorageKeyError, type FileStorage } from './file-storage';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Files on the local disk under one root folder (DATA_DIR/files), one file per key. */
export function createLocalFileStorage(root: string): FileStorage {
	const base = path.resolve(root);

	function resolve(key: string): string {
		assertStorageKey(key);
		const target = path.resolve(base, key);
		// The key pattern already rules out traversal; this second check keeps it true if the pattern ever changes.
		if (!target.startsWith(base + path.sep)) throw new InvalidStorageKeyError(key);
		return target;
	}

	return {
		async put(key, bytes) {
			const target = resolve(key);
			await mkdir(path.dirname(target), { recursive: true });
			// Written and synced under a temporary name, then renamed: rename is atomic on one file system.
			const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
			const handle = await open(temp, 'wx', 0o600);
			try {
				await handle.writeFile(bytes);
				await handle.sync();
			} catch (err) {
				await handle.close();
				await rm(temp, { force: true });
				throw err;
			}
			await handle.close();
			try {
				await rename(temp, target);
			} catch (err) {
				await rm(temp, { force: true });
				throw err;
			}
		},
		async get(key) {
			try {
				return await readFile(resolve(key));
			} catch (err) {
				if (isMissing(err)) throw new FileNotFoundError(key);
				throw err;
			}
		},
		async stream(key) {
			const target = resolve(key);
			// Opened before the response starts, so a missing file is a 404 rather than a broken download.
			const handle = await open(target, 'r').catch((err) => {
				throw isMissing(err) ? new FileNotFoundError(key) : err;
			});
			return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
		},
		async delete(key) {
			await rm(resolve(key), { force: true });
		},
		async exists(key) {
			try {
				return (await stat(resolve(key))).isFile();
			} catch (err) {
				if (isMissing(err)) return false;
				throw err;
			}
		}
	};
}
