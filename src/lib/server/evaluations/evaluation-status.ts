import type { Actor, ConsultationState } from '../consultations/lifecycle';

/*
 * Pure rules of the evaluation (DESIGN §7): which of the two questionnaires are done, who may enter and who may
 * read each one, and when answers can be changed. No I/O; the commands and the page ask these.
 */

export const EVALUATION_KINDS = ['municipality', 'advisor'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export interface EvaluationStatus {
	municipalityDone: boolean;
	advisorDone: boolean;
	/** A coordinator recorded why an evaluation is missing. */
	waived: boolean;
	/** Both questionnaires are in, or a waiver: the lifecycle lets a coordinator complete. */
	readyToComplete: boolean;
}

/** Which of the two are done, from the kinds that have a row and the consultation's waiver text. */
export function evaluationStatus(kindsDone: readonly EvaluationKind[], waiver: string | null | undefined): EvaluationStatus {
	const municipalityDone = kindsDone.includes('municipality');
	const advisorDone = kindsDone.includes('advisor');
	const waived = !!waiver?.trim();
	return { municipalityDone, advisorDone, waived, readyToComplete: (municipalityDone && advisorDone) || waived };
}

/** Answers can be given and changed only in the evaluation phase; completed ones are read-only for good. */
export const isEvaluationOpen = (state: ConsultationState) => state === 'evaluation';

/**
 * How this actor may enter a questionnaire: as the party it belongs to ('self'), as a coordinator on the
 * party's behalf (e.g. from a paper form, 'on_behalf'), or not at all (null).
 */
export function entryMode(kind: EvaluationKind, actor: Actor): 'self' | 'on_behalf' | null {
	if (kind === 'municipality' && actor.roles.includes('municipality') && actor.isClientUser) return 'self';
	if (kind === 'advisor' && actor.roles.includes('advisor') && actor.isAssignedAdvisor) return 'self';
	if (actor.roles.includes('coordinator')) return 'on_behalf';
	return null;
}

/**
 * Who reads the answers: the coordination (coordinators, admins) and the accepted advisors read both; the
 * municipality's users read their own questionnaire only, because the advisors' comments are internal notes of
 * the tandem. Advisors only invited, not yet accepted, see the progress but no answers.
 */
export function maySeeAnswers(kind: EvaluationKind, actor: Actor): boolean {
	if (actor.roles.includes('coordinator') || actor.roles.includes('admin')) return true;
	if (actor.roles.includes('advisor') && actor.isAssignedAdvisor) return true;
	return kind === 'municipality' && actor.roles.includes('municipality') && actor.isClientUser;
}
