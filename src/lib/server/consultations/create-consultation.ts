import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { nextReference, referenceYear, withReferenceRetry } from './next-reference';
import { appendTimeline } from './timeline';

export interface NewConsultationInput {
	municipalityAgs: string;
	contactName: string;
	contactFunction: string;
	contactEmail: string;
	contactPhone: string | null;
	concern: string;
}

/**
 * A coordinator records a request that came by phone or mail (source 'coordinator', state 'requested'). The
 * reference is the year's next number; a concurrent insert with the same number retries the whole transaction.
 * The status token is random and only its SHA-256 hash is stored (no link is sent from here).
 */
export async function createConsultation(db: Db, input: NewConsultationInput, actorId: string, { now = new Date() }: { now?: Date } = {}) {
	const year = referenceYear(now);
	return withReferenceRetry(() =>
		db.transaction(async (tx) => {
			const reference = await nextReference(tx, year);
			const statusTokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
			const [row] = await tx
				.insert(consultation)
				.values({ ...input, reference, year, statusTokenHash, source: 'coordinator', createdBy: actorId, createdAt: now, updatedAt: now })
				.returning();
			await appendTimeline(tx, { consultationId: row.id, actorId, kind: 'created', visibility: 'all', data: { source: 'coordinator' } });
			await recordAudit(tx, { actorId, action: 'consultation.create', targetType: 'consultation', targetId: row.id, details: { reference } });
			return row;
		})
	);
}
