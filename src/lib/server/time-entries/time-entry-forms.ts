import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format';
import { normaliseDate } from '../measures/measure-forms';
import {
	DESCRIPTION_MAX,
	earliestWorkDate,
	EXPENSE_NOTE_MAX,
	MAX_EXPENSES_CENTS,
	MAX_KILOMETRES,
	parseEuroCents,
	parseHours,
	parseKilometres,
	REASON_MAX,
	TIME_ACTIVITIES,
	workDateProblem
} from './time-entry-rules';
import { UUID_PATTERN as UUID } from '../ids';

/*
 * The forms of time and expense entries (zod). Issue messages are codes that timeEntryMessages() turns into
 * sentences; pass them to parseForm as `messages`. The date rules depend on today (Europe/Berlin), so the schemas
 * are built per request.
 */

function fields(today: string) {
	return z.object({
		/** Only its form is checked here; whether the advisor takes part in it is decided by the command (404). */
		consultationId: z.string().regex(UUID, 'ws_error_consultation_required'),
		workDate: z
			.string()
			.trim()
			.default('')
			.transform((v, ctx) => {
				const date = v === '' ? null : normaliseDate(v);
				if (!date) {
					ctx.addIssue({ code: 'custom', message: v === '' ? 'ws_error_date_required' : 'ws_error_date_invalid' });
					return '';
				}
				const problem = workDateProblem(date, today);
				if (problem) ctx.addIssue({ code: 'custom', message: problem === 'future' ? 'ws_error_date_future' : 'ws_error_date_too_old' });
				return date;
			}),
		hours: z
			.string()
			.default('')
			.transform((v, ctx) => {
				const parsed = parseHours(v);
				if (parsed.ok) return parsed.minutes;
				ctx.addIssue({ code: 'custom', message: `ws_error_hours_${parsed.problem}` });
				return 0;
			}),
		activity: z.enum(TIME_ACTIVITIES, 'ws_error_activity_required'),
		description: z.string().trim().max(DESCRIPTION_MAX, 'ws_error_description_too_long').default(''),
		kilometres: z
			.string()
			.default('')
			.transform((v, ctx) => {
				const parsed = parseKilometres(v);
				if (parsed.ok) return parsed.km;
				ctx.addIssue({ code: 'custom', message: `ws_error_km_${parsed.problem}` });
				return 0;
			}),
		expenses: z
			.string()
			.default('')
			.transform((v, ctx) => {
				const cents = parseEuroCents(v);
				if (cents === null) ctx.addIssue({ code: 'custom', message: 'ws_error_expenses_invalid' });
				else if (cents > MAX_EXPENSES_CENTS) ctx.addIssue({ code: 'custom', message: 'ws_error_expenses_too_much' });
				return cents ?? 0;
			}),
		expenseNote: z.string().trim().max(EXPENSE_NOTE_MAX, 'ws_error_expense_note_too_long').default('')
	});
}

const version = z.string().regex(/^\d{1,9}$/, 'ws_error_stale').transform(Number);

export function createTimeEntrySchema(today: string) {
	return fields(today);
}

export function updateTimeEntrySchema(today: string) {
	return fields(today).extend({ version, removeReceipt: z.string().optional().transform((v) => v === 'on' || v === 'true') });
}

/** What an entry holds (the input of create and update). */
export type TimeEntryInput = Omit<z.infer<ReturnType<typeof createTimeEntrySchema>>, 'hours' | 'expenses'> & {
	minutes: number;
	expensesCents: number;
};

/** The parsed form in the shape of the table's columns. */
export function toInput(data: z.infer<ReturnType<typeof createTimeEntrySchema>>): TimeEntryInput {
	const { hours, expenses, ...rest } = data;
	return { ...rest, minutes: hours, expensesCents: expenses };
}

const entryRef = z.object({ entryId: z.string().regex(UUID, 'ws_error_stale'), version });
export const approveSchema = entryRef;
export const rejectSchema = entryRef.extend({
	reason: z.string().trim().min(1, 'ws_error_reason_required').max(REASON_MAX, 'ws_error_reason_too_long')
});
export const deleteSchema = entryRef;

/** The sentences for the codes above (German or English by the request's language). */
export function timeEntryMessages(today: string): Record<string, () => string> {
	const locale = getLocale();
	const number = (n: number) => n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');
	return {
		ws_error_consultation_required: m.ws_error_consultation_required,
		ws_error_date_required: m.ws_error_date_required,
		ws_error_date_invalid: m.ws_error_date_invalid,
		ws_error_date_future: m.ws_error_date_future,
		ws_error_date_too_old: () => m.ws_error_date_too_old({ date: formatDate(earliestWorkDate(today), locale) }),
		ws_error_hours_required: m.ws_error_hours_required,
		ws_error_hours_invalid: m.ws_error_hours_invalid,
		ws_error_hours_not_positive: m.ws_error_hours_not_positive,
		ws_error_hours_too_many: m.ws_error_hours_too_many,
		ws_error_hours_step: m.ws_error_hours_step,
		ws_error_activity_required: m.ws_error_activity_required,
		ws_error_description_too_long: () => m.ws_error_description_too_long({ max: number(DESCRIPTION_MAX) }),
		ws_error_km_invalid: m.ws_error_km_invalid,
		ws_error_km_too_many: () => m.ws_error_km_too_many({ max: number(MAX_KILOMETRES) }),
		ws_error_expenses_invalid: m.ws_error_expenses_invalid,
		ws_error_expenses_too_much: () => m.ws_error_expenses_too_much({ max: number(MAX_EXPENSES_CENTS / 100) }),
		ws_error_expense_note_too_long: () => m.ws_error_expense_note_too_long({ max: EXPENSE_NOTE_MAX }),
		ws_error_reason_required: m.ws_error_reason_required,
		ws_error_reason_too_long: () => m.ws_error_reason_too_long({ max: number(REASON_MAX) }),
		ws_error_stale: m.ws_error_stale
	};
}
