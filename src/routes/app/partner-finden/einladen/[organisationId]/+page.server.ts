import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { getInvitationTarget } from '$lib/server/directory/invitations/get-invitation-target';
import { inviteOrganisation } from '$lib/server/directory/invitations/invite-organisation';
import { invitationFieldErrors, inviteSchema } from '$lib/server/directory/invitations/invitation-forms';
import { InvitationNotFoundError, InvitationRefusedError } from '$lib/server/directory/invitations/errors';
import { localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLES = ['coordinator', 'admin', 'municipality'] as const;

export const load: PageServerLoad = async (event) => {
	requireRole(event, ...ROLES);
	if (!UUID.test(event.params.organisationId)) error(404, m.error_404_text());
	const { database } = await runtime();
	const target = await getInvitationTarget(database.db, event.params.organisationId);
	if (!target) error(404, m.error_404_text());
	return { target };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireRole(event, ...ROLES);
		if (!UUID.test(event.params.organisationId)) error(404, m.error_404_text());
		const { database, jobs, config } = await runtime();
		const parsed = parseForm(inviteSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: invitationFieldErrors(parsed.errors), values: parsed.values });
		let sent;
		try {
			sent = await inviteOrganisation(
				database.db,
				{
					organisationId: event.params.organisationId,
					context: { type: 'occasion' },
					title: parsed.data.title,
					occasionDate: parsed.data.date,
					message: parsed.data.message,
					inviterId: actor.id
				},
				{ origin: config.origin }
			);
		} catch (err) {
			if (err instanceof InvitationNotFoundError) error(404, m.error_404_text());
			if (err instanceof InvitationRefusedError) return fail(409, { refused: err.reason, values: {} });
			throw err;
		}
		jobs?.poke();
		redirect(303, localizeHref(`/app/einladungen?gesendet=${sent.id}`));
	}
};
