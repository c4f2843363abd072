import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, user, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { enqueueMail } from '../mail/outbox';
import { loadRecipients } from '../notifications/notify';
import { clientName } from './client-name';
import { AssignmentError, ConsultationNotFoundError } from './errors';
import { consultationLinks, consultationMailTexts } from './mails';
import { appendTimeline } from './timeline';

export interface AssignAdvisorCommand {
	id: string;
	advisorId: string;
	message?: string;
	actorId: string;
}

/**
 * A coordinator asks an advisor by hand: the member row becomes 'invited' (again, after an earlier decline), the
 * advisor gets a mail with the link, and the internal timeline records it. Only active accounts with the advisor
 * role can be asked; one already asked or accepted is refused.
 */
export async function assignAdvisor(db: Db, cmd: AssignAdvisorCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const message = cmd.message?.trim() || null;
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(consultation).where(eq(consultation.id, cmd.id));
		if (!row) throw new ConsultationNotFoundError();
		const [advisor] = await tx
			.select({ id: user.id, name: user.name, email: user.email })
			.from(user)
			.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
			.where(and(eq(user.id, cmd.advisorId), isNull(user.deactivatedAt)));
		if (!advisor) throw new AssignmentError('not_an_advisor');
		const key = and(
			eq(consultationMember.consultationId, cmd.id),
			eq(consultationMember.userId, advisor.id),
			eq(consultationMember.role, 'advisor')
		);
		const [existing] = await tx.select().from(consultationMember).where(key);
		if (existing && (existing.status === 'invited' || existing.status === 'accepted')) throw new AssignmentError('already_assigned');
		const fields = { status: 'invited' as const, message, declineReason: null, invitedBy: cmd.actorId, invitedAt: now, answeredAt: null };
		if (existing) await tx.update(consultationMember).set(fields).where(key);
		else await tx.insert(consultationMember).values({ consultationId: cmd.id, userId: advisor.id, role: 'advisor', ...fields });

		const data = { advisorId: advisor.id, advisorName: advisor.name, status: 'invited' };
		await appendTimeline(tx, { consultationId: cmd.id, actorId: cmd.actorId, kind: 'assignment', visibility: 'internal', body: message ?? '', data });
		await recordAudit(tx, { actorId: cmd.actorId, action: 'consultation.assign_advisor', targetType: 'consultation', targetId: cmd.id, details: data });
		// An invitation is a task with an answer expected, so it goes out at once whatever the digest setting, but in
		// the advisor's language.
		const [recipient] = await loadRecipients(tx, [advisor.id]);
		const mail = consultationMailTexts(recipient?.locale ?? 'de').assigned({
			name: advisor.name,
			reference: row.reference,
			client: await clientName(tx, row),
			message,
			url: consultationLinks(origin).page(cmd.id)
		});
		await enqueueMail(tx, { kind: 'consultation.advisor_invited', to: advisor.email, ...mail });
		return advisor;
	});
}
