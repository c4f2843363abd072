import { error, fail } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { clientAddress, parseForm } from '$lib/server/forms';
import { hitRateLimit, type RateLimitRule } from '$lib/server/security/rate-limit';
import { listTopics } from '$lib/server/directory/list-topics';
import { getPublicEvent } from '$lib/server/events/public-events';
import { registerForEvent } from '$lib/server/events/register-for-event';
import { EVENT_FIELD_MESSAGES, registrationSchema } from '$lib/server/events/event-form';
import { EventNotFoundError, RegistrationClosedError } from '$lib/server/events/errors';
import type { Actions, PageServerLoad } from './$types';

/** Enough for a family or a club registering its members one by one; it stops flooding and mail bombing. */
const REGISTER_PER_IP: RateLimitRule = { name: 'event-registration:ip', limit: 30, windowMs: 15 * 60_000 };

export const load: PageServerLoad = async ({ params }) => {
	const { database } = await runtime();
	const [ev, topics] = await Promise.all([getPublicEvent(database.db, params.slug, getLocale()), listTopics(database.db)]);
	if (!ev) error(404, m.error_404_text());
	return { event: ev, topics, seo: { title: ev.title, description: ev.summary || m.event_public_lead() } };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const data = await event.request.formData();
		const limit = await hitRateLimit(database.db, REGISTER_PER_IP, clientAddress(event));
		if (!limit.allowed) {
			return fail(429, { errors: { _form: m.event_rate_limited({ minutes: Math.ceil(limit.retryAfterSeconds / 60) }) }, values: { name: String(data.get('name') ?? ''), email: String(data.get('email') ?? '') } });
		}
		const parsed = parseForm(registrationSchema, data, { messages: EVENT_FIELD_MESSAGES });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			const outcome = await registerForEvent(database.db, { slug: event.params.slug, input: parsed.data, locale: getLocale() }, { origin: config.origin });
			jobs?.poke();
			return { registered: outcome };
		} catch (err) {
			if (err instanceof EventNotFoundError) error(404, m.error_404_text());
			if (err instanceof RegistrationClosedError) return fail(409, { errors: { _form: m.event_registration_closed() }, values: parsed.data });
			throw err;
		}
	}
};
