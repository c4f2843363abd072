import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

/*
 * The two questionnaires of DESIGN §7 as pure zod schemas over the posted strings. Scales are radio groups with
 * the values 1–5; counts are whole numbers 0–10,000; the share with a migration biography is an optional rough
 * estimate for the whole group (0–100 %), never asked per person (DESIGN §8). Issue messages are codes that
 * parseForm turns into text with EVALUATION_MESSAGES.
 */

export const MAX_COUNT = 10_000;
export const MAX_TEXT = 5_000;
export const MAX_REASON = 2_000;
export const SCALE = ['1', '2', '3', '4', '5'] as const;

const scale = z.enum(SCALE, { error: 'eval_scale_required' }).transform(Number);

const text = z.string().trim().max(MAX_TEXT, 'eval_text_too_long').default('');

/** Whole number in range; German thousands separators (1.200, 1 200) and a trailing % are accepted. */
function wholeNumber(max: number, raw: string): number | null {
	const v = raw.trim().replace(/\s*%$/, '');
	if (!/^\d{1,3}([.\s]?\d{3})*$/.test(v)) return null;
	const n = Number(v.replace(/[.\s]/g, ''));
	return Number.isSafeInteger(n) && n <= max ? n : null;
}

const count = z
	.string({ error: 'eval_count_required' })
	.trim()
	.min(1, 'eval_count_required')
	.transform((v, ctx) => {
		const n = wholeNumber(MAX_COUNT, v);
		if (n === null) {
			ctx.addIssue({ code: 'custom', message: 'eval_count_invalid' });
			return z.NEVER;
		}
		return n;
	});

const estimate = z
	.string()
	.trim()
	.default('')
	.transform((v, ctx) => {
		if (v === '') return null;
		const n = wholeNumber(100, v);
		if (n === null) {
			ctx.addIssue({ code: 'custom', message: 'eval_estimate_invalid' });
			return z.NEVER;
		}
		return n;
	});

export const municipalityEvaluationSchema = z.object({
	satisfaction: scale,
	aimPerspectives: scale,
	aimAppreciation: scale,
	aimParticipation: scale,
	learnings: text,
	wouldRecommend: z.enum(['yes', 'no'], { error: 'eval_recommend_required' }).transform((v) => v === 'yes'),
	/** A checkbox: present (value "yes") means given, absent means not given. */
	caseStoryConsent: z
		.string()
		.optional()
		.transform((v) => v === 'yes')
});
export type MunicipalityAnswers = z.infer<typeof municipalityEvaluationSchema>;

export const advisorEvaluationSchema = z.object({
	organisationsInvolved: count,
	newCooperations: count,
	participants: count,
	measuresPlanned: count,
	measuresImplemented: count,
	migrationShareEstimate: estimate,
	comments: text
});
export type AdvisorAnswers = z.infer<typeof advisorEvaluationSchema>;

export const waiverSchema = z.object({
	reason: z
		.string({ error: 'eval_reason_required' })
		.trim()
		.min(1, 'eval_reason_required')
		.max(MAX_REASON, 'eval_reason_too_long')
});

/** The version a form was shown with: 0 when no answers existed yet; null for anything malformed. */
export function parseVersion(value: FormDataEntryValue | null): number | null {
	return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** The texts of this area's issue codes, for parseForm's `messages`. */
export const EVALUATION_MESSAGES: Record<string, () => string> = {
	eval_scale_required: m.eval_error_scale_required,
	eval_recommend_required: m.eval_error_recommend_required,
	eval_count_required: m.eval_error_count_required,
	eval_count_invalid: m.eval_error_count_invalid,
	eval_estimate_invalid: m.eval_error_estimate_invalid,
	eval_text_too_long: m.eval_error_text_too_long,
	eval_reason_required: m.eval_error_reason_required,
	eval_reason_too_long: m.eval_error_reason_too_long
};
