import path from 'node:path';
import type { Config } from '../config';
import type { FileStorage } from './file-storage';
import { createLocalFileStorage } from './local-file-storage';

/**
 * The one place that chooses where files are kept. Today that is always DATA_DIR/files on the local disk;
 * an object store (S3) would be chosen here from the config, with the same FileStorage interface.
 */
export function createFileStorage(config: Pick<Config, 'dataDir'>): FileStorage {
	return createLocalFileStorage(path.join(config.dataDir, 'files'));
}

export type { FileStorage } from './file-storage';
export { FileNotFoundError, InvalidStorageKeyError } from './file-storage';
