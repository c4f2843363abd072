import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, consultationSession, district, measure, municipality, timelineEntry, user } from '../db/schema';
import { OPEN_STATES } from '../consultations/lifecycle';
import { isOverdue, OPEN_MEASURE_STATUSES, todayInBerlin } from '../measures/measure-rules';

/** How many recent messages and open measures the start page lists (the rest is on the consultation pages). */
export const RECENT_MESSAGES = 10;
export const OPEN_MEASURES = 20;

const clientName = sql<string>`coalesce(${municipality.name}, ${district.name}, '')`;

/**
 * What an advisor's start page shows: invitations waiting for an answer; their open consultations (accepted) with
 * the next session; the open measures of those consultations (overdue flag of today in Europe/Berlin); the latest
 * dialogue messages there. Five indexed queries: memberships by user, sessions/measures/timeline by consultation.
 * Advisors taking part read internal messages too (as on the consultation page), so no visibility filter.
 */
export async function getAdvisorDashboard(db: Db, advisorId: string, { now = new Date() }: { now?: Date } = {}) {
	const memberships = await db
		.select({
			id: consultation.id,
			reference: consultation.reference,
			state: consultation.state,
			clientName,
			status: consultationMember.status,
			message: consultationMember.message,
			invitedAt: consultationMember.invitedAt
		})
		.from(consultationMember)
		.innerJoin(consultation, eq(consultation.id, consultationMember.consultationId))
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, consultation.districtCode))
		.where(and(eq(consultationMember.userId, advisorId), eq(consultationMember.role, 'advisor'), inArray(consultationMember.status, ['invited', 'accepted'])))
		.orderBy(asc(consultation.reference));

	const invitations = memberships
		.filter((r) => r.status === 'invited' && OPEN_STATES.includes(r.state))
		.map(({ id, reference, clientName, state, message, invitedAt }) => ({ id, reference, clientName, state, message, invitedAt }));
	const mine = memberships.filter((r) => r.status === 'accepted' && OPEN_STATES.includes(r.state));
	const ids = mine.map((r) => r.id);
	if (ids.length === 0) return { invitations, consultations: [], measures: [], messages: [] };

	const [sessions, measures, messages] = await Promise.all([
		// The next session per consultation: DISTINCT ON picks the earliest upcoming one of each.
		db
			.selectDistinctOn([consultationSession.consultationId], {
				consultationId: consultationSession.consultationId,
				id: consultationSession.id,
				title: consultationSession.title,
				startsAt: consultationSession.startsAt,
				place: consultationSession.place
			})
			.from(consultationSession)
			.where(and(inArray(consultationSession.consultationId, ids), gte(consultationSession.startsAt, now), isNull(consultationSession.cancelledAt)))
			.orderBy(consultationSession.consultationId, asc(consultationSession.startsAt)),
		db
			.select({ id: measure.id, consultationId: measure.consultationId, title: measure.title, status: measure.status, dueDate: measure.dueDate, owner: measure.owner })
			.from(measure)
			.where(and(inArray(measure.consultationId, ids), inArray(measure.status, [...OPEN_MEASURE_STATUSES])))
			.orderBy(sql`${measure.dueDate} asc nulls last`, asc(measure.title), asc(measure.id))
			.limit(OPEN_MEASURES),
		db
			.select({ id: timelineEntry.id, consultationId: timelineEntry.consultationId, at: timelineEntry.at, body: timelineEntry.body, visibility: timelineEntry.visibility, authorName: user.name })
			.from(timelineEntry)
			.leftJoin(user, eq(user.id, timelineEntry.actorId))
			.where(and(inArray(timelineEntry.consultationId, ids), eq(timelineEntry.kind, 'message')))
			.orderBy(desc(timelineEntry.at), desc(timelineEntry.id))
			.limit(RECENT_MESSAGES)
	]);

	const byId = new Map(mine.map((c) => [c.id, c]));
	const about = (consultationId: string) => ({ reference: byId.get(consultationId)?.reference ?? '', clientName: byId.get(consultationId)?.clientName ?? '' });
	const today = todayInBerlin(now);
	return {
		invitations,
		consultations: mine.map(({ id, reference, clientName, state }) => ({
			id,
			reference,
			clientName,
			state,
			nextSession: sessions.find((s) => s.consultationId === id) ?? null
		})),
		measures: measures.map((x) => ({ ...x, ...about(x.consultationId), overdue: isOverdue(x, today) })),
		messages: messages.map((x) => ({ ...x, ...about(x.consultationId) }))
	};
}

export type AdvisorDashboard = Awaited<ReturnType<typeof getAdvisorDashboard>>;
