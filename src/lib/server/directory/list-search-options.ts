import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality, organisation } from '../db/schema';
import { listTopics, type TopicOption } from './list-topics';

export interface SearchOptions {
	topics: TopicOption[];
	/** Current municipalities with coordinates: the select list and the background of the map. */
	municipalities: { ags: string; name: string; latitude: number | null; longitude: number | null }[];
	/** Languages and communities that published entries name; offering others could only find nothing. */
	languages: string[];
	communities: string[];
}

/** Everything the search and partner forms offer. Reference data only, no personal data. */
export async function listSearchOptions(db: Db): Promise<SearchOptions> {
	const [topics, municipalities, values] = await Promise.all([
		listTopics(db),
		db
			.select({ ags: municipality.ags, name: municipality.name, latitude: municipality.latitude, longitude: municipality.longitude })
			.from(municipality)
			.where(eq(municipality.historic, false))
			.orderBy(asc(municipality.name), asc(municipality.ags)),
		db
			.select({
				languages: sql<string[]>`coalesce((SELECT array_agg(DISTINCT l ORDER BY l) FROM ${organisation}, unnest(${organisation.languages}) l WHERE ${organisation.status} = 'published'), '{}')`,
				communities: sql<string[]>`coalesce((SELECT array_agg(DISTINCT c ORDER BY c) FROM ${organisation}, unnest(${organisation.communities}) c WHERE ${organisation.status} = 'published'), '{}')`
			})
			.from(sql`(SELECT 1) AS one`)
	]);
	return { topics, municipalities, languages: values[0]?.languages ?? [], communities: values[0]?.communities ?? [] };
}
