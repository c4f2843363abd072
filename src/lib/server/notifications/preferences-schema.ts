import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime.js';
import { NOTIFICATION_MODES } from '../db/schema/user-preferences';

/** Issue codes of this form; the page turns them into sentences (ntf_error_*). Pure. */
export const preferencesSchema = z.object({
	notificationMode: z.enum(NOTIFICATION_MODES, { error: 'ntf_error_mode' }),
	locale: z.enum(locales, { error: 'ntf_error_locale' })
});

export type PreferencesInput = z.infer<typeof preferencesSchema>;
