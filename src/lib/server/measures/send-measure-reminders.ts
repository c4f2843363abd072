import type { Db } from '../db/client';

/** Sends a reminder before the due date of each open measure. Returns how many were sent. */
export async function sendMeasureReminders(_db: Db, _opts: { origin: string; now: Date }): Promise<number> {
	return 0; // filled in by the measures work
}
