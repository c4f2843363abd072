import { CLOSED_STATES } from '../consultations/lifecycle';
import type { ConsultationAccess } from '../consultations/access';
import { SessionRefusedError } from './errors';

/**
 * Who may plan sessions: the coordination and the advisors who accepted the consultation. Municipality users
 * see the dates, shared notes and download them; they agree dates in the timeline's dialogue instead.
 */
export function canManageSessions(access: Pick<ConsultationAccess, 'actor'>): boolean {
	return access.actor.roles.includes('coordinator') || access.actor.isAssignedAdvisor;
}

/** Throws the refusal that applies, if any: role first (403), then a closed consultation (409). */
export function assertCanManageSessions(access: Pick<ConsultationAccess, 'actor' | 'consultation'>): void {
	if (!canManageSessions(access)) throw new SessionRefusedError('not_allowed');
	if (CLOSED_STATES.includes(access.consultation.state)) throw new SessionRefusedError('consultation_closed');
}

/** Internal notes are for the coordination and the advisors; this is the one place that strips them. */
export function withoutInternalNotes<T extends { notesInternal: string }>(row: T, seesInternal: boolean): T {
	return seesInternal ? row : { ...row, notesInternal: '' };
}
