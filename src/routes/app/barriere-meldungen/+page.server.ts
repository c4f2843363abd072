import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { isOverdue, listFeedback, markFeedbackAnswered } from '$lib/server/feedback/list-feedback';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const items = await listFeedback(database.db);
	return { items: items.map((i) => ({ ...i, overdue: isOverdue(i) })) };
};

export const actions: Actions = {
	answered: async (event) => {
		const user = requireRole(event, 'coordinator', 'admin');
		const { database } = await runtime();
		const parsed = parseForm(z.object({ id: z.uuid() }), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const changed = await markFeedbackAnswered(database.db, parsed.data.id, user.id);
		if (!changed) return fail(404, { errors: { id: 'not found' } });
		return { marked: true };
	}
};
