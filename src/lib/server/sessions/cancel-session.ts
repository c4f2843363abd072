import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationSession } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { appendTimeline } from '../consultations/timeline';
import { StaleSessionError } from './errors';
import { loadSessionForChange } from './load-session-for-change';
import { notifySessionParticipants } from './notify-session';

export interface CancelSessionCommand {
	consultationId: string;
	sessionId: string;
	version: number;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Cancels a session. It is kept (reports count what took place, calendars need STATUS:CANCELLED with a higher
 * SEQUENCE to remove it) and can no longer be edited. People are told when it had not yet taken place.
 */
export async function cancelSession(db: Db, cmd: CancelSessionCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	return db.transaction(async (tx) => {
		const { access, session } = await loadSessionForChange(tx, cmd);
		const [after] = await tx
			.update(consultationSession)
			.set({ cancelledAt: now, updatedAt: now, version: sql`${consultationSession.version} + 1` })
			.where(and(eq(consultationSession.id, session.id), eq(consultationSession.version, cmd.version)))
			.returning();
		if (!after) throw new StaleSessionError();
		const data = { action: 'cancelled', title: after.title, id: after.id };
		await appendTimeline(tx, { consultationId: cmd.consultationId, actorId: cmd.user.id, kind: 'session', visibility: 'all', data });
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: 'session.cancel',
			targetType: 'consultation_session',
			targetId: after.id,
			details: { consultationId: cmd.consultationId, title: after.title }
		});
		if (after.startsAt.getTime() > now.getTime()) {
			await notifySessionParticipants(tx, 'cancelled', { consultation: access.consultation, session: after, origin, except: cmd.user.id });
		}
		return after;
	});
}
