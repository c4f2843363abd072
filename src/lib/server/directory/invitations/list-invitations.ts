import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, organisationInvitation, user } from '../../db/schema';
import { displayedStatus, seesAllInvitations } from './invitation-rules';

/** More than a year of invitations of one person; paging comes when somebody gets near it. */
export const INVITATION_LIST_LIMIT = 500;

/**
 * The invitations a person sent, newest first, with the organisation's name and the status as shown (open ones
 * past their link lifetime read as expired). Coordinators and admins see everybody's, with the inviter's name.
 */
export async function listInvitations(db: Db, viewer: { id: string; roles: readonly string[] }, now = new Date()) {
	const all = seesAllInvitations(viewer.roles);
	const rows = await db
		.select({
			id: organisationInvitation.id,
			organisationId: organisationInvitation.organisationId,
			organisationName: organisation.name,
			title: organisationInvitation.title,
			occasionDate: organisationInvitation.occasionDate,
			status: organisationInvitation.status,
			answerNote: organisationInvitation.answerNote,
			createdAt: organisationInvitation.createdAt,
			answeredAt: organisationInvitation.answeredAt,
			expiresAt: organisationInvitation.expiresAt,
			invitedBy: organisationInvitation.invitedBy,
			inviterName: user.name
		})
		.from(organisationInvitation)
		.innerJoin(organisation, eq(organisation.id, organisationInvitation.organisationId))
		.leftJoin(user, eq(user.id, organisationInvitation.invitedBy))
		.where(all ? undefined : eq(organisationInvitation.invitedBy, viewer.id))
		.orderBy(desc(organisationInvitation.createdAt), desc(organisationInvitation.id))
		.limit(INVITATION_LIST_LIMIT);
	return {
		all,
		invitations: rows.map((r) => {
			const shown = displayedStatus(r, now);
			const { expiresAt: _expiresAt, ...rest } = r;
			return { ...rest, shown, withdrawable: shown === 'invited' };
		})
	};
}
