import { MAIN_STATES } from '../consultations/lifecycle';
import type { PhaseDuration, PhaseState, SatisfactionFigure } from './report-types';

/** Pure arithmetic of the impact report: no I/O, so every rule is tested on its own. */

/** Median of the values (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** part / whole as 0–1; null when the whole is 0, so that "no data" never reads as 0 %. */
export function share(part: number, whole: number): number | null {
	return whole > 0 ? part / whole : null;
}

/** Public pages never show a count below this (issue #7: "unter 3"). */
export const PUBLIC_MIN_COUNT = 3;

/** A count fit for the public: the number itself, or 'under3' for 1 and 2. Zero is an aggregate too and shows as 0. */
export function publicCount(n: number): number | 'under3' {
	return n > 0 && n < PUBLIC_MIN_COUNT ? 'under3' : n;
}

const SATISFACTION_VALUES = [1, 2, 3, 4, 5] as const;

/** Mean, n and the distribution over 1–5; answers outside 1–5 (or missing) are left out. */
export function summarizeSatisfaction(answers: readonly (number | null)[]): SatisfactionFigure {
	const valid = answers.filter((a): a is number => a !== null && Number.isInteger(a) && a >= 1 && a <= 5);
	const distribution = SATISFACTION_VALUES.map((value) => ({ value, count: valid.filter((a) => a === value).length }));
	const mean = valid.length ? valid.reduce((s, a) => s + a, 0) / valid.length : null;
	return { mean, n: valid.length, distribution };
}

/** The phases of the lifecycle that end: every main state but the last. */
export const PHASE_STATES: readonly PhaseState[] = MAIN_STATES.filter((s): s is PhaseState => s !== 'completed');

export interface TransitionRow {
	at: Date;
	to: string;
}

export interface ConsultationTransitions {
	createdAt: Date;
	/** Transitions of one consultation in the order they happened. */
	transitions: readonly TransitionRow[];
}

const DAY_MS = 86_400_000;

/**
 * Days each phase of one consultation lasted: entered at the request (requested) or by the first transition into
 * the state; left by the first later transition to a state other than itself or 'paused' (a pause and its resume
 * stay inside the phase). Phases never entered or not yet left are absent.
 */
export function phaseDaysOf(c: ConsultationTransitions): Map<PhaseState, number> {
	const days = new Map<PhaseState, number>();
	for (const state of PHASE_STATES) {
		let enteredAt: Date | null = null;
		let start = 0;
		if (state === 'requested') enteredAt = c.createdAt;
		else {
			const i = c.transitions.findIndex((t) => t.to === state);
			if (i >= 0) {
				enteredAt = c.transitions[i].at;
				start = i + 1;
			}
		}
		if (!enteredAt) continue;
		const left = c.transitions.slice(start).find((t) => t.to !== state && t.to !== 'paused' && t.at >= enteredAt);
		if (left) days.set(state, (left.at.getTime() - enteredAt.getTime()) / DAY_MS);
	}
	return days;
}

/** Median days per phase over many consultations, one entry per phase state in lifecycle order. */
export function medianPhaseDurations(consultations: readonly ConsultationTransitions[]): PhaseDuration[] {
	const byState = new Map<PhaseState, number[]>(PHASE_STATES.map((s) => [s, []]));
	for (const c of consultations) for (const [state, d] of phaseDaysOf(c)) byState.get(state)!.push(d);
	return PHASE_STATES.map((state) => {
		const values = byState.get(state)!;
		return { state, medianDays: median(values), n: values.length };
	});
}
