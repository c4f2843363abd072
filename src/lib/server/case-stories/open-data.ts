import { asc, desc, eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client';
import { caseStory, municipality } from '../db/schema';
import { markdownToText } from '../content/markdown';

export const LICENSE_NAME = 'CC BY 4.0';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export interface OpenDataRow {
	id: string;
	slug: string;
	title: string;
	municipality: string;
	ags: string;
	year: number;
	topics: string[];
	sdgs: number[];
	teaser: string;
	bodyText: string;
	url: string;
	publishedAt: string;
	license: string;
	licenseUrl: string;
}

type Source = { id: string; slug: string; title: string; teaser: string; body: string; year: number; topics: string[]; sdgs: number[]; publishedAt: Date | null; municipalityAgs: string | null; municipalityName: string | null };

/**
 * One open-data row of a published story (pure): only what the public page shows — no user names, no e-mail
 * addresses, no consent records. The body is plain text so that the data is usable without a Markdown parser.
 */
export function toOpenDataRow(s: Source, origin: string): OpenDataRow {
	return {
		id: s.id,
		slug: s.slug,
		title: s.title,
		municipality: s.municipalityName ?? '',
		ags: s.municipalityAgs ?? '',
		year: s.year,
		topics: s.topics,
		sdgs: s.sdgs,
		teaser: s.teaser,
		bodyText: markdownToText(s.body),
		url: `${origin}/beispiele/${s.slug}`,
		publishedAt: s.publishedAt?.toISOString() ?? '',
		license: LICENSE_NAME,
		licenseUrl: LICENSE_URL
	};
}

async function loadPublished(db: Db, limit?: number) {
	const query = db
		.select({
			id: caseStory.id,
			slug: caseStory.slug,
			title: caseStory.title,
			teaser: caseStory.teaser,
			body: caseStory.body,
			year: caseStory.year,
			topics: caseStory.topics,
			sdgs: caseStory.sdgs,
			translations: caseStory.translations,
			publishedAt: caseStory.publishedAt,
			updatedAt: caseStory.updatedAt,
			municipalityAgs: caseStory.municipalityAgs,
			municipalityName: municipality.name
		})
		.from(caseStory)
		.leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
		.where(eq(caseStory.status, 'published'))
		.orderBy(desc(caseStory.publishedAt), asc(caseStory.slug));
	return limit ? query.limit(limit) : query;
}

export { loadPublished as listPublishedForFeeds };

/** All published stories as open-data rows (German originals). */
export async function listOpenDataRows(db: Db, origin: string): Promise<OpenDataRow[]> {
	return (await loadPublished(db)).map((s) => toOpenDataRow(s, origin));
}

export function openDataJson(rows: OpenDataRow[], origin: string, now = new Date()): string {
	return JSON.stringify(
		{
			title: 'MiGlobe NRW – Beratungsbeispiele',
			source: `${origin}/beispiele`,
			license: { name: LICENSE_NAME, url: LICENSE_URL },
			generatedAt: now.toISOString(),
			count: rows.length,
			items: rows
		},
		null,
		2
	);
}

export const CSV_COLUMNS = ['id', 'slug', 'title', 'municipality', 'ags', 'year', 'topics', 'sdgs', 'teaser', 'bodyText', 'url', 'publishedAt', 'license', 'licenseUrl'] as const;

/** RFC 4180 CSV (comma, UTF-8, header row); lists joined with "|". Machines read this, so no Excel variant. */
export function openDataCsv(rows: OpenDataRow[]): string {
	return stringify(
		rows.map((r) => ({ ...r, topics: r.topics.join('|'), sdgs: r.sdgs.join('|') })),
		{ header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n' }
	);
}
