import type { Db } from '../db/client';

/** Demo advisors of the pool with their profiles (photos under dataDir/files when given). */
export async function seedDemoAdvisors(_db: Db, _dataDir?: string): Promise<void> {}
