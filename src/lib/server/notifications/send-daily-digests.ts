import type { Db } from '../db/client';

/** Sends each person who chose the daily digest one mail with what piled up. Returns how many were sent. */
export async function sendDailyDigests(_db: Db, _opts: { origin: string; now: Date }): Promise<number> {
	return 0; // filled in by the notifications work
}
