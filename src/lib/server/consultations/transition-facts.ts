import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember } from '../db/schema';
import type { TransitionFacts } from './lifecycle';

type Row = typeof consultation.$inferSelect;

/** Loads what the lifecycle rules need to know about a consultation; pass the transaction that will change it. */
export async function loadTransitionFacts(db: Db, row: Row): Promise<TransitionFacts> {
	const [{ n }] = await db
		.select({ n: count() })
		.from(consultationMember)
		.where(
			and(
				eq(consultationMember.consultationId, row.id),
				eq(consultationMember.role, 'advisor'),
				eq(consultationMember.status, 'accepted')
			)
		);
	return {
		state: row.state,
		pausedFrom: row.pausedFrom,
		hasGoalsAndTopics: row.goals.trim() !== '' && row.topics.length > 0,
		acceptedAdvisors: n,
		// The evaluation comes with a later step; until then only the coordinator's waiver note can complete.
		municipalityEvaluationDone: false,
		advisorEvaluationDone: false,
		evaluationWaiverNote: !!row.evaluationWaiver?.trim()
	};
}
