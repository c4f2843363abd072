import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { enqueueMail } from '../mail/outbox';
import { loadConsultationForUser } from './access';
import { ConsultationNotFoundError, StaleConsultationError, TransitionRefusedError } from './errors';
import { CLOSED_STATES, checkTransition, type Transition } from './lifecycle';
import { consultationMailTexts } from './mails';
import { appendTimeline } from './timeline';
import { loadTransitionFacts } from './transition-facts';

export interface TransitionCommand {
	id: string;
	/** The version the person saw; a change in between answers StaleConsultationError. */
	version: number;
	transition: Transition;
	reason?: string;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Applies one lifecycle transition. Everything is checked again here (access, role, state, preconditions, version)
 * inside one short transaction; a refusal throws and nothing is written. An allowed transition updates the state,
 * writes a timeline entry visible to all, an audit entry and the mail to the municipality's contact person.
 */
export async function transitionConsultation(db: Db, cmd: TransitionCommand, { now = new Date() }: { now?: Date } = {}) {
	const reason = cmd.reason?.trim() || undefined;
	return db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.id, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		const before = access.consultation;
		const facts = await loadTransitionFacts(tx, before);
		const check = checkTransition(cmd.transition, facts, access.actor, { reason });
		// The role decides first (403); a stale form next, so that a double click reads "changed meanwhile".
		if (!check.ok && check.refusal === 'role_not_allowed') throw new TransitionRefusedError(check.refusal);
		if (before.version !== cmd.version) throw new StaleConsultationError();
		if (!check.ok) throw new TransitionRefusedError(check.refusal);

		const to = check.to;
		const [after] = await tx
			.update(consultation)
			.set({
				state: to,
				pausedFrom: cmd.transition === 'pause' ? before.state : null,
				closedAt: CLOSED_STATES.includes(to) ? now : null,
				...(cmd.transition === 'decline' ? { declineReason: reason } : {}),
				...(cmd.transition === 'withdraw' ? { withdrawReason: reason } : {}),
				updatedAt: now,
				version: sql`${consultation.version} + 1`
			})
			.where(and(eq(consultation.id, before.id), eq(consultation.version, cmd.version)))
			.returning();
		if (!after) throw new StaleConsultationError();

		const data = { transition: cmd.transition, from: before.state, to, ...(reason ? { reason } : {}) };
		await appendTimeline(tx, { consultationId: after.id, actorId: cmd.user.id, kind: 'transition', visibility: 'all', data });
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: `consultation.${cmd.transition}`,
			targetType: 'consultation',
			targetId: after.id,
			details: data
		});
		const mail = consultationMailTexts().stateChanged({ name: after.contactName, reference: after.reference, state: to, reason });
		await enqueueMail(tx, { kind: 'consultation.state_changed', to: after.contactEmail, ...mail });
		return after;
	});
}
