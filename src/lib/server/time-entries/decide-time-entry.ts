import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, district, municipality, timeEntry } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notifyUsers } from '../notifications/notify';
import { StaleTimeEntryError, TimeEntryRefusedError } from './errors';
import { timeEntryLinks, timeEntryMailTexts } from './mails';
import { clientNameSql, lockTimeEntry, type TimeEntryRow } from './time-entry-access';
import { decisionRefusal, formatHours } from './time-entry-rules';

export interface DecideTimeEntryCommand {
	entryId: string;
	version: number;
	deciderId: string;
	decision: 'approved' | 'rejected';
	reason?: string;
}

/**
 * A coordinator approves or rejects a submitted entry (the route checks the role). Version-checked; only
 * submitted entries, never one's own. Writes the decision, the audit entry and the notice to the advisor (a mail
 * now or the digest, in their language) in one transaction. Used by approveTimeEntry and rejectTimeEntry.
 */
export async function decideTimeEntry(db: Db, cmd: DecideTimeEntryCommand, { origin, now = new Date() }: { origin: string; now?: Date }): Promise<TimeEntryRow> {
	return db.transaction(async (tx) => {
		const before = await lockTimeEntry(tx, cmd.entryId);
		const refusal = decisionRefusal(before, cmd.deciderId);
		if (refusal) throw new TimeEntryRefusedError(refusal, before.decidedAt);
		if (before.version !== cmd.version) throw new StaleTimeEntryError();
		const reason = cmd.decision === 'rejected' ? (cmd.reason ?? '').trim() : null;
		const [after] = await tx
			.update(timeEntry)
			.set({ status: cmd.decision, rejectReason: reason, decidedBy: cmd.deciderId, decidedAt: now, updatedAt: now, version: sql`${timeEntry.version} + 1` })
			.where(and(eq(timeEntry.id, before.id), eq(timeEntry.version, cmd.version)))
			.returning();
		if (!after) throw new StaleTimeEntryError();
		await recordAudit(tx, {
			actorId: cmd.deciderId,
			action: cmd.decision === 'approved' ? 'time_entry.approve' : 'time_entry.reject',
			targetType: 'time_entry',
			targetId: after.id,
			details: { advisorId: after.advisorId, consultationId: after.consultationId, workDate: after.workDate, minutes: after.minutes, ...(reason ? { reason } : {}) }
		});
		const [c] = await tx
			.select({ reference: consultation.reference, client: clientNameSql })
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.leftJoin(district, eq(district.code, consultation.districtCode))
			.where(eq(consultation.id, after.consultationId));
		await notifyUsers(tx, [after.advisorId], {
			kind: cmd.decision === 'approved' ? 'time_entry.approved' : 'time_entry.rejected',
			consultationId: after.consultationId,
			render: (locale) => {
				const facts = {
					reference: c?.reference ?? '',
					client: c?.client ?? '',
					workDate: after.workDate,
					hours: formatHours(after.minutes, locale),
					url: timeEntryLinks(origin).entry(after.id),
					reason: reason ?? undefined
				};
				return cmd.decision === 'approved' ? timeEntryMailTexts(locale).approved(facts) : timeEntryMailTexts(locale).rejected(facts);
			}
		});
		return after;
	});
}
