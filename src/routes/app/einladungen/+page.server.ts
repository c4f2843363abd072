import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { listInvitations } from '$lib/server/directory/invitations/list-invitations';
import { withdrawInvitation } from '$lib/server/directory/invitations/withdraw-invitation';
import { InvitationClosedError, InvitationNotFoundError } from '$lib/server/directory/invitations/errors';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const ROLES = ['coordinator', 'admin', 'municipality'] as const;

/** "Meine Einladungen": the invitations sent by the person (coordinators and admins: all). */
export const load: PageServerLoad = async (event) => {
	const viewer = requireRole(event, ...ROLES);
	const { database } = await runtime();
	const result = await listInvitations(database.db, { id: viewer.id, roles: event.locals.roles });
	// After sending, the invite form redirects here; the success message names the organisation of that invitation.
	const sentId = event.url.searchParams.get('gesendet');
	const sent = sentId ? (result.invitations.find((i) => i.id === sentId)?.organisationName ?? null) : null;
	return { ...result, sent };
};

const withdrawSchema = z.object({ id: z.uuid() });

export const actions: Actions = {
	withdraw: async (event) => {
		const actor = requireRole(event, ...ROLES);
		const parsed = parseForm(withdrawSchema, await event.request.formData());
		if (!parsed.ok) error(404, m.error_404_text());
		const { database } = await runtime();
		try {
			await withdrawInvitation(database.db, parsed.data.id, { id: actor.id, roles: event.locals.roles });
		} catch (err) {
			if (err instanceof InvitationNotFoundError) error(404, m.error_404_text());
			if (err instanceof InvitationClosedError) return fail(409, { notOpen: true });
			throw err;
		}
		return { withdrawn: true };
	}
};
