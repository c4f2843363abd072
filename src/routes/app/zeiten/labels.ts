import { m } from '$lib/paraglide/messages.js';
import type { TimeActivity, TimeEntryStatus } from '$lib/server/db/schema/time-entries';

/** Texts and number formats of the time pages; the status is always text, the badge colour only helps. */
export const ACTIVITIES: readonly TimeActivity[] = ['preparation', 'session', 'travel', 'follow_up', 'other'];

const ACTIVITY_LABELS: Record<TimeActivity, () => string> = {
	preparation: m.ws_activity_preparation,
	session: m.ws_activity_session,
	travel: m.ws_activity_travel,
	follow_up: m.ws_activity_follow_up,
	other: m.ws_activity_other
};
export const activityLabel = (a: TimeActivity) => ACTIVITY_LABELS[a]();
export const activityOptions = () => ACTIVITIES.map((a) => ({ value: a, label: activityLabel(a) }));

const STATUS_LABELS: Record<TimeEntryStatus, () => string> = {
	submitted: m.ws_status_submitted,
	approved: m.ws_status_approved,
	rejected: m.ws_status_rejected
};
export const statusLabel = (s: TimeEntryStatus) => STATUS_LABELS[s]();
export const STATUS_VARIANTS: Record<TimeEntryStatus, 'info' | 'success' | 'danger'> = { submitted: 'info', approved: 'success', rejected: 'danger' };

const numberLocale = (locale: string) => (locale === 'de' ? 'de-DE' : 'en-GB');

/** 150 minutes → "2,5 Std." */
export function hoursText(minutes: number, locale: string): string {
	return m.ws_hours_value({ hours: new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2 }).format(minutes / 60) });
}

/** Minutes → what the hours field shows again ("2,5"). */
export function hoursInput(minutes: number, locale: string): string {
	return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
}

export function euroText(cents: number, locale: string): string {
	return new Intl.NumberFormat(numberLocale(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Cents → what the expenses field shows again ("12,50"; empty for none). */
export function euroInput(cents: number, locale: string): string {
	return cents === 0 ? '' : new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

export function kmText(km: number, locale: string): string {
	return m.ws_km_value({ km: new Intl.NumberFormat(numberLocale(locale)).format(km) });
}

/** "November 2026" */
export function monthText(month: string, locale: string): string {
	return new Intl.DateTimeFormat(numberLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
}
