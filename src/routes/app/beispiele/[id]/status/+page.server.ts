import { fail } from '@sveltejs/kit';
import { formValues, parseForm } from '$lib/server/forms';
import { CASE_FIELD_MESSAGES, consentSchema, statusSchema } from '$lib/server/case-stories/case-story-forms';
import { loadEditorStory, runCaseCommand } from '$lib/server/case-stories/editor-page';
import { changeCaseStoryStatus } from '$lib/server/case-stories/change-case-story-status';
import { recordCaseStoryConsent } from '$lib/server/case-stories/record-case-story-consent';
import { blockerMessage } from '$lib/server/case-stories/labels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { story, consents, consent, blockers, nextStatuses } = await loadEditorStory(event);
	return { story, consents, consent, blockers: blockers.map(blockerMessage), nextStatuses };
};

export const actions: Actions = {
	status: async (event) => {
		const { db, story, user } = await loadEditorStory(event);
		const data = await event.request.formData();
		const parsed = parseForm(statusSchema, data, { messages: CASE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'status', errors: { _form: Object.values(parsed.errors)[0] }, values: parsed.values });
		const run = await runCaseCommand('status', formValues(data), () => changeCaseStoryStatus(db, { id: story.id, version: parsed.data.version, to: parsed.data.to, actorId: user.id }));
		return run.ok ? { action: 'status', changed: run.result.status } : run.failure;
	},
	consent: async (event) => {
		const { db, story, user } = await loadEditorStory(event);
		const data = await event.request.formData();
		const parsed = parseForm(consentSchema, data, { messages: CASE_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'consent', errors: parsed.errors, values: parsed.values });
		const run = await runCaseCommand('consent', formValues(data), () => recordCaseStoryConsent(db, { storyId: story.id, ...parsed.data, actorId: user.id }));
		return run.ok ? { action: 'consent', recorded: parsed.data.granted } : run.failure;
	}
};
