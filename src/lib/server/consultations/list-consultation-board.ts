import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, district, municipality } from '../db/schema';
import type { ConsultationFilters } from './consultation-filters';
import { consultationWhere, selectConsultationRows, type ListScope } from './consultation-query';
import { STATES, type ConsultationState } from './lifecycle';

/**
 * The board: every state with its exact count and its newest consultations (at most `perState`; the list page
 * shows the rest). The rows come from one bounded query, so the board stays one round trip however many exist.
 */
export async function listConsultationBoard(db: Db, scope: ListScope, filters: ConsultationFilters, { perState = 20 } = {}) {
	const where = consultationWhere(scope, filters);
	const ranked = selectConsultationRows(db)
		.where(where)
		.orderBy(desc(consultation.createdAt), desc(consultation.id));
	const [rows, counts] = await Promise.all([
		ranked.limit(perState * STATES.length * 5),
		db
			.select({ state: consultation.state, n: count() })
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.leftJoin(district, eq(district.code, sql`coalesce(${consultation.districtCode}, ${municipality.districtCode})`))
			.where(where)
			.groupBy(consultation.state)
	]);
	const total = new Map(counts.map((c) => [c.state, c.n]));
	return STATES.map((state: ConsultationState) => ({
		state,
		total: total.get(state) ?? 0,
		rows: rows.filter((r) => r.state === state).slice(0, perState)
	}));
}
