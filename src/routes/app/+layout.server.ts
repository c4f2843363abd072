import { requireUser } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

/** The whole back office needs a signed-in, active account; each page checks its roles itself. */
export const load: LayoutServerLoad = (event) => {
	const user = requireUser(event);
	return { user: { name: user.name, email: user.email }, roles: event.locals.roles };
};
