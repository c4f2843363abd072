import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Themenfelder (DESIGN §5), editable by coordinators; referenced by their slug. */
export const topic = pgTable('topic', {
	slug: text('slug').primaryKey(),
	nameDe: text('name_de').notNull(),
	nameEn: text('name_en').notNull(),
	sortOrder: integer('sort_order').notNull().default(0),
	active: boolean('active').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
