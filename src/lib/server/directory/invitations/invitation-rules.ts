/**
 * Pure rules of invitations: who may be invited, what a context is, how long a link lives, how a status reads.
 * No I/O, so the pages, the domain functions and the tests share them.
 */

/** Consultations and events pass their own record; a described occasion has none. */
export type InvitationContext = { type: 'occasion' } | { type: 'consultation' | 'event'; id: string };

export type InvitationStatus = 'invited' | 'accepted' | 'declined' | 'withdrawn';
export type InvitationAnswer = 'accepted' | 'declined';
export type RefusalReason = 'not_published' | 'not_contactable';

/** Long enough for an association run by volunteers who meet once a month. */
export const INVITATION_LIFETIME_MS = 30 * 24 * 60 * 60_000;

/** Why an organisation may not be invited, or null when it may. Publication first: it decides visibility at all. */
export function invitationRefusal(org: { status: string; contactable: boolean }): RefusalReason | null {
	if (org.status !== 'published') return 'not_published';
	if (!org.contactable) return 'not_contactable';
	return null;
}

/** What the list shows: an open invitation past its link lifetime can no longer be answered, so it reads as expired. */
export function displayedStatus(row: { status: InvitationStatus; expiresAt: Date }, now = new Date()): InvitationStatus | 'expired' {
	return row.status === 'invited' && row.expiresAt <= now ? 'expired' : row.status;
}

/** Coordinators and admins steer all invitations; everybody else only their own. */
export function seesAllInvitations(roles: readonly string[]): boolean {
	return roles.includes('coordinator') || roles.includes('admin');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date typed as YYYY-MM-DD must be a real calendar day; free text ("Frühjahr 2027") is taken as it is. */
export function isValidOccasionDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return true;
	const d = new Date(`${value}T12:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
