import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every consent given or withdrawn, with time, text version and the way it was given (DESIGN §8).
 * Purpose: proof of consent. Retention: as long as the subject's record exists, then 3 years.
 */
export const consentRecord = pgTable(
	'consent_record',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		subjectType: text('subject_type').notNull(),
		subjectId: text('subject_id').notNull(),
		purpose: text('purpose').notNull(),
		granted: boolean('granted').notNull(),
		textVersion: text('text_version').notNull(),
		way: text('way').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consent_record_subject_idx').on(t.subjectType, t.subjectId)]
);
