import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context';
import { user } from '../db/schema';
import { getRoles } from '../users/list-users';
import type { Role } from '$lib/roles';

export interface SessionLocals {
	user: { id: string; name: string; email: string } | null;
	sessionId: string | null;
	roles: Role[];
}

/**
 * Reads the session cookie through better-auth, then checks the account is still active and
 * loads its roles from the database, on every request: a role taken away counts at once.
 */
export async function loadSessionUser(ctx: AppContext, headers: Headers): Promise<SessionLocals> {
	const none: SessionLocals = { user: null, sessionId: null, roles: [] };
	if (!headers.get('cookie')) return none;
	const result = await ctx.auth.api.getSession({ headers });
	if (!result) return none;
	const [row] = await ctx.database.db
		.select({ deactivatedAt: user.deactivatedAt })
		.from(user)
		.where(eq(user.id, result.user.id));
	if (!row || row.deactivatedAt) return none;
	return {
		user: { id: result.user.id, name: result.user.name, email: result.user.email },
		sessionId: result.session.id,
		roles: await getRoles(ctx.database.db, result.user.id)
	};
}
