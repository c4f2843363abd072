import { fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { confirmOrganisationEmail } from '$lib/server/directory/lifecycle/confirm-organisation-email';
import { InvalidTokenError } from '$lib/server/directory/lifecycle/errors';
import { isTokenShape } from '$lib/server/directory/lifecycle/tokens';
import type { Actions, PageServerLoad } from './$types';

// The link only shows a button: confirming on GET would let mail scanners that open links confirm for people.
export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	return { token: isTokenShape(token) ? token : null };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const token = (await event.request.formData()).get('token');
		try {
			await confirmOrganisationEmail(database.db, token, { origin: config.origin });
		} catch (err) {
			if (err instanceof InvalidTokenError) return fail(400, { invalid: true });
			throw err;
		}
		jobs?.poke();
		return { confirmed: true };
	}
};
