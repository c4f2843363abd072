import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { formValues, parseForm } from '$lib/server/forms';
import { runtime } from '$lib/server/runtime';
import { localizeHref, getLocale } from '$lib/paraglide/runtime';
import { CASE_FIELD_MESSAGES, STORY_ARRAYS, storySchemaFor } from '$lib/server/case-stories/case-story-forms';
import { createCaseStory } from '$lib/server/case-stories/create-case-story';
import { runCaseCommand } from '$lib/server/case-stories/editor-page';
import { listConsultationMeasures, listEditorOptions } from '$lib/server/case-stories/list-editor-options';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const consultationId = event.url.searchParams.get('beratung');
	const options = await listEditorOptions(database.db, getLocale());
	const chosen = options.consultations.some((c) => c.id === consultationId) ? consultationId : null;
	return { options, measures: await listConsultationMeasures(database.db, chosen), year: new Date().getFullYear(), consultationId: chosen };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'coordinator', 'admin');
		const { database } = await runtime();
		const db = database.db;
		const options = await listEditorOptions(db, getLocale());
		const data = await event.request.formData();
		const parsed = parseForm(storySchemaFor(options), data, { arrays: STORY_ARRAYS, messages: CASE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		const { version: _version, ...input } = parsed.data;
		const run = await runCaseCommand('save', formValues(data), () => createCaseStory(db, { input, actorId: user.id }));
		if (!run.ok) return run.failure;
		redirect(303, localizeHref(`/app/beispiele/${run.result.id}?angelegt`));
	},
	preview: async (event) => {
		requireRole(event, 'coordinator', 'admin');
		const data = await event.request.formData();
		// Nothing is saved or validated: the coordinator sees the Markdown as the public page will render it.
		return { action: 'preview', preview: renderMarkdown(String(data.get('body') ?? '')), values: formValues(data) };
	}
};
