import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipality, organisation } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { getSettings } from '../../settings/settings-store';
import { InvalidTokenError } from './errors';
import { lifecycleLinks, organisationMailTexts } from './mails';
import { findValidToken, markTokenUsed } from './tokens';

/**
 * Confirms the contact's email with the one-time token of the registration mail: the entry moves from
 * 'unconfirmed' to 'pending' and the coordination is told that an entry waits. Throws InvalidTokenError for an
 * unknown, expired or used token.
 */
export async function confirmOrganisationEmail(db: Db, rawToken: unknown, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const settings = await getSettings(db);
	return db.transaction(async (tx) => {
		const organisationId = await findValidToken(tx, rawToken, 'confirm_email', now);
		if (!organisationId) throw new InvalidTokenError();
		await markTokenUsed(tx, rawToken as string, now);
		const [row] = await tx
			.update(organisation)
			.set({ status: 'pending', emailConfirmedAt: now, updatedAt: now, version: sql`${organisation.version} + 1` })
			.where(and(eq(organisation.id, organisationId), eq(organisation.status, 'unconfirmed')))
			.returning({ id: organisation.id, name: organisation.name, ags: organisation.municipalityAgs });
		// Already confirmed by another way (or moved on): the used token is simply spent.
		if (!row) return { id: organisationId, changed: false };
		const [place] = await tx.select({ name: municipality.name }).from(municipality).where(eq(municipality.ags, row.ags));
		const mail = organisationMailTexts().newEntry({
			organisation: row.name,
			municipality: place?.name ?? row.ags,
			url: lifecycleLinks(origin).review(row.id)
		});
		await enqueueMail(tx, { kind: 'organisation.new-entry', to: settings.coordinationEmail, ...mail });
		await recordAudit(tx, { actorId: null, action: 'organisation.confirm-email', targetType: 'organisation', targetId: row.id });
		return { id: row.id, changed: true };
	});
}
