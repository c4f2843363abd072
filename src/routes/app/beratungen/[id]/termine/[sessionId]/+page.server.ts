import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { CLOSED_STATES } from '$lib/server/consultations/lifecycle';
import { formValues, parseForm } from '$lib/server/forms';
import { runtime } from '$lib/server/runtime';
import { cancelSession } from '$lib/server/sessions/cancel-session';
import { getSession, listOrganisationOptions } from '$lib/server/sessions/list-sessions';
import { runSessionCommand } from '$lib/server/sessions/session-action-errors';
import { SESSION_FIELD_MESSAGES, sessionFormSchema } from '$lib/server/sessions/session-form';
import { canManageSessions } from '$lib/server/sessions/session-rules';
import { toBerlinInput } from '$lib/server/sessions/session-time';
import { updateSession } from '$lib/server/sessions/update-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, access } = await loadConsultationPage(event);
	const found = await getSession(db, access, event.params.sessionId);
	if (!found) error(404, m.error_404_text());
	const { session } = found;
	const canEdit = canManageSessions(access) && !CLOSED_STATES.includes(access.consultation.state) && !session.cancelledAt;
	const { date, time } = toBerlinInput(session.startsAt);
	return {
		header: await consultationHeader(access, db),
		session,
		organisationNames: found.organisations.map((o) => o.name),
		canEdit,
		// The edit form starts with the stored values, the date and time as Berlin wall clock.
		formValues: canEdit
			? {
					title: session.title,
					format: session.format,
					date,
					time,
					durationMinutes: String(session.durationMinutes),
					place: session.place,
					onlineUrl: session.onlineUrl ?? '',
					agenda: session.agenda,
					participantCount: session.participantCount === null ? '' : String(session.participantCount),
					organisationIds: session.organisationIds,
					organisationsText: session.organisationsText,
					notesShared: session.notesShared,
					notesInternal: session.notesInternal
				}
			: null,
		organisations: canEdit ? await listOrganisationOptions(db, access.consultation, session.organisationIds) : []
	};
};

const versionSchema = z.string().regex(/^\d{1,9}$/).transform(Number);

export const actions: Actions = {
	update: async (event) => {
		const { db, user, roles, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const version = versionSchema.safeParse(data.get('version'));
		if (!version.success) return fail(400, { action: 'update', errors: { _form: m.ses_stale_version() }, values: formValues(data) });
		const parsed = parseForm(sessionFormSchema({ now: new Date(), isNew: false }), data, { arrays: ['organisationIds'], messages: SESSION_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'update', errors: parsed.errors, values: parsed.values });
		// A stale save keeps what was typed, so that it can be compared and saved again.
		const run = await runSessionCommand('update', formValues(data), () =>
			updateSession(db, { consultationId: event.params.id, sessionId: event.params.sessionId, version: version.data, input: parsed.data, user, roles }, { origin: config.origin })
		);
		if (!run.ok) return run.failure;
		(await runtime()).jobs?.poke();
		return { action: 'update', done: 'saved' as const };
	},
	cancel: async (event) => {
		const { db, user, roles, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const version = versionSchema.safeParse(data.get('version'));
		if (!version.success) return fail(400, { action: 'cancel', errors: { _form: m.ses_stale_version() }, values: {} });
		const run = await runSessionCommand('cancel', {}, () =>
			cancelSession(db, { consultationId: event.params.id, sessionId: event.params.sessionId, version: version.data, user, roles }, { origin: config.origin })
		);
		if (!run.ok) return run.failure;
		(await runtime()).jobs?.poke();
		return { action: 'cancel', done: 'cancelled' as const };
	}
};
