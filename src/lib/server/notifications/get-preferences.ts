import { eq } from 'drizzle-orm';
import { isLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { Db } from '../db/client';
import { userPreference, type NotificationMode } from '../db/schema';

export interface Preferences {
	locale: Locale;
	notificationMode: NotificationMode;
}

/** A person's notification settings; without a row (never saved) the defaults: German, immediately. */
export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
	const [row] = await db
		.select({ locale: userPreference.locale, notificationMode: userPreference.notificationMode })
		.from(userPreference)
		.where(eq(userPreference.userId, userId));
	return {
		locale: row && isLocale(row.locale) ? row.locale : 'de',
		notificationMode: row?.notificationMode ?? 'immediate'
	};
}
