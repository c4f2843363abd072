import { error, fail } from '@sveltejs/kit';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { ConsultationNotFoundError, StaleConsultationError } from '$lib/server/consultations/errors';
import { formValues, parseForm } from '$lib/server/forms';
import { advisorEvaluationSchema, EVALUATION_MESSAGES, municipalityEvaluationSchema, parseVersion, waiverSchema } from '$lib/server/evaluations/evaluation-forms';
import { EvaluationRefusedError, StaleEvaluationError } from '$lib/server/evaluations/errors';
import { getEvaluationPage } from '$lib/server/evaluations/get-evaluation-page';
import { submitMunicipalityEvaluation } from '$lib/server/evaluations/submit-municipality-evaluation';
import { submitAdvisorEvaluation } from '$lib/server/evaluations/submit-advisor-evaluation';
import { recordEvaluationWaiver } from '$lib/server/evaluations/record-evaluation-waiver';
import { runtime } from '$lib/server/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { access, db } = await loadConsultationPage(event);
	const [header, page] = await Promise.all([consultationHeader(access, db), getEvaluationPage(db, access)]);
	return { header, ...page };
};

type Action = 'municipality' | 'advisor' | 'waiver';

/** Refusals become a sentence above the form (403/409), a stale save 409; the typed input is kept in all cases. */
async function run(action: Action, data: FormData, body: () => Promise<unknown>) {
	const values = formValues(data);
	try {
		await body();
	} catch (err) {
		if (err instanceof ConsultationNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleEvaluationError || err instanceof StaleConsultationError) {
			return fail(409, { action, errors: { _form: m.eval_error_stale() }, values });
		}
		if (err instanceof EvaluationRefusedError) {
			const text = { role_not_allowed: m.eval_error_role, not_open: m.eval_error_not_open, reason_required: m.eval_error_reason_required };
			return fail(err.status, { action, errors: { [err.code === 'reason_required' ? 'reason' : '_form']: text[err.code]() }, values });
		}
		throw err;
	}
	(await runtime()).jobs?.poke();
	return { done: action };
}

const badVersion = (action: Action, data: FormData) => fail(400, { action, errors: { _form: m.eval_error_stale() }, values: formValues(data) });

export const actions: Actions = {
	municipality: async (event) => {
		const { user, roles, db, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const version = parseVersion(data.get('version'));
		if (version === null) return badVersion('municipality', data);
		const parsed = parseForm(municipalityEvaluationSchema, data, { messages: EVALUATION_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'municipality' as const, errors: parsed.errors, values: parsed.values });
		return run('municipality', data, () =>
			submitMunicipalityEvaluation(db, { consultationId: event.params.id, version, answers: parsed.data, user, roles }, { origin: config.origin })
		);
	},
	advisor: async (event) => {
		const { user, roles, db, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const version = parseVersion(data.get('version'));
		if (version === null) return badVersion('advisor', data);
		const parsed = parseForm(advisorEvaluationSchema, data, { messages: EVALUATION_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'advisor' as const, errors: parsed.errors, values: parsed.values });
		return run('advisor', data, () =>
			submitAdvisorEvaluation(db, { consultationId: event.params.id, version, answers: parsed.data, user, roles }, { origin: config.origin })
		);
	},
	waiver: async (event) => {
		const { user, roles, db } = await loadConsultationPage(event, ['coordinator']);
		const data = await event.request.formData();
		const version = parseVersion(data.get('version'));
		if (version === null) return badVersion('waiver', data);
		const parsed = parseForm(waiverSchema, data, { messages: EVALUATION_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'waiver' as const, errors: parsed.errors, values: parsed.values });
		return run('waiver', data, () => recordEvaluationWaiver(db, { consultationId: event.params.id, version, reason: parsed.data.reason, user, roles }));
	}
};
