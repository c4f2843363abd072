import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { user, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Role } from '$lib/roles';

export class EmailTakenError extends Error {
	constructor() {
		super('email_taken');
	}
}

/**
 * Creates an account without a password, with its roles. The caller then sends the invitation
 * (a set-password link) once the transaction is committed.
 */
export async function createInvitedUser(
	db: Db,
	input: { name: string; email: string; roles: Role[] },
	actorId: string | null
): Promise<string> {
	const email = input.email.toLowerCase();
	return db.transaction(async (tx) => {
		const id = randomUUID();
		// ON CONFLICT instead of a prior check: two simultaneous invitations cannot both pass it.
		const inserted = await tx
			.insert(user)
			.values({ id, name: input.name, email, emailVerified: false })
			.onConflictDoNothing({ target: user.email })
			.returning({ id: user.id });
		if (inserted.length === 0) throw new EmailTakenError();
		await tx.insert(userRole).values(input.roles.map((role) => ({ userId: id, role, grantedBy: actorId })));
		await recordAudit(tx, { actorId, action: 'user.invite', targetType: 'user', targetId: id, details: { roles: input.roles } });
		return id;
	});
}
