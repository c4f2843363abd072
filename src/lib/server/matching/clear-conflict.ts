import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationConflict } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { ConflictRefusedError } from './mark-conflict';

export interface ClearConflictCommand {
	consultationId: string;
	advisorId: string;
	actorId: string;
}

/** A coordinator removes a recorded conflict of interest: the advisor is ranked again. Audited with the old reason. */
export async function clearConflict(db: Db, cmd: ClearConflictCommand) {
	return db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(consultationConflict)
			.where(and(eq(consultationConflict.consultationId, cmd.consultationId), eq(consultationConflict.userId, cmd.advisorId)))
			.returning();
		if (!removed) throw new ConflictRefusedError('no_conflict');
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: 'consultation.conflict_cleared',
			targetType: 'consultation',
			targetId: cmd.consultationId,
			details: { advisorId: cmd.advisorId, reason: removed.reason }
		});
		return removed;
	});
}
