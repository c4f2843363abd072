import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { timeEntry } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { StaleTimeEntryError, TimeEntryRefusedError } from './errors';
import { lockTimeEntry, type TimeEntryRow } from './time-entry-access';
import { changeRefusal } from './time-entry-rules';

/**
 * The advisor deletes an entry of their own that is not approved. Version-checked, so an entry decided in the
 * meantime is not deleted unseen. The receipt file goes after the commit (a failed removal only leaves a file).
 */
export async function deleteTimeEntry(
	db: Db,
	storage: FileStorage,
	cmd: { entryId: string; advisorId: string; version: number }
): Promise<TimeEntryRow> {
	const deleted = await db.transaction(async (tx) => {
		const row = await lockTimeEntry(tx, cmd.entryId, cmd.advisorId);
		if (changeRefusal(row)) throw new TimeEntryRefusedError('approved', row.decidedAt);
		if (row.version !== cmd.version) throw new StaleTimeEntryError();
		await tx.delete(timeEntry).where(eq(timeEntry.id, row.id));
		await recordAudit(tx, {
			actorId: cmd.advisorId,
			action: 'time_entry.delete',
			targetType: 'time_entry',
			targetId: row.id,
			details: { consultationId: row.consultationId, workDate: row.workDate, minutes: row.minutes, status: row.status }
		});
		return row;
	});
	if (deleted.receiptKey) {
		await storage.delete(deleted.receiptKey).catch((cleanup) => log.error('receipt file left behind', { key: deleted.receiptKey, error: String(cleanup) }));
	}
	return deleted;
}
