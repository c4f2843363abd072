import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStorage } from './create-file-storage';
import { FileNotFoundError, InvalidStorageKeyError } from './file-storage';
import { createLocalFileStorage } from './local-file-storage';

const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
	return Buffer.concat(chunks);
}

describe('local file storage', () => {
	const storage = createLocalFileStorage(path.join(dir, 'files'));

	it('puts, gets, streams, replaces and deletes a file, leaving no temporary files', async () => {
		const key = 'documents/abc/f00d';
		expect(await storage.exists(key)).toBe(false);
		await storage.put(key, Buffer.from('erste Fassung'));
		expect(await storage.exists(key)).toBe(true);
		expect((await storage.get(key)).toString()).toBe('erste Fassung');
		await storage.put(key, new TextEncoder().encode('zweite Fassung'));
		expect((await readAll(await storage.stream(key))).toString()).toBe('zweite Fassung');
		expect(readdirSync(path.join(dir, 'files', 'documents', 'abc'))).toEqual(['f00d']);
		await storage.delete(key);
		expect(await storage.exists(key)).toBe(false);
		await storage.delete(key); // a second delete is fine
	});

	it('answers FileNotFoundError for a missing file', async () => {
		await expect(storage.get('documents/none')).rejects.toBeInstanceOf(FileNotFoundError);
		await expect(storage.stream('documents/none')).rejects.toBeInstanceOf(FileNotFoundError);
	});

	it('refuses keys that could leave the storage folder', async () => {
		writeFileSync(path.join(dir, 'secret.txt'), 'geheim');
		const bad = ['../secret.txt', '..', 'a/../../secret.txt', '/etc/passwd', 'a\\..\\b', 'a//b', '', 'a/./b', 'name.pdf', 'a\u0000b', `${'x'.repeat(101)}`];
		for (const key of bad) {
			await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
			await expect(storage.put(key, Buffer.from('x')), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
			await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
			await expect(storage.exists(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
		}
		expect(readdirSync(dir).sort()).toEqual(['files', 'secret.txt']);
	});

	it('is what the factory gives for a data directory: DATA_DIR/files', async () => {
		const fromConfig = createFileStorage({ dataDir: dir });
		await fromConfig.put('probe', Buffer.from('1'));
		expect(readdirSync(path.join(dir, 'files'))).toContain('probe');
		await fromConfig.delete('probe');
	});
});
