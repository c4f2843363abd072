import { fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { getSettings } from '$lib/server/settings/settings-store';
import { feedbackSchema, submitAccessibilityFeedback } from '$lib/server/feedback/submit-feedback';
import { clientAddress, parseForm } from '$lib/server/forms';
import { hitRateLimit, RULES } from '$lib/server/security/rate-limit';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	return { settings: await getSettings(database.db) };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(feedbackSchema, data);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const limit = await hitRateLimit(database.db, RULES.feedbackPerIp, clientAddress(event));
		if (!limit.allowed) {
			const minutes = Math.ceil(limit.retryAfterSeconds / 60);
			return fail(429, { errors: { _form: m.form_rate_limited({ minutes }) }, values: parsed.data });
		}
		const { dueAt } = await submitAccessibilityFeedback(database.db, parsed.data);
		jobs?.poke();
		return { sent: true, dueDate: dueAt.toISOString().slice(0, 10) };
	}
};
