import { runtime } from '$lib/server/runtime';
import { requireUser } from '$lib/server/auth/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { account: { name: user.name, email: user.email } };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const { auth, jobs } = await runtime();
		await auth.api.requestPasswordReset({ body: { email: user.email, redirectTo: '/passwort-neu' } });
		jobs?.poke();
		return { sent: true };
	}
};
