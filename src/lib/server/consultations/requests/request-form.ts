import { m } from '$lib/paraglide/messages.js';
import { fieldMessage, formValues, type FieldErrors, type ParseResult } from '../../forms';
import { REQUEST_TEXT_MAX, REQUEST_ARRAY_FIELDS } from './request-rules';
import { requestSchema, type RequestInput } from './request-schema';

/**
 * Like parseForm in forms.ts, but it knows the request form's own issue codes (req_error_*), whose texts live in
 * messages/requests.*.json. Unknown codes fall back to the shared field messages.
 */
const REQUEST_MESSAGES: Record<string, () => string> = {
	req_error_client: m.req_error_client,
	req_error_contact_name: m.req_error_contact_name,
	req_error_contact_name_too_long: m.req_error_contact_name_too_long,
	req_error_contact_function: m.req_error_contact_function,
	req_error_contact_function_too_long: m.req_error_contact_function_too_long,
	req_error_phone: m.req_error_phone,
	req_error_topics_required: m.req_error_topics_required,
	req_error_topic_unknown: m.req_error_topic_unknown,
	req_error_sdg: m.req_error_sdg,
	req_error_concern_required: m.req_error_concern_required,
	req_error_text_too_long: () => m.req_error_text_too_long({ max: REQUEST_TEXT_MAX.toLocaleString('de-DE') }),
	req_error_choice: m.req_error_choice,
	req_error_consent: m.req_error_consent,
	req_error_form_expired: m.req_error_form_expired
};

export function requestFieldMessage(code: string): string {
	return REQUEST_MESSAGES[code]?.() ?? fieldMessage(code);
}

/** Turns codes (from the schema or from checkRequestReferences) into texts. */
export function requestFieldErrors(codes: Record<string, string>): FieldErrors {
	return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, requestFieldMessage(code)]));
}

/** Strips control characters (except line breaks and tabs) that no form field needs. */
function clean(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** What was typed, with the multi-value fields always as arrays; the proof of work is not echoed back. */
export function requestFormValues(data: FormData) {
	const values = formValues(data, ['powSolution']);
	for (const key of REQUEST_ARRAY_FIELDS) if (!Array.isArray(values[key])) values[key] = values[key] ? [values[key] as string] : [];
	return values;
}

/** Validates a posted request; the first problem of each field becomes its message, the typed values are kept. */
export function parseRequestForm(data: FormData): ParseResult<RequestInput> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string').map(clean);
		raw[key] = REQUEST_ARRAY_FIELDS.includes(key) ? all : all[0];
	}
	for (const key of REQUEST_ARRAY_FIELDS) raw[key] ??= [];
	const result = requestSchema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const codes: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		codes[field] ??= /^[a-z0-9_]+$/.test(issue.message) ? issue.message : issue.code === 'too_big' ? 'text_too_long' : 'text_required';
	}
	return { ok: false, errors: requestFieldErrors(codes), values: requestFormValues(data) };
}
