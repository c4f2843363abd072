import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import { formatReference } from './requests/reference-number';

/** First key of the advisory lock that serialises reference numbers (any constant unique to this use). */
const REFERENCE_LOCK = 42_072_026;

/** The year a reference counts in: the programme works in German time, whatever the server's zone. */
export function referenceYear(now: Date): number {
	return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(now));
}

/**
 * The next reference of a year, MG-2026-0042: the highest running number of that year plus one. Call it inside the
 * transaction that inserts the consultation: a per-year advisory lock (released with the transaction) makes
 * concurrent inserts take their numbers one after the other; the unique index and `withReferenceRetry` stay as
 * the safety net.
 */
export async function nextReference(db: Db, year: number): Promise<string> {
	await db.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK}, ${year})`);
	const [row] = await db
		.select({ max: sql<number | null>`max(cast(split_part(${consultation.reference}, '-', 3) as integer))` })
		.from(consultation)
		.where(eq(consultation.year, year));
	return formatReference(year, Number(row?.max ?? 0) + 1);
}

/** PostgreSQL's unique_violation (of one constraint, if named), whether the error comes bare or wrapped by Drizzle. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
	for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
		if (e.code === '23505' && (!constraint || e.constraint === constraint || e.message?.includes(constraint))) return true;
	}
	return false;
}

/** Runs `attempt` (one whole transaction) again when a concurrent insert took the same reference. */
export async function withReferenceRetry<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
	for (let i = 1; ; i++) {
		try {
			return await attempt();
		} catch (err) {
			if (i >= tries || !isUniqueViolation(err, 'consultation_reference_unique')) throw err;
		}
	}
}
