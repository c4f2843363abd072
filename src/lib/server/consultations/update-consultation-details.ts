import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { ConsultationNotFoundError, StaleConsultationError } from './errors';
import { appendTimeline } from './timeline';

export interface ConsultationDetails {
	goals: string;
	topics: string[];
	sdgs: number[];
	desiredFormat: string;
	timeframe: string;
	targetLanguages: string[];
}

const FIELDS = ['goals', 'topics', 'sdgs', 'desiredFormat', 'timeframe', 'targetLanguages'] as const;

/**
 * The coordinator records what the Dialogforum settled. Version-checked: when someone else saved in between,
 * StaleConsultationError and nothing is overwritten. The timeline names the changed fields, the audit their values.
 */
export async function updateConsultationDetails(
	db: Db,
	{ id, version, details, actorId }: { id: string; version: number; details: ConsultationDetails; actorId: string },
	{ now = new Date() }: { now?: Date } = {}
) {
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(consultation).where(eq(consultation.id, id));
		if (!before) throw new ConsultationNotFoundError();
		if (before.version !== version) throw new StaleConsultationError();
		const [after] = await tx
			.update(consultation)
			.set({ ...details, updatedAt: now, version: sql`${consultation.version} + 1` })
			.where(and(eq(consultation.id, id), eq(consultation.version, version)))
			.returning();
		if (!after) throw new StaleConsultationError();
		const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
		if (changed.length > 0) {
			await appendTimeline(tx, { consultationId: id, actorId, kind: 'edit', visibility: 'all', data: { fields: changed } });
			await recordAudit(tx, {
				actorId,
				action: 'consultation.edit',
				targetType: 'consultation',
				targetId: id,
				details: Object.fromEntries(changed.map((f) => [f, after[f]]))
			});
		}
		return after;
	});
}
