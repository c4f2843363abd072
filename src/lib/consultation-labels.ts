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

type WorkKind = 'session' | 'measure' | 'document' | 'evaluation';

/** What a timeline entry of the work areas says, from its kind and `data.action`; unknown actions fall back to the area. */
const WORK_LABELS: Record<string, () => string> = {
	'session.created': m.cons_tl_session_created,
	'session.updated': m.cons_tl_session_updated,
	'session.cancelled': m.cons_tl_session_cancelled,
	'measure.created': m.cons_tl_measure_created,
	'measure.updated': m.cons_tl_measure_updated,
	'measure.status_changed': m.cons_tl_measure_status,
	'document.uploaded': m.cons_tl_document_uploaded,
	'document.created': m.cons_tl_document_uploaded,
	'document.deleted': m.cons_tl_document_deleted,
	'evaluation.submitted': m.cons_tl_evaluation_submitted,
	'evaluation.updated': m.cons_tl_evaluation_updated,
	'evaluation.waiver': m.cons_tl_evaluation_waiver,
	session: m.cons_tab_sessions,
	measure: m.cons_tab_measures,
	document: m.cons_tab_documents,
	evaluation: m.cons_tl_evaluation
};

export function workEntryTitle(kind: WorkKind, data: Record<string, unknown>): string {
	const label = WORK_LABELS[`${kind}.${String(data.action ?? '')}`] ?? WORK_LABELS[kind];
	const title = typeof data.title === 'string' ? data.title.trim() : '';
	return title ? m.cons_tl_work({ what: label(), title }) : label();
}
