import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, organisationInvitation, user } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { hashToken } from '../lifecycle/tokens';
import { InvitationNotFoundError, InvitationRefusedError } from './errors';
import { INVITATION_LIFETIME_MS, invitationRefusal, type InvitationContext } from './invitation-rules';
import { invitationLinks, invitationMailTexts } from './mails';

export interface InviteInput {
	organisationId: string;
	context: InvitationContext;
	title: string;
	occasionDate: string | null;
	message: string;
	inviterId: string;
}

/**
 * Invites a directory organisation by mail (DESIGN §6: only published entries with consent to be contacted).
 * One short transaction stores the invitation with the hash of a new one-time token, queues the mail to the
 * entry's contact address and writes the audit entry; the raw token exists only in the mail.
 */
export async function inviteOrganisation(db: Db, input: InviteInput, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const raw = randomBytes(32).toString('base64url');
	return db.transaction(async (tx) => {
		const [org] = await tx
			.select({
				id: organisation.id,
				name: organisation.name,
				status: organisation.status,
				contactable: organisation.contactable,
				contactName: organisation.contactName,
				contactEmail: organisation.contactEmail
			})
			.from(organisation)
			.where(eq(organisation.id, input.organisationId))
			// Locked so that a withdrawn consent committed meanwhile cannot slip past the check below.
			.for('share');
		if (!org) throw new InvitationNotFoundError();
		const refusal = invitationRefusal(org);
		if (refusal) throw new InvitationRefusedError(refusal);
		const [inviter] = await tx.select({ name: user.name }).from(user).where(eq(user.id, input.inviterId));
		if (!inviter) throw new Error(`inviter ${input.inviterId} does not exist`);

		const [row] = await tx
			.insert(organisationInvitation)
			.values({
				organisationId: org.id,
				contextType: input.context.type,
				contextId: input.context.type === 'occasion' ? null : input.context.id,
				title: input.title,
				occasionDate: input.occasionDate,
				message: input.message,
				invitedBy: input.inviterId,
				tokenHash: hashToken(raw),
				expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
				createdAt: now
			})
			.returning({ id: organisationInvitation.id });

		const links = invitationLinks(origin);
		const mail = invitationMailTexts().invite({
			name: org.contactName,
			inviter: inviter.name,
			organisation: org.name,
			title: input.title,
			date: input.occasionDate,
			message: input.message,
			acceptUrl: links.accept(raw),
			declineUrl: links.decline(raw)
		});
		await enqueueMail(tx, { kind: 'organisation.invitation', to: org.contactEmail, ...mail });
		await recordAudit(tx, {
			actorId: input.inviterId,
			action: 'invitation.send',
			targetType: 'organisation_invitation',
			targetId: row.id,
			details: { organisationId: org.id, contextType: input.context.type, title: input.title }
		});
		return { id: row.id, organisationName: org.name, token: raw };
	});
}
