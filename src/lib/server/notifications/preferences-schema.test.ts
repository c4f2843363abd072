import { describe, expect, it } from 'vitest';
import { preferencesSchema } from './preferences-schema';

describe('preferences schema', () => {
	it('accepts the two modes and the runtime locales', () => {
		expect(preferencesSchema.parse({ notificationMode: 'daily', locale: 'en' })).toEqual({ notificationMode: 'daily', locale: 'en' });
		expect(preferencesSchema.parse({ notificationMode: 'immediate', locale: 'de' })).toEqual({ notificationMode: 'immediate', locale: 'de' });
	});

	it('refuses other modes and languages with the field codes', () => {
		const r = preferencesSchema.safeParse({ notificationMode: 'weekly', locale: 'fr' });
		expect(r.success).toBe(false);
		const byField = Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
		expect(byField).toEqual({ notificationMode: 'ntf_error_mode', locale: 'ntf_error_locale' });
		expect(preferencesSchema.safeParse({}).success).toBe(false);
	});
});
