import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationSession, measure } from '../db/schema';

export interface AdvisorPrefill {
	participants: number;
	/** Directory organisations named in the sessions, each once. */
	organisationIds: string[];
	organisationsInvolved: number;
	measuresPlanned: number;
	measuresImplemented: number;
}

/**
 * Suggestions for the advisors' questionnaire from what the consultation recorded: participants summed over the
 * sessions that took place (cancelled ones left out), the distinct directory organisations of those sessions, the
 * measures not dropped (planned) and those done (implemented). The advisors check and complete them.
 * Sequential queries: it also runs inside the saving transaction (one PGlite session).
 */
export async function prefillAdvisorEvaluation(db: Db, consultationId: string): Promise<AdvisorPrefill> {
	const held = and(eq(consultationSession.consultationId, consultationId), isNull(consultationSession.cancelledAt));
	const [sessions] = await db
		.select({ participants: sql<string | number>`coalesce(sum(${consultationSession.participantCount}), 0)` })
		.from(consultationSession)
		.where(held);
	const organisations = await db
		.selectDistinct({ id: sql<string>`unnest(${consultationSession.organisationIds})::text` })
		.from(consultationSession)
		.where(held);
	const [measures] = await db
		.select({
			planned: count(sql`case when ${measure.status} <> 'dropped' then 1 end`),
			implemented: count(sql`case when ${measure.status} = 'done' then 1 end`)
		})
		.from(measure)
		.where(eq(measure.consultationId, consultationId));
	const organisationIds = organisations.map((o) => o.id).sort();
	return {
		participants: Number(sessions?.participants ?? 0),
		organisationIds,
		organisationsInvolved: organisationIds.length,
		measuresPlanned: measures?.planned ?? 0,
		measuresImplemented: measures?.implemented ?? 0
	};
}
