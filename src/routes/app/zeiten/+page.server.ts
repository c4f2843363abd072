import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { createFileStorage } from '$lib/server/files/create-file-storage';
import { todayInBerlin } from '$lib/server/measures/measure-rules';
import { createTimeEntry } from '$lib/server/time-entries/create-time-entry';
import { deleteTimeEntry } from '$lib/server/time-entries/delete-time-entry';
import { listOwnTimeEntries } from '$lib/server/time-entries/list-time-entries';
import { RECEIPT_ACCEPT, RECEIPT_TYPES_LABEL, receiptMaxMb } from '$lib/server/time-entries/receipt';
import { listTimeConsultations } from '$lib/server/time-entries/time-entry-access';
import { createTimeEntrySchema, deleteSchema, timeEntryMessages, toInput } from '$lib/server/time-entries/time-entry-forms';
import { receiptFromForm, runTimeEntryCommand } from '$lib/server/time-entries/time-entry-page';
import { changeRefusal, earliestWorkDate, monthOf, monthRange, parseMonth } from '$lib/server/time-entries/time-entry-rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'advisor');
	const { database, config } = await runtime();
	const today = todayInBerlin(new Date());
	const month = parseMonth(event.url.searchParams.get('monat')) ?? monthOf(today);
	const { entries, sums, approved } = await listOwnTimeEntries(database.db, user.id, month);
	const list = entries.map((e) => ({ ...e, canChange: changeRefusal(e) === null }));
	const confirmId = event.url.searchParams.get('loeschen');
	const range = monthRange(month);
	return {
		month,
		previous: range.previous,
		next: range.next <= monthOf(today) ? range.next : null,
		entries: list,
		sums,
		approved,
		consultations: await listTimeConsultations(database.db, user.id),
		today,
		earliest: earliestWorkDate(today),
		maxMb: receiptMaxMb(config.uploadMaxMb),
		receiptTypes: RECEIPT_TYPES_LABEL,
		accept: RECEIPT_ACCEPT,
		/** The confirmation step of a deletion: shown by a link, so it works without JavaScript. */
		confirm: list.find((e) => e.id === confirmId && e.canChange) ?? null,
		created: event.url.searchParams.has('erfasst')
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'advisor');
		const { database, config } = await runtime();
		const today = todayInBerlin(new Date());
		const data = await event.request.formData();
		const values = formValues(data, ['receipt']);
		const parsed = parseForm(createTimeEntrySchema(today), data, { omit: ['receipt'], messages: timeEntryMessages(today) });
		if (!parsed.ok) return fail(400, { action: 'create', errors: parsed.errors, values });
		const receipt = await receiptFromForm(data);
		const run = await runTimeEntryCommand(
			'create',
			values,
			() => createTimeEntry(database.db, createFileStorage(config), { advisorId: user.id, input: toInput(parsed.data), receipt, uploadMaxMb: config.uploadMaxMb }),
			{ uploadMaxMb: config.uploadMaxMb }
		);
		if (!run.ok) return run.failure;
		// To the month of the new entry, which need not be the month shown.
		redirect(303, localizeHref(`/app/zeiten?monat=${monthOf(run.result.workDate)}&erfasst=1`));
	},
	delete: async (event) => {
		const user = requireRole(event, 'advisor');
		const { database, config } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(deleteSchema, data, { messages: timeEntryMessages(todayInBerlin(new Date())) });
		if (!parsed.ok) return fail(400, { action: 'delete', errors: { _form: Object.values(parsed.errors)[0] }, values: {} });
		const run = await runTimeEntryCommand('delete', {}, () =>
			deleteTimeEntry(database.db, createFileStorage(config), { entryId: parsed.data.entryId, advisorId: user.id, version: parsed.data.version })
		);
		return run.ok ? { done: 'deleted' as const, month: monthOf(run.result.workDate) } : run.failure;
	}
};
