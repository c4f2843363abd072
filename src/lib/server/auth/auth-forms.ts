import { z } from 'zod';
import { checkPassword } from '../security/passwords';

const email = z
	.string({ error: 'email_required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'email_required' })
	.max(254, { error: 'email_invalid' })
	.pipe(z.email({ error: 'email_invalid' }));

export const loginSchema = z.object({
	email,
	password: z.string({ error: 'password_required' }).min(1, { error: 'password_required' }).max(1000, { error: 'password_required' }),
	redirectTo: z.string().max(500).optional()
});

export const emailOnlySchema = z.object({ email });

export const newPasswordSchema = z
	.object({
		token: z.string().min(1).max(200),
		password: z.string({ error: 'password_too_short' }),
		confirm: z.string().optional().default('')
	})
	.superRefine((v, ctx) => {
		const problem = checkPassword(v.password);
		if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `password_${problem}` });
		else if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'reset_mismatch' });
	});

/** Only our own paths are valid targets after log-in; anything else goes to the back office. */
export function safeRedirect(target: string | null | undefined, fallback = '/app'): string {
	// eslint-disable-next-line no-control-regex
	if (!target || !target.startsWith('/') || /[\s\\\u0000-\u001f]/.test(target)) return fallback;
	const base = 'http://internal.invalid';
	return new URL(target, base).origin === base && !target.startsWith('//') ? target : fallback;
}
