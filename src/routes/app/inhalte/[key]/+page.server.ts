import { fail } from '@sveltejs/kit';
import { formValues, parseForm } from '$lib/server/forms';
import { loadEditorPage, runPageCommand } from '$lib/server/content/editor-page';
import { renderMarkdown } from '$lib/server/content/markdown';
import { PAGE_FIELD_MESSAGES, pageSchema } from '$lib/server/content/page-forms';
import { isEasyLanguagePage, pagePath } from '$lib/server/content/page-keys';
import { saveContentPage } from '$lib/server/content/save-content-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { key, page } = await loadEditorPage(event);
	return {
		page: { key, title: page.title, description: page.description, body: page.body, version: page.version },
		path: pagePath(key),
		translatable: !isEasyLanguagePage(key)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { db, key, user } = await loadEditorPage(event);
		const data = await event.request.formData();
		const parsed = parseForm(pageSchema, data, { messages: PAGE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		const { version, ...input } = parsed.data;
		const run = await runPageCommand('save', formValues(data), () => saveContentPage(db, { key, version, input, actorId: user.id }));
		return run.ok ? { action: 'save', saved: run.result.version } : run.failure;
	},
	preview: async (event) => {
		await loadEditorPage(event);
		const data = await event.request.formData();
		return { action: 'preview', preview: renderMarkdown(String(data.get('body') ?? '')), values: formValues(data) };
	}
};
