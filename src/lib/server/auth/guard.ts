import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { hasAnyRole, type Role } from '$lib/roles';

/** Every load, action and endpoint of the back office starts with one of these. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, localizeHref(`/anmelden?redirectTo=${encodeURIComponent(back)}`));
	}
	return user;
}

export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, ...roles: Role[]) {
	const user = requireUser(event);
	if (!hasAnyRole(event.locals.roles, roles)) error(403, m.error_403_text());
	return user;
}
