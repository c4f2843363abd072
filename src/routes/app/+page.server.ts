import { and, count, eq } from 'drizzle-orm';
import { requireUser } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { accessibilityFeedback } from '$lib/server/db/schema';
import { getAdvisorDashboard } from '$lib/server/workspace/get-advisor-dashboard';
import { hasAnyRole } from '$lib/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { database } = await runtime();
	let openFeedback: number | null = null;
	if (hasAnyRole(event.locals.roles, ['coordinator', 'admin'])) {
		const [row] = await database.db
			.select({ n: count() })
			.from(accessibilityFeedback)
			.where(and(eq(accessibilityFeedback.status, 'open')));
		openFeedback = row.n;
	}
	// Advisors see their workspace: invitations, consultations with next dates, open measures, recent messages.
	const advisor = event.locals.roles.includes('advisor') ? await getAdvisorDashboard(database.db, user.id) : null;
	return { openFeedback, advisor };
};
