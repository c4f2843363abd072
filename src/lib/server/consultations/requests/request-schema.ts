import { z } from 'zod';
import { DESIRED_FORMATS, HEARD_VIA, REQUEST_TEXT_MAX, TIMEFRAMES, clientKind } from './request-rules';

/**
 * The fields of the public request form (pure: no I/O). Issue messages are codes that request-form.ts turns into
 * German or English text. Whether the chosen municipality and topics exist is asked of the database by
 * checkRequestReferences.
 */
const checkbox = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '');

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, code: string) =>
	z
		.union([z.literal(''), z.enum(values)], { error: code })
		.optional()
		.transform((v) => v || '');

export const requestSchema = z.object({
	client: z
		.string({ error: 'req_error_client' })
		.trim()
		.refine((v) => clientKind(v) !== null, { error: 'req_error_client' }),
	contactName: z.string().trim().min(1, { error: 'req_error_contact_name' }).max(120, { error: 'req_error_contact_name_too_long' }),
	contactFunction: z.string().trim().min(1, { error: 'req_error_contact_function' }).max(200, { error: 'req_error_contact_function_too_long' }),
	contactEmail: z
		.string()
		.trim()
		.min(1, { error: 'email_required' })
		.max(254, { error: 'email_invalid' })
		.pipe(z.email({ error: 'email_invalid' }))
		.transform((v) => v.toLowerCase()),
	contactPhone: z
		.string()
		.trim()
		.max(40, { error: 'req_error_phone' })
		.regex(/^[+\d\s()/-]*$/, { error: 'req_error_phone' })
		.optional()
		.transform((v) => v || null),
	topics: z
		.array(z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'req_error_topic_unknown' }))
		.min(1, { error: 'req_error_topics_required' })
		.max(30, { error: 'req_error_topic_unknown' }),
	sdgs: z.array(
		z
			.string()
			.regex(/^\d{1,2}$/, { error: 'req_error_sdg' })
			.transform(Number)
			.refine((n) => n >= 1 && n <= 17, { error: 'req_error_sdg' })
	),
	concern: z.string().trim().min(1, { error: 'req_error_concern_required' }).max(REQUEST_TEXT_MAX, { error: 'req_error_text_too_long' }),
	involve: z.string().trim().max(REQUEST_TEXT_MAX, { error: 'req_error_text_too_long' }).optional().default(''),
	desiredFormat: optionalChoice(DESIRED_FORMATS, 'req_error_choice'),
	timeframe: optionalChoice(TIMEFRAMES, 'req_error_choice'),
	heardVia: optionalChoice(HEARD_VIA, 'req_error_choice'),
	consentProcessing: checkbox.refine((v) => v, { error: 'req_error_consent' }),
	/** Generated when the form is rendered; the same key twice means the same request. */
	submissionKey: z.string({ error: 'req_error_form_expired' }).regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'req_error_form_expired' }),
	/** The browser's proof-of-work solution (base64 JSON); missing without JavaScript. */
	powSolution: z
		.string()
		.max(4000)
		.optional()
		.transform((v) => v || null)
});

export type RequestInput = z.infer<typeof requestSchema>;
