import type { Db } from '../db/client';

/** Demo events (filled in by the events work). */
export async function seedDemoEvents(_db: Db): Promise<void> {}
