import type { Role } from '../../roles';

/**
 * The consultation lifecycle of DESIGN §4 as data and pure functions: which transition leads from
 * which state to which, who may make it, and what must hold first. No I/O here; the command that
 * applies a transition loads the facts, asks `checkTransition`, and writes state, timeline and audit.
 */
export const MAIN_STATES = [
	'requested',
	'in_review',
	'matching',
	'agreed',
	'in_dialogue',
	'implementation',
	'evaluation',
	'completed'
] as const;
export const SIDE_STATES = ['declined', 'withdrawn', 'paused'] as const;
export const STATES = [...MAIN_STATES, ...SIDE_STATES] as const;
export type ConsultationState = (typeof STATES)[number];

/** States in which work is still going on (a paused consultation counts: it can be resumed or withdrawn). */
export const OPEN_STATES: readonly ConsultationState[] = [
	'requested',
	'in_review',
	'matching',
	'agreed',
	'in_dialogue',
	'implementation',
	'evaluation',
	'paused'
];
export const CLOSED_STATES: readonly ConsultationState[] = ['completed', 'declined', 'withdrawn'];

export const TRANSITIONS = [
	'take_into_review',
	'start_matching',
	'agree',
	'start_dialogue',
	'start_implementation',
	'start_evaluation',
	'complete',
	'decline',
	'withdraw',
	'pause',
	'resume'
] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** What the server knows about a consultation when a transition is asked for. */
export interface TransitionFacts {
	state: ConsultationState;
	/** The state a paused consultation returns to. */
	pausedFrom: ConsultationState | null;
	/** Goals and at least one topic are recorded (after the Dialogforum). */
	hasGoalsAndTopics: boolean;
	acceptedAdvisors: number;
	municipalityEvaluationDone: boolean;
	advisorEvaluationDone: boolean;
	/** A coordinator recorded why an evaluation is missing. */
	evaluationWaiverNote: boolean;
}

export interface TransitionInput {
	reason?: string;
}

/** The actor's relation to this consultation, decided by the caller from the database. */
export interface Actor {
	roles: readonly Role[];
	/** An advisor who accepted this consultation. */
	isAssignedAdvisor: boolean;
	/** A municipality user bound to this consultation's municipality or district. */
	isClientUser: boolean;
}

type Who = 'coordinator' | 'assigned_advisor' | 'client';

interface Rule {
	from: readonly ConsultationState[] | 'open';
	/** undefined: computed (resume returns to pausedFrom) */
	to?: ConsultationState;
	who: readonly Who[];
	reasonRequired?: boolean;
}

export const RULES: Record<Transition, Rule> = {
	take_into_review: { from: ['requested'], to: 'in_review', who: ['coordinator'] },
	start_matching: { from: ['in_review'], to: 'matching', who: ['coordinator'] },
	agree: { from: ['matching'], to: 'agreed', who: ['coordinator'] },
	start_dialogue: { from: ['agreed'], to: 'in_dialogue', who: ['coordinator', 'assigned_advisor'] },
	start_implementation: { from: ['in_dialogue'], to: 'implementation', who: ['coordinator', 'assigned_advisor'] },
	start_evaluation: { from: ['implementation'], to: 'evaluation', who: ['coordinator', 'assigned_advisor'] },
	complete: { from: ['evaluation'], to: 'completed', who: ['coordinator'] },
	decline: { from: ['requested', 'in_review', 'matching'], to: 'declined', who: ['coordinator'], reasonRequired: true },
	withdraw: { from: 'open', to: 'withdrawn', who: ['coordinator', 'client'], reasonRequired: true },
	pause: { from: OPEN_STATES.filter((s) => s !== 'paused'), to: 'paused', who: ['coordinator'] },
	resume: { from: ['paused'], who: ['coordinator'] }
};

export type Refusal =
	| 'not_allowed_from_state'
	| 'role_not_allowed'
	| 'reason_required'
	| 'goals_and_topics_missing'
	| 'no_accepted_advisor'
	| 'evaluation_missing';

export type CheckResult = { ok: true; to: ConsultationState } | { ok: false; refusal: Refusal };

function actorMay(actor: Actor, who: readonly Who[]): boolean {
	return (
		(who.includes('coordinator') && actor.roles.includes('coordinator')) ||
		(who.includes('assigned_advisor') && actor.roles.includes('advisor') && actor.isAssignedAdvisor) ||
		(who.includes('client') && actor.roles.includes('municipality') && actor.isClientUser)
	);
}

/** Pure: may this actor make this transition now? Role refusals come before state refusals (→ 403 vs 409). */
export function checkTransition(transition: Transition, facts: TransitionFacts, actor: Actor, input: TransitionInput = {}): CheckResult {
	const rule = RULES[transition];
	if (!actorMay(actor, rule.who)) return { ok: false, refusal: 'role_not_allowed' };
	const from = rule.from === 'open' ? OPEN_STATES : rule.from;
	if (!from.includes(facts.state)) return { ok: false, refusal: 'not_allowed_from_state' };
	if (rule.reasonRequired && !(input.reason ?? '').trim()) return { ok: false, refusal: 'reason_required' };
	if (transition === 'start_matching' && !facts.hasGoalsAndTopics) return { ok: false, refusal: 'goals_and_topics_missing' };
	if (transition === 'agree' && facts.acceptedAdvisors < 1) return { ok: false, refusal: 'no_accepted_advisor' };
	if (
		transition === 'complete' &&
		!(facts.municipalityEvaluationDone && facts.advisorEvaluationDone) &&
		!facts.evaluationWaiverNote
	) {
		return { ok: false, refusal: 'evaluation_missing' };
	}
	const to = rule.to ?? facts.pausedFrom;
	if (!to) return { ok: false, refusal: 'not_allowed_from_state' };
	return { ok: true, to };
}

/** Pure: the transitions to offer as buttons (allowed now for this actor, preconditions aside). */
export function availableTransitions(facts: TransitionFacts, actor: Actor): Transition[] {
	return TRANSITIONS.filter((t) => {
		const r = checkTransition(t, facts, actor, { reason: 'x' });
		return r.ok || (r.refusal !== 'role_not_allowed' && r.refusal !== 'not_allowed_from_state');
	});
}

/** HTTP status for a refusal: the actor's role → 403, everything about the record's state → 409. */
export function refusalStatus(refusal: Refusal): 403 | 409 | 400 {
	if (refusal === 'role_not_allowed') return 403;
	if (refusal === 'reason_required') return 400;
	return 409;
}
