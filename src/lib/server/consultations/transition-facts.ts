import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, evaluation } from '../db/schema';
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
	// A questionnaire counts as done once it has a row: both forms validate every required answer before saving.
	const kinds = (await db.select({ kind: evaluation.kind }).from(evaluation).where(eq(evaluation.consultationId, row.id))).map((e) => e.kind);
	return {
		state: row.state,
		pausedFrom: row.pausedFrom,
		hasGoalsAndTopics: row.goals.trim() !== '' && row.topics.length > 0,
		acceptedAdvisors: n,
		municipalityEvaluationDone: kinds.includes('municipality'),
		advisorEvaluationDone: kinds.includes('advisor'),
		evaluationWaiverNote: !!row.evaluationWaiver?.trim()
	};
}
