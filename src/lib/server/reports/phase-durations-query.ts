import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { PHASE_STATES } from './report-math';
import type { PhaseDuration, PhaseState } from './report-types';

/**
 * The median days per phase of a cohort, computed in the database so that only seven rows leave it (the ten-year
 * dashboard used to move every transition into JavaScript). The rules are those of phaseDaysOf in report-math.ts,
 * which stays the readable reference and is compared with this query in the tests:
 * - 'requested' is entered at the request and left by the first transition at or after it to a state other than
 *   'requested' or 'paused';
 * - any other phase is entered by the first transition into it and left by the next transition to another state
 *   that is not 'paused'. With the pauses dropped, that is the first transition of the next run of equal targets,
 *   so lead() over the run starts gives it.
 * Times are cut to milliseconds as JavaScript dates are. The median is the mean of the lower and the upper middle
 * value (percentile_disc ascending and descending), which is bit for bit the median() of report-math.ts;
 * percentile_cont interpolates as lo + (hi - lo) / 2 and may differ in the last bit.
 *
 * `cohort` selects exactly two columns: the consultation id and its creation time.
 */
export async function queryPhaseDurations(db: Db, cohort: SQLWrapper): Promise<PhaseDuration[]> {
	const result = await db.execute(sql`
		with cohort (id, created_at) as (${cohort}),
		t as (
			select te.consultation_id as cid, date_trunc('milliseconds', te.at) as at, te.data ->> 'to' as target,
				row_number() over (partition by te.consultation_id order by te.at, te.id) as rn
			from timeline_entry te
			join cohort on cohort.id = te.consultation_id
			where te.kind = 'transition'
		),
		marked as (
			select cid, at, target, rn,
				(lag(rn) over w is null or target is distinct from lag(target) over w) as run_start
			from t
			where target is distinct from 'paused'
			window w as (partition by cid order by rn)
		),
		runs as (
			select cid, at, target, rn, lead(at) over (partition by cid order by rn) as left_at
			from marked
			where run_start
		),
		entered as (
			select distinct on (cid, target) cid, target, at, left_at
			from runs
			where target in ('in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation')
			order by cid, target, rn
		),
		durations as (
			select target as state, at, left_at from entered where left_at is not null
			union all
			select 'requested', date_trunc('milliseconds', cohort.created_at), min(t.at)
			from cohort
			join t on t.cid = cohort.id
				and t.target is distinct from 'requested'
				and t.target is distinct from 'paused'
				and t.at >= date_trunc('milliseconds', cohort.created_at)
			group by cohort.id, cohort.created_at
		),
		days as (
			select state, ((extract(epoch from left_at) - extract(epoch from at)) * 1000)::float8 / 86400000 as d
			from durations
		)
		select state, count(*)::int as n,
			percentile_disc(0.5) within group (order by d) as lo,
			percentile_disc(0.5) within group (order by d desc) as hi
		from days
		group by state
	`);
	const rows = (result as unknown as { rows: { state: PhaseState; n: number | string; lo: number | string; hi: number | string }[] }).rows;
	const byState = new Map(rows.map((r) => [r.state, r]));
	return PHASE_STATES.map((state) => {
		const r = byState.get(state);
		if (!r) return { state, medianDays: null, n: 0 };
		return { state, medianDays: (Number(r.lo) + Number(r.hi)) / 2, n: Number(r.n) };
	});
}
