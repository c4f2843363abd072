import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, event } from '../db/schema';

/**
 * Published case stories and events for the sitemap. Queried here rather than through the case-story and event
 * areas so that the sitemap depends on nothing but the tables.
 */
export async function listSitemapRecords(db: Db) {
	const [caseStories, events] = await Promise.all([
		db.select({ slug: caseStory.slug, updatedAt: caseStory.updatedAt }).from(caseStory).where(eq(caseStory.status, 'published')).orderBy(asc(caseStory.slug)),
		db.select({ slug: event.slug, updatedAt: event.updatedAt }).from(event).where(eq(event.status, 'published')).orderBy(asc(event.slug))
	]);
	return { caseStories, events };
}
