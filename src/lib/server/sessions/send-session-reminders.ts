import type { Db } from '../db/client';

/** Sends the reminder 24 hours before each session that has none yet. Returns how many were sent. */
export async function sendSessionReminders(_db: Db, _opts: { origin: string; now: Date }): Promise<number> {
	return 0; // filled in by the sessions work
}
