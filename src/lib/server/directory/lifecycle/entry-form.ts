import type { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { fieldMessage, formValues, parseForm, type FieldErrors, type ParseResult } from '../../forms';

/**
 * The directory's own issue codes (orgs_error_*), whose texts live in messages/organisations.*.json.
 * Unknown codes fall back to the shared field messages.
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

/** parseForm with the directory's own issue codes; the typed values are kept (the edit token is never echoed). */
export function parseOrgForm<S extends z.ZodType>(schema: S, data: FormData, arrays: string[] = []): ParseResult<z.infer<S>> {
	return parseForm(schema, data, { arrays, omit: ['token'], messages: ORG_MESSAGES });
}

/** What was typed, with the multi-value fields always as arrays, for a form shown again. */
export function entryFormValues(data: FormData, arrays: string[]) {
	const values = formValues(data, ['token']);
	for (const key of arrays) if (!Array.isArray(values[key])) values[key] = values[key] ? [values[key] as string] : [];
	return values;
}
