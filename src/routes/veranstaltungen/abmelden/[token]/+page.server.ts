import { error, fail } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { clientAddress } from '$lib/server/forms';
import { hitRateLimit, type RateLimitRule } from '$lib/server/security/rate-limit';
import { cancelRegistration, getRegistrationByToken } from '$lib/server/events/cancel-registration';
import type { Actions, PageServerLoad } from './$types';

/** Slows down somebody trying tokens; a person cancels once. */
const CANCEL_PER_IP: RateLimitRule = { name: 'event-cancel:ip', limit: 30, windowMs: 15 * 60_000 };

// GET only shows the question: mail scanners open links, and cancelling must be a person's click (POST).
export const load: PageServerLoad = async ({ params }) => {
	const { database } = await runtime();
	const registration = await getRegistrationByToken(database.db, params.token, getLocale());
	if (!registration) error(404, m.event_cancel_invalid_title());
	return { registration, seo: { title: m.event_cancel_title(), description: m.event_cancel_title() } };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const limit = await hitRateLimit(database.db, CANCEL_PER_IP, clientAddress(event));
		if (!limit.allowed) return fail(429, { rateLimited: m.event_rate_limited({ minutes: Math.ceil(limit.retryAfterSeconds / 60) }) });
		const outcome = await cancelRegistration(database.db, event.params.token, { origin: config.origin });
		if (outcome === 'not_found') error(404, m.event_cancel_invalid_title());
		jobs?.poke();
		return { outcome };
	}
};
