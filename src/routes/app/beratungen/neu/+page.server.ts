import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { listEntryOptions } from '$lib/server/directory/lifecycle/list-entry-options';
import { createConsultation } from '$lib/server/consultations/create-consultation';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator');
	const { database } = await runtime();
	const { municipalities } = await listEntryOptions(database.db, getLocale());
	return { municipalities };
};

const schema = z.object({
	municipalityAgs: z.string().regex(/^\d{8}$/, 'text_required'),
	contactName: z.string().trim().min(1, 'name_required').max(200, 'name_too_long'),
	contactFunction: z.string().trim().max(200).default(''),
	contactEmail: z.string().trim().min(1, 'email_required').email('email_invalid').max(254, 'email_invalid'),
	contactPhone: z.string().trim().max(50).transform((v) => v || null),
	concern: z.string().trim().min(1, 'text_required').max(5000, 'text_too_long')
});

export const actions: Actions = {
	default: async (event) => {
		const actor = requireRole(event, 'coordinator');
		const { database } = await runtime();
		const parsed = parseForm(schema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const row = await createConsultation(database.db, parsed.data, actor.id);
		redirect(303, localizeHref(`/app/beratungen/${row.id}`));
	}
};
