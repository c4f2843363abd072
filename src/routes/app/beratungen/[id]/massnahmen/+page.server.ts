import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { listMeasures } from '$lib/server/measures/list-measures';
import { MEASURE_STATUSES, measureLock, type MeasureStatus } from '$lib/server/measures/measure-rules';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** Ideen und Maßnahmen of one consultation, grouped by status; ?status= shows one group only. */
export const load: PageServerLoad = async (event) => {
	const { db, access } = await loadConsultationPage(event);
	const header = await consultationHeader(access, db);
	const param = event.url.searchParams.get('status');
	const filter = MEASURE_STATUSES.includes(param as MeasureStatus) ? (param as MeasureStatus) : null;
	const measures = await listMeasures(db, { consultationId: access.consultation.id, locale: getLocale() });
	const lock = measureLock(access.consultation.state);
	return {
		header,
		lock,
		canChange: header.canWrite && !lock,
		filter,
		groups: MEASURE_STATUSES.filter((s) => !filter || s === filter)
			.map((status) => ({ status, measures: measures.filter((x) => x.status === status).map(({ history: _history, ...rest }) => rest) }))
			.filter((g) => g.measures.length > 0),
		total: measures.length
	};
};
