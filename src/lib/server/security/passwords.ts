import { MIN_PASSWORD_LENGTH } from '../auth/auth';

/**
 * A short list of the most common passwords (and German favourites). Pure; the check is
 * case-insensitive and ignores a trailing run of digits and punctuation.
 */
const COMMON = new Set([
	'password', 'passwort', 'passwort123', 'qwertz', 'qwertzuiop', 'qwerty', 'qwertyuiop', 'asdfghjkl',
	'123456789', '1234567890', '0123456789', '111111111', '1q2w3e4r5t', 'abc123456', 'iloveyou',
	'letmein', 'welcome', 'willkommen', 'admin', 'administrator', 'hallo', 'hallo123', 'schatz',
	'sommer', 'winter', 'fussball', 'fußball', 'dragon', 'monkey', 'football', 'baseball', 'master',
	'sunshine', 'princess', 'miglobe', 'miglobe-nrw', 'geheim', 'geheimnis', 'changeme', 'test', 'testtest'
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

export function checkPassword(password: string, email?: string): PasswordProblem | undefined {
	if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
	if (password.length > 128) return 'too_long';
	const core = password.toLowerCase().replace(/[\d\W_]+$/u, '');
	if (COMMON.has(password.toLowerCase()) || COMMON.has(core)) return 'too_common';
	if (/^(.)\1+$/u.test(password)) return 'too_common';
	const local = email?.split('@')[0]?.toLowerCase();
	if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'too_common';
	return undefined;
}
