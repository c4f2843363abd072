import type { Db } from '../db/client';
import { userPreference } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { PreferencesInput } from './preferences-schema';

/**
 * Saves a person's own notification settings (validated by preferencesSchema). Only language and mode are
 * written; the calendar columns of the same row belong to the calendar feed and stay as they are.
 */
export async function updatePreferences(db: Db, cmd: { userId: string } & PreferencesInput, { now = new Date() } = {}) {
	await db.transaction(async (tx) => {
		const values = { locale: cmd.locale, notificationMode: cmd.notificationMode, updatedAt: now };
		await tx
			.insert(userPreference)
			.values({ userId: cmd.userId, ...values })
			.onConflictDoUpdate({ target: userPreference.userId, set: values });
		await recordAudit(tx, {
			actorId: cmd.userId,
			action: 'user.notification_preferences',
			targetType: 'user',
			targetId: cmd.userId,
			details: { locale: cmd.locale, notificationMode: cmd.notificationMode }
		});
	});
}
