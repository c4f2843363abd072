import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Operator settings edited by admins (contact, imprint, privacy officer). */
export const setting = pgTable('setting', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: text('updated_by')
});
