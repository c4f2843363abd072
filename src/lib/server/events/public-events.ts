import { and, asc, count, desc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, event, eventRegistration, municipality, organisation } from '../db/schema';
import { localizeContent } from '../content/localize-content';
import { markdownToText, renderMarkdown } from '../content/markdown';
import { seatsLeft } from './event-rules';

const confirmedCount = sql<number>`(select count(*)::int from ${eventRegistration} r where r.event_id = ${event.id} and r.status = 'confirmed')`;
const visible = inArray(event.status, ['published', 'cancelled']);

const listColumns = {
	id: event.id,
	slug: event.slug,
	title: event.title,
	description: event.description,
	place: event.place,
	translations: event.translations,
	onlineUrl: event.onlineUrl,
	startsAt: event.startsAt,
	endsAt: event.endsAt,
	status: event.status,
	topics: event.topics,
	capacity: event.capacity,
	caseStorySlug: caseStory.slug,
	caseStoryStatus: caseStory.status,
	caseStoryTitle: caseStory.title,
	municipalityName: municipality.name,
	confirmed: confirmedCount
};

type ListRow = Awaited<ReturnType<typeof selectList>>[number];

function selectList(db: Db) {
	return db.select(listColumns).from(event).leftJoin(caseStory, eq(caseStory.id, event.caseStoryId)).leftJoin(municipality, eq(municipality.ags, event.municipalityAgs));
}

/** A list entry in the reader's language; the online link itself is never part of it (only "online"). */
function present(r: ListRow, locale: string) {
	const { values, fallback } = localizeContent({ title: r.title, description: r.description, place: r.place }, r.translations, locale);
	return {
		slug: r.slug,
		title: values.title,
		summary: markdownToText(values.description).slice(0, 240),
		place: values.place,
		online: r.onlineUrl !== null,
		startsAt: r.startsAt,
		endsAt: r.endsAt,
		status: r.status,
		topics: r.topics,
		municipalityName: r.municipalityName,
		seatsLeft: seatsLeft(r.capacity, r.confirmed),
		caseStory: r.caseStorySlug && r.caseStoryStatus === 'published' ? { slug: r.caseStorySlug, title: r.caseStoryTitle ?? '' } : null,
		fallback
	};
}
export type PublicEventItem = ReturnType<typeof present>;

/** Published and cancelled events that have not ended yet, soonest first (cancelled ones say so on the page). */
export async function listUpcomingPublicEvents(db: Db, locale: string, now = new Date()) {
	const rows = await selectList(db).where(and(visible, gt(event.endsAt, now))).orderBy(asc(event.startsAt), asc(event.id));
	return rows.map((r) => present(r, locale));
}

export const ARCHIVE_PAGE_SIZE = 10;

/** Past published events, newest first, one page at a time. Cancelled events do not go into the archive. */
export async function listArchivedEvents(db: Db, locale: string, page: number, now = new Date()) {
	const where = and(eq(event.status, 'published'), lte(event.endsAt, now));
	const [rows, [{ total }]] = await Promise.all([
		selectList(db).where(where).orderBy(desc(event.startsAt), asc(event.id)).limit(ARCHIVE_PAGE_SIZE).offset((page - 1) * ARCHIVE_PAGE_SIZE),
		db.select({ total: count() }).from(event).where(where)
	]);
	return { items: rows.map((r) => present(r, locale)), total, pageCount: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)) };
}

/** The public detail page: published or cancelled events only (drafts are 404), description rendered here. */
export async function getPublicEvent(db: Db, slug: string, locale: string, now = new Date()) {
	const [row] = await selectList(db).where(and(eq(event.slug, slug), visible));
	if (!row) return null;
	const [full] = await db.select({ organisationIds: event.organisationIds, version: event.version, updatedAt: event.updatedAt, id: event.id }).from(event).where(eq(event.id, row.id));
	const organisations = full.organisationIds.length
		? await db
				.select({ id: organisation.id, name: organisation.name, status: organisation.status })
				.from(organisation)
				.where(inArray(organisation.id, full.organisationIds))
				.orderBy(asc(organisation.name))
		: [];
	const item = present(row, locale);
	const { values } = localizeContent({ title: row.title, description: row.description, place: row.place }, row.translations, locale);
	return {
		...item,
		id: full.id,
		descriptionHtml: renderMarkdown(values.description),
		// Entries hidden from the directory since are named without a link, so the page does not point to a 404.
		organisations: organisations.map((o) => ({ id: o.id, name: o.name, linked: o.status === 'published' })),
		registrationOpen: row.status === 'published' && row.startsAt.getTime() > now.getTime(),
		past: row.endsAt.getTime() <= now.getTime(),
		updatedAt: full.updatedAt
	};
}

/** For the start page: the next published events in the reader's language. */
export async function listUpcomingEvents(db: Db, locale: string, limit = 3, now = new Date()) {
	const rows = await selectList(db).where(and(eq(event.status, 'published'), gt(event.endsAt, now))).orderBy(asc(event.startsAt), asc(event.id)).limit(limit);
	return rows.map((r) => {
		const p = present(r, locale);
		return { slug: p.slug, title: p.title, startsAt: p.startsAt, endsAt: p.endsAt, place: p.place, online: p.online, fallback: p.fallback };
	});
}

/** For sitemap.xml: every public event page (published and cancelled) with its last change. */
export async function listPublishedEventPaths(db: Db) {
	return db.select({ slug: event.slug, updatedAt: event.updatedAt }).from(event).where(visible).orderBy(asc(event.slug));
}

/** The public feed: published and cancelled events from 12 months ago on. No registrations are read. */
export async function listFeedEvents(db: Db, now = new Date()) {
	const since = new Date(now);
	since.setUTCMonth(since.getUTCMonth() - 12);
	return db
		.select({
			id: event.id,
			slug: event.slug,
			title: event.title,
			description: event.description,
			place: event.place,
			onlineUrl: event.onlineUrl,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			status: event.status,
			version: event.version,
			createdAt: event.createdAt,
			updatedAt: event.updatedAt,
			translations: event.translations
		})
		.from(event)
		.where(and(visible, gte(event.endsAt, since)))
		.orderBy(asc(event.startsAt), asc(event.id));
}

/** One public event for its .ics download, in the reader's language; null for drafts and unknown slugs. */
export async function getCalendarEvent(db: Db, slug: string, locale: string) {
	const [row] = await db.select().from(event).where(and(eq(event.slug, slug), visible));
	if (!row) return null;
	const { values } = localizeContent({ title: row.title, description: row.description, place: row.place }, row.translations, locale);
	return { ...row, ...values };
}
