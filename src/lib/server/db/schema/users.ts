import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Accounts of better-auth (user, session, account, verification).
 * Purpose: log-in to the back office. Retention: while the account exists; sessions until expiry.
 */
export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	/** Set when an admin deactivates the account: no new sessions, existing ones are revoked. */
	deactivatedAt: timestamp('deactivated_at', { withTimezone: true })
});
