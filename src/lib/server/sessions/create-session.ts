import { inArray } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationSession, organisation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError } from '../consultations/errors';
import { appendTimeline } from '../consultations/timeline';
import { notifySessionParticipants } from './notify-session';
import { pickSessionInput, type SessionInput } from './session-form';
import { assertCanManageSessions } from './session-rules';

export interface CreateSessionCommand {
	consultationId: string;
	input: SessionInput;
	user: { id: string };
	roles: readonly Role[];
}

/** Keeps only ids of organisations that exist, so that a forged id never lands in the array. */
export async function knownOrganisationIds(tx: Db, ids: readonly string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await tx.select({ id: organisation.id }).from(organisation).where(inArray(organisation.id, [...ids]));
	const known = new Set(rows.map((r) => r.id));
	return ids.filter((id) => known.has(id));
}

/**
 * Plans a session. Coordinators and accepted advisors only, and not in a closed consultation; checked again
 * here inside the one transaction that writes the session, the timeline entry, the audit entry and the notices.
 */
export async function createSession(db: Db, cmd: CreateSessionCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	return db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		assertCanManageSessions(access);
		const organisationIds = await knownOrganisationIds(tx, cmd.input.organisationIds);
		const [session] = await tx
			.insert(consultationSession)
			.values({ ...pickSessionInput(cmd.input), organisationIds, consultationId: cmd.consultationId, createdBy: cmd.user.id, createdAt: now, updatedAt: now })
			.returning();
		const data = { action: 'created', title: session.title, id: session.id };
		await appendTimeline(tx, { consultationId: cmd.consultationId, actorId: cmd.user.id, kind: 'session', visibility: 'all', data });
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: 'session.create',
			targetType: 'consultation_session',
			targetId: session.id,
			details: { consultationId: cmd.consultationId, title: session.title, startsAt: session.startsAt.toISOString() }
		});
		await notifySessionParticipants(tx, 'created', { consultation: access.consultation, session, origin, except: cmd.user.id });
		return session;
	});
}
