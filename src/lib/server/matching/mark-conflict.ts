import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationConflict, user, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { ConsultationNotFoundError } from '../consultations/errors';

export const CONFLICT_REASON_MAX = 500;

/** A conflict of interest that cannot be recorded or removed; nothing was written. */
export class ConflictRefusedError extends Error {
	constructor(readonly code: 'not_an_advisor' | 'no_conflict' | 'reason_required') {
		super(`conflict: ${code}`);
	}
}

export interface MarkConflictCommand {
	consultationId: string;
	advisorId: string;
	reason: string;
	actorId: string;
}

/**
 * A coordinator records that an advisor has a conflict of interest with this consultation: from then on the advisor
 * is listed under the exclusions with the reason instead of being proposed. Marking again replaces the reason.
 * The reason is internal: it goes to the audit log, not to the consultation's timeline.
 */
export async function markConflict(db: Db, cmd: MarkConflictCommand) {
	const reason = cmd.reason.trim().slice(0, CONFLICT_REASON_MAX);
	if (!reason) throw new ConflictRefusedError('reason_required');
	return db.transaction(async (tx) => {
		const [row] = await tx.select({ id: consultation.id }).from(consultation).where(eq(consultation.id, cmd.consultationId));
		if (!row) throw new ConsultationNotFoundError();
		const [advisor] = await tx
			.select({ id: user.id, name: user.name })
			.from(user)
			.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
			.where(eq(user.id, cmd.advisorId));
		if (!advisor) throw new ConflictRefusedError('not_an_advisor');
		await tx
			.insert(consultationConflict)
			.values({ consultationId: cmd.consultationId, userId: advisor.id, reason, createdBy: cmd.actorId })
			.onConflictDoUpdate({
				target: [consultationConflict.consultationId, consultationConflict.userId],
				set: { reason, createdBy: cmd.actorId, createdAt: new Date() }
			});
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: 'consultation.conflict_marked',
			targetType: 'consultation',
			targetId: cmd.consultationId,
			details: { advisorId: advisor.id, advisorName: advisor.name, reason }
		});
		return advisor;
	});
}
