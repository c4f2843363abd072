import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { InvalidTokenError } from './errors';
import { findValidToken } from './tokens';
import { transitionOrganisation } from './transition-organisation';

/**
 * The yearly confirmation through an edit link: lastConfirmedAt is now and the reminder count starts again.
 * An entry hidden only because it was not confirmed is published again; one hidden by the coordination stays
 * hidden. The link stays usable for the rest of its session, so the person can still correct the entry.
 */
export async function confirmOrganisationEntry(db: Db, rawToken: unknown, version: number, now = new Date()) {
	return db.transaction(async (tx) => {
		const organisationId = await findValidToken(tx, rawToken, 'edit', now);
		if (!organisationId) throw new InvalidTokenError();
		const { before, after } = await transitionOrganisation(
			tx,
			{ id: organisationId, version, from: ['pending', 'published', 'hidden'], action: 'confirm' },
			{ lastConfirmedAt: now, remindersSent: 0, lastReminderAt: null, updatedAt: now }
		);
		let result = after;
		if (before.status === 'hidden' && before.hiddenReason === 'not_confirmed') {
			({ after: result } = await transitionOrganisation(
				tx,
				{ id: organisationId, version: after.version, from: ['hidden'], action: 'republish' },
				{ status: 'published', hiddenReason: null }
			));
		}
		await recordAudit(tx, {
			actorId: null,
			action: 'organisation.confirm-entry',
			targetType: 'organisation',
			targetId: organisationId,
			details: { from: before.status, to: result.status }
		});
		return result;
	});
}
