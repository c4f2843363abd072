import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH } from '../auth/auth';
import { checkPassword } from './passwords';

describe('checkPassword', () => {
	it('refuses passwords shorter than the minimum and accepts the minimum length', () => {
		expect(checkPassword('kurz')).toBe('too_short');
		expect(checkPassword('a1b2c3d4e'.slice(0, MIN_PASSWORD_LENGTH - 1))).toBe('too_short');
		expect(checkPassword('Zq8#mW2!pL4v'.slice(0, MIN_PASSWORD_LENGTH))).toBeUndefined();
	});

	it('refuses passwords longer than 128 characters', () => {
		expect(checkPassword('Wald-Fluss-'.repeat(12))).toBe('too_long');
		expect(checkPassword('x7'.repeat(64))).toBeUndefined();
	});

	it.each(['Passwort123!', 'qwertz123456', 'PASSWORT2024', 'Willkommen!!', 'Fussball1904', 'qwertzuiop'])(
		'refuses the common password %s (case and trailing digits do not help)',
		(pw) => {
			expect(checkPassword(pw)).toBe('too_common');
		}
	);

	it('refuses "qwertz123" (nine characters: the length rule already catches it)', () => {
		expect(checkPassword('qwertz123')).toBeDefined();
		expect(checkPassword('qwertz1234567')).toBe('too_common');
	});

	it('refuses one character repeated', () => {
		expect(checkPassword('aaaaaaaaaaaa')).toBe('too_common');
	});

	it('refuses a password that contains the local part of the email address', () => {
		expect(checkPassword('petra.schulte-2026', 'Petra.Schulte@bielefeld.de')).toBe('too_common');
		// Without the address the same password is fine.
		expect(checkPassword('petra.schulte-2026')).toBeUndefined();
		// Very short local parts (under four characters) are not checked.
		expect(checkPassword('ab-Wolken-Schirm-7', 'ab@example.org')).toBeUndefined();
	});

	it('accepts a good passphrase', () => {
		expect(checkPassword('Kaffee und Regen über Bielefeld', 'petra@bielefeld.de')).toBeUndefined();
		expect(checkPassword('Tulpen-Laterne-Brücke-93')).toBeUndefined();
	});
});
