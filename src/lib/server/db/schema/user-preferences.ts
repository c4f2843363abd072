import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './users';

export const NOTIFICATION_MODES = ['immediate', 'daily'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/**
 * Per-user settings kept beside better-auth's user table: the language of mails, how notifications arrive
 * and the private calendar feed. Purpose: delivering notifications as the person wants them.
 * Retention: deleted with the account.
 */
export const userPreference = pgTable('user_preference', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	locale: text('locale').notNull().default('de'),
	notificationMode: text('notification_mode', { enum: NOTIFICATION_MODES }).notNull().default('immediate'),
	/** SHA-256 of the secret in the personal calendar feed URL; null until the person creates one. */
	calendarTokenHash: text('calendar_token_hash').unique(),
	calendarTokenCreatedAt: timestamp('calendar_token_created_at', { withTimezone: true }),
	/** When the last daily digest went out, so that a restart never sends two on one day. */
	lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
