/** Pure: when to retry a job after its n-th failed attempt (30 s, 1 min, 2 min … at most 1 h). */
export function retryDelayMs(attempts: number): number {
	const base = 30_000 * 2 ** Math.max(0, attempts - 1);
	return Math.min(base, 60 * 60 * 1000);
}

export function shouldGiveUp(attempts: number, maxAttempts: number): boolean {
	return attempts >= maxAttempts;
}
