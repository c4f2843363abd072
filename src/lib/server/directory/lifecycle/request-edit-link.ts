import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { enqueueMail } from '../../mail/outbox';
import { lifecycleLinks, organisationMailTexts } from './mails';
import { createOrganisationToken, TOKEN_LIFETIMES } from './tokens';

/** Entries a representative may edit: confirmed ones that are not rejected. */
const EDITABLE = ['pending', 'published', 'hidden'] as const;

/**
 * Queues one edit-link mail per entry whose contact address this is. The caller answers alike whether or not
 * anything was found, so that nobody can probe which addresses are in the directory.
 */
export async function requestEditLink(db: Db, email: string, { origin, now = new Date() }: { origin: string; now?: Date }) {
	const address = email.trim().toLowerCase();
	const texts = organisationMailTexts();
	return db.transaction(async (tx) => {
		const entries = await tx
			.select({ id: organisation.id, name: organisation.name, contactName: organisation.contactName, contactEmail: organisation.contactEmail })
			.from(organisation)
			.where(and(sql`lower(${organisation.contactEmail}) = ${address}`, inArray(organisation.status, EDITABLE)))
			.limit(10);
		for (const entry of entries) {
			const token = await createOrganisationToken(tx, entry.id, 'edit', TOKEN_LIFETIMES.editLink, now);
			const mail = texts.editLink({ name: entry.contactName, organisation: entry.name, url: lifecycleLinks(origin).edit(token) });
			await enqueueMail(tx, { kind: 'organisation.edit-link', to: entry.contactEmail, ...mail });
		}
		return entries.length;
	});
}

export const isEditable = (status: string) => (EDITABLE as readonly string[]).includes(status);
