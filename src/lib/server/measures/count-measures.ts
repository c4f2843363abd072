import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { measure } from '../db/schema';

/**
 * The impact figures of DESIGN §7 for one consultation, by each measure's current status:
 * - planned: measures the municipality has taken on — planned, in progress or done. Ideas are not counted (not
 *   yet decided) and dropped ones are not either (no longer pursued);
 * - implemented: done.
 * So implemented ≤ planned always holds, and a reopened measure counts where it stands now.
 */
export async function countMeasures(db: Db, consultationId: string): Promise<{ planned: number; implemented: number }> {
	const [row] = await db
		.select({
			planned: sql<number>`(count(*) filter (where ${measure.status} in ('planned', 'in_progress', 'done')))::int`,
			implemented: sql<number>`(count(*) filter (where ${measure.status} = 'done'))::int`
		})
		.from(measure)
		.where(eq(measure.consultationId, consultationId));
	return { planned: Number(row?.planned ?? 0), implemented: Number(row?.implemented ?? 0) };
}
