import { m } from '$lib/paraglide/messages.js';
import type { ConsultationState } from '$lib/server/consultations/lifecycle';

/**
 * What the private status page says about each state of the consultation lifecycle (DESIGN §4), in plain
 * language for the municipality: a short name and the next steps. Texts live in messages/requests.*.json.
 */
const TEXTS: Record<ConsultationState, [() => string, () => string]> = {
	requested: [m.req_state_requested, m.req_state_requested_next],
	in_review: [m.req_state_in_review, m.req_state_in_review_next],
	matching: [m.req_state_matching, m.req_state_matching_next],
	agreed: [m.req_state_agreed, m.req_state_agreed_next],
	in_dialogue: [m.req_state_in_dialogue, m.req_state_in_dialogue_next],
	implementation: [m.req_state_implementation, m.req_state_implementation_next],
	evaluation: [m.req_state_evaluation, m.req_state_evaluation_next],
	completed: [m.req_state_completed, m.req_state_completed_next],
	declined: [m.req_state_declined, m.req_state_declined_next],
	withdrawn: [m.req_state_withdrawn, m.req_state_withdrawn_next],
	paused: [m.req_state_paused, m.req_state_paused_next]
};

export const requestStateLabel = (state: ConsultationState) => TEXTS[state][0]();
export const requestStateNext = (state: ConsultationState) => TEXTS[state][1]();
