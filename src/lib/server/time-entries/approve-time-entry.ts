import type { Db } from '../db/client';
import { decideTimeEntry } from './decide-time-entry';

/** A coordinator approves a submitted entry; from then on it is locked and counts for the honorarium. */
export function approveTimeEntry(db: Db, cmd: { entryId: string; version: number; deciderId: string }, options: { origin: string; now?: Date }) {
	return decideTimeEntry(db, { ...cmd, decision: 'approved' }, options);
}
