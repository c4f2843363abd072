import { fail } from '@sveltejs/kit';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { CLOSED_STATES } from '$lib/server/consultations/lifecycle';
import { formValues, parseForm } from '$lib/server/forms';
import { runtime } from '$lib/server/runtime';
import { createSession } from '$lib/server/sessions/create-session';
import { listOrganisationOptions, listSessions } from '$lib/server/sessions/list-sessions';
import { runSessionCommand } from '$lib/server/sessions/session-action-errors';
import { SESSION_FIELD_MESSAGES, sessionFormSchema } from '$lib/server/sessions/session-form';
import { canManageSessions } from '$lib/server/sessions/session-rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, access } = await loadConsultationPage(event);
	const { upcoming, past } = await listSessions(db, access, new Date());
	const canManage = canManageSessions(access) && !CLOSED_STATES.includes(access.consultation.state);
	return {
		header: await consultationHeader(access, db),
		upcoming,
		past,
		canManage,
		organisations: canManage ? await listOrganisationOptions(db, access.consultation) : []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { db, user, roles, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const parsed = parseForm(sessionFormSchema({ now: new Date(), isNew: true }), data, { arrays: ['organisationIds'], messages: SESSION_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'create', errors: parsed.errors, values: parsed.values });
		const run = await runSessionCommand('create', formValues(data), () =>
			createSession(db, { consultationId: event.params.id, input: parsed.data, user, roles }, { origin: config.origin })
		);
		if (!run.ok) return run.failure;
		(await runtime()).jobs?.poke();
		return { action: 'create', created: { id: run.result.id, title: run.result.title } };
	}
};
