import { m } from '$lib/paraglide/messages.js';
import { formatDate } from '$lib/format';

/** Invitation statuses as shown (kept here too, because browser code must not import server modules). */
export type ShownInvitationStatus = 'invited' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

const LABELS: Record<ShownInvitationStatus, () => string> = {
	invited: m.inv_status_invited,
	accepted: m.inv_status_accepted,
	declined: m.inv_status_declined,
	withdrawn: m.inv_status_withdrawn,
	expired: m.inv_status_expired
};

const VARIANTS: Record<ShownInvitationStatus, 'info' | 'success' | 'warning' | 'neutral'> = {
	invited: 'info',
	accepted: 'success',
	declined: 'warning',
	withdrawn: 'neutral',
	expired: 'neutral'
};

export function invitationStatusLabel(status: string): string {
	return (LABELS[status as ShownInvitationStatus] ?? (() => status))();
}

/** The badge colour only repeats the text, which carries the meaning (WCAG 1.4.1). */
export function invitationStatusVariant(status: string) {
	return VARIANTS[status as ShownInvitationStatus] ?? 'neutral';
}

/** An occasion date as people read it: a YYYY-MM-DD date formatted, free text ("Frühjahr 2027") as typed. */
export function occasionDateText(value: string | null, locale: string): string {
	if (!value) return '';
	return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : value;
}
