import type { Db } from '../db/client';
import { decideTimeEntry } from './decide-time-entry';

/** A coordinator rejects a submitted entry with a reason the advisor reads; the advisor may correct it. */
export async function rejectTimeEntry(db: Db, cmd: { entryId: string; version: number; deciderId: string; reason: string }, options: { origin: string; now?: Date }) {
	if (!cmd.reason.trim()) throw new Error('rejectTimeEntry needs a reason');
	return decideTimeEntry(db, { ...cmd, decision: 'rejected' }, options);
}
