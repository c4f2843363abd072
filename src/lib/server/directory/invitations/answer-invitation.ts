import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, organisationInvitation, user } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { hashToken, isTokenShape } from '../lifecycle/tokens';
import { InvalidInvitationTokenError, InvitationClosedError } from './errors';
import type { InvitationAnswer } from './invitation-rules';
import { invitationLinks, invitationMailTexts } from './mails';

/**
 * The organisation's answer through its one-time link: accepted or declined, with an optional note, exactly once.
 * The row is locked for the transaction, so two clicks at the same moment cannot both answer. The inviter is
 * told by mail (queued in the same transaction, so it goes out exactly when the answer is stored).
 */
export async function answerInvitation(
	db: Db,
	rawToken: unknown,
	input: { answer: InvitationAnswer; note: string | null },
	{ origin, now = new Date() }: { origin: string; now?: Date }
) {
	if (!isTokenShape(rawToken)) throw new InvalidInvitationTokenError();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: organisationInvitation.id,
				status: organisationInvitation.status,
				expiresAt: organisationInvitation.expiresAt,
				title: organisationInvitation.title,
				invitedBy: organisationInvitation.invitedBy,
				organisationId: organisationInvitation.organisationId
			})
			.from(organisationInvitation)
			.where(eq(organisationInvitation.tokenHash, hashToken(rawToken)))
			.for('update');
		if (!row) throw new InvalidInvitationTokenError();
		if (row.status !== 'invited') throw new InvitationClosedError(row.status);
		if (row.expiresAt <= now) throw new InvalidInvitationTokenError();

		await tx
			.update(organisationInvitation)
			.set({ status: input.answer, answerNote: input.note, answeredAt: now })
			.where(eq(organisationInvitation.id, row.id));

		const [org] = await tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, row.organisationId));
		const [inviter] = await tx.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, row.invitedBy));
		// An inviter whose account was erased meanwhile gets no mail; the answer still counts.
		if (inviter) {
			const mail = invitationMailTexts().answered({
				name: inviter.name,
				organisation: org?.name ?? '',
				title: row.title,
				answer: input.answer,
				note: input.note,
				url: invitationLinks(origin).list()
			});
			await enqueueMail(tx, { kind: 'organisation.invitation-answer', to: inviter.email, ...mail });
		}
		await recordAudit(tx, {
			actorId: null,
			action: `invitation.${input.answer === 'accepted' ? 'accept' : 'decline'}`,
			targetType: 'organisation_invitation',
			targetId: row.id,
			details: { organisationId: row.organisationId, note: input.note !== null }
		});
		return { id: row.id, status: input.answer, inviterName: inviter?.name ?? '' };
	});
}
