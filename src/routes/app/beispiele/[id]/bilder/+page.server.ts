import { fail } from '@sveltejs/kit';
import { formValues, parseForm } from '$lib/server/forms';
import { CASE_FIELD_MESSAGES, imageMetaSchema } from '$lib/server/case-stories/case-story-forms';
import { loadEditorStory, runCaseCommand } from '$lib/server/case-stories/editor-page';
import { uploadCaseStoryImage } from '$lib/server/case-stories/upload-case-story-image';
import { deleteCaseStoryImage } from '$lib/server/case-stories/delete-case-story-image';
import { CASE_IMAGE_ACCEPT, MAX_CASE_IMAGE_MB } from '$lib/server/case-stories/image-rules';
import { createFileStorage } from '$lib/server/files/create-file-storage';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { story, images } = await loadEditorStory(event);
	return { story, images, accept: CASE_IMAGE_ACCEPT, maxMb: MAX_CASE_IMAGE_MB };
};

export const actions: Actions = {
	upload: async (event) => {
		const { db, config, story, user } = await loadEditorStory(event);
		const data = await event.request.formData();
		const values = formValues(data, ['file']);
		const file = data.get('file');
		const parsed = parseForm(imageMetaSchema, data, { omit: ['file'], messages: CASE_FIELD_MESSAGES });
		const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
		if (!(file instanceof File) || file.size === 0) errors.file = m.case_image_empty();
		// Both problems at once: a missing alt text is named even when the file is also wrong.
		if (!parsed.ok || errors.file) return fail(400, { action: 'upload', errors, values });
		const bytes = new Uint8Array(await (file as File).arrayBuffer());
		const run = await runCaseCommand('upload', values, () =>
			uploadCaseStoryImage(db, createFileStorage(config), { storyId: story.id, bytes, alt: parsed.data.alt, caption: parsed.data.caption, actorId: user.id })
		);
		return run.ok ? { action: 'upload', uploaded: true } : run.failure;
	},
	delete: async (event) => {
		const { db, config, story, user } = await loadEditorStory(event);
		const data = await event.request.formData();
		const imageId = String(data.get('imageId') ?? '');
		if (!/^[0-9a-f-]{36}$/i.test(imageId)) return fail(400, { action: 'delete', errors: { _form: m.case_image_unknown() }, values: {} });
		const run = await runCaseCommand('delete', {}, () => deleteCaseStoryImage(db, createFileStorage(config), { storyId: story.id, imageId, actorId: user.id }));
		return run.ok ? { action: 'delete', deleted: true } : run.failure;
	}
};
