import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getOrganisationReview } from '$lib/server/directory/lifecycle/get-organisation-review';
import { reviewOrganisation, type ReviewAction } from '$lib/server/directory/lifecycle/review-organisation';
import { InvalidTransitionError, OrganisationNotFoundError, StaleVersionError } from '$lib/server/directory/lifecycle/errors';
import { orgFieldErrors } from '$lib/server/directory/lifecycle/entry-form';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	if (!UUID.test(event.params.id)) error(404, m.error_404_text());
	const { database } = await runtime();
	const review = await getOrganisationReview(database.db, event.params.id);
	if (!review) error(404, m.error_404_text());
	return review;
};

const versionField = z.string().regex(/^\d{1,9}$/).transform(Number);
const schemas = {
	verify: z.object({ version: versionField }),
	hide: z.object({ version: versionField }),
	republish: z.object({ version: versionField }),
	reject: z.object({ version: versionField, reason: z.string().trim().min(1).max(2000) })
};

/** Every decision: role check, form check, one domain call, and the same answers for the same problems. */
function decide(action: ReviewAction) {
	return async (event: RequestEvent<{ id: string }>) => {
		const actor = requireRole(event, 'coordinator', 'admin');
		if (!UUID.test(event.params.id)) error(404, m.error_404_text());
		const { database, jobs, config } = await runtime();
		const data = Object.fromEntries(await event.request.formData());
		const parsed = schemas[action].safeParse(data);
		if (!parsed.success) {
			const field: Record<string, string> = parsed.error.issues.some((i) => i.path[0] === 'reason')
				? { reason: 'orgs_error_reason_required' }
				: { _form: 'orgs_stale_version' };
			return fail(400, { action, errors: orgFieldErrors(field), values: { reason: String(data.reason ?? '') } });
		}
		try {
			await reviewOrganisation(
				database.db,
				{ id: event.params.id, version: parsed.data.version, action, reason: 'reason' in parsed.data ? String(parsed.data.reason) : undefined, actorId: actor.id },
				{ origin: config.origin }
			);
		} catch (err) {
			if (err instanceof OrganisationNotFoundError) error(404, m.error_404_text());
			if (err instanceof StaleVersionError) return fail(409, { action, errors: { _form: m.orgs_stale_version() }, values: {} });
			if (err instanceof InvalidTransitionError) return fail(409, { action, errors: { _form: m.orgs_invalid_transition() }, values: {} });
			throw err;
		}
		jobs?.poke();
		return { done: action };
	};
}

export const actions: Actions = {
	verify: decide('verify'),
	reject: decide('reject'),
	hide: decide('hide'),
	republish: decide('republish')
};
