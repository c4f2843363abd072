import { and, eq } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationSession } from '../db/schema';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError } from '../consultations/errors';
import { SessionNotFoundError, SessionRefusedError, StaleSessionError } from './errors';
import { assertCanManageSessions } from './session-rules';

import { UUID_PATTERN as UUID } from '../ids';
export const isSessionId = (id: string) => UUID.test(id);

/**
 * The checks every change of an existing session shares, in the order the person should hear them: not theirs
 * (404), not allowed (403), closed or cancelled (409), changed meanwhile (409). Run it inside the transaction.
 */
export async function loadSessionForChange(
	tx: Db,
	cmd: { consultationId: string; sessionId: string; version: number; user: { id: string }; roles: readonly Role[] }
) {
	const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
	if (!access) throw new ConsultationNotFoundError();
	if (!isSessionId(cmd.sessionId)) throw new SessionNotFoundError();
	const [session] = await tx
		.select()
		.from(consultationSession)
		.where(and(eq(consultationSession.id, cmd.sessionId), eq(consultationSession.consultationId, cmd.consultationId)));
	if (!session) throw new SessionNotFoundError();
	assertCanManageSessions(access);
	if (session.cancelledAt) throw new SessionRefusedError('cancelled');
	if (session.version !== cmd.version) throw new StaleSessionError();
	return { access, session };
}
