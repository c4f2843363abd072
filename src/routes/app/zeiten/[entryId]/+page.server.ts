import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { createFileStorage } from '$lib/server/files/create-file-storage';
import { todayInBerlin } from '$lib/server/measures/measure-rules';
import { getTimeEntry } from '$lib/server/time-entries/list-time-entries';
import { RECEIPT_ACCEPT, RECEIPT_TYPES_LABEL, receiptMaxMb } from '$lib/server/time-entries/receipt';
import { listTimeConsultations } from '$lib/server/time-entries/time-entry-access';
import { timeEntryMessages, toInput, updateTimeEntrySchema } from '$lib/server/time-entries/time-entry-forms';
import { receiptFromForm, runTimeEntryCommand, timeEntryRefusalMessage } from '$lib/server/time-entries/time-entry-page';
import { TimeEntryRefusedError } from '$lib/server/time-entries/errors';
import { changeRefusal, earliestWorkDate } from '$lib/server/time-entries/time-entry-rules';
import { updateTimeEntry } from '$lib/server/time-entries/update-time-entry';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The advisor's own entry; anybody else's, unknown or malformed ids answer 404 alike. */
async function loadOwnEntry(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const user = requireRole(event, 'advisor');
	const { database, config } = await runtime();
	const entry = await getTimeEntry(database.db, event.params.entryId);
	if (!entry || entry.advisorId !== user.id) error(404, m.error_404_text());
	return { user, db: database.db, config, entry };
}

export const load: PageServerLoad = async (event) => {
	const { user, db, config, entry } = await loadOwnEntry(event);
	const today = todayInBerlin(new Date());
	const canChange = changeRefusal(entry) === null;
	return {
		entry,
		canChange,
		consultations: canChange ? await listTimeConsultations(db, user.id) : [],
		today,
		earliest: earliestWorkDate(today),
		maxMb: receiptMaxMb(config.uploadMaxMb),
		receiptTypes: RECEIPT_TYPES_LABEL,
		accept: RECEIPT_ACCEPT
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { user, db, config, entry } = await loadOwnEntry(event);
		const today = todayInBerlin(new Date());
		const data = await event.request.formData();
		const values = formValues(data, ['receipt']);
		const parsed = parseForm(updateTimeEntrySchema(today), data, { omit: ['receipt'], messages: timeEntryMessages(today) });
		// An approved entry is refused with its reason before anything else (the command checks again, locked).
		if (changeRefusal(entry)) {
			return fail(409, { action: 'update', errors: { _form: timeEntryRefusalMessage(new TimeEntryRefusedError('approved', entry.decidedAt)) }, values });
		}
		if (!parsed.ok) return fail(400, { action: 'update', errors: parsed.errors, values });
		const { version, removeReceipt, ...fields } = parsed.data;
		const receipt = await receiptFromForm(data);
		const run = await runTimeEntryCommand(
			'update',
			values,
			() =>
				updateTimeEntry(db, createFileStorage(config), {
					entryId: entry.id,
					advisorId: user.id,
					version,
					input: toInput(fields),
					receipt,
					removeReceipt,
					uploadMaxMb: config.uploadMaxMb
				}),
			{ uploadMaxMb: config.uploadMaxMb }
		);
		return run.ok ? { done: 'updated' as const } : run.failure;
	}
};
