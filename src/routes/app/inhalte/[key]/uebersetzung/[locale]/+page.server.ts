import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { formValues, parseForm } from '$lib/server/forms';
import { loadEditorPage, runPageCommand } from '$lib/server/content/editor-page';
import { renderMarkdown } from '$lib/server/content/markdown';
import { PAGE_FIELD_MESSAGES, translationSchema } from '$lib/server/content/page-forms';
import { isEasyLanguagePage, isTranslationLocale, pagePath } from '$lib/server/content/page-keys';
import { savePageTranslation } from '$lib/server/content/save-page-translation';
import type { Actions, PageServerLoad } from './$types';

/** The page and the language to translate into; Leichte Sprache and unknown languages answer 404. */
async function loadTranslation(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const editor = await loadEditorPage(event);
	const locale = (event.params as { locale?: string }).locale ?? '';
	if (!isTranslationLocale(locale) || isEasyLanguagePage(editor.key)) error(404, m.error_404_text());
	return { ...editor, locale };
}

export const load: PageServerLoad = async (event) => {
	const { key, page, locale } = await loadTranslation(event);
	const t = page.translations[locale] ?? {};
	return {
		locale,
		path: pagePath(key),
		original: { key, title: page.title, description: page.description, body: page.body },
		translation: { title: t.title ?? '', description: t.description ?? '', body: t.body ?? '', version: String(page.version) }
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { db, key, user, locale } = await loadTranslation(event);
		const data = await event.request.formData();
		const parsed = parseForm(translationSchema, data, { messages: PAGE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		const { version, ...input } = parsed.data;
		const run = await runPageCommand('save', formValues(data), () => savePageTranslation(db, { key, locale, version, input, actorId: user.id }));
		return run.ok ? { action: 'save', saved: run.result.version } : run.failure;
	},
	preview: async (event) => {
		await loadTranslation(event);
		const data = await event.request.formData();
		return { action: 'preview', preview: renderMarkdown(String(data.get('body') ?? '')), values: formValues(data) };
	}
};
