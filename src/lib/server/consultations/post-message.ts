import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { loadConsultationForUser } from './access';
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
 */
export async function postMessage(db: Db, cmd: PostMessageCommand): Promise<void> {
	await db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.id, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		const { actor } = access;
		const mayWrite = actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser;
		if (!mayWrite) throw new TransitionRefusedError('role_not_allowed');
		if (cmd.visibility === 'internal' && !access.seesInternal) throw new TransitionRefusedError('role_not_allowed');
		await appendTimeline(tx, {
			consultationId: cmd.id,
			actorId: cmd.user.id,
			kind: 'message',
			visibility: cmd.visibility,
			body: cmd.body.trim()
		});
	});
}
