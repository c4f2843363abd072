import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation } from '../../db/schema';
import { invitationRefusal } from './invitation-rules';

/**
 * The organisation for the invite form: its name and, if it may not be invited, why. The contact address is not
 * returned (consent to be contacted is not consent to show it), and an entry that is not published keeps even its
 * name private. Null for unknown ids.
 */
export async function getInvitationTarget(db: Db, organisationId: string) {
	const [org] = await db
		.select({ id: organisation.id, name: organisation.name, status: organisation.status, contactable: organisation.contactable })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!org) return null;
	const refusal = invitationRefusal(org);
	return { id: org.id, name: refusal === 'not_published' ? null : org.name, refusal };
}
