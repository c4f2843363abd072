import { redirect } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/'));

export const actions: Actions = {
	default: async (event) => {
		const { auth } = await runtime();
		if (event.locals.user) {
			await auth.api.signOut({ headers: event.request.headers }).catch(() => undefined);
		}
		redirect(303, localizeHref('/anmelden?abgemeldet'));
	}
};
