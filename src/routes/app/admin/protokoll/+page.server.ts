import { inArray } from 'drizzle-orm';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { listAudit } from '$lib/server/audit/record-audit';
import { user } from '$lib/server/db/schema';
import { pageParam } from '$lib/server/forms';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	const page = pageParam(event.url);
	const { rows, total } = await listAudit(database.db, { page, pageSize: PAGE_SIZE });
	const ids = [...new Set(rows.flatMap((r) => [r.actorId, r.targetType === 'user' ? r.targetId : null]).filter((x): x is string => !!x))];
	const names = ids.length
		? Object.fromEntries(
				(await database.db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids))).map((u) => [u.id, u.name])
			)
		: {};
	return {
		entries: rows.map((r) => ({
			id: r.id,
			at: r.at,
			actor: r.actorId ? (names[r.actorId] ?? r.actorId) : null,
			action: r.action,
			target: r.targetType === 'user' && r.targetId ? (names[r.targetId] ?? r.targetId) : `${r.targetType} ${r.targetId ?? ''}`.trim()
		})),
		page,
		pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
};
