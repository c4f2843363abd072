import { asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user, userRole } from '../db/schema';
import type { Role } from '$lib/roles';

export interface UserListItem {
	id: string;
	name: string;
	email: string;
	roles: Role[];
	deactivatedAt: Date | null;
	createdAt: Date;
}

/** One query for the page: roles are aggregated in SQL rather than fetched per user. */
export async function listUsers(
	db: Db,
	{ page, pageSize, query }: { page: number; pageSize: number; query?: string }
): Promise<{ rows: UserListItem[]; total: number }> {
	const pattern = query ? `%${query.replace(/[\\%_]/g, '\\$&')}%` : undefined;
	const filter = pattern ? or(ilike(user.name, pattern), ilike(user.email, pattern)) : undefined;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: user.id,
				name: user.name,
				email: user.email,
				deactivatedAt: user.deactivatedAt,
				createdAt: user.createdAt,
				roles: sql<Role[]>`coalesce(array_agg(${userRole.role}::text ORDER BY ${userRole.role}) FILTER (WHERE ${userRole.role} IS NOT NULL), '{}')`
			})
			.from(user)
			.leftJoin(userRole, eq(userRole.userId, user.id))
			.where(filter)
			.groupBy(user.id)
			.orderBy(asc(user.name), asc(user.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ total: count() }).from(user).where(filter)
	]);
	return { rows, total };
}

export async function getUserWithRoles(db: Db, id: string): Promise<UserListItem | undefined> {
	const [u] = await db.select().from(user).where(eq(user.id, id));
	if (!u) return undefined;
	const roles = await getRoles(db, id);
	return { id: u.id, name: u.name, email: u.email, deactivatedAt: u.deactivatedAt, createdAt: u.createdAt, roles };
}

export async function getRoles(db: Db, userId: string): Promise<Role[]> {
	const rows = await db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId)).orderBy(userRole.role);
	return rows.map((r) => r.role);
}
