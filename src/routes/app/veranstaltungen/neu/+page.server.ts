import { error, fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { formValues, parseForm } from '$lib/server/forms';
import { listTopics } from '$lib/server/directory/list-topics';
import { createEvent } from '$lib/server/events/create-event';
import { EVENT_FIELD_MESSAGES, eventFormSchema } from '$lib/server/events/event-form';
import { loadOrganiser, runEventCommand } from '$lib/server/events/organiser-page';
import { listEventFormOptions } from '$lib/server/events/organiser-queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, scope } = await loadOrganiser(event);
	if (!scope.all && scope.municipalityAgs.length === 0) error(403, m.event_app_not_verified());
	const [options, topics] = await Promise.all([listEventFormOptions(db, scope), listTopics(db)]);
	return { options, topics, municipalityRequired: !scope.all, defaults: scope.all ? {} : { municipalityAgs: scope.municipalityAgs[0] } };
};

const ARRAYS = ['topics', 'organisationIds'];

export const actions: Actions = {
	default: async (event) => {
		const { db, scope } = await loadOrganiser(event);
		const data = await event.request.formData();
		const parsed = parseForm(eventFormSchema({ now: new Date(), isNew: true }), data, { arrays: ARRAYS, messages: EVENT_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const values = formValues(data);
		const run = await runEventCommand('create', values, () => createEvent(db, { input: parsed.data, scope }));
		if (!run.ok) return run.failure;
		redirect(303, localizeHref(`/app/veranstaltungen/${run.result.id}?angelegt=1`));
	}
};
