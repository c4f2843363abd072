import { describe, expect, it } from 'vitest';
import { loginSchema, newPasswordSchema, safeRedirect } from './auth-forms';

describe('safeRedirect', () => {
	it.each(['//evil.example', '//evil.example/app', 'https://evil.example', 'http://evil.example/app', '/\\evil', 'javascript:alert(1)', 'app', ''])(
		'refuses %s and falls back to the back office',
		(target) => {
			expect(safeRedirect(target)).toBe('/app');
		}
	);

	it('falls back for a missing target and honours a custom fallback', () => {
		expect(safeRedirect(null)).toBe('/app');
		expect(safeRedirect(undefined)).toBe('/app');
		expect(safeRedirect('//evil.example', '/')).toBe('/');
	});

	it('accepts our own paths with a query', () => {
		expect(safeRedirect('/app/konto?x=1')).toBe('/app/konto?x=1');
		expect(safeRedirect('/')).toBe('/');
	});

	it('refuses targets that URL parsers would turn into another host', () => {
		for (const t of ['/\t/evil.example', '/\n/evil.example', '/ /evil.example', '/\\evil.example']) {
			expect(safeRedirect(t)).toBe('/app');
		}
	});
});

describe('newPasswordSchema', () => {
	const good = 'Tulpen-Laterne-Brücke-93';

	function issuesOf(input: Record<string, unknown>) {
		const r = newPasswordSchema.safeParse(input);
		expect(r.success).toBe(false);
		return r.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
	}

	it('accepts a good password that is confirmed', () => {
		const r = newPasswordSchema.safeParse({ token: 't0k', password: good, confirm: good });
		expect(r.success).toBe(true);
	});

	it('puts a mismatch on the confirm field', () => {
		expect(issuesOf({ token: 't0k', password: good, confirm: good + 'x' })).toEqual([{ path: 'confirm', message: 'reset_mismatch' }]);
		// A missing confirmation is a mismatch too, not a pass.
		expect(issuesOf({ token: 't0k', password: good })).toEqual([{ path: 'confirm', message: 'reset_mismatch' }]);
	});

	it('reports a short or common password on the password field', () => {
		expect(issuesOf({ token: 't0k', password: 'kurz', confirm: 'kurz' })).toEqual([{ path: 'password', message: 'password_too_short' }]);
		expect(issuesOf({ token: 't0k', password: 'Passwort123!', confirm: 'Passwort123!' })).toEqual([
			{ path: 'password', message: 'password_too_common' }
		]);
	});

	it('requires a token', () => {
		expect(issuesOf({ token: '', password: good, confirm: good }).map((i) => i.path)).toContain('token');
	});
});

describe('loginSchema', () => {
	it('normalises the email address', () => {
		const r = loginSchema.parse({ email: '  Person@Example.ORG ', password: 'x' });
		expect(r.email).toBe('person@example.org');
	});

	it('rejects an invalid email and an empty password with our message codes', () => {
		const r = loginSchema.safeParse({ email: 'keine-adresse', password: '' });
		expect(r.success).toBe(false);
		const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
		expect(byField).toEqual({ email: 'email_invalid', password: 'password_required' });
	});
});
