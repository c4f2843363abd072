import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { enqueueMail } from '../mail/outbox';
import { loadConsultationForUser } from './access';
import { ConsultationNotFoundError, StaleConsultationError, TransitionRefusedError } from './errors';
import { CLOSED_STATES, checkTransition, type Transition } from './lifecycle';
import { consultationLinks, consultationMailTexts } from './mails';
import { clientName } from './client-name';
import { consultationParticipantIds, loadRecipients, notifyUsers } from '../notifications/notify';
import { appendTimeline } from './timeline';
import { loadTransitionFacts } from './transition-facts';
import { insertBeforeFooter, notificationMailTexts } from '../notifications/mails';
import { inviteMunicipalityContact, sendContactInvitation, type InvitationAuth } from './invite-municipality-contact';
import { log } from '../logger';

export interface TransitionCommand {
	id: string;
	/** The version the person saw; a change in between answers StaleConsultationError. */
	version: number;
	transition: Transition;
	reason?: string;
	user: { id: string };
	roles: readonly Role[];
}

export interface TransitionOptions {
	now?: Date;
	/** Base URL for the links in the contact person's mail about their account (take_into_review). */
	origin?: string;
	/** better-auth, for the invitation of a newly created contact account after the commit. */
	auth?: InvitationAuth;
}

/**
 * Applies one lifecycle transition. Everything is checked again here (access, role, state, preconditions, version)
 * inside one short transaction; a refusal throws and nothing is written. An allowed transition updates the state,
 * writes a timeline entry visible to all, an audit entry and the mail to the municipality's contact person.
 * Accepting a request (take_into_review) also gives the contact person an account bound to the consultation
 * (inviteMunicipalityContact); its invitation link is made after the commit, never inside the transaction.
 */
export async function transitionConsultation(db: Db, cmd: TransitionCommand, { now = new Date(), origin, auth }: TransitionOptions = {}) {
	const reason = cmd.reason?.trim() || undefined;
	const { after, contact } = await db.transaction(async (tx) => {
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
		const contact = cmd.transition === 'take_into_review' ? await inviteMunicipalityContact(tx, { consultation: after, actorId: cmd.user.id, now }) : null;
		const locale = contact?.locale ?? 'de';
		const mail = consultationMailTexts(locale).stateChanged({ name: after.contactName, reference: after.reference, state: to, reason });
		// One mail to the contact person: the new state, and with the acceptance how they reach the consultation.
		// The text announces the invitation mail only when it will be sent (new account, auth given).
		if (contact && origin) {
			const access = { created: contact.created && !!auth, consultationId: after.id, origin };
			mail.text = insertBeforeFooter(mail.text, notificationMailTexts(locale).contactAccess(access));
		}
		await enqueueMail(tx, { kind: 'consultation.state_changed', to: after.contactEmail, ...mail });
		if (origin) {
			// The others taking part learn it too, as they chose; the contact person has their mail above already.
			const ids = await consultationParticipantIds(tx, after.id, { audience: 'all', except: cmd.user.id });
			const contactEmail = after.contactEmail.toLowerCase();
			const others = (await loadRecipients(tx, ids)).filter((r) => r.email.toLowerCase() !== contactEmail).map((r) => r.userId);
			const client = await clientName(tx, after);
			await notifyUsers(tx, others, {
				kind: 'consultation.state_changed',
				consultationId: after.id,
				render: (l) =>
					consultationMailTexts(l).stateChangedForParticipant({ reference: after.reference, client, state: to, reason, url: consultationLinks(origin).page(after.id) })
			});
		}
		return { after, contact };
	});
	if (contact && auth) {
		// The transition is committed; a failing invitation must not turn it into an error page. The contact
		// can still sign in with a link from the log-in page, and an admin can send the invitation again.
		await sendContactInvitation(auth, contact).catch((err) =>
			log.error('contact invitation failed', { consultationId: after.id, userId: contact.userId, error: err instanceof Error ? err.message : String(err) })
		);
	}
	return after;
}
