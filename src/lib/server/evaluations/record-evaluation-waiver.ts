import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError, StaleConsultationError } from '../consultations/errors';
import { appendTimeline } from '../consultations/timeline';
import { EvaluationRefusedError } from './errors';
import { MAX_REASON } from './evaluation-forms';
import { isEvaluationOpen } from './evaluation-status';

export interface RecordWaiverCommand {
	consultationId: string;
	/** The consultation's version the form was shown with. */
	version: number;
	reason: string;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * A coordinator records why an evaluation is missing, so that the consultation can be completed without both
 * questionnaires (DESIGN §7). Coordinators only, during the evaluation phase, version-checked on the
 * consultation. The reason is internal: the timeline entry is for coordination and advisors, plus an audit entry.
 */
export async function recordEvaluationWaiver(db: Db, cmd: RecordWaiverCommand, { now = new Date() }: { now?: Date } = {}) {
	const reason = cmd.reason.trim();
	return db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		if (!access.actor.roles.includes('coordinator')) throw new EvaluationRefusedError('role_not_allowed');
		if (!isEvaluationOpen(access.consultation.state)) throw new EvaluationRefusedError('not_open');
		if (!reason || reason.length > MAX_REASON) throw new EvaluationRefusedError('reason_required');
		if (access.consultation.version !== cmd.version) throw new StaleConsultationError();
		const [after] = await tx
			.update(consultation)
			.set({ evaluationWaiver: reason, updatedAt: now, version: sql`${consultation.version} + 1` })
			.where(and(eq(consultation.id, cmd.consultationId), eq(consultation.version, cmd.version)))
			.returning();
		if (!after) throw new StaleConsultationError();
		const data = { action: 'waiver', reason };
		await appendTimeline(tx, { consultationId: after.id, actorId: cmd.user.id, kind: 'evaluation', visibility: 'internal', data });
		await recordAudit(tx, { actorId: cmd.user.id, action: 'evaluation.waiver', targetType: 'consultation', targetId: after.id, details: data });
		return after;
	});
}
