import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { lifecycleLinks, organisationMailTexts } from './mails';
import { createOrganisationToken, TOKEN_LIFETIMES } from './tokens';
import { decideYearlyConfirmation } from './yearly-confirmation';

/**
 * Applies the yearly confirmation rule to every published entry that is possibly due (confirmed more than eleven
 * months ago; the pure rule decides exactly). Each entry gets its own short transaction, so a large directory
 * never holds PGlite's single session for long.
 */
export async function runYearlyConfirmation(db: Db, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const texts = organisationMailTexts();
	const links = lifecycleLinks(origin);
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - 11);
	const candidates = await db
		.select()
		.from(organisation)
		.where(
			and(
				eq(organisation.status, 'published'),
				or(lt(organisation.lastConfirmedAt, cutoff), and(isNull(organisation.lastConfirmedAt), lt(organisation.createdAt, cutoff)))
			)
		);
	const result = { reminded: 0, hidden: 0 };
	for (const entry of candidates) {
		const decision = decideYearlyConfirmation(entry, now);
		if (decision === 'none') continue;
		await db.transaction(async (tx) => {
			if (decision === 'remind') {
				// Only while the entry is unchanged since it was read: a confirmation in between wins.
				const [row] = await tx
					.update(organisation)
					.set({ remindersSent: sql`${organisation.remindersSent} + 1`, lastReminderAt: now })
					.where(and(eq(organisation.id, entry.id), eq(organisation.version, entry.version), eq(organisation.status, 'published')))
					.returning({ id: organisation.id });
				if (!row) return;
				const token = await createOrganisationToken(tx, entry.id, 'edit', TOKEN_LIFETIMES.reminder, now);
				const mail = texts.reminder({ name: entry.contactName, organisation: entry.name, url: links.edit(token) });
				await enqueueMail(tx, { kind: 'organisation.reminder', to: entry.contactEmail, ...mail });
				await recordAudit(tx, { actorId: null, action: 'organisation.remind', targetType: 'organisation', targetId: entry.id, details: { reminder: entry.remindersSent + 1 } });
				result.reminded++;
			} else {
				const [row] = await tx
					.update(organisation)
					.set({ status: 'hidden', hiddenReason: 'not_confirmed', updatedAt: now, version: sql`${organisation.version} + 1` })
					.where(and(eq(organisation.id, entry.id), eq(organisation.version, entry.version), eq(organisation.status, 'published')))
					.returning({ id: organisation.id });
				if (!row) return;
				const mail = texts.hidden({ name: entry.contactName, organisation: entry.name, url: links.requestEdit() });
				await enqueueMail(tx, { kind: 'organisation.hidden', to: entry.contactEmail, ...mail });
				await recordAudit(tx, { actorId: null, action: 'organisation.hide', targetType: 'organisation', targetId: entry.id, details: { reason: 'not_confirmed' } });
				result.hidden++;
			}
		});
	}
	return result;
}
