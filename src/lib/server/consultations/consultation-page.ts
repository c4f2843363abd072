import { error, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/roles';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '../auth/guard';
import { runtime } from '../runtime';
import { loadConsultationForUser, type ConsultationAccess } from './access';
import { clientName } from './client-name';

export const CONSULTATION_ROLES: Role[] = ['coordinator', 'admin', 'advisor', 'municipality'];

/**
 * The start of every load and action under /app/beratungen/[id]: signed in with one of the roles, and the
 * consultation is one this person may see; anything else answers 404 (403 for a role that never may).
 * Layout loads do not run for form actions, so each action calls this itself.
 */
export async function loadConsultationPage(event: RequestEvent<{ id: string }>, roles: Role[] = CONSULTATION_ROLES) {
	const user = requireRole(event, ...roles);
	const { database, config } = await runtime();
	const access = await loadConsultationForUser(database.db, event.params.id, user, event.locals.roles);
	if (!access) error(404, m.error_404_text());
	return { user, roles: event.locals.roles, db: database.db, config, access };
}

/** What the heading and the tabs of every consultation page show. */
export async function consultationHeader(access: ConsultationAccess, db: Parameters<typeof clientName>[0]) {
	const c = access.consultation;
	const { actor } = access;
	return {
		id: c.id,
		reference: c.reference,
		state: c.state,
		clientName: await clientName(db, c),
		seesInternal: access.seesInternal,
		isCoordinator: actor.roles.includes('coordinator'),
		/** Coordinators, advisors who accepted and the municipality's users may add and change things. */
		canWrite: actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser
	};
}
