import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationSession, municipality, organisation } from '../db/schema';
import type { ConsultationAccess } from '../consultations/access';
import { isSessionId } from './load-session-for-change';
import type { SessionRow } from './notify-session';
import { withoutInternalNotes } from './session-rules';
import { sessionEnd } from './session-time';

/**
 * The sessions of one consultation as this person may read them, split at `now`: a session counts as upcoming
 * until it has ended. Upcoming ones soonest first, past ones latest first. Internal notes only for those who see
 * internal entries.
 */
export async function listSessions(db: Db, access: ConsultationAccess, now: Date) {
	const rows = await db
		.select()
		.from(consultationSession)
		.where(eq(consultationSession.consultationId, access.consultation.id))
		.orderBy(asc(consultationSession.startsAt), asc(consultationSession.id));
	const visible = rows.map((r) => withoutInternalNotes(r, access.seesInternal));
	return {
		upcoming: visible.filter((s) => sessionEnd(s) > now),
		past: visible.filter((s) => sessionEnd(s) <= now).reverse()
	};
}

/** One session of this consultation with the names of the organisations taking part, or null (→ 404). */
export async function getSession(db: Db, access: ConsultationAccess, sessionId: string) {
	if (!isSessionId(sessionId)) return null;
	const [row] = await db
		.select()
		.from(consultationSession)
		.where(and(eq(consultationSession.id, sessionId), eq(consultationSession.consultationId, access.consultation.id)));
	if (!row) return null;
	const organisations = row.organisationIds.length
		? await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, row.organisationIds)).orderBy(asc(organisation.name))
		: [];
	return { session: withoutInternalNotes(row, access.seesInternal), organisations };
}

export type UpcomingSession = Pick<SessionRow, 'id' | 'title' | 'format' | 'startsAt' | 'durationMinutes' | 'place' | 'onlineUrl'>;

/**
 * The next dates for the consultation's overview page: not cancelled and not yet ended. No notes at all, so the
 * caller need not know who reads them. Sessions last at most 12 hours, which bounds the index range.
 */
export async function listUpcomingSessions(db: Db, consultationId: string, now: Date, limit = 3): Promise<UpcomingSession[]> {
	const s = consultationSession;
	return db
		.select({ id: s.id, title: s.title, format: s.format, startsAt: s.startsAt, durationMinutes: s.durationMinutes, place: s.place, onlineUrl: s.onlineUrl })
		.from(s)
		.where(
			and(
				eq(s.consultationId, consultationId),
				isNull(s.cancelledAt),
				gt(s.startsAt, new Date(now.getTime() - 12 * 3_600_000)),
				sql`${s.startsAt} + ${s.durationMinutes} * interval '1 minute' > ${now.toISOString()}::timestamptz`
			)
		)
		.orderBy(asc(s.startsAt), asc(s.id))
		.limit(limit);
}

/**
 * Directory organisations offered in the session form: published ones of the client municipality (or of the
 * municipalities of the client district), plus those already chosen even if no longer published.
 */
export async function listOrganisationOptions(
	db: Db,
	c: { municipalityAgs: string | null; districtCode: string | null },
	selected: readonly string[] = []
): Promise<{ value: string; label: string }[]> {
	const place = c.municipalityAgs
		? eq(organisation.municipalityAgs, c.municipalityAgs)
		: c.districtCode
			? inArray(organisation.municipalityAgs, db.select({ ags: municipality.ags }).from(municipality).where(eq(municipality.districtCode, c.districtCode)))
			: sql`false`;
	const chosen = selected.filter(isSessionId);
	const rows = await db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(or(and(eq(organisation.status, 'published'), place), chosen.length ? inArray(organisation.id, chosen) : sql`false`))
		.orderBy(asc(organisation.name), asc(organisation.id))
		.limit(200);
	return rows.map((r) => ({ value: r.id, label: r.name }));
}
