import { error, fail } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '../auth/guard';
import type { FormValues } from '../forms';
import { runtime } from '../runtime';
import { CaseImageFileError, CaseStoryNotFoundError, PublishRefusedError, SlugTakenError, StaleCaseStoryError, TransitionNotAllowedError, type ImageProblem } from './errors';
import { getCaseStory } from './get-case-story';
import { blockerMessage } from './labels';

/** Every editor load and action starts here: coordinators and admins only; unknown stories answer 404. */
export async function loadEditorStory(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = requireRole(event, 'coordinator', 'admin');
	const rt = await runtime();
	try {
		const view = await getCaseStory(rt.database.db, (event.params as { id?: string }).id ?? '');
		return { user, db: rt.database.db, config: rt.config, ...view };
	} catch (err) {
		if (err instanceof CaseStoryNotFoundError) error(404, m.error_404_text());
		throw err;
	}
}

const IMAGE_PROBLEMS: Record<ImageProblem, () => string> = {
	empty: m.case_image_empty,
	too_large: m.case_image_too_large,
	type_not_allowed: m.case_image_type,
	image_unreadable: m.case_image_unreadable,
	image_too_large: m.case_image_pixels
};

/**
 * Runs an editor command for a form action: unknown → 404; stale version, taken slug, refused publication and bad
 * image files → 4xx with a sentence at the form or the field, keeping what was typed.
 */
export async function runCaseCommand<T>(action: string, values: FormValues, body: () => Promise<T>) {
	try {
		return { ok: true as const, result: await body() };
	} catch (err) {
		const failWith = (status: number, errors: Record<string, string>, extra: Record<string, unknown> = {}) => ({ ok: false as const, failure: fail(status, { action, errors, values, ...extra }) });
		if (err instanceof CaseStoryNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleCaseStoryError) return failWith(409, { _form: m.case_error_stale() });
		if (err instanceof SlugTakenError) return failWith(409, { slug: m.case_error_slug_taken({ slug: err.slug }) });
		if (err instanceof TransitionNotAllowedError) return failWith(409, { _form: m.case_error_transition() });
		if (err instanceof PublishRefusedError) return failWith(409, { _form: m.case_publish_refused() }, { blockers: err.blockers.map(blockerMessage) });
		if (err instanceof CaseImageFileError) return failWith(400, { file: IMAGE_PROBLEMS[err.problem]() });
		throw err;
	}
}
