import { describe, expect, it } from 'vitest';
import { isAllowedAuthPath } from './auth-paths';

describe('isAllowedAuthPath', () => {
	it('allows GET of the two links that we put into mails', () => {
		expect(isAllowedAuthPath('GET', '/api/auth/magic-link/verify')).toBe(true);
		expect(isAllowedAuthPath('GET', '/api/auth/reset-password/abc123TOKEN')).toBe(true);
	});

	it('refuses other methods on those paths', () => {
		expect(isAllowedAuthPath('POST', '/api/auth/magic-link/verify')).toBe(false);
		expect(isAllowedAuthPath('POST', '/api/auth/reset-password/abc')).toBe(false);
		expect(isAllowedAuthPath('get', '/api/auth/magic-link/verify')).toBe(false);
	});

	it.each([
		'/api/auth/sign-in/email',
		'/api/auth/sign-up/email',
		'/api/auth/reset-password',
		'/api/auth/reset-password/',
		'/api/auth/reset-password/abc/extra',
		'/api/auth/magic-link/verify/extra',
		'/api/auth/request-password-reset',
		'/api/auth/list-sessions',
		'/api/auth/get-session'
	])('refuses GET %s', (path) => {
		expect(isAllowedAuthPath('GET', path)).toBe(false);
	});
});
