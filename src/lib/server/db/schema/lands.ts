import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Länder from the official municipality directory (record type 10). Reference data, no personal data. */
export const land = pgTable('land', {
	code: text('code').primaryKey(), // 2 digits, "05" = Nordrhein-Westfalen
	name: text('name').notNull(),
	importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
});
