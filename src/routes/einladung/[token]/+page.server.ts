import { error, fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { clientAddress, parseForm } from '$lib/server/forms';
import { hitRateLimit, type RateLimitRule } from '$lib/server/security/rate-limit';
import { getInvitationForAnswer } from '$lib/server/directory/invitations/get-invitation-for-answer';
import { answerInvitation } from '$lib/server/directory/invitations/answer-invitation';
import { answerSchema, invitationFieldErrors } from '$lib/server/directory/invitations/invitation-forms';
import { InvalidInvitationTokenError, InvitationClosedError } from '$lib/server/directory/invitations/errors';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

/** Answers are rare; this only slows down somebody trying tokens or flooding an inviter with mails. */
const ANSWER_PER_IP: RateLimitRule = { name: 'invitation-answer:ip', limit: 20, windowMs: 15 * 60_000 };

// GET only shows the invitation: mail scanners open links, and an answer must be a person's click (POST).
export const load: PageServerLoad = async (event) => {
	const { database } = await runtime();
	const invitation = await getInvitationForAnswer(database.db, event.params.token);
	if (!invitation) error(404, m.inv_invalid_title());
	const wanted = event.url.searchParams.get('antwort');
	return { invitation, preselected: wanted === 'absagen' ? 'declined' : wanted === 'zusagen' ? 'accepted' : null };
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const limit = await hitRateLimit(database.db, ANSWER_PER_IP, clientAddress(event));
		if (!limit.allowed) {
			return fail(429, { errors: { _form: m.form_rate_limited({ minutes: Math.ceil(limit.retryAfterSeconds / 60) }) }, values: {} });
		}
		const parsed = parseForm(answerSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: invitationFieldErrors(parsed.errors), values: parsed.values });
		try {
			const answered = await answerInvitation(database.db, event.params.token, parsed.data, { origin: config.origin });
			jobs?.poke();
			return { answered: answered.status };
		} catch (err) {
			if (err instanceof InvalidInvitationTokenError) error(404, m.inv_invalid_title());
			// Answered or withdrawn meanwhile: the page, loaded again, says which.
			if (err instanceof InvitationClosedError) return fail(409, { closed: err.status });
			throw err;
		}
	}
};
