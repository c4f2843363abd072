import type { TimeActivity } from '../db/schema';
import { isInMonth } from './month';
import { rateValidOn, type Rate } from './rates';

export interface StatementAdvisor {
	id: string;
	name: string;
	email: string;
}

/** An approved time entry as the statement reads it. */
export interface StatementEntry {
	id: string;
	workDate: string;
	minutes: number;
	kilometres: number;
	expensesCents: number;
	activity: TimeActivity;
	consultationId: string;
	consultationReference: string;
}

export interface StatementLine {
	entryId: string;
	workDate: string;
	consultationReference: string;
	/** Message key of the activity, e.g. stm_activity_session. */
	activityKey: `stm_activity_${TimeActivity}`;
	minutes: number;
	kilometres: number;
	expensesCents: number;
	/** null: no rate was valid on the work date, so this line is not paid and counts in no total. */
	rate: Rate | null;
	honorariumCents: number | null;
	kilometreAllowanceCents: number | null;
	totalCents: number | null;
}

export interface StatementTotals {
	minutes: number;
	honorariumCents: number;
	kilometres: number;
	kilometreAllowanceCents: number;
	expensesCents: number;
	grandTotalCents: number;
}

export interface Statement {
	advisor: StatementAdvisor;
	month: string;
	lines: StatementLine[];
	/** Sums of the lines that have a rate; lines without one are listed but never paid. */
	totals: StatementTotals;
	/** The rates the paid lines used, oldest first. */
	ratesUsed: Rate[];
	/** How many lines had no valid rate. */
	unratedLines: number;
}

/**
 * Honorarium of one entry in cents: minutes × hourly rate / 60, rounded half up to a whole cent. Rounding per entry
 * (not on the month's sum) means every line on the statement adds up to the total shown. Integer arithmetic only:
 * for non-negative n, floor((n + 30) / 60) is n / 60 rounded half up.
 */
export function honorariumCents(minutes: number, hourlyCents: number): number {
	return Math.floor((minutes * hourlyCents + 30) / 60);
}

/**
 * The statement of one advisor for one month (YYYY-MM), pure. Entries of other months are ignored (by the work date
 * as a string, so no time zone can move an entry across the month's border). Each entry is paid at the rate valid on
 * its work date, so a rate change within the month splits the month. Kilometres are whole numbers and the
 * kilometre rate is in cents, so the allowance is exact; expenses are taken as approved.
 */
export function buildStatement({
	advisor,
	month,
	entries,
	rates
}: {
	advisor: StatementAdvisor;
	month: string;
	entries: readonly StatementEntry[];
	rates: readonly Rate[];
}): Statement {
	const lines: StatementLine[] = entries
		.filter((e) => isInMonth(e.workDate, month))
		.sort((a, b) => a.workDate.localeCompare(b.workDate) || a.consultationReference.localeCompare(b.consultationReference) || a.id.localeCompare(b.id))
		.map((e) => {
			const found = rateValidOn(rates, e.workDate);
			const rate = found ? { validFrom: found.validFrom, hourlyCents: found.hourlyCents, kilometreCents: found.kilometreCents } : null;
			const honorarium = rate ? honorariumCents(e.minutes, rate.hourlyCents) : null;
			const allowance = rate ? e.kilometres * rate.kilometreCents : null;
			return {
				entryId: e.id,
				workDate: e.workDate,
				consultationReference: e.consultationReference,
				activityKey: `stm_activity_${e.activity}` as const,
				minutes: e.minutes,
				kilometres: e.kilometres,
				expensesCents: e.expensesCents,
				rate,
				honorariumCents: honorarium,
				kilometreAllowanceCents: allowance,
				totalCents: rate ? honorarium! + allowance! + e.expensesCents : null
			};
		});

	const totals: StatementTotals = { minutes: 0, honorariumCents: 0, kilometres: 0, kilometreAllowanceCents: 0, expensesCents: 0, grandTotalCents: 0 };
	const used = new Map<string, Rate>();
	for (const line of lines) {
		if (!line.rate) continue;
		used.set(line.rate.validFrom, line.rate);
		totals.minutes += line.minutes;
		totals.honorariumCents += line.honorariumCents!;
		totals.kilometres += line.kilometres;
		totals.kilometreAllowanceCents += line.kilometreAllowanceCents!;
		totals.expensesCents += line.expensesCents;
		totals.grandTotalCents += line.totalCents!;
	}
	return {
		advisor,
		month,
		lines,
		totals,
		ratesUsed: [...used.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
		unratedLines: lines.filter((l) => !l.rate).length
	};
}
