import type { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { fieldMessage, formValues, type FieldErrors, type ParseResult } from '../../forms';

/**
 * Like parseForm in forms.ts, but it knows the directory's own issue codes (orgs_error_*), whose texts live in
 * messages/organisations.*.json. Unknown codes fall back to the shared field messages.
 */
const ORG_MESSAGES: Record<string, () => string> = {
	orgs_error_name_required: m.orgs_error_name_required,
	orgs_error_name_too_long: m.orgs_error_name_too_long,
	orgs_error_kind: m.orgs_error_kind,
	orgs_error_description_too_long: m.orgs_error_description_too_long,
	orgs_error_language_unknown: m.orgs_error_language_unknown,
	orgs_error_country_unknown: m.orgs_error_country_unknown,
	orgs_error_topic_unknown: m.orgs_error_topic_unknown,
	orgs_error_sdg: m.orgs_error_sdg,
	orgs_error_municipality: m.orgs_error_municipality,
	orgs_error_address_too_long: m.orgs_error_address_too_long,
	orgs_error_website: m.orgs_error_website,
	orgs_error_contact_name_required: m.orgs_error_contact_name_required,
	orgs_error_contact_name_too_long: m.orgs_error_contact_name_too_long,
	orgs_error_founded_year: () => m.orgs_error_founded_year({ year: new Date().getFullYear() }),
	orgs_error_size_class: m.orgs_error_size_class,
	orgs_error_consent_processing: m.orgs_error_consent_processing,
	orgs_error_reason_required: m.orgs_error_reason_required,
	orgs_stale_version: m.orgs_stale_version
};

export function orgFieldMessage(code: string): string {
	return ORG_MESSAGES[code]?.() ?? fieldMessage(code);
}

/** Turns codes (from the schema or from checkEntryReferences) into texts. */
export function orgFieldErrors(codes: Record<string, string>): FieldErrors {
	return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, orgFieldMessage(code)]));
}

/** Strips control characters (except line breaks and tabs) that no form field needs. */
function clean(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Validates a posted form; the first problem of each field becomes its message, the typed values are kept. */
export function parseOrgForm<S extends z.ZodType>(schema: S, data: FormData, arrays: string[] = []): ParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string').map(clean);
		raw[key] = arrays.includes(key) ? all : all[0];
	}
	for (const key of arrays) raw[key] ??= [];
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const codes: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		codes[field] ??= /^[a-z0-9_]+$/.test(issue.message) ? issue.message : issue.code === 'too_big' ? 'text_too_long' : 'text_required';
	}
	return { ok: false, errors: orgFieldErrors(codes), values: entryFormValues(data, arrays) };
}

/** What was typed, with the multi-value fields always as arrays, for a form shown again. */
export function entryFormValues(data: FormData, arrays: string[]) {
	const values = formValues(data, ['token']);
	for (const key of arrays) if (!Array.isArray(values[key])) values[key] = values[key] ? [values[key] as string] : [];
	return values;
}
