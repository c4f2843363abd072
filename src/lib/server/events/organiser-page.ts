import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '../auth/guard';
import { runtime } from '../runtime';
import type { FormValues } from '../forms';
import { toBerlinInput } from '../sessions/session-time';
import { EventNotFoundError, EventRefusedError, StaleEventError } from './errors';
import { loadOrganiserScope, ORGANISER_ROLES } from './organiser-scope';
import type { EventRow } from './load-event-for-change';

/** Every load and action of /app/veranstaltungen starts here: role check, then the organiser's scope. */
export async function loadOrganiser(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const user = requireRole(event, ...ORGANISER_ROLES);
	const { database, config, jobs } = await runtime();
	const scope = await loadOrganiserScope(database.db, user, event.locals.roles);
	return { db: database.db, user, scope, config, jobs };
}

export function eventRefusalMessage(code: EventRefusedError['code']): string {
	const texts = {
		municipality_not_allowed: m.event_refusal_municipality_not_allowed,
		transition_not_allowed: m.event_refusal_transition_not_allowed,
		not_editable: m.event_refusal_not_editable
	};
	return texts[code]();
}

/** Runs an organiser command for a form action: 404 for what is not theirs, a sentence for refusals, input kept. */
export async function runEventCommand<T>(action: string, values: FormValues, body: () => Promise<T>) {
	try {
		return { ok: true as const, result: await body() };
	} catch (err) {
		if (err instanceof EventNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleEventError) return { ok: false as const, failure: fail(409, { action, errors: { _form: m.event_stale() }, values }) };
		if (err instanceof EventRefusedError) return { ok: false as const, failure: fail(403, { action, errors: { _form: eventRefusalMessage(err.code) }, values }) };
		throw err;
	}
}

/** The form fields of a stored event (Berlin wall-clock strings), for the edit form. */
export function eventFormValues(e: EventRow): FormValues {
	const start = toBerlinInput(e.startsAt);
	const end = toBerlinInput(e.endsAt);
	return {
		title: e.title,
		description: e.description,
		startDate: start.date,
		startTime: start.time,
		endDate: end.date === start.date ? '' : end.date,
		endTime: end.time,
		place: e.place,
		onlineUrl: e.onlineUrl ?? '',
		municipalityAgs: e.municipalityAgs ?? '',
		topics: e.topics,
		organisationIds: e.organisationIds,
		capacity: e.capacity === null ? '' : String(e.capacity),
		caseStoryId: e.caseStoryId ?? ''
	};
}
