/**
 * Municipality size classes by population, after the BBSR's Stadt- und Gemeindetypen (pure). The keys are the
 * values of the public filter (`?groesse=`), so they stay stable when labels change.
 */
export const SIZE_CLASSES = ['landgemeinde', 'kleinstadt', 'mittelstadt', 'grossstadt'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Inclusive lower and exclusive upper population bound of each class (null: open). */
export const SIZE_CLASS_BOUNDS: Record<SizeClass, { min: number; max: number | null }> = {
	landgemeinde: { min: 0, max: 5_000 },
	kleinstadt: { min: 5_000, max: 20_000 },
	mittelstadt: { min: 20_000, max: 100_000 },
	grossstadt: { min: 100_000, max: null }
};

export function isSizeClass(value: unknown): value is SizeClass {
	return typeof value === 'string' && (SIZE_CLASSES as readonly string[]).includes(value);
}

/** The class of a population; null when the population is unknown. */
export function sizeClassOf(population: number | null | undefined): SizeClass | null {
	if (population == null || !Number.isFinite(population) || population < 0) return null;
	return SIZE_CLASSES.find((c) => {
		const { min, max } = SIZE_CLASS_BOUNDS[c];
		return population >= min && (max === null || population < max);
	})!;
}
