import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, event, eventRegistration, municipality, organisation } from '../db/schema';
import { isUuid } from '../ids';
import { canEditEvent, type OrganiserScope } from './event-rules';

/** The organiser's list: all events for coordinators, own events for municipality users; newest start first. */
export async function listOrganiserEvents(db: Db, scope: OrganiserScope) {
	const confirmed = sql<number>`(select count(*)::int from ${eventRegistration} r where r.event_id = ${event.id} and r.status = 'confirmed')`;
	const waitlisted = sql<number>`(select count(*)::int from ${eventRegistration} r where r.event_id = ${event.id} and r.status = 'waitlisted')`;
	return db
		.select({
			id: event.id,
			title: event.title,
			status: event.status,
			startsAt: event.startsAt,
			capacity: event.capacity,
			municipalityName: municipality.name,
			confirmed,
			waitlisted
		})
		.from(event)
		.leftJoin(municipality, eq(municipality.ags, event.municipalityAgs))
		.where(scope.all ? undefined : eq(event.createdBy, scope.userId))
		.orderBy(desc(event.startsAt), asc(event.id));
}

/** One event with its registrations and waiting list, or null when it is not this organiser's (404). */
export async function getOrganiserEvent(db: Db, id: string, scope: OrganiserScope) {
	if (!isUuid(id)) return null;
	const [row] = await db.select().from(event).where(eq(event.id, id));
	if (!row || !canEditEvent(scope, row)) return null;
	const registrations = await db
		.select({ id: eventRegistration.id, name: eventRegistration.name, email: eventRegistration.email, status: eventRegistration.status, locale: eventRegistration.locale, createdAt: eventRegistration.createdAt })
		.from(eventRegistration)
		.where(eq(eventRegistration.eventId, row.id))
		.orderBy(asc(eventRegistration.createdAt), asc(eventRegistration.id));
	return { event: row, registrations };
}

/**
 * The choices of the form: municipalities the organiser may pick (NRW, current; a municipality user only theirs),
 * published directory entries (with their municipality, so the page can group them) and published case stories.
 */
export async function listEventFormOptions(db: Db, scope: OrganiserScope) {
	const municipalities = await db
		.select({ ags: municipality.ags, name: municipality.name })
		.from(municipality)
		.where(
			scope.all
				? and(eq(municipality.landCode, '05'), eq(municipality.historic, false))
				: scope.municipalityAgs.length
					? inArray(municipality.ags, [...scope.municipalityAgs])
					: sql`false`
		)
		.orderBy(asc(municipality.name));
	const organisations = await db
		.select({ id: organisation.id, name: organisation.name, municipalityAgs: organisation.municipalityAgs })
		.from(organisation)
		.where(and(eq(organisation.status, 'published'), scope.all ? undefined : scope.municipalityAgs.length ? inArray(organisation.municipalityAgs, [...scope.municipalityAgs]) : sql`false`))
		.orderBy(asc(organisation.name));
	const caseStories = await db
		.select({ id: caseStory.id, title: caseStory.title })
		.from(caseStory)
		.where(eq(caseStory.status, 'published'))
		.orderBy(asc(caseStory.title));
	return { municipalities, organisations, caseStories };
}

