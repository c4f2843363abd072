import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { timeEntry } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { DayLimitError, StaleTimeEntryError, TimeEntryNotFoundError, TimeEntryRefusedError } from './errors';
import { prepareReceipt, receiptKey } from './receipt';
import { isAcceptedAdvisor, lockedMinutesOnDay, lockTimeEntry, type TimeEntryRow } from './time-entry-access';
import type { TimeEntryInput } from './time-entry-forms';
import { changeRefusal, exceedsDayLimit, remainingDayMinutes, statusAfterChange } from './time-entry-rules';

export interface UpdateTimeEntryCommand {
	entryId: string;
	advisorId: string;
	/** The version the advisor saw; a change in between answers StaleTimeEntryError. */
	version: number;
	input: TimeEntryInput;
	/** A new receipt replaces the old one. */
	receipt?: { name: string; bytes: Uint8Array } | null;
	removeReceipt?: boolean;
	uploadMaxMb: number;
}

const FIELDS = ['consultationId', 'workDate', 'minutes', 'activity', 'description', 'kilometres', 'expensesCents', 'expenseNote'] as const;

/**
 * The advisor corrects an entry of their own. Approved entries are locked (TimeEntryRefusedError 'approved' with
 * the day of approval; checked before the version, so a forged or late form learns why). A rejected entry goes back
 * to 'submitted' and loses the old decision (it stays in the audit log). The replaced receipt file is removed
 * only after the commit; a new one is removed again when the transaction refuses.
 */
export async function updateTimeEntry(db: Db, storage: FileStorage, cmd: UpdateTimeEntryCommand, { now = new Date() }: { now?: Date } = {}): Promise<TimeEntryRow> {
	const file = cmd.receipt ? await prepareReceipt(cmd.receipt, cmd.uploadMaxMb) : null;
	const key = file ? receiptKey() : null;
	if (file && key) await storage.put(key, file.bytes);
	let result: { after: TimeEntryRow; dropKey: string | null };
	try {
		result = await db.transaction(async (tx) => {
			const before = await lockTimeEntry(tx, cmd.entryId, cmd.advisorId);
			if (changeRefusal(before)) throw new TimeEntryRefusedError('approved', before.decidedAt);
			if (before.version !== cmd.version) throw new StaleTimeEntryError();
			if (!(await isAcceptedAdvisor(tx, cmd.input.consultationId, cmd.advisorId))) throw new TimeEntryNotFoundError();
			const other = await lockedMinutesOnDay(tx, cmd.advisorId, cmd.input.workDate, before.id);
			if (exceedsDayLimit(other, cmd.input.minutes)) throw new DayLimitError(remainingDayMinutes(other));
			const receipt = file
				? { receiptKey: key, receiptMediaType: file.mediaType, receiptFileName: file.fileName }
				: cmd.removeReceipt
					? { receiptKey: null, receiptMediaType: null, receiptFileName: null }
					: {};
			const [after] = await tx
				.update(timeEntry)
				.set({
					...cmd.input,
					...receipt,
					status: statusAfterChange(before.status),
					rejectReason: null,
					decidedBy: null,
					decidedAt: null,
					updatedAt: now,
					version: sql`${timeEntry.version} + 1`
				})
				.where(and(eq(timeEntry.id, before.id), eq(timeEntry.version, cmd.version)))
				.returning();
			if (!after) throw new StaleTimeEntryError();
			const changed = FIELDS.filter((f) => before[f] !== after[f]);
			await recordAudit(tx, {
				actorId: cmd.advisorId,
				action: 'time_entry.update',
				targetType: 'time_entry',
				targetId: after.id,
				details: {
					...Object.fromEntries(changed.map((f) => [f, after[f]])),
					...(before.status !== after.status ? { status: { from: before.status, to: after.status } } : {}),
					...(before.receiptKey !== after.receiptKey ? { receipt: file ? { fileName: file.fileName, sha256: file.sha256 } : null } : {})
				}
			});
			return { after, dropKey: before.receiptKey !== after.receiptKey ? before.receiptKey : null };
		});
	} catch (err) {
		if (key) await storage.delete(key).catch((cleanup) => log.error('receipt file left behind', { key, error: String(cleanup) }));
		throw err;
	}
	if (result.dropKey) await storage.delete(result.dropKey).catch((cleanup) => log.error('old receipt file left behind', { key: result.dropKey, error: String(cleanup) }));
	return result.after;
}
