import { eq } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { user } from '../db/schema';
import { enqueueMail } from '../mail/outbox';
import { getSettings } from '../settings/settings-store';
import { notifyParticipants } from '../notifications/notify';
import { notificationMailTexts } from '../notifications/mails';
import { loadConsultationForUser } from './access';
import { clientName } from './client-name';
import { ConsultationNotFoundError, TransitionRefusedError } from './errors';
import { appendTimeline } from './timeline';

export interface PostMessageCommand {
	id: string;
	body: string;
	visibility: 'all' | 'internal';
	user: { id: string };
	roles: readonly Role[];
}

/**
 * A message in the consultation's timeline. Coordinators, accepted advisors and the municipality's users write;
 * internal messages only those who can read internal entries, so a municipality user's message is always 'all'.
 * The other participants who may read it are notified (each as they chose: now or in the digest). A message not
 * written by a coordinator also goes to the coordination's shared address (settings), in German and at once:
 * the coordination is a team without a named person per consultation, and it must see questions from
 * municipalities and advisors, internal ones included, since those are addressed to it.
 */
export async function postMessage(db: Db, cmd: PostMessageCommand, { origin }: { origin?: string } = {}): Promise<void> {
	await db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.id, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		const { actor } = access;
		const mayWrite = actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser;
		if (!mayWrite) throw new TransitionRefusedError('role_not_allowed');
		if (cmd.visibility === 'internal' && !access.seesInternal) throw new TransitionRefusedError('role_not_allowed');
		const body = cmd.body.trim();
		await appendTimeline(tx, {
			consultationId: cmd.id,
			actorId: cmd.user.id,
			kind: 'message',
			visibility: cmd.visibility,
			body
		});

		const c = access.consultation;
		const [author] = await tx.select({ name: user.name }).from(user).where(eq(user.id, cmd.user.id));
		const facts = { author: author?.name ?? null, reference: c.reference, client: await clientName(tx, c), body, visibility: cmd.visibility, origin, consultationId: c.id };
		await notifyParticipants(
			tx,
			{ kind: 'consultation.message', consultationId: c.id, render: (locale) => notificationMailTexts(locale).message(facts) },
			{ audience: cmd.visibility, except: cmd.user.id }
		);
		if (!actor.roles.includes('coordinator')) {
			const { coordinationEmail } = await getSettings(tx);
			await enqueueMail(tx, { kind: 'consultation.message', to: coordinationEmail, ...notificationMailTexts('de').message({ ...facts, settingsLink: false }) });
		}
	});
}
