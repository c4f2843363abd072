import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { runtime } from '$lib/server/runtime';
import { clientAddress, parseForm } from '$lib/server/forms';
import { hitRateLimits } from '$lib/server/security/rate-limit';
import { requestEditLink } from '$lib/server/directory/lifecycle/request-edit-link';
import { DIRECTORY_RATE_LIMITS } from '$lib/server/directory/lifecycle/public-form-rules';
import { m } from '$lib/paraglide/messages.js';
import type { Actions } from './$types';

const requestSchema = z.object({
	email: z.string().trim().min(1, { error: 'email_required' }).max(254, { error: 'email_invalid' }).pipe(z.email({ error: 'email_invalid' }))
});

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const parsed = parseForm(requestSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const limit = await hitRateLimits(database.db, [
			[DIRECTORY_RATE_LIMITS.editLinkPerIp, clientAddress(event)],
			[DIRECTORY_RATE_LIMITS.editLinkPerAddress, parsed.data.email]
		]);
		if (!limit.allowed) {
			const minutes = Math.ceil(limit.retryAfterSeconds / 60);
			return fail(429, { errors: { _form: m.form_rate_limited({ minutes }) }, values: parsed.data });
		}
		// The same answer whether or not an entry belongs to the address (no enumeration).
		await requestEditLink(database.db, parsed.data.email, { origin: config.origin });
		jobs?.poke();
		return { sent: true };
	}
};
