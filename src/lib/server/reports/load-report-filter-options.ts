import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { governmentRegion, topic } from '../db/schema';
import { listActiveAdvisors } from '../consultations/list-consultation-options';
import type { ReportFilterOptions } from './report-types';

/**
 * The choices of the dashboard filter, also the whitelist of parseReportFilter: NRW government regions, all topics
 * (inactive ones too, since older consultations carry them) and the active advisors.
 */
export async function loadReportFilterOptions(db: Db): Promise<ReportFilterOptions> {
	const [regions, topics, advisors] = await Promise.all([
		db
			.select({ code: governmentRegion.code, name: governmentRegion.name })
			.from(governmentRegion)
			.where(and(eq(governmentRegion.landCode, '05'), eq(governmentRegion.historic, false)))
			.orderBy(asc(governmentRegion.name)),
		db
			.select({ slug: topic.slug, nameDe: topic.nameDe, nameEn: topic.nameEn })
			.from(topic)
			.orderBy(asc(topic.sortOrder), asc(topic.slug)),
		listActiveAdvisors(db)
	]);
	return { regions, topics, advisors };
}
