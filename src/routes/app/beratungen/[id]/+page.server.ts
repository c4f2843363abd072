import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { isConsultationId, loadConsultationForUser } from '$lib/server/consultations/access';
import { getConsultationView } from '$lib/server/consultations/get-consultation-view';
import { listConsultationOptions } from '$lib/server/consultations/list-consultation-options';
import { transitionConsultation } from '$lib/server/consultations/transition-consultation';
import { postMessage } from '$lib/server/consultations/post-message';
import { updateConsultationDetails } from '$lib/server/consultations/update-consultation-details';
import { assignAdvisor } from '$lib/server/consultations/assign-advisor';
import { answerAssignment } from '$lib/server/consultations/answer-assignment';
import { AssignmentError, ConsultationNotFoundError, StaleConsultationError, TransitionRefusedError } from '$lib/server/consultations/errors';
import { refusalStatus, TRANSITIONS } from '$lib/server/consultations/lifecycle';
import { detailsSchema, refusalMessage } from '$lib/server/consultations/consultation-forms';
import { languageOptions } from '$lib/reference/languages';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const ROLES = ['coordinator', 'admin', 'advisor', 'municipality'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...ROLES);
	const { database } = await runtime();
	const access = await loadConsultationForUser(database.db, event.params.id, user, event.locals.roles);
	if (!access) error(404, m.error_404_text());
	const view = await getConsultationView(database.db, access, getLocale());
	const options = view.isCoordinator ? await listConsultationOptions(database.db, getLocale()) : null;
	return { ...view, options, languages: view.isCoordinator ? languageOptions(getLocale()) : [] };
};

/** The answers every action shares: 404 for what is not theirs, 409/403 with a sentence for refusals. */
async function run(action: string, body: () => Promise<unknown>, values: Record<string, string | string[]> = {}) {
	try {
		await body();
	} catch (err) {
		if (err instanceof ConsultationNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleConsultationError) return fail(409, { action, errors: { _form: m.cons_stale_version() }, values });
		if (err instanceof TransitionRefusedError) return fail(refusalStatus(err.refusal), { action, errors: { _form: refusalMessage(err.refusal) }, values });
		if (err instanceof AssignmentError) {
			const text = { already_assigned: m.cons_assign_already, not_an_advisor: m.cons_error_advisor_required, no_open_request: m.cons_answer_not_open, reason_required: m.cons_refusal_reason_required };
			return fail(409, { action, errors: { [err.code === 'reason_required' ? 'reason' : '_form']: text[err.code]() }, values });
		}
		throw err;
	}
	(await runtime()).jobs?.poke();
	return null;
}

const version = z.string().regex(/^\d{1,9}$/).transform(Number);

async function guard(event: RequestEvent<{ id: string }>, ...roles: (typeof ROLES)[number][]) {
	const user = requireRole(event, ...(roles.length ? roles : ROLES));
	if (!isConsultationId(event.params.id)) error(404, m.error_404_text());
	const { database, config, auth } = await runtime();
	return { user, roles: event.locals.roles, db: database.db, origin: config.origin, auth, data: await event.request.formData() };
}

export const actions: Actions = {
	transition: async (event) => {
		const { user, roles, db, data, origin, auth } = await guard(event);
		const parsed = z
			.object({ version, transition: z.enum(TRANSITIONS), reason: z.string().trim().max(2000).optional() })
			.safeParse(Object.fromEntries(data));
		if (!parsed.success) return fail(400, { action: 'transition', errors: { _form: m.cons_stale_version() } });
		const { transition, reason } = parsed.data;
		const values = { transition, reason: reason ?? '' };
		const refused = await run('transition', () => transitionConsultation(db, { id: event.params.id, version: parsed.data.version, transition, reason, user, roles }, { origin, auth }), values);
		return refused ?? { done: 'transition' as const, transition };
	},
	message: async (event) => {
		const { user, roles, db, data, origin } = await guard(event);
		const parsed = parseForm(z.object({ body: z.string().trim().min(1, 'text_required').max(5000, 'text_too_long'), visibility: z.enum(['all', 'internal']).default('all') }), data);
		if (!parsed.ok) return fail(400, { action: 'message', errors: parsed.errors, values: parsed.values });
		return (await run('message', () => postMessage(db, { id: event.params.id, ...parsed.data, user, roles }, { origin }), parsed.data)) ?? { done: 'message' as const };
	},
	edit: async (event) => {
		const { user, db, data } = await guard(event, 'coordinator');
		const parsed = parseForm(detailsSchema.extend({ version }), data, { arrays: ['topics', 'sdgs', 'targetLanguages'] });
		if (!parsed.ok) return fail(400, { action: 'edit', errors: parsed.errors, values: parsed.values });
		const { version: v, ...details } = parsed.data;
		// A stale save keeps what was typed, so the coordinator can compare and save again.
		const refused = await run('edit', () => updateConsultationDetails(db, { id: event.params.id, version: v, details, actorId: user.id }), formValues(data));
		return refused ?? { done: 'edit' as const };
	},
	assign: async (event) => {
		const { user, db, data, origin } = await guard(event, 'coordinator');
		const parsed = parseForm(z.object({ advisorId: z.string().min(1, 'advisor_required').max(64), message: z.string().trim().max(2000, 'text_too_long').default('') }), data);
		if (!parsed.ok) return fail(400, { action: 'assign', errors: { advisorId: m.cons_error_advisor_required() }, values: parsed.values });
		return (await run('assign', () => assignAdvisor(db, { id: event.params.id, ...parsed.data, actorId: user.id }, { origin }), parsed.data)) ?? { done: 'assign' as const };
	},
	answer: async (event) => {
		const { user, db, data, origin, roles } = await guard(event, 'advisor');
		const access = await loadConsultationForUser(db, event.params.id, user, roles);
		if (!access) error(404, m.error_404_text());
		const accept = data.get('answer') === 'accept';
		const reason = String(data.get('reason') ?? '').slice(0, 2000);
		const refused = await run('answer', () => answerAssignment(db, { id: event.params.id, advisorId: user.id, accept, reason }, { origin }), { reason });
		return refused ?? { done: accept ? ('accepted' as const) : ('declined' as const) };
	}
};
