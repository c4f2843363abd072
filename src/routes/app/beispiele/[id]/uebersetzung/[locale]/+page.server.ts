import { error, fail } from '@sveltejs/kit';
import { formValues, parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import { CASE_FIELD_MESSAGES, ALT_MAX, isTranslationLocale, translationSchema, TRANSLATION_LOCALES } from '$lib/server/case-stories/case-story-forms';
import { loadEditorStory, runCaseCommand } from '$lib/server/case-stories/editor-page';
import { saveCaseStoryTranslation } from '$lib/server/case-stories/save-case-story-translation';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function loadTranslationPage(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const page = await loadEditorStory(event);
	if (!isTranslationLocale(event.params.locale)) error(404, m.error_404_text());
	return { ...page, locale: event.params.locale };
}

export const load: PageServerLoad = async (event) => {
	const { story, images, locale } = await loadTranslationPage(event);
	return { story, images, locale, locales: TRANSLATION_LOCALES, translation: story.translations[locale] ?? {} };
};

export const actions: Actions = {
	default: async (event) => {
		const { db, story, images, user, locale } = await loadTranslationPage(event);
		const data = await event.request.formData();
		const parsed = parseForm(translationSchema, data, { messages: CASE_FIELD_MESSAGES });
		const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
		const alts: Record<string, string> = {};
		for (const image of images) {
			const alt = String(data.get(`alt-${image.id}`) ?? '').trim();
			if (alt.length > ALT_MAX) errors[`alt-${image.id}`] = m.case_error_alt_too_long();
			alts[image.id] = alt;
		}
		if (!parsed.ok || Object.keys(errors).length > 0) return fail(400, { errors, values: formValues(data) });
		const { version, ...fields } = parsed.data;
		const run = await runCaseCommand('translation', formValues(data), () => saveCaseStoryTranslation(db, { id: story.id, version, locale, fields, alts, actorId: user.id }));
		return run.ok ? { saved: true } : run.failure;
	}
};
