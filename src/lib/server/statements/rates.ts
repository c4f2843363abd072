import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';

/** The parts of an honorarium_rate row that a statement needs. */
export interface Rate {
	validFrom: string;
	hourlyCents: number;
	kilometreCents: number;
}

/** Upper bounds that catch typos (5000 instead of 50,00) without limiting any real agreement. */
export const MAX_HOURLY_CENTS = 100_000;
export const MAX_KILOMETRE_CENTS = 500;

/**
 * The rate valid on a date: the one with the latest validFrom on or before it. Date strings (YYYY-MM-DD) compare
 * correctly as strings, so no time zone is involved. null when no rate was valid yet.
 */
export function rateValidOn<R extends Rate>(rates: readonly R[], date: string): R | null {
	let best: R | null = null;
	for (const rate of rates) {
		if (rate.validFrom <= date && (!best || rate.validFrom > best.validFrom)) best = rate;
	}
	return best;
}

/**
 * Euros as people type them ("50", "50,00", "0,3", "50.00") → cents. Thousands separators are refused, because
 * "1.000" could mean one euro or a thousand. Returns an issue code for anything else.
 */
export function parseEuroCents(raw: string): number | 'stm_error_amount_required' | 'stm_error_amount_negative' | 'stm_error_amount_invalid' {
	const text = raw.trim().replace(/\s*€$/, '');
	if (text === '') return 'stm_error_amount_required';
	if (/^-/.test(text)) return 'stm_error_amount_negative';
	const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text);
	if (!match) return 'stm_error_amount_invalid';
	return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

function euroField(max: number, tooHigh: string) {
	return z
		.string({ error: 'stm_error_amount_required' })
		.max(20, { error: 'stm_error_amount_invalid' })
		.transform((raw, ctx) => {
			const cents = parseEuroCents(raw);
			if (typeof cents === 'string') {
				ctx.addIssue({ code: 'custom', message: cents });
				return z.NEVER;
			}
			if (cents > max) {
				ctx.addIssue({ code: 'custom', message: tooHigh });
				return z.NEVER;
			}
			return cents;
		});
}

/** The admin's form: valid from a date, euros per hour and per kilometre (≥ 0, bounded). Pure. */
export const rateFormSchema = z.object({
	validFrom: z
		.string({ error: 'stm_error_date_invalid' })
		.trim()
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValid(parseISO(v)), { error: 'stm_error_date_invalid' }),
	hourly: euroField(MAX_HOURLY_CENTS, 'stm_error_hourly_too_high'),
	kilometre: euroField(MAX_KILOMETRE_CENTS, 'stm_error_kilometre_too_high')
});
export type RateInput = { validFrom: string; hourlyCents: number; kilometreCents: number };

export function toRateInput(data: z.infer<typeof rateFormSchema>): RateInput {
	return { validFrom: data.validFrom, hourlyCents: data.hourly, kilometreCents: data.kilometre };
}

/**
 * A new rate may not start before the current month once any rate exists: statements of past months have been
 * paid, and a rate reaching back would silently change them. The very first rate may start anywhere.
 */
export function earliestValidFrom(today: string, hasRates: boolean): string | null {
	return hasRates ? `${today.slice(0, 7)}-01` : null;
}
