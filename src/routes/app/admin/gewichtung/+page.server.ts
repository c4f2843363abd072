import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { advisorWeightsFormSchema, getAdvisorWeights, saveAdvisorWeights, StaleWeightsError, WEIGHT_FORM_MESSAGES } from '$lib/server/matching/advisor-weights';
import { ADVISOR_FACTOR_KEYS, DEFAULT_ADVISOR_WEIGHTS } from '$lib/server/matching/default-weights';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	const { weights, stamp } = await getAdvisorWeights(database.db);
	return { keys: ADVISOR_FACTOR_KEYS, weights, defaults: DEFAULT_ADVISOR_WEIGHTS, stamp };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const { database } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(advisorWeightsFormSchema, data, { messages: WEIGHT_FORM_MESSAGES });
		if (!parsed.ok) {
			// A broken stamp means the form is not ours any more: the same answer as a stale save.
			const { stamp, ...errors } = parsed.errors;
			return fail(400, { errors: stamp ? { ...errors, _form: m.match_error_weights_stale() } : errors, values: parsed.values });
		}
		const { stamp, ...weights } = parsed.data;
		try {
			await saveAdvisorWeights(database.db, { weights, stamp, actorId: admin.id });
		} catch (err) {
			if (err instanceof StaleWeightsError) {
				// The typed values stay; the new stamp lets the admin save them over the other change after checking.
				const current = await getAdvisorWeights(database.db);
				return fail(409, { errors: { _form: m.match_error_weights_stale() }, values: formValues(data, ['stamp']), stamp: current.stamp });
			}
			throw err;
		}
		return { saved: true };
	}
};
