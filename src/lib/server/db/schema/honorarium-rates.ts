import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Hourly and kilometre rates set by an admin, valid from a date on; a statement for a month uses the rate valid
 * on each entry's date, so changing the rate never rewrites past statements.
 */
export const honorariumRate = pgTable('honorarium_rate', {
	id: uuid('id').primaryKey().defaultRandom(),
	validFrom: date('valid_from', { mode: 'string' }).notNull().unique(),
	hourlyCents: integer('hourly_cents').notNull(),
	kilometreCents: integer('kilometre_cents').notNull(),
	createdBy: text('created_by'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
