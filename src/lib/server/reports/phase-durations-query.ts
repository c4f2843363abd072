import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { PHASE_STATES } from './report-math';
import type { PhaseDuration } from './report-types';

/**
 * The median days per phase of a cohort, computed in the database so that only one row leaves it (the ten-year
 * dashboard used to move every transition into JavaScript). The rules are those of phaseDaysOf in report-math.ts,
 * which stays the readable reference and is compared with this query in the tests:
 * - 'requested' is entered at the request and left by the first transition at or after it to a state other than
 *   'requested' or 'paused';
 * - any other phase is entered by the first transition into it and left by the next transition to another state
 *   that is not 'paused'. With the pauses dropped, that is the first transition of the next run of equal targets:
 *   lead() over the run starts. Later runs into the same state leave later, so min() per state picks the first.
 * One sorted pass over the transitions (the index on consultation and time gives the order), one row per
 * consultation with a column per phase, then the medians over those columns (nulls are ignored).
 * Times are cut to milliseconds as JavaScript dates are. The median is the mean of the lower and the upper middle
 * value (percentile_disc ascending and descending), which is bit for bit the median() of report-math.ts;
 * percentile_cont interpolates as lo + (hi - lo) * 0.5 and may differ in the last bit.
 *
 * `cohort` selects exactly two columns: the consultation id and its creation time.
 */
export async function queryPhaseDurations(db: Db, cohort: SQLWrapper): Promise<PhaseDuration[]> {
	const days = (from: SQL, to: SQL) =>
		sql`((extract(epoch from (date_trunc('milliseconds', ${to}) - date_trunc('milliseconds', ${from}))) * 1000)::float8 / 86400000)`;
	// The state names are constants of the lifecycle, safe as identifiers and literals.
	const perPhase = PHASE_STATES.map((state) =>
		state === 'requested'
			? sql`${days(sql`min(created)`, sql`min(req_left)`)} as requested`
			: sql`${days(sql.raw(`min(at) filter (where target = '${state}')`), sql.raw(`min(left_at) filter (where target = '${state}')`))} as ${sql.identifier(state)}`
	);
	const medians = PHASE_STATES.map((state, i) => {
		const c = sql.identifier(state);
		return sql`count(${c})::int as ${sql.identifier(`n${i}`)},
			percentile_disc(0.5) within group (order by ${c}) as ${sql.identifier(`lo${i}`)},
			percentile_disc(0.5) within group (order by ${c} desc) as ${sql.identifier(`hi${i}`)}`;
	});
	const result = await db.execute(sql`
		with cohort (id, created_at) as (${cohort})
		select ${sql.join(medians, sql`, `)}
		from (
			select ${sql.join(perPhase, sql`, `)}
			from (
				select cid, created, at, target, req_left, lead(at) over (partition by cid order by at, id) as left_at
				from (
					select cid, created, at, id, target,
						min(at) filter (where target is distinct from 'requested' and at >= date_trunc('milliseconds', created))
							over (partition by cid) as req_left,
						(row_number() over w = 1 or target is distinct from lag(target) over w) as run_start
					from (
						select te.consultation_id as cid, cohort.created_at as created, te.at, te.id, te.data ->> 'to' as target
						from timeline_entry te
						join cohort on cohort.id = te.consultation_id
						where te.kind = 'transition' and (te.data ->> 'to') is distinct from 'paused'
					) transitions
					window w as (partition by cid order by at, id)
				) marked
				where run_start
			) runs
			group by cid
		) per_consultation
	`);
	const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0] ?? {};
	return PHASE_STATES.map((state, i) => {
		const [n, lo, hi] = [row[`n${i}`], row[`lo${i}`], row[`hi${i}`]];
		return Number(n) > 0 ? { state, medianDays: (Number(lo) + Number(hi)) / 2, n: Number(n) } : { state, medianDays: null, n: 0 };
	});
}
