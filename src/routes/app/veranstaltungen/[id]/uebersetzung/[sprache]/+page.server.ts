import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { formValues, parseForm } from '$lib/server/forms';
import { EVENT_FIELD_MESSAGES, eventTranslationSchema } from '$lib/server/events/event-form';
import { loadOrganiser, runEventCommand } from '$lib/server/events/organiser-page';
import { getOrganiserEvent } from '$lib/server/events/organiser-queries';
import { saveEventTranslation, TRANSLATION_LOCALES, type TranslationLocale } from '$lib/server/events/save-event-translation';
import type { Actions, PageServerLoad } from './$types';

function translationLocale(value: string): TranslationLocale {
	if (!(TRANSLATION_LOCALES as readonly string[]).includes(value)) error(404, m.error_404_text());
	return value as TranslationLocale;
}

export const load: PageServerLoad = async (event) => {
	const locale = translationLocale(event.params.sprache);
	const { db, scope } = await loadOrganiser(event);
	const found = await getOrganiserEvent(db, event.params.id, scope);
	if (!found) error(404, m.error_404_text());
	const e = found.event;
	const t = e.translations[locale] ?? {};
	return {
		locale,
		event: { id: e.id, title: e.title, description: e.description, place: e.place, version: e.version },
		values: { title: t.title ?? '', description: t.description ?? '', place: t.place ?? '' }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const locale = translationLocale(event.params.sprache);
		const { db, scope } = await loadOrganiser(event);
		const data = await event.request.formData();
		const parsed = parseForm(eventTranslationSchema, data, { messages: EVENT_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const run = await runEventCommand('translate', formValues(data), () =>
			saveEventTranslation(db, { eventId: event.params.id, version: Number(data.get('version')) || 0, locale, values: parsed.data, scope })
		);
		if (!run.ok) return run.failure;
		return { saved: true };
	}
};
