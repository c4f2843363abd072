/**
 * Reference numbers of consultations (pure): MG-<year>-<running number within the year>, at least four digits,
 * e.g. MG-2026-0042. The number is assigned in the insert transaction (create-request.ts).
 */
export function formatReference(year: number, n: number): string {
	return `MG-${year}-${String(n).padStart(4, '0')}`;
}

const PATTERN = /^MG-(\d{4})-(\d{4,6})$/;

export function isReference(value: unknown): value is string {
	return typeof value === 'string' && PATTERN.test(value);
}

export function parseReference(value: string): { year: number; n: number } | null {
	const match = PATTERN.exec(value);
	return match ? { year: Number(match[1]), n: Number(match[2]) } : null;
}
