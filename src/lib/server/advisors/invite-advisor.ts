import type { Db } from '../db/client';
import { advisorProfile } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { InvitationAuth } from '../consultations/invite-municipality-contact';
import { createInvitedUser } from '../users/invite-user';

export interface InviteAdvisorCommand {
	name: string;
	email: string;
	actorId: string;
}

/**
 * A coordinator invites an advisor: the account with the role 'advisor' (createInvitedUser, which throws
 * EmailTakenError for a known address) and an empty profile in one transaction; after the commit the invitation,
 * made exactly as an admin's invitation (better-auth's set-password link, which our mail hook sends as
 * "Einladung" for an account without password). The profile starts at version 0, so the advisor's first save
 * is not refused as stale.
 */
export async function inviteAdvisor(db: Db, auth: InvitationAuth, cmd: InviteAdvisorCommand): Promise<string> {
	const userId = await db.transaction(async (tx) => {
		const id = await createInvitedUser(tx, { name: cmd.name, email: cmd.email, roles: ['advisor'] }, cmd.actorId);
		await tx.insert(advisorProfile).values({ userId: id, version: 0 });
		await recordAudit(tx, { actorId: cmd.actorId, action: 'advisor.invite', targetType: 'user', targetId: id });
		return id;
	});
	await auth.api.requestPasswordReset({ body: { email: cmd.email.toLowerCase(), redirectTo: '/passwort-neu' } });
	return userId;
}
