import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

/*
 * Blocked periods (holidays, other work) as whole days in Berlin, both ends included. Pure rules: the form
 * schema and the overlap check; the command runs the check again inside its transaction.
 */

export const MAX_NOTE = 200;
/** One period covers at most a year; longer absences are a matter for the active flag. */
export const MAX_PERIOD_DAYS = 366;

export interface Period {
	startsOn: string;
	endsOn: string;
}

/** A real calendar date YYYY-MM-DD between 2000 and 2099 (type="date" sends this form). */
export function isIsoDate(v: string): boolean {
	if (!/^20\d{2}-\d{2}-\d{2}$/.test(v)) return false;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

const date = (required: string) =>
	z
		.string({ error: required })
		.trim()
		.min(1, required)
		.refine(isIsoDate, 'adv_error_date_invalid');

export const blockedPeriodSchema = z
	.object({
		startsOn: date('adv_error_start_required'),
		endsOn: date('adv_error_end_required'),
		note: z.string().trim().max(MAX_NOTE, 'adv_error_note_too_long').default('')
	})
	.superRefine((p, ctx) => {
		if (!isIsoDate(p.startsOn) || !isIsoDate(p.endsOn)) return;
		if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', message: 'adv_error_end_before_start', path: ['endsOn'] });
		else if (daysBetween(p.startsOn, p.endsOn) >= MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', message: 'adv_error_period_too_long', path: ['endsOn'] });
	});

export type BlockedPeriodInput = z.infer<typeof blockedPeriodSchema>;

/** Both ends are included, so a period ending on the 14th and one starting on the 14th overlap. */
export function overlaps(a: Period, b: Period): boolean {
	return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** The first existing period (by start) the candidate overlaps, or null. */
export function findOverlap<P extends Period>(existing: readonly P[], candidate: Period): P | null {
	return [...existing].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).find((p) => overlaps(p, candidate)) ?? null;
}

export const BLOCKED_PERIOD_MESSAGES: Record<string, () => string> = {
	adv_error_start_required: m.adv_error_start_required,
	adv_error_end_required: m.adv_error_end_required,
	adv_error_date_invalid: m.adv_error_date_invalid,
	adv_error_end_before_start: m.adv_error_end_before_start,
	adv_error_period_too_long: m.adv_error_period_too_long,
	adv_error_note_too_long: () => m.adv_error_note_too_long({ max: MAX_NOTE })
};
