import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { checkEntryReferences } from './check-entry-references';
import { consentChanges } from './consents';
import type { EditEntryInput } from './entry-schema';
import { InvalidTokenError } from './errors';
import { recordConsents } from './record-consents';
import { consentStateOf, entryColumns, findPossibleDuplicate } from './register-organisation';
import { findValidToken, markTokenUsed } from './tokens';
import { transitionOrganisation, type OrganisationRow } from './transition-organisation';

const COMPARED = ['name', 'kind', 'description', 'languages', 'communities', 'topics', 'sdgs', 'municipalityAgs', 'address', 'website', 'contactName', 'contactEmail', 'foundedYear', 'sizeClass', 'publishContact', 'publishAddress', 'contactable'] as const;

/** Names of the fields whose value changed, for the audit entry the coordinator reads. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
	return COMPARED.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

/**
 * A representative saves the entry through an edit link. The status stays as it is (a published entry stays
 * published; the coordinator sees the change in the audit log). A withdrawn publish consent takes effect with
 * this commit, so the public page stops showing that field at once. Saving uses the link up.
 */
export async function updateOrganisationEntry(db: Db, rawToken: unknown, input: EditEntryInput, now = new Date()) {
	const current = await db.transaction(async (tx) => {
		const organisationId = await findValidToken(tx, rawToken, 'edit', now);
		if (!organisationId) throw new InvalidTokenError();
		return organisationId;
	});
	const [existing] = await db.select({ topics: organisation.topics }).from(organisation).where(eq(organisation.id, current));
	await checkEntryReferences(db, input, existing?.topics ?? []);
	return db.transaction(async (tx) => {
		const organisationId = await findValidToken(tx, rawToken, 'edit', now);
		if (organisationId !== current) throw new InvalidTokenError();
		const columns = entryColumns(input);
		const { before, after } = await transitionOrganisation(
			tx,
			{ id: current, version: input.version, from: ['pending', 'published', 'hidden'], action: 'edit' },
			{ ...columns, updatedAt: now }
		);
		const previousConsents = { processing: true, publishContact: before.publishContact, publishAddress: before.publishAddress, contactable: before.contactable };
		await recordConsents(tx, current, consentChanges(previousConsents, consentStateOf(input)), 'edit_link', now);
		const fields = changedFields(before, after);
		if (fields.includes('name') || fields.includes('municipalityAgs')) {
			await flagDuplicate(tx, after, now);
		}
		await markTokenUsed(tx, rawToken as string, now);
		await recordAudit(tx, { actorId: null, action: 'organisation.edit', targetType: 'organisation', targetId: current, details: { fields, status: after.status } });
		return after;
	});
}

async function flagDuplicate(tx: Db, row: OrganisationRow, now: Date) {
	const duplicateOf = await findPossibleDuplicate(tx, row.name, row.municipalityAgs, row.id);
	if (duplicateOf === row.possibleDuplicateOf) return;
	await tx.update(organisation).set({ possibleDuplicateOf: duplicateOf, updatedAt: now }).where(eq(organisation.id, row.id));
}
