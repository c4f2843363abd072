import type { Db } from '../db/client';

/** Demo documents of the demo consultations, stored under dataDir/files. */
export async function seedDemoDocuments(_db: Db, _dataDir: string): Promise<void> {}
