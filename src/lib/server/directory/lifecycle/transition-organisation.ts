import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, type OrganisationStatus } from '../../db/schema';
import { InvalidTransitionError, OrganisationNotFoundError, StaleVersionError } from './errors';

export type OrganisationRow = typeof organisation.$inferSelect;

/**
 * Loads the entry inside the transaction, checks the version the person saw and the allowed source states, and
 * applies `changes` with the version raised by one. A change by someone else in between answers StaleVersionError
 * and nothing is written (the UPDATE's version condition catches a race the first check missed).
 */
export async function transitionOrganisation(
	tx: Db,
	{ id, version, from, action }: { id: string; version: number; from: readonly OrganisationStatus[]; action: string },
	changes: Partial<typeof organisation.$inferInsert>
): Promise<{ before: OrganisationRow; after: OrganisationRow }> {
	const [before] = await tx.select().from(organisation).where(eq(organisation.id, id));
	if (!before) throw new OrganisationNotFoundError();
	if (before.version !== version) throw new StaleVersionError();
	if (!from.includes(before.status)) throw new InvalidTransitionError(before.status, action);
	const [after] = await tx
		.update(organisation)
		.set({ ...changes, version: sql`${organisation.version} + 1` })
		.where(and(eq(organisation.id, id), eq(organisation.version, version)))
		.returning();
	if (!after) throw new StaleVersionError();
	return { before, after };
}
