import { fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { clientAddress } from '$lib/server/forms';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import { entrySchema, ENTRY_ARRAY_FIELDS } from '$lib/server/directory/lifecycle/entry-schema';
import { entryFormValues, orgFieldErrors, parseOrgForm } from '$lib/server/directory/lifecycle/entry-form';
import { registerOrganisation } from '$lib/server/directory/lifecycle/register-organisation';
import { EntryReferenceError } from '$lib/server/directory/lifecycle/errors';
import { listEntryOptions } from '$lib/server/directory/lifecycle/list-entry-options';
import { CONSENT_TEXT_VERSIONS } from '$lib/server/directory/lifecycle/consents';
import { DIRECTORY_RATE_LIMITS, HONEYPOT_FIELD } from '$lib/server/directory/lifecycle/public-form-rules';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	return { options: await listEntryOptions(database.db, getLocale()), processingVersion: CONSENT_TEXT_VERSIONS.processing };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const data = await event.request.formData();
		// A filled honeypot is a bot: answer as if it worked, store nothing.
		const honeypot = data.get(HONEYPOT_FIELD);
		if (typeof honeypot === 'string' && honeypot.trim() !== '') return { registered: true };
		const parsed = parseOrgForm(entrySchema, data, ENTRY_ARRAY_FIELDS);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const limit = await hitRateLimit(database.db, DIRECTORY_RATE_LIMITS.registrationPerIp, clientAddress(event));
		if (!limit.allowed) {
			const minutes = Math.ceil(limit.retryAfterSeconds / 60);
			return fail(429, { errors: { _form: m.form_rate_limited({ minutes }) }, values: entryFormValues(data, ENTRY_ARRAY_FIELDS) });
		}
		try {
			await registerOrganisation(database.db, parsed.data, { origin: config.origin });
		} catch (err) {
			if (err instanceof EntryReferenceError) {
				return fail(400, { errors: orgFieldErrors(err.codes), values: entryFormValues(data, ENTRY_ARRAY_FIELDS) });
			}
			throw err;
		}
		jobs?.poke();
		return { registered: true };
	}
};
