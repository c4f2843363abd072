import type { Db } from '../db/client';

/** Demo case stories (filled in by the case-library work). */
export async function seedDemoCaseStories(_db: Db, _dataDir?: string): Promise<void> {}
