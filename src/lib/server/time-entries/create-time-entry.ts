import type { Db } from '../db/client';
import { timeEntry } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { DayLimitError, TimeEntryNotFoundError } from './errors';
import { prepareReceipt, receiptKey } from './receipt';
import { isAcceptedAdvisor, lockedMinutesOnDay, type TimeEntryRow } from './time-entry-access';
import type { TimeEntryInput } from './time-entry-forms';
import { exceedsDayLimit, remainingDayMinutes } from './time-entry-rules';

export interface CreateTimeEntryCommand {
	advisorId: string;
	input: TimeEntryInput;
	/** An optional receipt (PDF, JPEG, PNG). */
	receipt?: { name: string; bytes: Uint8Array } | null;
	/** UPLOAD_MAX_MB; receipts are capped at 10 MB below it. */
	uploadMaxMb: number;
}

/**
 * Records time and expenses as 'submitted'. The consultation must be one the advisor accepted (otherwise
 * TimeEntryNotFoundError → 404) and the day may not hold more than 24 hours with it (DayLimitError). The receipt is
 * checked and written before the short transaction (which must not wait for the disk) and removed again when the
 * transaction refuses or fails, so no file is left without its entry.
 */
export async function createTimeEntry(db: Db, storage: FileStorage, cmd: CreateTimeEntryCommand, { now = new Date() }: { now?: Date } = {}): Promise<TimeEntryRow> {
	const file = cmd.receipt ? await prepareReceipt(cmd.receipt, cmd.uploadMaxMb) : null;
	const key = file ? receiptKey() : null;
	if (file && key) await storage.put(key, file.bytes);
	try {
		return await db.transaction(async (tx) => {
			if (!(await isAcceptedAdvisor(tx, cmd.input.consultationId, cmd.advisorId))) throw new TimeEntryNotFoundError();
			const other = await lockedMinutesOnDay(tx, cmd.advisorId, cmd.input.workDate);
			if (exceedsDayLimit(other, cmd.input.minutes)) throw new DayLimitError(remainingDayMinutes(other));
			const [row] = await tx
				.insert(timeEntry)
				.values({
					...cmd.input,
					advisorId: cmd.advisorId,
					receiptKey: key,
					receiptMediaType: file?.mediaType ?? null,
					receiptFileName: file?.fileName ?? null,
					status: 'submitted',
					createdAt: now,
					updatedAt: now
				})
				.returning();
			await recordAudit(tx, {
				actorId: cmd.advisorId,
				action: 'time_entry.create',
				targetType: 'time_entry',
				targetId: row.id,
				details: { ...cmd.input, receipt: file ? { fileName: file.fileName, mediaType: file.mediaType, sha256: file.sha256 } : null }
			});
			return row;
		});
	} catch (err) {
		if (key) await storage.delete(key).catch((cleanup) => log.error('receipt file left behind', { key, error: String(cleanup) }));
		throw err;
	}
}
