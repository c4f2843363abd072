import type { Db } from '../../db/client';
import type { OrganisationStatus } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { lifecycleLinks, organisationMailTexts } from './mails';
import { createOrganisationToken, TOKEN_LIFETIMES } from './tokens';
import { transitionOrganisation } from './transition-organisation';

export const REVIEW_ACTIONS = ['verify', 'reject', 'hide', 'republish'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Which states each coordinator decision may start from. */
export const REVIEW_FROM: Record<ReviewAction, readonly OrganisationStatus[]> = {
	verify: ['pending', 'rejected'],
	reject: ['pending', 'published', 'hidden'],
	hide: ['published'],
	republish: ['hidden']
};

export interface ReviewCommand {
	id: string;
	version: number;
	action: ReviewAction;
	/** Required for reject (it is mailed to the contact). */
	reason?: string;
	actorId: string;
}

/**
 * A coordinator's decision on an entry: verify & publish, reject (with a reason, mailed), hide, or publish again.
 * One short transaction with the version check, the audit entry and the queued mail.
 */
export async function reviewOrganisation(db: Db, cmd: ReviewCommand, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const links = lifecycleLinks(origin);
	const texts = organisationMailTexts();
	return db.transaction(async (tx) => {
		const changes = {
			verify: { status: 'published', verified: true, verifiedAt: now, verifiedBy: cmd.actorId, lastConfirmedAt: now, remindersSent: 0, hiddenReason: null },
			reject: { status: 'rejected', hiddenReason: null },
			hide: { status: 'hidden', hiddenReason: 'coordinator' },
			// A fresh reminder cycle, so that the daily job does not hide it again the next morning.
			republish: { status: 'published', hiddenReason: null, remindersSent: 0 }
		} as const;
		const { before, after } = await transitionOrganisation(
			tx,
			{ id: cmd.id, version: cmd.version, from: REVIEW_FROM[cmd.action], action: cmd.action },
			{ ...changes[cmd.action], updatedAt: now }
		);
		if (cmd.action === 'verify') {
			const token = await createOrganisationToken(tx, after.id, 'edit', TOKEN_LIFETIMES.publishedMail, now);
			const mail = texts.published({
				name: after.contactName,
				organisation: after.name,
				publicUrl: links.publicEntry(after.id),
				editUrl: links.edit(token),
				requestUrl: links.requestEdit()
			});
			await enqueueMail(tx, { kind: 'organisation.published', to: after.contactEmail, ...mail });
		}
		if (cmd.action === 'reject') {
			const mail = texts.rejected({ name: after.contactName, organisation: after.name, reason: cmd.reason ?? '' });
			await enqueueMail(tx, { kind: 'organisation.rejected', to: after.contactEmail, ...mail });
		}
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: `organisation.${cmd.action}`,
			targetType: 'organisation',
			targetId: after.id,
			details: { from: before.status, to: after.status, ...(cmd.reason ? { reason: cmd.reason } : {}) }
		});
		return after;
	});
}
