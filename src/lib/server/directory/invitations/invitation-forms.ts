import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { FieldErrors } from '../../forms';
import { isValidOccasionDate } from './invitation-rules';

/** The invite form (/app/partner-finden/einladen/[id]). Lengths: title 200, message 20–3,000, date text 100. */
export const inviteSchema = z.object({
	title: z.string().trim().min(1).max(200),
	date: z
		.string()
		.trim()
		.max(100)
		.refine(isValidOccasionDate)
		.optional()
		.transform((v) => v || null),
	message: z.string().trim().min(20).max(3000)
});

/** The public answer form (/einladung/[token]): the clicked button names the answer. */
export const answerSchema = z.object({
	answer: z.enum(['accepted', 'declined']),
	note: z
		.string()
		.trim()
		.max(1000)
		.optional()
		.transform((v) => v || null)
});

/**
 * parseForm (forms.ts) only knows the shared messages; these forms say per field what is expected, with texts from
 * messages/invitations.*.json. One message per field covers both "missing" and "too long".
 */
const FIELD_TEXTS: Record<string, () => string> = {
	title: m.inv_error_title,
	date: m.inv_error_date,
	message: m.inv_error_message,
	note: m.inv_error_note,
	answer: m.inv_error_answer
};

export function invitationFieldErrors(errors: FieldErrors): FieldErrors {
	return Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, FIELD_TEXTS[field]?.() ?? text]));
}
