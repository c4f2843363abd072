import { z } from 'zod';
import { isCountryCode } from '$lib/reference/countries';
import { isLanguageCode } from '$lib/reference/languages';
import { ORGANISATION_KINDS, SIZE_CLASSES } from '$lib/reference/organisation-kinds-values';

/**
 * The fields of a directory entry as posted by the registration and edit forms (pure: no I/O).
 * Issue messages are codes that `entry-form.ts` turns into German or English text.
 * Topics and the municipality are only checked for their shape here; whether they exist is asked of the
 * database by `checkEntryReferences`.
 */
const optionalText = (max: number, code: string) =>
	z
		.string()
		.trim()
		.max(max, { error: code })
		.optional()
		.transform((v) => v || null);

const checkbox = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '');

/** Only http and https: a javascript: or data: URL would run in the reader's browser. */
const website = z
	.string()
	.trim()
	.max(300, { error: 'orgs_error_website' })
	.optional()
	.transform((v) => v || null)
	.refine(
		(v) => {
			if (v === null) return true;
			try {
				const url = new URL(v);
				return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
			} catch {
				return false;
			}
		},
		{ error: 'orgs_error_website' }
	);

const foundedYear = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.refine((v) => v === null || (Number.isInteger(v) && v >= 1800 && v <= new Date().getFullYear()), {
		error: 'orgs_error_founded_year'
	});

export const entrySchema = z.object({
	name: z.string().trim().min(1, { error: 'orgs_error_name_required' }).max(200, { error: 'orgs_error_name_too_long' }),
	kind: z.enum(ORGANISATION_KINDS, { error: 'orgs_error_kind' }),
	description: z.string().trim().max(2000, { error: 'orgs_error_description_too_long' }).optional().default(''),
	languages: z.array(z.string().refine(isLanguageCode, { error: 'orgs_error_language_unknown' })).max(50, { error: 'orgs_error_language_unknown' }),
	communities: z.array(z.string().refine(isCountryCode, { error: 'orgs_error_country_unknown' })).max(60, { error: 'orgs_error_country_unknown' }),
	topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'orgs_error_topic_unknown' })).max(30, { error: 'orgs_error_topic_unknown' }),
	sdgs: z.array(
		z
			.string()
			.regex(/^\d{1,2}$/, { error: 'orgs_error_sdg' })
			.transform(Number)
			.refine((n) => n >= 1 && n <= 17, { error: 'orgs_error_sdg' })
	),
	municipalityAgs: z.string().trim().regex(/^\d{8}$/, { error: 'orgs_error_municipality' }),
	address: optionalText(300, 'orgs_error_address_too_long'),
	website,
	contactName: z
		.string()
		.trim()
		.min(1, { error: 'orgs_error_contact_name_required' })
		.max(120, { error: 'orgs_error_contact_name_too_long' }),
	contactEmail: z
		.string()
		.trim()
		.min(1, { error: 'email_required' })
		.max(254, { error: 'email_invalid' })
		.pipe(z.email({ error: 'email_invalid' }))
		.transform((v) => v.toLowerCase()),
	foundedYear,
	sizeClass: z
		.union([z.literal(''), z.enum(SIZE_CLASSES)], { error: 'orgs_error_size_class' })
		.optional()
		.transform((v) => v || null),
	consentProcessing: checkbox.refine((v) => v, { error: 'orgs_error_consent_processing' }),
	consentPublishContact: checkbox,
	consentPublishAddress: checkbox,
	consentContactable: checkbox
});

export type EntryInput = z.infer<typeof entrySchema>;

/** Form fields that hold several values (read with getAll). */
export const ENTRY_ARRAY_FIELDS = ['languages', 'communities', 'topics', 'sdgs'];

/** The entry plus the version the person saw, for optimistic locking. */
export const editEntrySchema = entrySchema.extend({
	version: z.string().regex(/^\d{1,9}$/).transform(Number)
});
export type EditEntryInput = z.infer<typeof editEntrySchema>;

/** Deduplicated array values keep the stored arrays tidy whatever a crafted request sends. */
export function uniqueValues<T>(values: T[]): T[] {
	return [...new Set(values)];
}
