import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { todayInBerlin } from '$lib/server/measures/measure-rules';
import { loadImpactReport } from '$lib/server/reports/load-impact-report';
import { loadMapBackground } from '$lib/server/reports/load-map-background';
import { toPublicFigures } from '$lib/server/reports/public-figures';
import { MIN_REPORT_YEAR } from '$lib/server/reports/report-filter';
import type { PageServerLoad } from './$types';

/** Public: only the aggregates of toPublicFigures leave the server (counts under 3 hidden), never the report itself. */
export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	const today = todayInBerlin(new Date());
	const year = Number(today.slice(0, 4));
	const [allTime, currentYear, background] = await Promise.all([
		loadImpactReport(database.db, { from: `${MIN_REPORT_YEAR}-01-01`, to: today }, { phases: false }),
		loadImpactReport(database.db, { from: `${year}-01-01`, to: today }, { phases: false }),
		loadMapBackground(database.db)
	]);
	return {
		year,
		allTime: toPublicFigures(allTime),
		currentYear: toPublicFigures(currentYear),
		background,
		seo: { title: m.rep_public_title(), description: m.rep_public_description() }
	};
};
