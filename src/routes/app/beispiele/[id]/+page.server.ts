import { fail } from '@sveltejs/kit';
import { formValues, parseForm } from '$lib/server/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { CASE_FIELD_MESSAGES, STORY_ARRAYS, storySchemaFor } from '$lib/server/case-stories/case-story-forms';
import { loadEditorStory, runCaseCommand } from '$lib/server/case-stories/editor-page';
import { listConsultationMeasures, listEditorOptions } from '$lib/server/case-stories/list-editor-options';
import { updateCaseStory } from '$lib/server/case-stories/update-case-story';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, story } = await loadEditorStory(event);
	const options = await listEditorOptions(db, getLocale(), story);
	return { story, options, measures: await listConsultationMeasures(db, story.consultationId), created: event.url.searchParams.has('angelegt') };
};

export const actions: Actions = {
	save: async (event) => {
		const { db, story, user } = await loadEditorStory(event);
		const options = await listEditorOptions(db, getLocale(), story);
		const data = await event.request.formData();
		const parsed = parseForm(storySchemaFor(options), data, { arrays: STORY_ARRAYS, messages: CASE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		const { version, ...input } = parsed.data;
		const run = await runCaseCommand('save', formValues(data), () => updateCaseStory(db, { id: story.id, version, input, actorId: user.id }));
		return run.ok ? { action: 'save', saved: true } : run.failure;
	},
	preview: async (event) => {
		await loadEditorStory(event);
		const data = await event.request.formData();
		return { action: 'preview', preview: renderMarkdown(String(data.get('body') ?? '')), values: formValues(data) };
	}
};
