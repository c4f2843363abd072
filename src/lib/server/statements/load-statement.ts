import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, honorariumRate, timeEntry, user } from '../db/schema';
import { buildStatement, type Statement, type StatementEntry } from './build-statement';
import { monthRange } from './month';
import type { Rate } from './rates';

const entryColumns = {
	id: timeEntry.id,
	advisorId: timeEntry.advisorId,
	workDate: timeEntry.workDate,
	minutes: timeEntry.minutes,
	kilometres: timeEntry.kilometres,
	expensesCents: timeEntry.expensesCents,
	activity: timeEntry.activity,
	consultationId: timeEntry.consultationId,
	consultationReference: consultation.reference
};

/** All rates, oldest first. The table holds a handful of rows, so statements read it whole. */
export async function listRates(db: Db): Promise<(Rate & { id: string; createdBy: string | null; createdByName: string | null; createdAt: Date })[]> {
	return db
		.select({
			id: honorariumRate.id,
			validFrom: honorariumRate.validFrom,
			hourlyCents: honorariumRate.hourlyCents,
			kilometreCents: honorariumRate.kilometreCents,
			createdBy: honorariumRate.createdBy,
			createdByName: user.name,
			createdAt: honorariumRate.createdAt
		})
		.from(honorariumRate)
		.leftJoin(user, eq(user.id, honorariumRate.createdBy))
		.orderBy(asc(honorariumRate.validFrom));
}

/** Approved entries of the month, of one advisor or of everyone; only approved entries are ever paid. */
async function approvedEntries(db: Db, month: string, advisorId: string | null) {
	const { first, next } = monthRange(month);
	return db
		.select(entryColumns)
		.from(timeEntry)
		.innerJoin(consultation, eq(consultation.id, timeEntry.consultationId))
		.where(
			and(
				eq(timeEntry.status, 'approved'),
				gte(timeEntry.workDate, first),
				lt(timeEntry.workDate, next),
				advisorId === null ? undefined : eq(timeEntry.advisorId, advisorId)
			)
		);
}

/**
 * The statement of one advisor for one month, or null when the person does not exist or has no approved entry in
 * that month (the routes answer 404 then: an empty statement is nothing to download).
 */
export async function loadStatement(db: Db, { advisorId, month }: { advisorId: string; month: string }): Promise<Statement | null> {
	const [advisor] = await db.select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, advisorId));
	if (!advisor) return null;
	const entries: StatementEntry[] = await approvedEntries(db, month, advisorId);
	if (entries.length === 0) return null;
	return buildStatement({ advisor, month, entries, rates: await listRates(db) });
}

/** Every advisor's statement of a month, ordered by name, for the coordination's combined export. */
export async function loadMonthStatements(db: Db, month: string): Promise<Statement[]> {
	const entries = await approvedEntries(db, month, null);
	if (entries.length === 0) return [];
	const ids = [...new Set(entries.map((e) => e.advisorId))];
	const [advisors, rates] = await Promise.all([
		db.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, ids)),
		listRates(db)
	]);
	return advisors
		.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id))
		.map((advisor) => buildStatement({ advisor, month, entries: entries.filter((e) => e.advisorId === advisor.id), rates }));
}

/** Months (YYYY-MM, newest first) with approved entries: of one advisor, or of anyone when advisorId is null. */
export async function listStatementMonths(db: Db, advisorId: string | null): Promise<string[]> {
	const month = sql<string>`to_char(${timeEntry.workDate}, 'YYYY-MM')`;
	const rows = await db
		.selectDistinct({ month })
		.from(timeEntry)
		.where(and(eq(timeEntry.status, 'approved'), advisorId === null ? undefined : eq(timeEntry.advisorId, advisorId)))
		.orderBy(desc(month));
	return rows.map((r) => r.month);
}

/** Advisors with approved entries in a month, for the coordination's choice. */
export async function listMonthAdvisors(db: Db, month: string): Promise<{ id: string; name: string }[]> {
	const { first, next } = monthRange(month);
	return db
		.selectDistinct({ id: user.id, name: user.name })
		.from(timeEntry)
		.innerJoin(user, eq(user.id, timeEntry.advisorId))
		.where(and(eq(timeEntry.status, 'approved'), gte(timeEntry.workDate, first), lt(timeEntry.workDate, next)))
		.orderBy(asc(user.name), asc(user.id));
}
