import { describe, expect, it } from 'vitest';
import { retryDelayMs, shouldGiveUp } from './backoff';

const HOUR = 60 * 60 * 1000;

describe('retryDelayMs', () => {
	it('starts at 30 seconds and doubles with each failed attempt', () => {
		expect(retryDelayMs(1)).toBe(30_000);
		expect(retryDelayMs(2)).toBe(60_000);
		expect(retryDelayMs(3)).toBe(120_000);
		for (let n = 1; n < 7; n++) expect(retryDelayMs(n + 1)).toBe(2 * retryDelayMs(n));
	});

	it('never waits longer than one hour, however many attempts failed', () => {
		expect(retryDelayMs(8)).toBe(HOUR);
		expect(retryDelayMs(50)).toBe(HOUR);
		expect(retryDelayMs(10_000)).toBe(HOUR);
		for (let n = 1; n < 40; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
	});

	it('treats zero or negative attempts like the first', () => {
		expect(retryDelayMs(0)).toBe(30_000);
		expect(retryDelayMs(-3)).toBe(30_000);
	});
});

describe('shouldGiveUp', () => {
	it('gives up once the attempts reach the maximum', () => {
		expect(shouldGiveUp(1, 5)).toBe(false);
		expect(shouldGiveUp(4, 5)).toBe(false);
		expect(shouldGiveUp(5, 5)).toBe(true);
		expect(shouldGiveUp(6, 5)).toBe(true);
		expect(shouldGiveUp(1, 1)).toBe(true);
	});
});
