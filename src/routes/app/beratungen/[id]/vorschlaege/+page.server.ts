import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { assignAdvisor } from '$lib/server/consultations/assign-advisor';
import { AssignmentError, ConsultationNotFoundError } from '$lib/server/consultations/errors';
import { CLOSED_STATES } from '$lib/server/consultations/lifecycle';
import { formValues, parseForm } from '$lib/server/forms';
import { rankAdvisorsForConsultation } from '$lib/server/matching/rank-advisors-for-consultation';
import { scorePoints } from '$lib/server/matching/advisor-factors';
import { CONFLICT_REASON_MAX, ConflictRefusedError, markConflict } from '$lib/server/matching/mark-conflict';
import { clearConflict } from '$lib/server/matching/clear-conflict';
import { runtime } from '$lib/server/runtime';
import { formatDate } from '$lib/format';
import { languageName } from '$lib/reference/languages';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

/** Only coordinators see proposals and act on them; everyone else gets 403 (or 404 when it is not theirs). */
const COORDINATOR = ['coordinator' as const];

const MESSAGES: Record<string, () => string> = {
	select: m.match_error_select,
	message_too_long: m.match_error_message_too_long,
	advisor_required: m.match_error_advisor_required,
	conflict_reason: m.match_error_conflict_reason,
	conflict_reason_long: m.match_error_conflict_reason_long
};
const advisorId = z.string({ error: 'advisor_required' }).min(1, { error: 'advisor_required' }).max(64, { error: 'advisor_required' });
const inviteSchema = z.object({
	advisorIds: z.array(advisorId).min(1, { error: 'select' }).max(50, { error: 'select' }),
	message: z.string().trim().max(2000, { error: 'message_too_long' }).default('')
});
const conflictSchema = z.object({
	conflictAdvisorId: advisorId,
	reason: z.string({ error: 'conflict_reason' }).trim().min(1, { error: 'conflict_reason' }).max(CONFLICT_REASON_MAX, { error: 'conflict_reason_long' })
});

export const load: PageServerLoad = async (event) => {
	const { access, db } = await loadConsultationPage(event, COORDINATOR);
	const locale = getLocale();
	const [header, result] = await Promise.all([consultationHeader(access, db), rankAdvisorsForConsultation(db, access.consultation, { locale })]);
	const { needs, weights } = result;
	return {
		header,
		canInvite: !CLOSED_STATES.includes(access.consultation.state),
		needs: {
			client: needs.clientName,
			topics: needs.topics.map((t) => needs.topicNames?.[t] ?? t),
			sdgs: needs.sdgs.map((n) => m.match_sdg({ number: n })),
			languages: needs.languages.map((l) => languageName(l, locale)),
			window: m.match_needs_window_value({ from: formatDate(needs.window.from, locale), to: formatDate(needs.window.to, locale) })
		},
		gaps: result.gaps,
		ranked: result.ranked.map((r) => ({
			id: r.candidate.id,
			name: r.candidate.name,
			points: scorePoints(r.score),
			factors: r.factors.map((f) => ({ key: f.key, explanation: f.explanation, points: scorePoints(f.value), weight: weights[f.key as keyof typeof weights] ?? 0, counted: f.applicable && f.weight > 0 }))
		})),
		excluded: result.excluded.map((r) => ({ id: r.candidate.id, name: r.candidate.name, reason: r.excluded ?? '', conflict: r.candidate.conflict != null }))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { user, db, config, access } = await loadConsultationPage(event, COORDINATOR);
		const parsed = parseForm(inviteSchema, await event.request.formData(), { arrays: ['advisorIds'], messages: MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'invite' as const, errors: parsed.errors, values: parsed.values });
		const values = { advisorIds: parsed.data.advisorIds, message: parsed.data.message };
		if (CLOSED_STATES.includes(access.consultation.state)) return fail(409, { action: 'invite' as const, errors: { _form: m.match_invite_closed() }, values });
		// The server checks the ranking itself: an excluded advisor cannot be asked, whatever the form sent.
		const { ranked, excluded } = await rankAdvisorsForConsultation(db, access.consultation, { locale: getLocale() });
		const proposable = new Map(ranked.map((r) => [r.candidate.id, r.candidate.name]));
		const refusals = parsed.data.advisorIds
			.filter((id) => !proposable.has(id))
			.map((id) => {
				const ex = excluded.find((r) => r.candidate.id === id);
				return ex ? m.match_error_not_proposable({ name: ex.candidate.name, reason: ex.excluded ?? '' }) : m.match_error_unknown_advisor();
			});
		if (refusals.length > 0) return fail(409, { action: 'invite' as const, errors: { _form: refusals.join(' ') }, values });
		const invited: string[] = [];
		const failed: string[] = [];
		for (const id of new Set(parsed.data.advisorIds)) {
			try {
				await assignAdvisor(db, { id: event.params.id, advisorId: id, message: parsed.data.message, actorId: user.id }, { origin: config.origin });
				invited.push(proposable.get(id)!);
			} catch (err) {
				if (err instanceof ConsultationNotFoundError) error(404, m.error_404_text());
				if (!(err instanceof AssignmentError)) throw err;
				failed.push(proposable.get(id)!);
			}
		}
		(await runtime()).jobs?.poke();
		if (failed.length > 0) {
			const text = m.match_error_partial({ names: invited.join(', ') || '–', failed: failed.join(', ') });
			return fail(409, { action: 'invite' as const, errors: { _form: text }, values });
		}
		return { done: 'invite' as const, names: invited.join(', ') };
	},
	conflict: async (event) => {
		const { user, db } = await loadConsultationPage(event, COORDINATOR);
		const data = await event.request.formData();
		const parsed = parseForm(conflictSchema, data, { messages: MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'conflict' as const, errors: parsed.errors, values: parsed.values });
		try {
			await markConflict(db, { consultationId: event.params.id, advisorId: parsed.data.conflictAdvisorId, reason: parsed.data.reason, actorId: user.id });
		} catch (err) {
			if (err instanceof ConsultationNotFoundError) error(404, m.error_404_text());
			if (err instanceof ConflictRefusedError) {
				return fail(409, { action: 'conflict' as const, errors: { conflictAdvisorId: m.match_error_unknown_advisor() }, values: formValues(data) });
			}
			throw err;
		}
		return { done: 'conflict' as const };
	},
	clear: async (event) => {
		const { user, db } = await loadConsultationPage(event, COORDINATOR);
		const id = String((await event.request.formData()).get('advisorId') ?? '').slice(0, 64);
		try {
			await clearConflict(db, { consultationId: event.params.id, advisorId: id, actorId: user.id });
		} catch (err) {
			if (err instanceof ConflictRefusedError) return fail(409, { action: 'clear' as const, errors: { _form: m.match_error_no_conflict() }, values: {} });
			throw err;
		}
		return { done: 'clear' as const };
	}
};
