import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { enqueueMail } from '../../mail/outbox';
import { checkEntryReferences } from './check-entry-references';
import { consentChanges } from './consents';
import { uniqueValues, type EntryInput } from './entry-schema';
import { lifecycleLinks, organisationMailTexts } from './mails';
import { recordConsents } from './record-consents';
import { createOrganisationToken, TOKEN_LIFETIMES } from './tokens';

/** The columns an entry form sets, shared by registration and editing. */
export function entryColumns(input: EntryInput) {
	return {
		name: input.name,
		kind: input.kind,
		description: input.description,
		languages: uniqueValues(input.languages),
		communities: uniqueValues(input.communities),
		topics: uniqueValues(input.topics),
		sdgs: uniqueValues(input.sdgs).sort((a, b) => a - b),
		municipalityAgs: input.municipalityAgs,
		address: input.address,
		website: input.website,
		contactName: input.contactName,
		contactEmail: input.contactEmail,
		foundedYear: input.foundedYear,
		sizeClass: input.sizeClass,
		publishContact: input.consentPublishContact,
		publishAddress: input.consentPublishAddress,
		contactable: input.consentContactable
	};
}

export const consentStateOf = (input: EntryInput) => ({
	processing: input.consentProcessing,
	publishContact: input.consentPublishContact,
	publishAddress: input.consentPublishAddress,
	contactable: input.consentContactable
});

/**
 * The oldest other entry with the same name (ignoring case, accents and spacing) in the same municipality.
 * A match does not stop the registration; the coordinator decides.
 */
export async function findPossibleDuplicate(db: Db, name: string, municipalityAgs: string, exceptId?: string) {
	const normalised = (v: unknown) => sql`regexp_replace(immutable_unaccent(lower(${v})), '\\s+', ' ', 'g')`;
	const [row] = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(
			and(
				eq(organisation.municipalityAgs, municipalityAgs),
				sql`${normalised(organisation.name)} = ${normalised(name.trim())}`,
				exceptId ? ne(organisation.id, exceptId) : undefined
			)
		)
		.orderBy(asc(organisation.createdAt))
		.limit(1);
	return row?.id ?? null;
}

/**
 * Public self-registration: stores the entry as 'unconfirmed' with its consents and a confirm-email token in one
 * short transaction; the confirmation mail is queued in it (a database row, nothing is sent while it is open).
 */
export async function registerOrganisation(db: Db, input: EntryInput, { origin, now = new Date() }: { origin: string; now?: Date }) {
	await checkEntryReferences(db, input);
	return db.transaction(async (tx) => {
		const duplicateOf = await findPossibleDuplicate(tx, input.name, input.municipalityAgs);
		const [row] = await tx
			.insert(organisation)
			.values({ ...entryColumns(input), status: 'unconfirmed', possibleDuplicateOf: duplicateOf, createdAt: now, updatedAt: now })
			.returning({ id: organisation.id });
		await recordConsents(tx, row.id, consentChanges(null, consentStateOf(input)), 'registration_form', now);
		const token = await createOrganisationToken(tx, row.id, 'confirm_email', TOKEN_LIFETIMES.confirmEmail, now);
		const mail = organisationMailTexts().confirmEmail({
			name: input.contactName,
			organisation: input.name,
			url: lifecycleLinks(origin).confirm(token)
		});
		await enqueueMail(tx, { kind: 'organisation.confirm-email', to: input.contactEmail, ...mail });
		await recordAudit(tx, {
			actorId: null,
			action: 'organisation.register',
			targetType: 'organisation',
			targetId: row.id,
			details: duplicateOf ? { possibleDuplicateOf: duplicateOf } : {}
		});
		return { id: row.id, possibleDuplicateOf: duplicateOf, token };
	});
}
