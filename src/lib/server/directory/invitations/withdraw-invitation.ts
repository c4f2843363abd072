import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisationInvitation } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { InvitationClosedError, InvitationNotFoundError } from './errors';
import { seesAllInvitations } from './invitation-rules';

/**
 * Withdraws an open invitation: its link then only says so. Allowed to the inviter and to coordinators/admins;
 * anybody else gets "not found", so that ids of other people's invitations cannot be probed.
 */
export async function withdrawInvitation(db: Db, invitationId: string, actor: { id: string; roles: readonly string[] }, now = new Date()) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ id: organisationInvitation.id, status: organisationInvitation.status, invitedBy: organisationInvitation.invitedBy })
			.from(organisationInvitation)
			.where(eq(organisationInvitation.id, invitationId))
			.for('update');
		if (!row || (row.invitedBy !== actor.id && !seesAllInvitations(actor.roles))) throw new InvitationNotFoundError();
		if (row.status !== 'invited') throw new InvitationClosedError(row.status);
		// answeredAt marks the end of the invitation, from which its retention period runs.
		await tx.update(organisationInvitation).set({ status: 'withdrawn', answeredAt: now }).where(eq(organisationInvitation.id, row.id));
		await recordAudit(tx, { actorId: actor.id, action: 'invitation.withdraw', targetType: 'organisation_invitation', targetId: row.id });
	});
}
