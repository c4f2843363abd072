import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, organisationInvitation, user } from '../../db/schema';
import { hashToken, isTokenShape } from '../lifecycle/tokens';

/**
 * What the public answer page shows for a link, read only (mail scanners open links; only the POST answers).
 * Null for an unknown token and for an open invitation whose link has expired: both get the same friendly page.
 */
export async function getInvitationForAnswer(db: Db, rawToken: unknown, now = new Date()) {
	if (!isTokenShape(rawToken)) return null;
	const [row] = await db
		.select({
			status: organisationInvitation.status,
			title: organisationInvitation.title,
			occasionDate: organisationInvitation.occasionDate,
			message: organisationInvitation.message,
			answerNote: organisationInvitation.answerNote,
			answeredAt: organisationInvitation.answeredAt,
			expiresAt: organisationInvitation.expiresAt,
			organisationName: organisation.name,
			inviterName: user.name
		})
		.from(organisationInvitation)
		.innerJoin(organisation, eq(organisation.id, organisationInvitation.organisationId))
		.leftJoin(user, eq(user.id, organisationInvitation.invitedBy))
		.where(eq(organisationInvitation.tokenHash, hashToken(rawToken)));
	if (!row || (row.status === 'invited' && row.expiresAt <= now)) return null;
	return { ...row, inviterName: row.inviterName ?? 'MiGlobe NRW' };
}
