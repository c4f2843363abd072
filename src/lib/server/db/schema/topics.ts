import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Themenfelder (DESIGN §5), editable by coordinators; referenced by their slug. */
export const topic = pgTable('topic', {
	slug: text('slug').primaryKey(),
	nameDe: text('name_de').notNull(),
	nameEn: text('name_en').notNull(),
	/** Names for the other languages of the public site (tr, ar, uk); German shows where one is missing. */
	nameTranslations: jsonb('name_translations').$type<Partial<Record<string, string>>>().notNull().default({}),
	sortOrder: integer('sort_order').notNull().default(0),
	active: boolean('active').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
