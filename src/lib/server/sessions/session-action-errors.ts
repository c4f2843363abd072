import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { ConsultationNotFoundError } from '../consultations/errors';
import type { FormValues } from '../forms';
import { SessionNotFoundError, SessionRefusedError, StaleSessionError } from './errors';

export function sessionRefusalMessage(code: SessionRefusedError['code']): string {
	const texts = { not_allowed: m.ses_refusal_not_allowed, consultation_closed: m.ses_refusal_consultation_closed, cancelled: m.ses_refusal_cancelled };
	return texts[code]();
}

/**
 * Runs a session command for a form action and turns its refusals into answers: 404 for what is not theirs,
 * 403/409 with a sentence at the top of the form, the typed values kept.
 */
export async function runSessionCommand<T>(action: string, values: FormValues, body: () => Promise<T>) {
	try {
		return { ok: true as const, result: await body() };
	} catch (err) {
		if (err instanceof ConsultationNotFoundError || err instanceof SessionNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleSessionError) return { ok: false as const, failure: fail(409, { action, errors: { _form: m.ses_stale_version() }, values }) };
		if (err instanceof SessionRefusedError) {
			return { ok: false as const, failure: fail(err.status, { action, errors: { _form: sessionRefusalMessage(err.code) }, values }) };
		}
		throw err;
	}
}
