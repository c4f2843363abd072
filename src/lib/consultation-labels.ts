import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { ConsultationState, Transition } from '$lib/server/consultations/lifecycle';

/** Labels of the consultation lifecycle (states, transitions, member answers), shared by pages and mails. */
const STATE_LABELS: Record<ConsultationState, (i?: object, o?: { locale?: Locale }) => string> = {
	requested: m.cons_state_requested,
	in_review: m.cons_state_in_review,
	matching: m.cons_state_matching,
	agreed: m.cons_state_agreed,
	in_dialogue: m.cons_state_in_dialogue,
	implementation: m.cons_state_implementation,
	evaluation: m.cons_state_evaluation,
	completed: m.cons_state_completed,
	declined: m.cons_state_declined,
	withdrawn: m.cons_state_withdrawn,
	paused: m.cons_state_paused
};

export function stateLabel(state: string, locale?: Locale): string {
	const f = STATE_LABELS[state as ConsultationState];
	return f ? f({}, locale ? { locale } : undefined) : state;
}

export const TRANSITION_LABELS: Record<Transition, () => string> = {
	take_into_review: m.cons_tr_take_into_review,
	start_matching: m.cons_tr_start_matching,
	agree: m.cons_tr_agree,
	start_dialogue: m.cons_tr_start_dialogue,
	start_implementation: m.cons_tr_start_implementation,
	start_evaluation: m.cons_tr_start_evaluation,
	complete: m.cons_tr_complete,
	decline: m.cons_tr_decline,
	withdraw: m.cons_tr_withdraw,
	pause: m.cons_tr_pause,
	resume: m.cons_tr_resume
};

export const MEMBER_STATUS_LABELS: Record<string, () => string> = {
	invited: m.cons_member_invited,
	accepted: m.cons_member_accepted,
	declined: m.cons_member_declined,
	removed: m.cons_member_removed
};
