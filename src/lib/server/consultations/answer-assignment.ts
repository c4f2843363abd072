import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, user, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notifyUsers } from '../notifications/notify';
import { clientName } from './client-name';
import { AssignmentError, ConsultationNotFoundError } from './errors';
import { consultationLinks, consultationMailTexts } from './mails';
import { appendTimeline } from './timeline';

export interface AnswerAssignmentCommand {
	id: string;
	advisorId: string;
	accept: boolean;
	/** Required to decline: the coordination needs it to ask someone else. */
	reason?: string;
}

/**
 * The invited advisor accepts or declines. Only an open invitation ('invited') can be answered, once. The
 * coordinator who asked gets a mail (all active coordinators when that account is gone or inactive).
 */
export async function answerAssignment(db: Db, cmd: AnswerAssignmentCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const reason = cmd.reason?.trim() || null;
	if (!cmd.accept && !reason) throw new AssignmentError('reason_required');
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(consultation).where(eq(consultation.id, cmd.id));
		if (!row) throw new ConsultationNotFoundError();
		const key = and(
			eq(consultationMember.consultationId, cmd.id),
			eq(consultationMember.userId, cmd.advisorId),
			eq(consultationMember.role, 'advisor'),
			eq(consultationMember.status, 'invited')
		);
		const [member] = await tx
			.update(consultationMember)
			.set({ status: cmd.accept ? 'accepted' : 'declined', declineReason: cmd.accept ? null : reason, answeredAt: now })
			.where(key)
			.returning();
		if (!member) throw new AssignmentError('no_open_request');
		const [advisor] = await tx.select({ name: user.name }).from(user).where(eq(user.id, cmd.advisorId));

		const data = { advisorId: cmd.advisorId, advisorName: advisor?.name ?? '', status: member.status, ...(reason ? { reason } : {}) };
		await appendTimeline(tx, { consultationId: cmd.id, actorId: cmd.advisorId, kind: 'assignment', visibility: 'internal', data });
		await recordAudit(tx, { actorId: cmd.advisorId, action: `consultation.advisor_${member.status}`, targetType: 'consultation', targetId: cmd.id, details: data });

		const active = and(isNull(user.deactivatedAt), eq(userRole.role, 'coordinator'));
		const coordinators = await tx
			.select({ id: user.id, email: user.email })
			.from(user)
			.innerJoin(userRole, eq(userRole.userId, user.id))
			.where(active);
		const inviter = coordinators.filter((c) => c.id === member.invitedBy);
		const client = await clientName(tx, row);
		// The answer goes to the coordinator who asked, in their language and as they chose (at once or in the digest).
		await notifyUsers(tx, (inviter.length > 0 ? inviter : coordinators).map((c) => c.id), {
			kind: 'consultation.advisor_answered',
			consultationId: cmd.id,
			render: (locale) =>
				consultationMailTexts(locale).answered({
					advisor: advisor?.name ?? '',
					reference: row.reference,
					client,
					accepted: cmd.accept,
					reason,
					url: consultationLinks(origin).page(cmd.id)
				})
		});
		return member;
	});
}
