import { and, eq, isNotNull } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation, consultationMember } from '../db/schema';
import type { OrganiserScope } from './event-rules';

/** Roles that may open the organiser pages at all; the scope then narrows what a municipality user may do. */
export const ORGANISER_ROLES: Role[] = ['coordinator', 'admin', 'municipality'];

/**
 * The organiser scope of a user. A municipality user counts as verified through the coordination binding them
 * to a consultation (consultation_member, role municipality, accepted); they act for those municipalities only.
 */
export async function loadOrganiserScope(db: Db, user: { id: string }, roles: readonly Role[]): Promise<OrganiserScope> {
	if (roles.includes('coordinator') || roles.includes('admin')) return { all: true, userId: user.id };
	if (!roles.includes('municipality')) return { all: false, userId: user.id, municipalityAgs: [] };
	const rows = await db
		.selectDistinct({ ags: consultation.municipalityAgs })
		.from(consultationMember)
		.innerJoin(consultation, eq(consultation.id, consultationMember.consultationId))
		.where(
			and(
				eq(consultationMember.userId, user.id),
				eq(consultationMember.role, 'municipality'),
				eq(consultationMember.status, 'accepted'),
				isNotNull(consultation.municipalityAgs)
			)
		);
	return { all: false, userId: user.id, municipalityAgs: rows.map((r) => r.ags!).sort() };
}
