import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../db/client';
import { account, user, userRole } from '../db/schema';
import type { Role } from '$lib/roles';

/** Creates an account that can log in at once (demo seed and tests), with better-auth's own hash. */
export async function createUserWithPassword(
	db: Db,
	input: { name: string; email: string; password: string; roles: Role[] }
): Promise<string> {
	const id = randomUUID();
	const hash = await hashPassword(input.password);
	await db.transaction(async (tx) => {
		await tx.insert(user).values({ id, name: input.name, email: input.email.toLowerCase(), emailVerified: true });
		await tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
		if (input.roles.length) await tx.insert(userRole).values(input.roles.map((role) => ({ userId: id, role })));
	});
	return id;
}
