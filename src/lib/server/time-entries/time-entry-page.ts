import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format';
import { fileErrorMessage } from '../documents/document-forms';
import { DocumentFileError } from '../documents/errors';
import type { FormValues } from '../forms';
import { runtime } from '../runtime';
import { DayLimitError, StaleTimeEntryError, TimeEntryNotFoundError, TimeEntryRefusedError } from './errors';
import { receiptMaxMb, RECEIPT_TYPES_LABEL } from './receipt';
import { formatHours } from './time-entry-rules';

/** The sentence of a refusal; an approved entry names the day it was approved ("bereits freigegeben am …"). */
export function timeEntryRefusalMessage(err: TimeEntryRefusedError): string {
	switch (err.refusal) {
		case 'approved':
			return err.decidedAt ? m.ws_refusal_approved({ date: formatDate(err.decidedAt, getLocale()) }) : m.ws_refusal_approved_undated();
		case 'not_submitted':
			return m.ws_refusal_not_submitted();
		case 'own_entry':
			return m.ws_refusal_own_entry();
	}
}

/** The receipt field's sentence: only three types here, so the document messages get the receipt list. */
function receiptErrorMessage(err: DocumentFileError, uploadMaxMb: number): string {
	if (err.problem === 'type_not_allowed' || err.problem === 'type_mismatch') {
		return err.problem === 'type_mismatch' && err.extension
			? m.ws_error_receipt_mismatch({ extension: `.${err.extension}`, types: RECEIPT_TYPES_LABEL })
			: m.ws_error_receipt_type({ types: RECEIPT_TYPES_LABEL });
	}
	return fileErrorMessage(err, receiptMaxMb(uploadMaxMb));
}

/**
 * Runs a time-entry command for a form action: 404 for what is not theirs; refusals, stale forms, the day limit
 * and a refused receipt as `fail` with the sentence at the field (or the form), keeping what was typed.
 */
export async function runTimeEntryCommand<T>(action: string, values: FormValues, body: () => Promise<T>, { uploadMaxMb = 10 }: { uploadMaxMb?: number } = {}) {
	try {
		const result = await body();
		// Queued notices go out now rather than at the runner's next poll.
		(await runtime()).jobs?.poke();
		return { ok: true as const, result };
	} catch (err) {
		const failure = (status: number, errors: Record<string, string>) => ({ ok: false as const, failure: fail(status, { action, errors, values }) });
		if (err instanceof TimeEntryNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleTimeEntryError) return failure(409, { _form: m.ws_error_stale() });
		if (err instanceof TimeEntryRefusedError) return failure(err.status, { _form: timeEntryRefusalMessage(err) });
		if (err instanceof DayLimitError) {
			return failure(400, { hours: m.ws_error_day_limit({ hours: formatHours(err.remainingMinutes, getLocale()) }) });
		}
		if (err instanceof DocumentFileError) return failure(400, { receipt: receiptErrorMessage(err, uploadMaxMb) });
		throw err;
	}
}

/** The chosen receipt, or null when none was chosen (browsers send an empty, nameless part then). */
export async function receiptFromForm(data: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
	const file = data.get('receipt');
	if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
