import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { measure, measureStatusChange } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { appendTimeline } from '../consultations/timeline';
import { notifyParticipants } from '../notifications/notify';
import { requireMeasureWrite } from './measure-access';
import type { MeasureFields } from './measure-forms';
import type { MeasureStatus } from './measure-rules';
import { loadNoticeFacts } from './mail-facts';
import { measureLinks, measureMailTexts } from './mails';

export interface CreateMeasureCommand {
	consultationId: string;
	input: MeasureFields & { status?: MeasureStatus };
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Adds an idea or measure to a consultation. One short transaction: the measure, its first history row (from
 * nothing to the initial status), a timeline entry visible to all, an audit entry and the notice to the others
 * taking part. Refused (403/409) by requireMeasureWrite; nothing is written then.
 */
export async function createMeasure(db: Db, cmd: CreateMeasureCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const status = cmd.input.status ?? 'idea';
	return db.transaction(async (tx) => {
		const access = await requireMeasureWrite(tx, cmd.consultationId, cmd.user, cmd.roles);
		const { title, description, owner, startDate, dueDate, topic, sdgs } = cmd.input;
		const [row] = await tx
			.insert(measure)
			.values({ consultationId: cmd.consultationId, title, description, owner, startDate, dueDate, topic, sdgs, status, createdBy: cmd.user.id, createdAt: now, updatedAt: now })
			.returning();
		await tx.insert(measureStatusChange).values({ measureId: row.id, fromStatus: null, toStatus: status, actorId: cmd.user.id, at: now });
		await appendTimeline(tx, {
			consultationId: cmd.consultationId,
			actorId: cmd.user.id,
			kind: 'measure',
			visibility: 'all',
			data: { action: 'created', title, id: row.id, status }
		});
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: 'measure.create',
			targetType: 'measure',
			targetId: row.id,
			details: { consultationId: cmd.consultationId, title, status, dueDate }
		});
		const facts = await loadNoticeFacts(tx, access.consultation, cmd.user.id);
		const url = measureLinks(origin).measure(cmd.consultationId, row.id);
		await notifyParticipants(
			tx,
			{ kind: 'measure.created', consultationId: cmd.consultationId, render: (locale) => measureMailTexts(locale).created({ ...facts, title, owner, dueDate, status, url }) },
			{ audience: 'all', except: cmd.user.id }
		);
		return row;
	});
}
