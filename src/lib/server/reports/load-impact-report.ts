import { TZDate } from '@date-fns/tz';
import { and, asc, eq, gte, inArray, lt, notInArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { consultation, district, evaluation, governmentRegion, municipality, timeEntry, topic } from '../db/schema';
import { aggregateCohort, type CohortGroup } from './aggregate-cohort';
import { queryCohortCounts } from './cohort-counts-query';
import { queryPhaseDurations } from './phase-durations-query';
import { PHASE_STATES, summarizeSatisfaction } from './report-math';
import type { ImpactReport, ReportFilter } from './report-types';

/** Start (inclusive) and end (exclusive) instants of a period of Berlin calendar days. */
export function periodBounds(from: string, to: string): { start: Date; end: Date } {
	const day = (d: string, plus = 0) => {
		const [y, m, dd] = d.split('-').map(Number);
		return new Date(TZDate.tz('Europe/Berlin', y, m - 1, dd + plus).getTime());
	};
	return { start: day(from), end: day(to, 1) };
}

/** The filters other than the period; they need consultation, municipality and district joined. */
function filterConditions(f: ReportFilter): (SQL | undefined)[] {
	return [
		f.region ? eq(district.regionCode, f.region) : undefined,
		f.topic ? sql`${f.topic} = any(${consultation.topics})` : undefined,
		f.advisorId
			? sql`exists (select 1 from consultation_member cm where cm.consultation_id = ${consultation.id}
				and cm.user_id = ${f.advisorId} and cm.role = 'advisor' and cm.status in ('invited', 'accepted'))`
			: undefined
	];
}

const clientDistrict = sql`coalesce(${consultation.districtCode}, ${municipality.districtCode})`;

/** Columns of the consultations matching the condition (joined with the client's municipality and district). */
function consultationsWhere(db: Db, fields: SelectedFields, where: SQL | undefined): SQLWrapper {
	return db
		.select(fields)
		.from(consultation)
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, clientDistrict))
		.where(where);
}

/**
 * The impact report for a validated filter (semantics in report-types.ts). Several small queries that aggregate in the
 * database (GROUP BY, unnest, window functions), so only aggregates reach JavaScript; aggregate-cohort.ts combines
 * them. Read-only, so no transaction is needed.
 */
export async function loadImpactReport(db: Db, filter: ReportFilter, options: { phases?: boolean } = {}): Promise<ImpactReport> {
	// The phase durations are the costliest query; the public page shows none and skips it.
	const withPhases = options.phases ?? true;
	const { start, end } = periodBounds(filter.from, filter.to);
	const cohortWhere = and(gte(consultation.createdAt, start), lt(consultation.createdAt, end), ...filterConditions(filter));
	const cohortOf = (fields: SelectedFields) => consultationsWhere(db, fields, cohortWhere);
	const cohortIds = cohortOf({ id: consultation.id });
	const reachedIds = consultationsWhere(db, { id: consultation.id }, and(cohortWhere, notInArray(consultation.state, ['declined', 'withdrawn'])));

	const [groups, counts, regions, topics, phaseDurations, advisorSums, satisfactionRows, hours] = await Promise.all([
		db
			.select({
				state: consultation.state,
				count: sql<number>`count(*)::int`,
				municipalityAgs: consultation.municipalityAgs,
				municipalityName: municipality.name,
				municipalityLandCode: municipality.landCode,
				latitude: municipality.latitude,
				longitude: municipality.longitude,
				clientDistrictCode: consultation.districtCode,
				districtCode: district.code,
				districtName: district.name,
				regionCode: district.regionCode
			})
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.leftJoin(district, eq(district.code, clientDistrict))
			.where(cohortWhere)
			.groupBy(
				consultation.state,
				consultation.municipalityAgs,
				municipality.name,
				municipality.landCode,
				municipality.latitude,
				municipality.longitude,
				consultation.districtCode,
				district.code,
				district.name,
				district.regionCode
			),
		queryCohortCounts(db, cohortOf({ topics: consultation.topics, sdgs: consultation.sdgs })),
		db
			.select({
				code: governmentRegion.code,
				name: governmentRegion.name,
				municipalitiesTotal: sql<number>`(select count(*)::int from ${municipality} mm
					where mm.region_code = ${governmentRegion.code} and mm.land_code = '05' and not mm.historic)`
			})
			.from(governmentRegion)
			.where(
				and(
					eq(governmentRegion.landCode, '05'),
					eq(governmentRegion.historic, false),
					filter.region ? eq(governmentRegion.code, filter.region) : undefined
				)
			)
			.orderBy(asc(governmentRegion.code)),
		db
			.select({ slug: topic.slug, nameDe: topic.nameDe, nameEn: topic.nameEn, nameTranslations: topic.nameTranslations })
			.from(topic),
		withPhases
			? queryPhaseDurations(db, cohortOf({ id: consultation.id, createdAt: consultation.createdAt }))
			: PHASE_STATES.map((state) => ({ state, medianDays: null, n: 0 })),
		db
			.select({
				n: sql<number>`count(*)::int`,
				organisationsInvolved: sql<number>`coalesce(sum(${evaluation.organisationsInvolved}), 0)::int`,
				newCooperations: sql<number>`coalesce(sum(${evaluation.newCooperations}), 0)::int`,
				participants: sql<number>`coalesce(sum(${evaluation.participants}), 0)::int`,
				measuresPlanned: sql<number>`coalesce(sum(${evaluation.measuresPlanned}), 0)::int`,
				measuresImplemented: sql<number>`coalesce(sum(${evaluation.measuresImplemented}), 0)::int`
			})
			.from(evaluation)
			.where(and(eq(evaluation.kind, 'advisor'), inArray(evaluation.consultationId, reachedIds))),
		db
			.select({ value: evaluation.satisfaction, count: sql<number>`count(*)::int` })
			.from(evaluation)
			.where(and(eq(evaluation.kind, 'municipality'), inArray(evaluation.consultationId, cohortIds)))
			.groupBy(evaluation.satisfaction),
		db
			.select({ minutes: sql<number>`coalesce(sum(${timeEntry.minutes}), 0)::int` })
			.from(timeEntry)
			.innerJoin(consultation, eq(consultation.id, timeEntry.consultationId))
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.leftJoin(district, eq(district.code, clientDistrict))
			.where(
				and(
					eq(timeEntry.status, 'approved'),
					gte(timeEntry.workDate, filter.from),
					sql`${timeEntry.workDate} <= ${filter.to}`,
					...filterConditions(filter)
				)
			)
	]);

	const cohort = aggregateCohort(groups satisfies CohortGroup[], counts, regions, topics);

	const sums = advisorSums[0];
	const advisorMinutes = hours[0]?.minutes ?? 0;
	return {
		filter,
		empty: cohort.requestsReceived === 0 && advisorMinutes === 0,
		...cohort,
		phaseDurations,
		advisorHours: advisorMinutes / 60,
		advisorMinutes,
		organisationsInvolved: sums?.organisationsInvolved ?? 0,
		newCooperations: sums?.newCooperations ?? 0,
		participants: sums?.participants ?? 0,
		measuresPlanned: sums?.measuresPlanned ?? 0,
		measuresImplemented: sums?.measuresImplemented ?? 0,
		advisorEvaluations: sums?.n ?? 0,
		satisfaction: summarizeSatisfaction(satisfactionRows.flatMap((r) => Array<number | null>(r.count).fill(r.value)))
	};
}
