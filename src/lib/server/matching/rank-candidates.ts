/**
 * The generic scorer of DESIGN §6: candidates (organisations now, advisors later) are scored factor by factor,
 * each factor with a value in [0, 1], a weight and an explanation, so that people see why a candidate ranks where
 * it does. Pure: no I/O, no clock; the caller loads the candidates and decides. The system never assigns.
 */

export type Weights = Record<string, number>;

export interface FactorResult {
	key: string;
	weight: number;
	/** 0 = no fit, 1 = full fit. */
	value: number;
	explanation: string;
	/** false when the request did not ask for this factor (e.g. no topics given): it does not count. */
	applicable: boolean;
}

export interface FactorDefinition<C, N> {
	key: string;
	/** null when the factor does not apply to this request. */
	evaluate(candidate: C, needs: N): { value: number; explanation: string } | null;
	/** Shown when evaluate returns null. */
	notApplicable: () => string;
}

export interface MatchingModel<C, N> {
	factors: FactorDefinition<C, N>[];
	/** A reason why the candidate must not be proposed; excluded candidates are listed, never dropped silently. */
	exclude?(candidate: C, needs: N): string | undefined;
	/** Stable identity for the tie-break: name first (what people read), then id. */
	identify(candidate: C): { id: string; name: string };
}

export interface RankedCandidate<C> {
	candidate: C;
	/** Weighted mean of the applicable factors, in [0, 1]. */
	score: number;
	factors: FactorResult[];
	excluded?: string;
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/** Scores one candidate: the weighted mean over the factors that apply and have a positive weight. */
export function scoreCandidate<C, N>(candidate: C, needs: N, weights: Weights, model: MatchingModel<C, N>): RankedCandidate<C> {
	const factors: FactorResult[] = model.factors.map((f) => {
		const weight = Math.max(0, weights[f.key] ?? 0);
		const result = f.evaluate(candidate, needs);
		return result
			? { key: f.key, weight, value: clamp01(result.value), explanation: result.explanation, applicable: true }
			: { key: f.key, weight, value: 0, explanation: f.notApplicable(), applicable: false };
	});
	const counted = factors.filter((f) => f.applicable && f.weight > 0);
	const totalWeight = counted.reduce((sum, f) => sum + f.weight, 0);
	const score = totalWeight > 0 ? counted.reduce((sum, f) => sum + f.weight * f.value, 0) / totalWeight : 0;
	const excluded = model.exclude?.(candidate, needs);
	return { candidate, score, factors, ...(excluded ? { excluded } : {}) };
}

/**
 * Ranks all candidates: proposable ones first by score (highest first), excluded ones after them; ties are broken
 * by name (German collation), then id, so that the same input always gives the same order.
 */
export function rankCandidates<C, N>(candidates: readonly C[], needs: N, weights: Weights, model: MatchingModel<C, N>): RankedCandidate<C>[] {
	const collator = new Intl.Collator('de');
	return candidates
		.map((c) => scoreCandidate(c, needs, weights, model))
		.sort((a, b) => {
			if (!!a.excluded !== !!b.excluded) return a.excluded ? 1 : -1;
			if (!a.excluded && b.score !== a.score) return b.score - a.score;
			const ia = model.identify(a.candidate);
			const ib = model.identify(b.candidate);
			return collator.compare(ia.name, ib.name) || (ia.id < ib.id ? -1 : ia.id > ib.id ? 1 : 0);
		});
}
