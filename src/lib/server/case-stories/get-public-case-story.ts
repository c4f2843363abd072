import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage, measure, municipality } from '../db/schema';
import { localizeContent } from '../content/localize-content';
import { renderMarkdown } from '../content/markdown';

/** A published story by its slug, in the reader's language (null: unknown or not published → 404). */
export async function getPublicCaseStory(db: Db, slug: string, locale: string) {
	if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
	const [row] = await db
		.select({ story: caseStory, municipalityName: municipality.name })
		.from(caseStory)
		.leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
		.where(eq(caseStory.slug, slug));
	if (!row || row.story.status !== 'published') return null;
	const s = row.story;
	const [images, results] = await Promise.all([
		db.select().from(caseStoryImage).where(eq(caseStoryImage.caseStoryId, s.id)).orderBy(asc(caseStoryImage.position), asc(caseStoryImage.createdAt)),
		s.resultMeasureIds.length > 0
			? db.select({ id: measure.id, title: measure.title, status: measure.status }).from(measure).where(inArray(measure.id, s.resultMeasureIds))
			: Promise.resolve([])
	]);
	const localized = localizeContent({ title: s.title, teaser: s.teaser, body: s.body }, s.translations, locale);
	return {
		id: s.id,
		slug: s.slug,
		...localized.values,
		fallback: localized.fallback,
		bodyHtml: renderMarkdown(localized.values.body),
		year: s.year,
		topics: s.topics,
		sdgs: s.sdgs,
		quotes: s.quotes,
		municipalityName: row.municipalityName,
		publishedAt: s.publishedAt,
		updatedAt: s.updatedAt,
		// In the order the coordinator chose them.
		results: s.resultMeasureIds.flatMap((id) => results.filter((r) => r.id === id)),
		images: images.map((i) => ({
			id: i.id,
			widths: i.widths,
			width: i.width,
			height: i.height,
			alt: (locale !== 'de' && i.altTranslations[locale]?.trim()) || i.alt,
			caption: i.caption
		}))
	};
}

export type PublicCaseStory = NonNullable<Awaited<ReturnType<typeof getPublicCaseStory>>>;
