import type { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { MIN_PASSWORD_LENGTH } from './auth/auth';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/** Zod issue messages in our schemas are short codes; this turns them into German (or English) text. */
const FIELD_MESSAGES: Record<string, () => string> = {
	email_required: m.field_email_required,
	email_invalid: m.field_email_invalid,
	password_required: m.field_password_required,
	name_required: m.field_name_required,
	name_too_long: m.field_name_too_long,
	roles_required: m.field_roles_required,
	message_too_short: m.field_message_too_short,
	message_too_long: m.field_message_too_long,
	page_too_long: m.field_page_too_long,
	text_required: m.field_text_required,
	text_too_long: m.field_text_too_long,
	url_invalid: m.field_url_invalid,
	date_invalid: m.field_date_invalid,
	password_too_short: () => m.password_too_short({ min: MIN_PASSWORD_LENGTH }),
	password_too_long: m.password_too_long,
	password_too_common: m.password_too_common,
	reset_mismatch: m.reset_mismatch
};

export function fieldMessage(code: string): string {
	return (FIELD_MESSAGES[code] ?? m.field_text_required)();
}

/** Everything typed, as strings, so that a form shown again keeps it. Files and passwords are left out. */
export function formValues(data: FormData, omit: string[] = []): FormValues {
	const values: FormValues = {};
	for (const key of new Set(data.keys())) {
		if (omit.includes(key)) continue;
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '');
	}
	return values;
}

/** Strips NUL and other control characters (except line breaks and tabs) that no form field needs. */
function clean(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export type ParseResult<T> =
	| { ok: true; data: T }
	| { ok: false; errors: FieldErrors; values: FormValues };

/**
 * Validates a posted form with a zod schema. Fields named in `arrays` are read with getAll;
 * the first problem of each field becomes its message.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	data: FormData,
	{
		arrays = [],
		omit = [],
		messages
	}: {
		arrays?: string[];
		omit?: string[];
		/** An area's own issue codes (e.g. the directory's orgs_error_*); unknown codes use the shared texts. */
		messages?: Record<string, () => string>;
	} = {}
): ParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string').map(clean);
		raw[key] = arrays.includes(key) ? all : all[0];
	}
	for (const key of arrays) raw[key] ??= [];
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		const own = messages?.[issue.message];
		errors[field] ??= own
			? own()
			: fieldMessage(issue.message in FIELD_MESSAGES ? issue.message : issue.code === 'too_big' ? 'text_too_long' : 'text_required');
	}
	const values = formValues(data, omit);
	// Multi-value fields come back as arrays even with one or no value, so checkbox groups show what was ticked.
	for (const key of arrays) if (!Array.isArray(values[key])) values[key] = values[key] ? [values[key] as string] : [];
	return { ok: false, errors, values };
}

/** Page number from ?seite=, clamped to a sane range; bad input means page 1, never an error. */
export function pageParam(url: URL, name = 'seite'): number {
	const n = Number(url.searchParams.get(name));
	return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The client's address for rate limiting. */
export function clientAddress(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
