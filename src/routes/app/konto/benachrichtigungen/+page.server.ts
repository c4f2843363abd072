import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { getPreferences } from '$lib/server/notifications/get-preferences';
import { updatePreferences } from '$lib/server/notifications/update-preferences';
import { preferencesSchema } from '$lib/server/notifications/preferences-schema';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

/** Every signed-in person sets their own notifications; nobody else's can be reached from here. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { database } = await runtime();
	return { preferences: await getPreferences(database.db, user.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const { database } = await runtime();
		const parsed = parseForm(preferencesSchema, await event.request.formData(), {
			messages: { ntf_error_mode: m.ntf_error_mode, ntf_error_locale: m.ntf_error_locale }
		});
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await updatePreferences(database.db, { userId: user.id, ...parsed.data });
		return { saved: true };
	}
};
