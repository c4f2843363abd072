import { error, fail } from '@sveltejs/kit';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { formValues, parseForm } from '$lib/server/forms';
import { listMeasures } from '$lib/server/measures/list-measures';
import { updateMeasure } from '$lib/server/measures/update-measure';
import { changeMeasureStatus } from '$lib/server/measures/change-measure-status';
import { MEASURE_FIELD_MESSAGES, statusChangeSchema, updateMeasureSchema } from '$lib/server/measures/measure-forms';
import { listTopicOptions, runMeasureCommand } from '$lib/server/measures/measure-page';
import { measureLock, nextStatuses } from '$lib/server/measures/measure-rules';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The page's consultation and measure, both checked: not theirs, unknown or of another consultation → 404. */
async function loadMeasurePage(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const page = await loadConsultationPage(event);
	const [measure] = await listMeasures(page.db, { consultationId: page.access.consultation.id, measureId: event.params.measureId, locale: getLocale() });
	if (!measure) error(404, m.error_404_text());
	return { ...page, measure };
}

export const load: PageServerLoad = async (event) => {
	const { db, access, measure } = await loadMeasurePage(event);
	const header = await consultationHeader(access, db);
	const lock = measureLock(access.consultation.state);
	const canChange = header.canWrite && !lock;
	return {
		header,
		lock,
		canChange,
		measure,
		nextStatuses: canChange ? nextStatuses(measure.status) : [],
		topics: canChange ? await listTopicOptions(db, getLocale(), measure.topic) : [],
		created: event.url.searchParams.has('angelegt')
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { db, access, user, roles, measure } = await loadMeasurePage(event);
		const topics = (await listTopicOptions(db, getLocale(), measure.topic)).map((t) => t.value);
		const data = await event.request.formData();
		const parsed = parseForm(updateMeasureSchema(topics), data, { arrays: ['sdgs'], messages: MEASURE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'update', errors: parsed.errors, values: parsed.values });
		const { version, ...input } = parsed.data;
		// A stale save keeps what was typed, so the person can compare with the current state and save again.
		const run = await runMeasureCommand('update', formValues(data), () =>
			updateMeasure(db, { consultationId: access.consultation.id, measureId: measure.id, version, input, user, roles })
		);
		return run.ok ? { done: 'update' as const } : run.failure;
	},
	status: async (event) => {
		const { db, access, user, roles, measure, config } = await loadMeasurePage(event);
		const data = await event.request.formData();
		const parsed = parseForm(statusChangeSchema, data, { messages: MEASURE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'status', errors: parsed.errors, values: parsed.values });
		const { version, to, note } = parsed.data;
		const run = await runMeasureCommand('status', formValues(data), () =>
			changeMeasureStatus(db, { consultationId: access.consultation.id, measureId: measure.id, version, to, note, user, roles }, { origin: config.origin })
		);
		return run.ok ? { done: 'status' as const, to } : run.failure;
	}
};
