import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { measure } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { appendTimeline } from '../consultations/timeline';
import { StaleMeasureError } from './errors';
import { loadMeasureOf, requireMeasureWrite } from './measure-access';
import type { MeasureFields } from './measure-forms';

export interface UpdateMeasureCommand {
	consultationId: string;
	measureId: string;
	/** The version the person saw; a save in between answers StaleMeasureError. */
	version: number;
	input: MeasureFields;
	user: { id: string };
	roles: readonly Role[];
}

const FIELDS = ['title', 'description', 'owner', 'startDate', 'dueDate', 'topic', 'sdgs'] as const;

/**
 * Saves the fields of a measure (not its status: that is changeMeasureStatus, with its history). Version-checked;
 * the timeline names the changed fields, the audit their values. No mail: edits are frequent and small, the
 * status changes are what the others are told about. A moved due date arms the reminder again by itself.
 */
export async function updateMeasure(db: Db, cmd: UpdateMeasureCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		await requireMeasureWrite(tx, cmd.consultationId, cmd.user, cmd.roles);
		const before = await loadMeasureOf(tx, cmd.consultationId, cmd.measureId);
		if (before.version !== cmd.version) throw new StaleMeasureError();
		const values = Object.fromEntries(FIELDS.map((f) => [f, cmd.input[f]])) as MeasureFields;
		const [after] = await tx
			.update(measure)
			.set({ ...values, updatedAt: now, version: sql`${measure.version} + 1` })
			.where(and(eq(measure.id, before.id), eq(measure.version, cmd.version)))
			.returning();
		if (!after) throw new StaleMeasureError();
		const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
		if (changed.length > 0) {
			await appendTimeline(tx, {
				consultationId: cmd.consultationId,
				actorId: cmd.user.id,
				kind: 'measure',
				visibility: 'all',
				data: { action: 'updated', title: after.title, id: after.id, fields: changed }
			});
			await recordAudit(tx, {
				actorId: cmd.user.id,
				action: 'measure.update',
				targetType: 'measure',
				targetId: after.id,
				details: Object.fromEntries(changed.map((f) => [f, after[f]]))
			});
		}
		return after;
	});
}
