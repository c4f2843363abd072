import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile, consultation, consultationMember, municipality, user, userRole } from '../db/schema';
import { OPEN_STATES } from '../consultations/lifecycle';

export interface AdvisorPoolFilters {
	/** ISO 639-1 code the advisor speaks */
	language?: string;
	/** topic slug the advisor holds at any level */
	topic?: string;
	active?: 'yes' | 'no';
}

/** Reads the pool filters from the query string; anything malformed is dropped, never an error. */
export function parsePoolFilters(params: URLSearchParams): AdvisorPoolFilters {
	const language = params.get('sprache') ?? '';
	const topic = params.get('thema') ?? '';
	const active = params.get('aktiv') ?? '';
	return {
		...(/^[a-z]{2}$/.test(language) ? { language } : {}),
		...(/^[a-z0-9-]{1,100}$/.test(topic) ? { topic } : {}),
		...(active === 'yes' || active === 'no' ? { active } : {})
	};
}

/**
 * The advisor pool for coordinators: every account with the advisor role, its profile (advisors without a saved
 * profile count as active and empty) and the number of open assignments (invited or accepted in a consultation
 * that is still open). A small list, so no paging.
 */
export async function listAdvisors(db: Db, filters: AdvisorPoolFilters = {}) {
	const activeSql = sql<boolean>`coalesce(${advisorProfile.active}, true)`;
	const where: SQL[] = [];
	if (filters.language) where.push(sql`${advisorProfile.languages} @> ${JSON.stringify([{ code: filters.language }])}::jsonb`);
	if (filters.topic) where.push(sql`(${advisorProfile.topicLevels} -> ${filters.topic}) is not null`);
	if (filters.active) where.push(filters.active === 'yes' ? sql`${activeSql}` : sql`not ${activeSql}`);
	const open = db
		.select({ userId: consultationMember.userId, n: sql<number>`count(*)::int`.as('n') })
		.from(consultationMember)
		.innerJoin(consultation, eq(consultation.id, consultationMember.consultationId))
		.where(and(eq(consultationMember.role, 'advisor'), inArray(consultationMember.status, ['invited', 'accepted']), inArray(consultation.state, [...OPEN_STATES])))
		.groupBy(consultationMember.userId)
		.as('open_assignments');
	const rows = await db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			deactivatedAt: user.deactivatedAt,
			active: activeSql,
			languages: advisorProfile.languages,
			topicLevels: advisorProfile.topicLevels,
			baseName: municipality.name,
			weeklyCapacityHours: advisorProfile.weeklyCapacityHours,
			publicTeam: advisorProfile.publicTeam,
			openAssignments: sql<number>`coalesce(${open.n}, 0)`
		})
		.from(user)
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.leftJoin(advisorProfile, eq(advisorProfile.userId, user.id))
		.leftJoin(municipality, eq(municipality.ags, advisorProfile.baseMunicipalityAgs))
		.leftJoin(open, eq(open.userId, user.id))
		.where(where.length ? and(...where) : undefined)
		.orderBy(asc(user.name), asc(user.id));
	return rows.map((r) => ({
		...r,
		active: Boolean(r.active),
		languages: r.languages ?? [],
		topicLevels: r.topicLevels ?? {},
		publicTeam: r.publicTeam ?? false,
		openAssignments: Number(r.openAssignments)
	}));
}

export type AdvisorPoolRow = Awaited<ReturnType<typeof listAdvisors>>[number];
