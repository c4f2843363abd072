/**
 * The yearly confirmation rule (pure): an entry confirmed less than 12 months ago needs nothing; after that it
 * gets up to two reminders at least 14 days apart; 14 days after the second reminder without confirmation it is
 * hidden (never deleted).
 */
export const MAX_REMINDERS = 2;
export const REMINDER_INTERVAL_DAYS = 14;

export type YearlyDecision = 'none' | 'remind' | 'hide';

export interface ConfirmationState {
	lastConfirmedAt: Date | null;
	/** Fallback when the entry was never confirmed (e.g. imported): the registration time. */
	createdAt: Date;
	remindersSent: number;
	lastReminderAt: Date | null;
}

/** The same calendar day twelve months later; 29 February becomes 28 February (end of month). */
export function confirmationDueAt(confirmedAt: Date): Date {
	const due = new Date(confirmedAt);
	due.setUTCFullYear(due.getUTCFullYear() + 1);
	if (due.getUTCDate() !== confirmedAt.getUTCDate()) due.setUTCDate(0);
	return due;
}

export function decideYearlyConfirmation(state: ConfirmationState, now: Date): YearlyDecision {
	const confirmedAt = state.lastConfirmedAt ?? state.createdAt;
	if (now < confirmationDueAt(confirmedAt)) return 'none';
	// A reminder from an earlier cycle (before the last confirmation) does not count as recent.
	const lastReminder = state.lastReminderAt && state.lastReminderAt > confirmedAt ? state.lastReminderAt : null;
	const intervalPassed = !lastReminder || now.getTime() - lastReminder.getTime() >= REMINDER_INTERVAL_DAYS * 86_400_000;
	if (!intervalPassed) return 'none';
	return state.remindersSent < MAX_REMINDERS ? 'remind' : 'hide';
}
