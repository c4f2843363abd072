import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationMember, timelineEntry, topic, user } from '../db/schema';
import type { ConsultationAccess } from './access';
import { clientName } from './client-name';
import { availableTransitions } from './lifecycle';
import { loadTransitionFacts } from './transition-facts';
import { listUpcomingSessions } from '../sessions/list-sessions';

/**
 * What the consultation page shows to this person: the record, its members, the timeline (internal entries only
 * for those who may read them) and the transitions to offer. Access was decided by loadConsultationForUser.
 */
export async function getConsultationView(db: Db, access: ConsultationAccess, locale: string, now = new Date()) {
	const c = access.consultation;
	const [members, timeline, topics, facts, client, nextSessions] = await Promise.all([
		db
			.select({
				userId: consultationMember.userId,
				role: consultationMember.role,
				status: consultationMember.status,
				declineReason: consultationMember.declineReason,
				name: user.name
			})
			.from(consultationMember)
			.innerJoin(user, eq(user.id, consultationMember.userId))
			.where(eq(consultationMember.consultationId, c.id))
			.orderBy(asc(user.name)),
		db
			.select({
				id: timelineEntry.id,
				at: timelineEntry.at,
				kind: timelineEntry.kind,
				visibility: timelineEntry.visibility,
				body: timelineEntry.body,
				data: timelineEntry.data,
				actorName: user.name
			})
			.from(timelineEntry)
			.leftJoin(user, eq(user.id, timelineEntry.actorId))
			.where(
				and(
					eq(timelineEntry.consultationId, c.id),
					access.seesInternal ? undefined : eq(timelineEntry.visibility, 'all')
				)
			)
			.orderBy(asc(timelineEntry.at), asc(timelineEntry.id)),
		c.topics.length > 0 ? db.select().from(topic).where(inArray(topic.slug, c.topics)) : Promise.resolve([]),
		loadTransitionFacts(db, c),
		clientName(db, c),
		listUpcomingSessions(db, c.id, now, 3)
	]);
	const topicName = new Map(topics.map((t) => [t.slug, locale === 'en' ? t.nameEn : t.nameDe]));
	const { actor } = access;
	return {
		consultation: c,
		clientName: client,
		topicNames: c.topics.map((s) => topicName.get(s) ?? s),
		advisors: members.filter((m) => m.role === 'advisor'),
		// Municipality users see the advisors' names and answers but not the reasons of declines.
		showDeclineReasons: access.seesInternal,
		transitions: availableTransitions(facts, actor),
		timeline,
		nextSessions,
		seesInternal: access.seesInternal,
		advisorStatus: access.advisorStatus,
		canWrite: actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser,
		isCoordinator: actor.roles.includes('coordinator')
	};
}
