import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationSession } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { appendTimeline } from '../consultations/timeline';
import { knownOrganisationIds } from './create-session';
import { StaleSessionError } from './errors';
import { loadSessionForChange } from './load-session-for-change';
import { notifySessionParticipants } from './notify-session';
import { pickSessionInput, type SessionInput } from './session-form';

export interface UpdateSessionCommand {
	consultationId: string;
	sessionId: string;
	/** The version the person saw; it is also the calendar's SEQUENCE, so each save moves it on. */
	version: number;
	input: SessionInput;
	user: { id: string };
	roles: readonly Role[];
}

const FIELDS = [
	'title', 'format', 'startsAt', 'durationMinutes', 'place', 'onlineUrl', 'agenda', 'participantCount',
	'organisationIds', 'organisationsText', 'notesShared', 'notesInternal'
] as const;
/** Changes that people must hear about; notes and counts written afterwards are no reason for a mail. */
const ANNOUNCED = new Set<string>(['title', 'startsAt', 'durationMinutes', 'place', 'onlineUrl']);

/** Saves a session form. A stale version is refused (StaleSessionError) and nothing is overwritten. */
export async function updateSession(db: Db, cmd: UpdateSessionCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	return db.transaction(async (tx) => {
		const { access, session: before } = await loadSessionForChange(tx, cmd);
		const organisationIds = await knownOrganisationIds(tx, cmd.input.organisationIds);
		const [after] = await tx
			.update(consultationSession)
			.set({ ...pickSessionInput(cmd.input), organisationIds, updatedAt: now, version: sql`${consultationSession.version} + 1` })
			.where(and(eq(consultationSession.id, before.id), eq(consultationSession.version, cmd.version)))
			.returning();
		if (!after) throw new StaleSessionError();
		const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
		if (changed.length === 0) return after;
		await appendTimeline(tx, {
			consultationId: cmd.consultationId,
			actorId: cmd.user.id,
			kind: 'session',
			visibility: 'all',
			data: { action: 'updated', title: after.title, id: after.id }
		});
		// Internal notes are named as changed, never quoted: the audit log is read by admins outside the consultation.
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: 'session.update',
			targetType: 'consultation_session',
			targetId: after.id,
			details: { consultationId: cmd.consultationId, fields: changed }
		});
		if (changed.some((f) => ANNOUNCED.has(f)) && after.startsAt.getTime() > now.getTime()) {
			await notifySessionParticipants(tx, 'updated', { consultation: access.consultation, session: after, origin, except: cmd.user.id });
		}
		return after;
	});
}
