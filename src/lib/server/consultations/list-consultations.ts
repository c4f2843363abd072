import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, district, municipality } from '../db/schema';
import type { ConsultationFilters } from './consultation-filters';
import { advisorsOf, consultationWhere, selectConsultationRows, type ListScope } from './consultation-query';

/** One page of the consultations this person may see, newest first; two queries (rows + count) and the advisors. */
export async function listConsultations(
	db: Db,
	scope: ListScope,
	filters: ConsultationFilters,
	{ page, pageSize }: { page: number; pageSize: number }
) {
	const where = consultationWhere(scope, filters);
	const [rows, [{ total }]] = await Promise.all([
		selectConsultationRows(db)
			.where(where)
			.orderBy(desc(consultation.createdAt), desc(consultation.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db
			.select({ total: count() })
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.leftJoin(district, eq(district.code, sql`coalesce(${consultation.districtCode}, ${municipality.districtCode})`))
			.where(where)
	]);
	const advisors = await advisorsOf(db, rows.map((r) => r.id));
	return { rows: rows.map((r) => ({ ...r, advisors: advisors.get(r.id) ?? [] })), total };
}
