import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { land } from './lands';

/** Regierungsbezirke (record type 20). Code = Land (2) + RB (1), e.g. "051" Düsseldorf. */
export const governmentRegion = pgTable('government_region', {
	code: text('code').primaryKey(),
	landCode: text('land_code')
		.notNull()
		.references(() => land.code),
	name: text('name').notNull(),
	historic: boolean('historic').notNull().default(false),
	importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
});
