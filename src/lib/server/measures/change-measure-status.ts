import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { measure, measureStatusChange } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { appendTimeline } from '../consultations/timeline';
import { notifyParticipants } from '../notifications/notify';
import { MeasureRefusedError, StaleMeasureError } from './errors';
import { loadMeasureOf, requireMeasureWrite } from './measure-access';
import { canChangeStatus, type MeasureStatus } from './measure-rules';
import { loadNoticeFacts } from './mail-facts';
import { measureLinks, measureMailTexts } from './mails';

export interface ChangeMeasureStatusCommand {
	consultationId: string;
	measureId: string;
	version: number;
	to: MeasureStatus;
	note?: string;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Moves a measure to another status (rules in measure-rules.ts). One short transaction: the status, a history
 * row with the optional note, a timeline entry visible to all (the note as its text), an audit entry and the
 * notice to the others taking part. Order of refusals: not theirs 404, role 403, consultation state 409,
 * stale form 409, status change not allowed 409.
 */
export async function changeMeasureStatus(
	db: Db,
	cmd: ChangeMeasureStatusCommand,
	{ origin, now = new Date() }: { origin: string; now?: Date }
) {
	const note = cmd.note?.trim() ?? '';
	return db.transaction(async (tx) => {
		const access = await requireMeasureWrite(tx, cmd.consultationId, cmd.user, cmd.roles);
		const before = await loadMeasureOf(tx, cmd.consultationId, cmd.measureId);
		if (before.version !== cmd.version) throw new StaleMeasureError();
		if (!canChangeStatus(before.status, cmd.to)) throw new MeasureRefusedError('status_not_allowed');
		const [after] = await tx
			.update(measure)
			.set({ status: cmd.to, updatedAt: now, version: sql`${measure.version} + 1` })
			.where(and(eq(measure.id, before.id), eq(measure.version, cmd.version)))
			.returning();
		if (!after) throw new StaleMeasureError();
		await tx.insert(measureStatusChange).values({ measureId: after.id, fromStatus: before.status, toStatus: cmd.to, note, actorId: cmd.user.id, at: now });
		const data = { action: 'status_changed', title: after.title, id: after.id, from: before.status, to: cmd.to };
		await appendTimeline(tx, { consultationId: cmd.consultationId, actorId: cmd.user.id, kind: 'measure', visibility: 'all', body: note, data });
		await recordAudit(tx, { actorId: cmd.user.id, action: 'measure.status', targetType: 'measure', targetId: after.id, details: { ...data, note } });
		const facts = await loadNoticeFacts(tx, access.consultation, cmd.user.id);
		const url = measureLinks(origin).measure(cmd.consultationId, after.id);
		await notifyParticipants(
			tx,
			{
				kind: 'measure.status_changed',
				consultationId: cmd.consultationId,
				render: (locale) =>
					measureMailTexts(locale).statusChanged({ ...facts, title: after.title, owner: after.owner, dueDate: after.dueDate, from: before.status, to: cmd.to, note, url })
			},
			{ audience: 'all', except: cmd.user.id }
		);
		return after;
	});
}
