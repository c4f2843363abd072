import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { InvalidTokenError } from './errors';
import { findValidToken, startEditSession } from './tokens';
import type { OrganisationRow } from './transition-organisation';

/**
 * Resolves an edit link to its entry. The first use shortens the link to a two-hour session, so that a link
 * found later in a mailbox is of little use; the session ends with the final save (markTokenUsed).
 */
export async function openEditSession(db: Db, rawToken: unknown, now = new Date()): Promise<OrganisationRow> {
	return db.transaction(async (tx) => {
		const organisationId = await findValidToken(tx, rawToken, 'edit', now);
		if (!organisationId) throw new InvalidTokenError();
		await startEditSession(tx, rawToken as string, now);
		const [row] = await tx.select().from(organisation).where(eq(organisation.id, organisationId));
		if (!row || row.status === 'rejected' || row.status === 'unconfirmed') throw new InvalidTokenError();
		return row;
	});
}
