import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultation, consultationMember, district, municipality, user } from '../db/schema';
import type { ConsultationFilters } from './consultation-filters';

export interface ListScope {
	userId: string;
	roles: readonly Role[];
}

/** Coordinators and admins see every consultation; everyone else only those they take part in. */
export function scopeCondition({ userId, roles }: ListScope): SQL | undefined {
	if (roles.includes('coordinator') || roles.includes('admin')) return undefined;
	const memberRoles = (['advisor', 'municipality'] as const).filter((r) => roles.includes(r));
	if (memberRoles.length === 0) return sql`false`;
	return sql`exists (select 1 from ${consultationMember} cm where cm.consultation_id = ${consultation.id}
		and cm.user_id = ${userId} and cm.status in ('invited', 'accepted') and cm.role in ${memberRoles})`;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE of the list and the board: scope and filters; the district is the client's or its municipality's. */
export function consultationWhere(scope: ListScope, f: ConsultationFilters): SQL | undefined {
	return and(
		scopeCondition(scope),
		f.state ? eq(consultation.state, f.state) : undefined,
		f.topic ? sql`${f.topic} = any(${consultation.topics})` : undefined,
		f.sdg ? sql`${f.sdg}::smallint = any(${consultation.sdgs})` : undefined,
		f.district ? eq(district.code, f.district) : undefined,
		f.region ? eq(district.regionCode, f.region) : undefined,
		f.year ? eq(consultation.year, f.year) : undefined,
		f.advisor
			? sql`exists (select 1 from ${consultationMember} ca where ca.consultation_id = ${consultation.id}
				and ca.user_id = ${f.advisor} and ca.role = 'advisor' and ca.status in ('invited', 'accepted'))`
			: undefined,
		f.q
			? or(
					sql`${municipality.name} ilike ${like(f.q)}`,
					sql`${district.name} ilike ${like(f.q)}`,
					sql`${consultation.reference} ilike ${like(f.q)}`
				)
			: undefined
	);
}

/** Rows of the list and the board, with the client's name; the caller adds where, order and paging. */
export function selectConsultationRows(db: Db) {
	return db
		.select({
			id: consultation.id,
			reference: consultation.reference,
			state: consultation.state,
			createdAt: consultation.createdAt,
			clientName: sql<string>`coalesce(${municipality.name}, ${district.name}, '')`
		})
		.from(consultation)
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, sql`coalesce(${consultation.districtCode}, ${municipality.districtCode})`))
		.$dynamic();
}

/** Advisors (asked or accepted) of the given consultations, by consultation id. */
export async function advisorsOf(db: Db, ids: string[]): Promise<Map<string, { name: string; status: string }[]>> {
	const map = new Map<string, { name: string; status: string }[]>();
	if (ids.length === 0) return map;
	const rows = await db
		.select({ id: consultationMember.consultationId, name: user.name, status: consultationMember.status })
		.from(consultationMember)
		.innerJoin(user, eq(user.id, consultationMember.userId))
		.where(
			and(
				inArray(consultationMember.consultationId, ids),
				eq(consultationMember.role, 'advisor'),
				inArray(consultationMember.status, ['invited', 'accepted'])
			)
		)
		.orderBy(user.name);
	for (const r of rows) map.set(r.id, [...(map.get(r.id) ?? []), { name: r.name, status: r.status }]);
	return map;
}
