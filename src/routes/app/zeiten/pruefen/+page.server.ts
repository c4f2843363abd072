import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { todayInBerlin } from '$lib/server/measures/measure-rules';
import { approveTimeEntry } from '$lib/server/time-entries/approve-time-entry';
import { rejectTimeEntry } from '$lib/server/time-entries/reject-time-entry';
import { listDecidedTimeEntries, listReviewQueue } from '$lib/server/time-entries/list-time-entries';
import { approveSchema, rejectSchema, timeEntryMessages } from '$lib/server/time-entries/time-entry-forms';
import { runTimeEntryCommand } from '$lib/server/time-entries/time-entry-page';
import { monthOf, monthRange, parseMonth } from '$lib/server/time-entries/time-entry-rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator');
	const { database } = await runtime();
	const today = todayInBerlin(new Date());
	const month = parseMonth(event.url.searchParams.get('monat')) ?? monthOf(today);
	const range = monthRange(month);
	const queue = await listReviewQueue(database.db);
	const rejectId = event.url.searchParams.get('ablehnen');
	return {
		month,
		previous: range.previous,
		next: range.next <= monthOf(today) ? range.next : null,
		queue,
		history: await listDecidedTimeEntries(database.db, month),
		/** The reject form of one entry: shown by a link, so it works without JavaScript. */
		rejecting: queue.flatMap((g) => g.entries).find((e) => e.id === rejectId) ?? null
	};
};

export const actions: Actions = {
	approve: async (event) => {
		const user = requireRole(event, 'coordinator');
		const { database, config } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(approveSchema, data, { messages: timeEntryMessages(todayInBerlin(new Date())) });
		if (!parsed.ok) return fail(400, { action: 'approve', errors: { _form: Object.values(parsed.errors)[0] }, values: {} });
		const run = await runTimeEntryCommand('approve', {}, () => approveTimeEntry(database.db, { ...parsed.data, deciderId: user.id }, { origin: config.origin }));
		return run.ok ? { done: 'approved' as const, advisorId: run.result.advisorId } : run.failure;
	},
	reject: async (event) => {
		const user = requireRole(event, 'coordinator');
		const { database, config } = await runtime();
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = parseForm(rejectSchema, data, { messages: timeEntryMessages(todayInBerlin(new Date())) });
		if (!parsed.ok) return fail(400, { action: 'reject', errors: parsed.errors, values });
		const run = await runTimeEntryCommand('reject', values, () => rejectTimeEntry(database.db, { ...parsed.data, deciderId: user.id }, { origin: config.origin }));
		return run.ok ? { done: 'rejected' as const } : run.failure;
	}
};
