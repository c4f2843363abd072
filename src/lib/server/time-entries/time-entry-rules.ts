import { addMonths, format, parseISO, subMonths } from 'date-fns';
import { TIME_ACTIVITIES, TIME_ENTRY_STATUSES, type TimeActivity, type TimeEntryStatus } from '../db/schema/time-entries';

/*
 * The rules of time and expense entries as pure functions (no I/O).
 * - Hours are typed as "2,5", "2.5", "2:30" or "2"; stored as whole minutes in quarter-hour steps,
 *   more than 0 and at most 24 hours; the entries of one advisor on one day add up to 24 hours at most.
 * - The day lies neither in the future nor more than MAX_AGE_MONTHS back (older work is settled already).
 * - Kilometres 0–2,000 per entry, expenses 0–5,000 € per entry (typed "12,50").
 * - Status: submitted → approved (locked for good) or rejected (with reason); the advisor may change or delete
 *   submitted and rejected entries, and a changed rejected entry is submitted again.
 */
export { TIME_ACTIVITIES, TIME_ENTRY_STATUSES, type TimeActivity, type TimeEntryStatus };

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTE_STEP = 15;
export const MAX_KILOMETRES = 2000;
export const MAX_EXPENSES_CENTS = 5000_00;
export const MAX_AGE_MONTHS = 12;
export const DESCRIPTION_MAX = 1000;
export const EXPENSE_NOTE_MAX = 200;
export const REASON_MAX = 1000;
/** Receipts are smaller than general documents: a scan or a photo of a ticket. */
export const RECEIPT_MAX_MB = 10;

export type HoursProblem = 'required' | 'invalid' | 'not_positive' | 'too_many' | 'step';

/** Typed hours → whole minutes, or the problem. "2,5" and "2.5" are decimal hours, "2:30" hours and minutes. */
export function parseHours(raw: string): { ok: true; minutes: number } | { ok: false; problem: HoursProblem } {
	const value = raw.trim().replace(/\s*(h|std\.?|stunden)$/i, '');
	if (value === '') return { ok: false, problem: 'required' };
	if (/^-\s*\d/.test(value)) return { ok: false, problem: 'not_positive' };
	let minutes: number;
	const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
	const decimal = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value);
	if (clock) {
		minutes = Number(clock[1]) * 60 + Number(clock[2]);
	} else if (decimal) {
		const fraction = decimal[2] ? Number(decimal[2].padEnd(2, '0')) : 0;
		// Integer arithmetic in hundredths of an hour: 2,25 h → 225 → 135 minutes, without floating-point drift.
		const hundredths = Number(decimal[1]) * 100 + fraction;
		if ((hundredths * 60) % 100 !== 0) return { ok: false, problem: 'step' };
		minutes = (hundredths * 60) / 100;
	} else {
		return { ok: false, problem: 'invalid' };
	}
	if (minutes <= 0) return { ok: false, problem: 'not_positive' };
	if (minutes > MINUTES_PER_DAY) return { ok: false, problem: 'too_many' };
	if (minutes % MINUTE_STEP !== 0) return { ok: false, problem: 'step' };
	return { ok: true, minutes };
}

/** Minutes as the form shows them again: 150 → "2,5" (German) or "2.5". */
export function formatHours(minutes: number, locale: string = 'de'): string {
	const hours = minutes / 60;
	return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false }).format(hours);
}

/** Typed euros → cents: "12,50", "12.50", "12", "1.234,50", "12,50 €"; null when it is not an amount. */
export function parseEuroCents(raw: string): number | null {
	const value = raw.trim().replace(/\s*(€|eur|euro)$/i, '').replace(/\s/g, '');
	if (value === '') return 0;
	const german = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(value);
	const english = /^(\d+)\.(\d{1,2})$/.exec(value);
	const match = english ?? german;
	if (!match) return null;
	const euros = Number(match[1].replace(/\./g, ''));
	const cents = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
	const total = euros * 100 + cents;
	return Number.isSafeInteger(total) ? total : null;
}

/** Cents as the form shows them again: 1250 → "12,50". */
export function formatEuroInput(cents: number, locale: string = 'de'): string {
	if (cents === 0) return '';
	return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

/** Whole kilometres 0–2,000; "" is 0. */
export function parseKilometres(raw: string): { ok: true; km: number } | { ok: false; problem: 'invalid' | 'too_many' } {
	const value = raw.trim().replace(/\s*km$/i, '');
	if (value === '') return { ok: true, km: 0 };
	if (!/^\d{1,6}$/.test(value)) return { ok: false, problem: 'invalid' };
	const km = Number(value);
	return km > MAX_KILOMETRES ? { ok: false, problem: 'too_many' } : { ok: true, km };
}

/** The earliest day that may still be recorded, as 'YYYY-MM-DD'. */
export function earliestWorkDate(today: string): string {
	return format(subMonths(parseISO(today), MAX_AGE_MONTHS), 'yyyy-MM-dd');
}

/** null when the day may be recorded today, otherwise why not. Dates compare as ISO strings. */
export function workDateProblem(workDate: string, today: string): 'future' | 'too_old' | null {
	if (workDate > today) return 'future';
	if (workDate < earliestWorkDate(today)) return 'too_old';
	return null;
}

/** Would the day hold more than 24 hours with this entry? `otherMinutes`: the advisor's other entries that day. */
export function exceedsDayLimit(otherMinutes: number, minutes: number): boolean {
	return otherMinutes + minutes > MINUTES_PER_DAY;
}

/** Hours still free on that day (never below 0). */
export const remainingDayMinutes = (otherMinutes: number) => Math.max(0, MINUTES_PER_DAY - otherMinutes);

export type ChangeRefusal = 'approved';
export type DecisionRefusal = 'not_submitted' | 'own_entry';

/** May the advisor change or delete the entry? Approved entries are locked: they are the basis of the honorarium. */
export function changeRefusal(entry: { status: TimeEntryStatus }): ChangeRefusal | null {
	return entry.status === 'approved' ? 'approved' : null;
}

/** Only submitted entries are decided, and never by the advisor who recorded them (four-eyes principle). */
export function decisionRefusal(entry: { status: TimeEntryStatus; advisorId: string }, deciderId: string): DecisionRefusal | null {
	if (entry.status !== 'submitted') return 'not_submitted';
	if (entry.advisorId === deciderId) return 'own_entry';
	return null;
}

/** Every change by the advisor leads to 'submitted': a corrected rejected entry goes back into the queue. */
export function statusAfterChange(_status: TimeEntryStatus): TimeEntryStatus {
	return 'submitted';
}

/** 'YYYY-MM' of a day. */
export const monthOf = (date: string) => date.slice(0, 7);

/** A month from the URL ('2026-11'), or null when it is none. */
export function parseMonth(value: string | null | undefined): string | null {
	if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return null;
	const year = Number(value.slice(0, 4));
	return year >= 2000 && year <= 2100 ? value : null;
}

/** First and last day of a month ('YYYY-MM-DD'), and the months before and after. */
export function monthRange(month: string) {
	const first = parseISO(`${month}-01`);
	const next = addMonths(first, 1);
	return {
		from: `${month}-01`,
		/** Exclusive: the first day of the next month. */
		until: format(next, 'yyyy-MM-dd'),
		previous: format(subMonths(first, 1), 'yyyy-MM'),
		next: format(next, 'yyyy-MM')
	};
}

export interface Sums {
	minutes: number;
	kilometres: number;
	expensesCents: number;
	count: number;
}

/** Totals of a list of entries. */
export function sumEntries(entries: readonly { minutes: number; kilometres: number; expensesCents: number }[]): Sums {
	return entries.reduce<Sums>(
		(s, e) => ({ minutes: s.minutes + e.minutes, kilometres: s.kilometres + e.kilometres, expensesCents: s.expensesCents + e.expensesCents, count: s.count + 1 }),
		{ minutes: 0, kilometres: 0, expensesCents: 0, count: 0 }
	);
}

/** Who may see an entry and its receipt: the advisor who recorded it, and the coordination that decides it. */
export function maySeeEntry(entry: { advisorId: string }, userId: string, roles: readonly string[]): boolean {
	return entry.advisorId === userId || roles.includes('coordinator');
}
