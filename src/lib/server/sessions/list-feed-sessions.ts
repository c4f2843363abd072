import { and, asc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation, consultationMember, consultationSession, district, municipality } from '../db/schema';
import { OPEN_STATES } from '../consultations/lifecycle';
import type { IcsSession } from './ics';

export const FEED_DAYS_BACK = 90;
const FEED_LIMIT = 1000;

/**
 * The sessions in a person's calendar feed, from 90 days ago on, cancelled ones included (so calendars remove
 * them). Coordinators and admins: every open consultation; advisors: those they accepted; municipality users:
 * those of their municipality membership (as on the consultation pages). Several roles add up.
 */
export async function listFeedSessions(db: Db, owner: { id: string; roles: readonly Role[] }, now: Date): Promise<IcsSession[]> {
	const scopes: SQL[] = [];
	if (owner.roles.includes('coordinator') || owner.roles.includes('admin')) scopes.push(inArray(consultation.state, [...OPEN_STATES]));
	const member = (role: 'advisor' | 'municipality', statuses: ('invited' | 'accepted')[]) =>
		inArray(
			consultation.id,
			db
				.select({ id: consultationMember.consultationId })
				.from(consultationMember)
				.where(and(eq(consultationMember.userId, owner.id), eq(consultationMember.role, role), inArray(consultationMember.status, statuses)))
		);
	if (owner.roles.includes('advisor')) scopes.push(member('advisor', ['accepted']));
	if (owner.roles.includes('municipality')) scopes.push(member('municipality', ['invited', 'accepted']));
	if (scopes.length === 0) return [];
	const s = consultationSession;
	return db
		.select({
			id: s.id,
			consultationId: s.consultationId,
			title: s.title,
			format: s.format,
			startsAt: s.startsAt,
			durationMinutes: s.durationMinutes,
			place: s.place,
			onlineUrl: s.onlineUrl,
			agenda: s.agenda,
			notesShared: s.notesShared,
			cancelledAt: s.cancelledAt,
			version: s.version,
			createdAt: s.createdAt,
			updatedAt: s.updatedAt,
			reference: consultation.reference,
			client: sql<string>`coalesce(${municipality.name}, ${district.name}, '')`
		})
		.from(s)
		.innerJoin(consultation, eq(consultation.id, s.consultationId))
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, consultation.districtCode))
		.where(and(gte(s.startsAt, new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000)), or(...scopes)))
		.orderBy(asc(s.startsAt), asc(s.id))
		.limit(FEED_LIMIT);
}
