import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { listUsers } from '$lib/server/users/list-users';
import { inviteUserSchema } from '$lib/server/users/user-input';
import { createInvitedUser, EmailTakenError } from '$lib/server/users/invite-user';
import { pageParam, parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	const query = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const page = pageParam(event.url);
	const { rows, total } = await listUsers(database.db, { page, pageSize: PAGE_SIZE, query: query || undefined });
	return { users: rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), query };
};

export const actions: Actions = {
	invite: async (event) => {
		const admin = requireRole(event, 'admin');
		const { database, auth, jobs } = await runtime();
		const parsed = parseForm(inviteUserSchema, await event.request.formData(), { arrays: ['roles'] });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			await createInvitedUser(database.db, parsed.data, admin.id);
		} catch (err) {
			if (err instanceof EmailTakenError) {
				return fail(400, { errors: { email: m.users_email_taken() }, values: parsed.data });
			}
			throw err;
		}
		// The invitation is a set-password link; sent after the account is committed.
		await auth.api.requestPasswordReset({ body: { email: parsed.data.email, redirectTo: '/passwort-neu' } });
		jobs?.poke();
		return { invited: parsed.data.email };
	}
};
