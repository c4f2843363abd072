import { alias } from 'drizzle-orm/pg-core';
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, district, municipality, timeEntry, user } from '../db/schema';
import { clientNameSql, isTimeEntryId } from './time-entry-access';
import { monthRange, sumEntries } from './time-entry-rules';

const decider = alias(user, 'decider');

/** One query shape for every list: the entry with its consultation, advisor and decider names. */
function selectEntries(db: Db) {
	return db
		.select({
			entry: timeEntry,
			reference: consultation.reference,
			clientName: clientNameSql,
			advisorName: user.name,
			deciderName: decider.name
		})
		.from(timeEntry)
		.innerJoin(consultation, eq(consultation.id, timeEntry.consultationId))
		.innerJoin(user, eq(user.id, timeEntry.advisorId))
		.leftJoin(decider, eq(decider.id, timeEntry.decidedBy))
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, consultation.districtCode));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectEntries>['where']>>[number];
const flatten = (r: Selected) => ({ ...r.entry, reference: r.reference, clientName: r.clientName, advisorName: r.advisorName, deciderName: r.deciderName });
export type TimeEntryListItem = ReturnType<typeof flatten>;

/** The advisor's own entries of one month ('YYYY-MM'), by day, with the totals (all, and approved only). */
export async function listOwnTimeEntries(db: Db, advisorId: string, month: string) {
	const { from, until } = monthRange(month);
	const rows = (
		await selectEntries(db)
			.where(and(eq(timeEntry.advisorId, advisorId), gte(timeEntry.workDate, from), lt(timeEntry.workDate, until)))
			.orderBy(asc(timeEntry.workDate), asc(timeEntry.createdAt), asc(timeEntry.id))
	).map(flatten);
	return { entries: rows, sums: sumEntries(rows), approved: sumEntries(rows.filter((r) => r.status === 'approved')) };
}

/**
 * The coordinators' queue: every submitted entry, grouped by advisor (by name), oldest day first, each group with
 * its totals. Entries are few at a time (a programme of some dozen advisors), so there is no paging.
 */
export async function listReviewQueue(db: Db) {
	const rows = (
		await selectEntries(db)
			.where(eq(timeEntry.status, 'submitted'))
			.orderBy(asc(user.name), asc(timeEntry.advisorId), asc(timeEntry.workDate), asc(timeEntry.createdAt))
	).map(flatten);
	return groupByAdvisor(rows);
}

/** Approved and rejected entries whose day lies in the month, grouped by advisor: the history next to the queue. */
export async function listDecidedTimeEntries(db: Db, month: string) {
	const { from, until } = monthRange(month);
	const rows = (
		await selectEntries(db)
			.where(and(inArray(timeEntry.status, ['approved', 'rejected']), gte(timeEntry.workDate, from), lt(timeEntry.workDate, until)))
			.orderBy(asc(user.name), asc(timeEntry.advisorId), asc(timeEntry.workDate), desc(timeEntry.decidedAt))
	).map(flatten);
	return groupByAdvisor(rows);
}

function groupByAdvisor(rows: TimeEntryListItem[]) {
	const groups: { advisorId: string; advisorName: string; entries: TimeEntryListItem[] }[] = [];
	for (const row of rows) {
		const last = groups.at(-1);
		if (last?.advisorId === row.advisorId) last.entries.push(row);
		else groups.push({ advisorId: row.advisorId, advisorName: row.advisorName, entries: [row] });
	}
	return groups.map((g) => ({ ...g, sums: sumEntries(g.entries) }));
}

/** One entry with its names, or null for an unknown or malformed id (the caller decides who may see it). */
export async function getTimeEntry(db: Db, entryId: string): Promise<TimeEntryListItem | null> {
	if (!isTimeEntryId(entryId)) return null;
	const [row] = await selectEntries(db).where(eq(timeEntry.id, entryId));
	return row ? flatten(row) : null;
}
