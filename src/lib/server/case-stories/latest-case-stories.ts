import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, municipality } from '../db/schema';
import { localizeContent } from '../content/localize-content';

/** For the start page: the newest published stories in the reader's language. */
export async function listLatestCaseStories(db: Db, locale: string, limit = 3) {
	const rows = await db
		.select({ slug: caseStory.slug, title: caseStory.title, teaser: caseStory.teaser, translations: caseStory.translations, year: caseStory.year, municipalityName: municipality.name })
		.from(caseStory)
		.leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
		.where(eq(caseStory.status, 'published'))
		.orderBy(desc(caseStory.publishedAt), asc(caseStory.slug))
		.limit(limit);
	return rows.map(({ translations, title, teaser, ...r }) => {
		const localized = localizeContent({ title, teaser }, translations, locale, ['title', 'teaser']);
		return { ...r, ...localized.values, fallback: localized.fallback };
	});
}

/** For sitemap.xml: every published story's slug and last change. */
export async function listPublishedCaseStoryPaths(db: Db) {
	return db.select({ slug: caseStory.slug, updatedAt: caseStory.updatedAt }).from(caseStory).where(eq(caseStory.status, 'published')).orderBy(asc(caseStory.slug));
}
