import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Feedback on barriers (BITV 2.0 §7): must be answered within one month, so each carries its due date.
 * Purpose: answer the feedback. Retention: 1 year after it was answered.
 */
export const accessibilityFeedback = pgTable(
	'accessibility_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
		name: text('name'),
		email: text('email'),
		pageUrl: text('page_url'),
		message: text('message').notNull(),
		status: text('status', { enum: ['open', 'answered'] })
			.notNull()
			.default('open'),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [index('accessibility_feedback_due_at_idx').on(t.dueAt)]
);
