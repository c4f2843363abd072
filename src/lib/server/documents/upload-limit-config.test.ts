import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../config';

describe('UPLOAD_MAX_MB', () => {
	it('defaults to 20 and takes whole numbers from 1 to 200', () => {
		expect(parseEnv({}).uploadMaxMb).toBe(20);
		expect(parseEnv({ UPLOAD_MAX_MB: '' }).uploadMaxMb).toBe(20);
		expect(parseEnv({ UPLOAD_MAX_MB: '1' }).uploadMaxMb).toBe(1);
		expect(parseEnv({ UPLOAD_MAX_MB: '200' }).uploadMaxMb).toBe(200);
	});

	it.each(['0', '201', '2.5', '-3', '20MB', 'viel'])('refuses %j with a sentence naming the variable', (value) => {
		expect(() => parseEnv({ UPLOAD_MAX_MB: value })).toThrowError(ConfigError);
		expect(() => parseEnv({ UPLOAD_MAX_MB: value })).toThrowError(/^UPLOAD_MAX_MB: .*between 1 and 200/);
	});
});
