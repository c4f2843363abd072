import { and, asc, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, governmentRegion, municipality } from '../db/schema';
import { localizeContent } from '../content/localize-content';
import type { CaseFilters } from './public-filters';
import { SIZE_CLASS_BOUNDS } from './size-classes';

/**
 * The text search uses exactly the expression of the GIN index case_story_search_idx, so PostgreSQL can use it.
 * Readers of other languages also find the translated text of their language (no index: few stories, small table).
 */
export function textMatch(q: string, locale: string): SQL {
	const german = sql`to_tsvector('german', ${caseStory.title} || ' ' || ${caseStory.teaser} || ' ' || ${caseStory.body}) @@ websearch_to_tsquery('german', ${q})`;
	if (locale === 'de') return german;
	const tr = (field: string) => sql`coalesce(${caseStory.translations} -> ${locale} ->> ${field}, '')`;
	const translated = sql`to_tsvector('simple', ${tr('title')} || ' ' || ${tr('teaser')} || ' ' || ${tr('body')}) @@ websearch_to_tsquery('simple', ${q})`;
	return sql`(${german} or ${translated})`;
}

function conditions(f: CaseFilters, locale: string): SQL[] {
	const where: SQL[] = [eq(caseStory.status, 'published')];
	if (f.topic) where.push(sql`${f.topic} = any(${caseStory.topics})`);
	if (f.sdg) where.push(sql`${f.sdg}::smallint = any(${caseStory.sdgs})`);
	if (f.region) where.push(eq(municipality.regionCode, f.region));
	if (f.size) {
		const { min, max } = SIZE_CLASS_BOUNDS[f.size];
		where.push(gte(municipality.population, min));
		if (max !== null) where.push(lt(municipality.population, max));
	}
	if (f.year) where.push(eq(caseStory.year, f.year));
	if (f.q) where.push(textMatch(f.q, locale));
	return where;
}

/** Published stories matching the filters, one page, localized; plus the municipalities of all results for the map. */
export async function searchCaseStories(db: Db, f: CaseFilters, locale: string) {
	const where = and(...conditions(f, locale));
	const [rows, [{ total }], places] = await Promise.all([
		db
			.select({
				id: caseStory.id,
				slug: caseStory.slug,
				title: caseStory.title,
				teaser: caseStory.teaser,
				translations: caseStory.translations,
				year: caseStory.year,
				topics: caseStory.topics,
				sdgs: caseStory.sdgs,
				publishedAt: caseStory.publishedAt,
				municipalityName: municipality.name
			})
			.from(caseStory)
			.leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
			.where(where)
			.orderBy(desc(caseStory.publishedAt), asc(caseStory.slug))
			.limit(f.pageSize)
			.offset((f.page - 1) * f.pageSize),
		db.select({ total: count() }).from(caseStory).leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs)).where(where),
		db
			.select({ ags: municipality.ags, name: municipality.name, latitude: municipality.latitude, longitude: municipality.longitude, stories: count() })
			.from(caseStory)
			.innerJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
			.where(and(where, isNotNull(municipality.latitude), isNotNull(municipality.longitude)))
			.groupBy(municipality.ags, municipality.name, municipality.latitude, municipality.longitude)
			.orderBy(asc(municipality.name))
	]);
	return {
		total,
		places: places.map((p) => ({ ...p, latitude: p.latitude!, longitude: p.longitude! })),
		rows: rows.map(({ translations, title, teaser, ...r }) => {
			const localized = localizeContent({ title, teaser }, translations, locale, ['title', 'teaser']);
			return { ...r, ...localized.values, fallback: localized.fallback };
		})
	};
}

/** Choices of the public filters: topics come from the caller; years and regions of published stories. */
export async function listPublicFilterOptions(db: Db) {
	const published = eq(caseStory.status, 'published');
	const [years, regions] = await Promise.all([
		db.selectDistinct({ year: caseStory.year }).from(caseStory).where(published).orderBy(desc(caseStory.year)),
		db.select({ code: governmentRegion.code, name: governmentRegion.name }).from(governmentRegion).where(and(eq(governmentRegion.landCode, '05'), eq(governmentRegion.historic, false))).orderBy(asc(governmentRegion.name))
	]);
	return { years: years.map((y) => y.year), regions };
}
