import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { session, user, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Role } from '$lib/roles';

/** Admins cannot take their own admin role or deactivate themselves: nobody locks the door from inside. */
export class SelfLockoutError extends Error {
	constructor() {
		super('self_lockout');
	}
}

export async function setUserRoles(db: Db, userId: string, roles: Role[], actorId: string) {
	if (userId === actorId && !roles.includes('admin')) throw new SelfLockoutError();
	await db.transaction(async (tx) => {
		await tx.delete(userRole).where(eq(userRole.userId, userId));
		if (roles.length) {
			await tx.insert(userRole).values(roles.map((role) => ({ userId, role, grantedBy: actorId })));
		}
		await recordAudit(tx, { actorId, action: 'user.roles', targetType: 'user', targetId: userId, details: { roles } });
	});
}

/** Deactivation also ends every open session of that person at once. */
export async function setUserActive(db: Db, userId: string, active: boolean, actorId: string) {
	if (userId === actorId && !active) throw new SelfLockoutError();
	await db.transaction(async (tx) => {
		await tx.update(user).set({ deactivatedAt: active ? null : new Date(), updatedAt: new Date() }).where(eq(user.id, userId));
		if (!active) await tx.delete(session).where(eq(session.userId, userId));
		await recordAudit(tx, {
			actorId,
			action: active ? 'user.reactivate' : 'user.deactivate',
			targetType: 'user',
			targetId: userId
		});
	});
}
