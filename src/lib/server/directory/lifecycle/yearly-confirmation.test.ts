import { describe, expect, it } from 'vitest';
import { confirmationDueAt, decideYearlyConfirmation, type ConfirmationState } from './yearly-confirmation';

const DAY = 86_400_000;
const confirmed = new Date('2025-03-10T09:00:00Z');
const due = new Date('2026-03-10T09:00:00Z');
const state = (s: Partial<ConfirmationState> = {}): ConfirmationState => ({
	lastConfirmedAt: confirmed,
	createdAt: new Date('2024-01-01T00:00:00Z'),
	remindersSent: 0,
	lastReminderAt: null,
	...s
});
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('yearly confirmation rule', () => {
	it('does nothing within 12 months of the last confirmation', () => {
		expect(decideYearlyConfirmation(state(), at(due, -1))).toBe('none');
		expect(decideYearlyConfirmation(state(), at(due, -DAY))).toBe('none');
	});

	it('reminds once the 12 months are over', () => {
		expect(decideYearlyConfirmation(state(), due)).toBe('remind');
		expect(decideYearlyConfirmation(state(), at(due, 300 * DAY))).toBe('remind');
	});

	it('waits 14 days between reminders', () => {
		const first = at(due, DAY);
		const s = state({ remindersSent: 1, lastReminderAt: first });
		expect(decideYearlyConfirmation(s, at(first, 14 * DAY - 1))).toBe('none');
		expect(decideYearlyConfirmation(s, at(first, 14 * DAY))).toBe('remind');
	});

	it('hides 14 days after the second reminder, not before', () => {
		const second = at(due, 15 * DAY);
		const s = state({ remindersSent: 2, lastReminderAt: second });
		expect(decideYearlyConfirmation(s, at(second, 14 * DAY - 1))).toBe('none');
		expect(decideYearlyConfirmation(s, at(second, 14 * DAY))).toBe('hide');
	});

	it('ignores a reminder from before the last confirmation', () => {
		const s = state({ lastConfirmedAt: confirmed, remindersSent: 0, lastReminderAt: at(confirmed, -DAY) });
		expect(decideYearlyConfirmation(s, due)).toBe('remind');
	});

	it('falls back to the registration time when never confirmed', () => {
		const s = state({ lastConfirmedAt: null, createdAt: confirmed });
		expect(decideYearlyConfirmation(s, at(due, -1))).toBe('none');
		expect(decideYearlyConfirmation(s, due)).toBe('remind');
	});

	it('ends a year from 29 February on 28 February', () => {
		expect(confirmationDueAt(new Date('2028-02-29T12:00:00Z')).toISOString()).toBe('2029-02-28T12:00:00.000Z');
	});
});
