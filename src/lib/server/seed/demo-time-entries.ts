import type { Db } from '../db/client';

/** Demo time and expense entries of the demo advisor. */
export async function seedDemoTimeEntries(_db: Db): Promise<void> {}
