import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getUserWithRoles } from '$lib/server/users/list-users';
import { rolesField } from '$lib/server/users/user-input';
import { SelfLockoutError, setUserActive, setUserRoles } from '$lib/server/users/update-user';
import { parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

async function loadTarget(id: string) {
	const { database } = await runtime();
	if (id.length > 100) error(404, m.error_404_text());
	const target = await getUserWithRoles(database.db, id);
	if (!target) error(404, m.error_404_text());
	return target;
}

export const load: PageServerLoad = async (event) => {
	const admin = requireRole(event, 'admin');
	const target = await loadTarget(event.params.id);
	return { target, isSelf: target.id === admin.id };
};

const rolesSchema = z.object({ roles: rolesField });

export const actions: Actions = {
	roles: async (event) => {
		const admin = requireRole(event, 'admin');
		const target = await loadTarget(event.params.id);
		const { database } = await runtime();
		const parsed = parseForm(rolesSchema, await event.request.formData(), { arrays: ['roles'] });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			await setUserRoles(database.db, target.id, parsed.data.roles, admin.id);
		} catch (err) {
			if (err instanceof SelfLockoutError) return fail(400, { errors: { _form: m.user_self_lockout() }, values: {} });
			throw err;
		}
		return { saved: 'roles' };
	},
	deactivate: async (event) => {
		const admin = requireRole(event, 'admin');
		const target = await loadTarget(event.params.id);
		const { database } = await runtime();
		try {
			await setUserActive(database.db, target.id, false, admin.id);
		} catch (err) {
			if (err instanceof SelfLockoutError) return fail(400, { errors: { _form: m.user_self_lockout() }, values: {} });
			throw err;
		}
		return { saved: 'deactivated' };
	},
	reactivate: async (event) => {
		const admin = requireRole(event, 'admin');
		const target = await loadTarget(event.params.id);
		const { database } = await runtime();
		await setUserActive(database.db, target.id, true, admin.id);
		return { saved: 'reactivated' };
	},
	invite: async (event) => {
		requireRole(event, 'admin');
		const target = await loadTarget(event.params.id);
		const { auth, jobs } = await runtime();
		await auth.api.requestPasswordReset({ body: { email: target.email, redirectTo: '/passwort-neu' } });
		jobs?.poke();
		return { saved: 'invited' };
	}
};
