import type { Db } from '../db/client';

/** The demo honorarium rates. */
export async function seedDemoRates(_db: Db): Promise<void> {}
