import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user } from '../db/schema';
import { clientName } from '../consultations/client-name';
import type { ConsultationRow } from '../consultations/access';

/** Who acted and for which client, for the notice texts; read inside the command's transaction. */
export async function loadNoticeFacts(tx: Db, consultation: ConsultationRow, actorId: string | null) {
	const [actor] = actorId ? await tx.select({ name: user.name }).from(user).where(eq(user.id, actorId)) : [];
	return { actor: actor?.name ?? '', client: await clientName(tx, consultation), reference: consultation.reference };
}
