import type { Db } from '../db/client';

/** Demo records of this area, added to the demo consultations. */
export async function seedDemoPreferences(_db: Db): Promise<void> {}
