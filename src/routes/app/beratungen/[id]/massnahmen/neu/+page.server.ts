import { fail, redirect } from '@sveltejs/kit';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { formValues, parseForm } from '$lib/server/forms';
import { createMeasure } from '$lib/server/measures/create-measure';
import { createMeasureSchema, MEASURE_FIELD_MESSAGES } from '$lib/server/measures/measure-forms';
import { listTopicOptions, runMeasureCommand } from '$lib/server/measures/measure-page';
import { measureLock } from '$lib/server/measures/measure-rules';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, access } = await loadConsultationPage(event);
	const header = await consultationHeader(access, db);
	const lock = measureLock(access.consultation.state);
	return { header, lock, canChange: header.canWrite && !lock, topics: await listTopicOptions(db, getLocale()) };
};

export const actions: Actions = {
	default: async (event) => {
		const { db, access, user, roles, config } = await loadConsultationPage(event);
		const topics = (await listTopicOptions(db, getLocale())).map((t) => t.value);
		const data = await event.request.formData();
		const parsed = parseForm(createMeasureSchema(topics), data, { arrays: ['sdgs'], messages: MEASURE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'create', errors: parsed.errors, values: parsed.values });
		const consultationId = access.consultation.id;
		const run = await runMeasureCommand('create', formValues(data), () =>
			createMeasure(db, { consultationId, input: parsed.data, user, roles }, { origin: config.origin })
		);
		if (!run.ok) return run.failure;
		redirect(303, localizeHref(`/app/beratungen/${consultationId}/massnahmen/${run.result.id}?angelegt=1`));
	}
};
