import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { INITIAL_MEASURE_STATUSES, MEASURE_STATUSES, type MeasureStatus } from './measure-rules';

/*
 * The forms of Ideen und Maßnahmen (pure zod). Issue messages are codes that MEASURE_FIELD_MESSAGES turns into
 * sentences; pass it to parseForm as `messages`. Limits: title and owner 200, description 5,000, note 2,000.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const OWNER_MAX = 200;
export const NOTE_MAX = 2000;

/** 'YYYY-MM-DD' that names a real day (no 30 February) within a sane range of years. */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [y, mo, d] = match.slice(1).map(Number);
	if (y < 2000 || y > 2100) return false;
	const day = new Date(Date.UTC(y, mo - 1, d));
	return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/**
 * A typed date as 'YYYY-MM-DD', or null when it is none. Date fields send ISO dates; a browser without a date
 * picker sends what was typed, so the German form 25.11.2026 is understood too.
 */
export function normaliseDate(value: string): string | null {
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
	const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : value.trim();
	return isCalendarDate(iso) ? iso : null;
}

const optionalDate = z
	.string()
	.trim()
	.default('')
	.transform((v, ctx) => {
		if (v === '') return null;
		const date = normaliseDate(v);
		if (!date) ctx.addIssue({ code: 'custom', message: 'mea_error_date_invalid' });
		return date;
	});

/** The fields of a measure; `topics` are the slugs that may be chosen (a measure keeps its own even if deactivated). */
function fields(topics: readonly string[]) {
	return z.object({
		title: z.string().trim().min(1, 'mea_error_title_required').max(TITLE_MAX, 'mea_error_title_too_long'),
		description: z.string().trim().max(DESCRIPTION_MAX, 'mea_error_description_too_long').default(''),
		owner: z.string().trim().max(OWNER_MAX, 'mea_error_owner_too_long').default(''),
		startDate: optionalDate,
		dueDate: optionalDate,
		topic: z
			.string()
			.default('')
			.refine((v) => v === '' || topics.includes(v), 'mea_error_topic_unknown')
			.transform((v) => v || null),
		sdgs: z
			.array(z.string().regex(/^([1-9]|1[0-7])$/, 'mea_error_sdg_invalid').transform(Number))
			.max(17, 'mea_error_sdg_invalid')
			.transform((list) => [...new Set(list)].sort((a, b) => a - b))
	});
}

/** The due date may not lie before the start. */
function withDateOrder<S extends z.ZodType<{ startDate: string | null; dueDate: string | null }>>(schema: S) {
	return schema.refine((v) => !v.startDate || !v.dueDate || v.dueDate >= v.startDate, {
		message: 'mea_error_due_before_start',
		path: ['dueDate'],
		// Checked as soon as both dates are valid, so the message appears together with any other field's.
		when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'startDate' || i.path?.[0] === 'dueDate')
	});
}

const version = z.string().regex(/^\d{1,9}$/, 'mea_error_stale').transform(Number);

export function createMeasureSchema(topics: readonly string[]) {
	return withDateOrder(
		fields(topics).extend({
			status: z.enum(INITIAL_MEASURE_STATUSES as [MeasureStatus, ...MeasureStatus[]], 'mea_error_status_invalid').default('idea')
		})
	);
}

export function updateMeasureSchema(topics: readonly string[]) {
	return withDateOrder(fields(topics).extend({ version }));
}

/** What a measure holds besides its status (the input of create and update). */
export type MeasureFields = Omit<z.infer<ReturnType<typeof updateMeasureSchema>>, 'version'>;

export const statusChangeSchema = z.object({
	version,
	to: z.enum(MEASURE_STATUSES, 'mea_error_status_required'),
	note: z.string().trim().max(NOTE_MAX, 'mea_error_note_too_long').default('')
});

/** The sentences for the codes above (German or English by the request's language). */
export const MEASURE_FIELD_MESSAGES: Record<string, () => string> = {
	mea_error_title_required: m.mea_error_title_required,
	mea_error_title_too_long: () => m.mea_error_title_too_long({ max: TITLE_MAX }),
	mea_error_description_too_long: () => m.mea_error_description_too_long({ max: DESCRIPTION_MAX }),
	mea_error_owner_too_long: () => m.mea_error_owner_too_long({ max: OWNER_MAX }),
	mea_error_date_invalid: m.mea_error_date_invalid,
	mea_error_due_before_start: m.mea_error_due_before_start,
	mea_error_topic_unknown: m.mea_error_topic_unknown,
	mea_error_sdg_invalid: m.mea_error_sdg_invalid,
	mea_error_status_invalid: m.mea_error_status_required,
	mea_error_status_required: m.mea_error_status_required,
	mea_error_note_too_long: () => m.mea_error_note_too_long({ max: NOTE_MAX }),
	mea_error_stale: m.mea_stale_version
};
