import { fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { newPasswordSchema } from '$lib/server/auth/auth-forms';
import { parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const { auth } = await runtime();
		const parsed = parseForm(newPasswordSchema, await event.request.formData(), { omit: ['password', 'confirm'] });
		if (!parsed.ok) {
			if (parsed.errors.token) return fail(400, { errors: { _form: m.reset_invalid() }, values: {} });
			return fail(400, { errors: parsed.errors, values: parsed.values });
		}
		try {
			await auth.api.resetPassword({ body: { newPassword: parsed.data.password, token: parsed.data.token } });
		} catch {
			return fail(400, { errors: { _form: m.reset_invalid() }, values: {} });
		}
		return { done: true };
	}
};
