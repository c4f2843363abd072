import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { formValues, parseForm } from '$lib/server/forms';
import { listTopics } from '$lib/server/directory/list-topics';
import { updateEvent } from '$lib/server/events/update-event';
import { changeEventStatus } from '$lib/server/events/change-event-status';
import { EVENT_FIELD_MESSAGES, eventFormSchema } from '$lib/server/events/event-form';
import { eventFormValues, loadOrganiser, runEventCommand } from '$lib/server/events/organiser-page';
import { getOrganiserEvent, listEventFormOptions } from '$lib/server/events/organiser-queries';
import { TRANSLATION_LOCALES } from '$lib/server/events/save-event-translation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, scope } = await loadOrganiser(event);
	const found = await getOrganiserEvent(db, event.params.id, scope);
	if (!found) error(404, m.error_404_text());
	const [options, topics] = await Promise.all([listEventFormOptions(db, scope), listTopics(db)]);
	const translations = TRANSLATION_LOCALES.map((locale) => ({ locale, present: !!found.event.translations[locale]?.title }));
	return {
		event: found.event,
		registrations: found.registrations,
		values: eventFormValues(found.event),
		options,
		topics,
		translations,
		municipalityRequired: !scope.all,
		created: event.url.searchParams.has('angelegt')
	};
};

const ARRAYS = ['topics', 'organisationIds'];
const version = (data: FormData) => Number(data.get('version')) || 0;

export const actions: Actions = {
	save: async (event) => {
		const { db, scope } = await loadOrganiser(event);
		const data = await event.request.formData();
		const parsed = parseForm(eventFormSchema({ now: new Date(), isNew: false }), data, { arrays: ARRAYS, messages: EVENT_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		const run = await runEventCommand('save', formValues(data), () => updateEvent(db, { eventId: event.params.id, version: version(data), input: parsed.data, scope }));
		if (!run.ok) return run.failure;
		return { action: 'save', saved: true };
	},
	publish: async (event) => statusAction(event, 'published'),
	cancel: async (event) => statusAction(event, 'cancelled')
};

async function statusAction(event: Parameters<Actions[string]>[0], to: 'published' | 'cancelled') {
	const { db, scope, config, jobs } = await loadOrganiser(event);
	const data = await event.request.formData();
	const run = await runEventCommand(to, {}, () => changeEventStatus(db, { eventId: event.params.id, version: version(data), to, scope }, { origin: config.origin }));
	if (!run.ok) return run.failure;
	jobs?.poke();
	return { action: to, notified: run.result.notified };
}
