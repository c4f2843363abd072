import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '$lib/roles';
import {
	availableTransitions,
	checkTransition,
	CLOSED_STATES,
	OPEN_STATES,
	refusalStatus,
	RULES,
	STATES,
	TRANSITIONS,
	type Actor,
	type ConsultationState,
	type Transition,
	type TransitionFacts
} from './lifecycle';

const facts = (state: ConsultationState, over: Partial<TransitionFacts> = {}): TransitionFacts => ({
	state,
	pausedFrom: state === 'paused' ? 'in_dialogue' : null,
	hasGoalsAndTopics: true,
	acceptedAdvisors: 1,
	municipalityEvaluationDone: true,
	advisorEvaluationDone: true,
	evaluationWaiverNote: false,
	...over
});

const actor = (roles: Role[], over: Partial<Actor> = {}): Actor => ({ roles, isAssignedAdvisor: false, isClientUser: false, ...over });

const coordinator = actor(['coordinator']);
const assignedAdvisor = actor(['advisor'], { isAssignedAdvisor: true });
const otherAdvisor = actor(['advisor']);
const client = actor(['municipality'], { isClientUser: true });
const otherMunicipality = actor(['municipality']);
const admin = actor(['admin']);
const organisation = actor(['organisation']);

/** The expected table, written out by hand from DESIGN §4 rather than derived from RULES. */
const EXPECTED: Record<Transition, { from: ConsultationState[]; to: ConsultationState | 'back'; who: Actor[] }> = {
	take_into_review: { from: ['requested'], to: 'in_review', who: [coordinator] },
	start_matching: { from: ['in_review'], to: 'matching', who: [coordinator] },
	agree: { from: ['matching'], to: 'agreed', who: [coordinator] },
	start_dialogue: { from: ['agreed'], to: 'in_dialogue', who: [coordinator, assignedAdvisor] },
	start_implementation: { from: ['in_dialogue'], to: 'implementation', who: [coordinator, assignedAdvisor] },
	start_evaluation: { from: ['implementation'], to: 'evaluation', who: [coordinator, assignedAdvisor] },
	complete: { from: ['evaluation'], to: 'completed', who: [coordinator] },
	decline: { from: ['requested', 'in_review', 'matching'], to: 'declined', who: [coordinator] },
	withdraw: {
		from: ['requested', 'in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation', 'paused'],
		to: 'withdrawn',
		who: [coordinator, client]
	},
	pause: {
		from: ['requested', 'in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation'],
		to: 'paused',
		who: [coordinator]
	},
	resume: { from: ['paused'], to: 'back', who: [coordinator] }
};

const ALL_ACTORS = [coordinator, assignedAdvisor, otherAdvisor, client, otherMunicipality, admin, organisation];

describe('consultation lifecycle: every state × transition × actor', () => {
	for (const transition of TRANSITIONS) {
		for (const state of STATES) {
			for (const who of ALL_ACTORS) {
				const expectation = EXPECTED[transition];
				const allowedActor = expectation.who.includes(who);
				const allowedState = expectation.from.includes(state);
				const label = `${transition} from ${state} by ${who.roles.join('+')}${who.isAssignedAdvisor ? ' (assigned)' : ''}${who.isClientUser ? ' (own municipality)' : ''}`;
				it(`${label} → ${allowedActor && allowedState ? 'allowed' : 'refused'}`, () => {
					const result = checkTransition(transition, facts(state), who, { reason: 'Begründung' });
					if (allowedActor && allowedState) {
						expect(result).toEqual({ ok: true, to: expectation.to === 'back' ? 'in_dialogue' : expectation.to });
					} else {
						expect(result.ok).toBe(false);
						if (!result.ok) expect(result.refusal).toBe(allowedActor ? 'not_allowed_from_state' : 'role_not_allowed');
					}
				});
			}
		}
	}
});

describe('preconditions', () => {
	it('decline and withdraw need a reason', () => {
		expect(checkTransition('decline', facts('requested'), coordinator, { reason: '  ' })).toEqual({ ok: false, refusal: 'reason_required' });
		expect(checkTransition('withdraw', facts('agreed'), client, {})).toEqual({ ok: false, refusal: 'reason_required' });
	});

	it('matching needs goals and topics from the Dialogforum', () => {
		expect(checkTransition('start_matching', facts('in_review', { hasGoalsAndTopics: false }), coordinator)).toEqual({
			ok: false,
			refusal: 'goals_and_topics_missing'
		});
	});

	it('agreed needs an advisor who accepted', () => {
		expect(checkTransition('agree', facts('matching', { acceptedAdvisors: 0 }), coordinator)).toEqual({
			ok: false,
			refusal: 'no_accepted_advisor'
		});
	});

	it('completion needs both evaluations, unless a coordinator recorded why not', () => {
		const half = facts('evaluation', { advisorEvaluationDone: false });
		expect(checkTransition('complete', half, coordinator)).toEqual({ ok: false, refusal: 'evaluation_missing' });
		expect(checkTransition('complete', { ...half, evaluationWaiverNote: true }, coordinator)).toEqual({ ok: true, to: 'completed' });
	});

	it('resume returns to the state the consultation left', () => {
		expect(checkTransition('resume', facts('paused', { pausedFrom: 'matching' }), coordinator)).toEqual({ ok: true, to: 'matching' });
	});
});

describe('offered transitions and answers', () => {
	it('offers a coordinator in review: matching, decline, withdraw, pause', () => {
		expect(availableTransitions(facts('in_review'), coordinator)).toEqual(['start_matching', 'decline', 'withdraw', 'pause']);
	});

	it('offers nothing in a closed state, to anyone', () => {
		for (const state of CLOSED_STATES) for (const who of ALL_ACTORS) expect(availableTransitions(facts(state), who)).toEqual([]);
	});

	it('offers the client only withdrawal, and only while open', () => {
		for (const state of OPEN_STATES) expect(availableTransitions(facts(state), client)).toEqual(['withdraw']);
	});

	it('maps refusals to 403 for roles and 409 for state', () => {
		expect(refusalStatus('role_not_allowed')).toBe(403);
		expect(refusalStatus('not_allowed_from_state')).toBe(409);
		expect(refusalStatus('no_accepted_advisor')).toBe(409);
	});

	it('covers every role of DESIGN §2 and every transition in the rules', () => {
		expect(Object.keys(RULES).sort()).toEqual([...TRANSITIONS].sort());
		expect(ROLES.length).toBe(5);
	});
});
