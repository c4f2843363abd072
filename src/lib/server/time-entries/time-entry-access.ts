import { and, asc, eq, ne, sql, sum } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, district, municipality, timeEntry } from '../db/schema';
import { TimeEntryNotFoundError } from './errors';
import { UUID_PATTERN as UUID } from '../ids';

export type TimeEntryRow = typeof timeEntry.$inferSelect;

/** A malformed id is answered like an unknown one (404), never with a database error. */
export const isTimeEntryId = (id: string) => UUID.test(id);

/** The client's name (municipality, or the district when a Kreis asked itself) as one SQL expression. */
export const clientNameSql = sql<string>`coalesce(${municipality.name}, ${district.name}, '')`;

/** Advisors record time only on consultations they accepted; invited, declined or removed ones are not theirs. */
export async function isAcceptedAdvisor(db: Db, consultationId: string, advisorId: string): Promise<boolean> {
	if (!UUID.test(consultationId)) return false;
	const [row] = await db
		.select({ userId: consultationMember.userId })
		.from(consultationMember)
		.where(
			and(
				eq(consultationMember.consultationId, consultationId),
				eq(consultationMember.userId, advisorId),
				eq(consultationMember.role, 'advisor'),
				eq(consultationMember.status, 'accepted')
			)
		);
	return !!row;
}

/** The consultations the advisor may record time on, for the select of the form (reference order). */
export async function listTimeConsultations(db: Db, advisorId: string) {
	return db
		.select({ id: consultation.id, reference: consultation.reference, clientName: clientNameSql, state: consultation.state })
		.from(consultationMember)
		.innerJoin(consultation, eq(consultation.id, consultationMember.consultationId))
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, consultation.districtCode))
		.where(and(eq(consultationMember.userId, advisorId), eq(consultationMember.role, 'advisor'), eq(consultationMember.status, 'accepted')))
		.orderBy(asc(consultation.reference));
}

/** The entry, locked for the rest of the transaction; TimeEntryNotFoundError when unknown or (with `advisorId`) not theirs. */
export async function lockTimeEntry(db: Db, entryId: string, advisorId?: string): Promise<TimeEntryRow> {
	if (!UUID.test(entryId)) throw new TimeEntryNotFoundError();
	const [row] = await db
		.select()
		.from(timeEntry)
		.where(and(eq(timeEntry.id, entryId), advisorId ? eq(timeEntry.advisorId, advisorId) : undefined))
		.for('update');
	if (!row) throw new TimeEntryNotFoundError();
	return row;
}

/** The first key of the advisory lock that serialises one advisor's entries (any constant unique to this use). */
const DAY_LOCK = 48_151_623;

/**
 * Minutes the advisor has recorded on that day, other than `exceptId`. Call it inside the transaction that writes:
 * the per-advisor advisory lock (released with the transaction) keeps two saves at once from both fitting.
 */
export async function lockedMinutesOnDay(db: Db, advisorId: string, workDate: string, exceptId?: string): Promise<number> {
	await db.execute(sql`select pg_advisory_xact_lock(${DAY_LOCK}, hashtext(${advisorId}))`);
	const [row] = await db
		.select({ minutes: sum(timeEntry.minutes).mapWith(Number) })
		.from(timeEntry)
		.where(and(eq(timeEntry.advisorId, advisorId), eq(timeEntry.workDate, workDate), exceptId ? ne(timeEntry.id, exceptId) : undefined));
	return row?.minutes ?? 0;
}
