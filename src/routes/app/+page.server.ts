import { and, count, eq } from 'drizzle-orm';
import { requireUser } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { accessibilityFeedback } from '$lib/server/db/schema';
import { hasAnyRole } from '$lib/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	let openFeedback: number | null = null;
	if (hasAnyRole(event.locals.roles, ['coordinator', 'admin'])) {
		const { database } = await runtime();
		const [row] = await database.db
			.select({ n: count() })
			.from(accessibilityFeedback)
			.where(and(eq(accessibilityFeedback.status, 'open')));
		openFeedback = row.n;
	}
	return { openFeedback };
};
