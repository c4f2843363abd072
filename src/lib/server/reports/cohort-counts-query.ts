import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { CohortCounts } from './aggregate-cohort';

/**
 * Topics and SDGs of a cohort counted in the database (unnest + GROUP BY), each consultation once per topic or
 * SDG as report-types.ts says, hence the distinct per consultation. SDGs outside 1–17 are left to aggregateCohort.
 *
 * `cohort` selects exactly two columns: the consultation's topics and its SDGs.
 */
export async function queryCohortCounts(db: Db, cohort: SQLWrapper): Promise<{ topics: CohortCounts<string>[]; sdgs: CohortCounts<number>[] }> {
	const result = await db.execute(sql`
		with cohort (topics, sdgs) as (${cohort})
		select 'topic' as kind, t.key::text as key, count(*)::int as count
		from cohort, lateral (select distinct unnest(cohort.topics) as key) t
		group by t.key
		union all
		select 'sdg', s.key::text, count(*)::int
		from cohort, lateral (select distinct unnest(cohort.sdgs) as key) s
		group by s.key
	`);
	const rows = (result as unknown as { rows: { kind: 'topic' | 'sdg'; key: string; count: number | string }[] }).rows;
	return {
		topics: rows.filter((r) => r.kind === 'topic').map((r) => ({ key: r.key, count: Number(r.count) })),
		sdgs: rows.filter((r) => r.kind === 'sdg').map((r) => ({ key: Number(r.key), count: Number(r.count) }))
	};
}
