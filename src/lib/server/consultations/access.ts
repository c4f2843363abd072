import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation, consultationMember } from '../db/schema';
import type { Actor } from './lifecycle';
import { UUID_PATTERN as UUID } from '../ids';

export type ConsultationRow = typeof consultation.$inferSelect;

export interface ConsultationAccess {
	consultation: ConsultationRow;
	actor: Actor;
	/** Coordinators, admins and advisors taking part see internal timeline entries; municipality users do not. */
	seesInternal: boolean;
	/** This user's advisor membership, when there is one still open or accepted. */
	advisorStatus: 'invited' | 'accepted' | null;
}

/** A malformed id is answered like an unknown one (404), never with a database error. */
export const isConsultationId = (id: string) => UUID.test(id);

/**
 * The consultation as this user may see it, or null when it does not exist or is not theirs (the route answers
 * 404 in both cases). Coordinators and admins see all; advisors those they are invited to or accepted;
 * municipality users those they are bound to as municipality members.
 */
export async function loadConsultationForUser(
	db: Db,
	id: string,
	user: { id: string },
	roles: readonly Role[]
): Promise<ConsultationAccess | null> {
	if (!UUID.test(id)) return null;
	const [row] = await db.select().from(consultation).where(eq(consultation.id, id));
	if (!row) return null;
	const members = await db
		.select({ role: consultationMember.role, status: consultationMember.status })
		.from(consultationMember)
		.where(
			and(
				eq(consultationMember.consultationId, id),
				eq(consultationMember.userId, user.id),
				inArray(consultationMember.status, ['invited', 'accepted'])
			)
		);
	const advisor = roles.includes('advisor') ? members.find((m) => m.role === 'advisor') : undefined;
	const client = roles.includes('municipality') && members.some((m) => m.role === 'municipality');
	const staff = roles.includes('coordinator') || roles.includes('admin');
	if (!staff && !advisor && !client) return null;
	return {
		consultation: row,
		actor: { roles, isAssignedAdvisor: advisor?.status === 'accepted', isClientUser: client },
		seesInternal: staff || !!advisor,
		advisorStatus: advisor?.status === 'invited' || advisor?.status === 'accepted' ? advisor.status : null
	};
}
