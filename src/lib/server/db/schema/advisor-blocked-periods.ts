import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './users';

/** Periods in which an advisor is not available (holidays, other work). Purpose: matching. Retention: 1 year after the end. */
export const advisorBlockedPeriod = pgTable(
	'advisor_blocked_period',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advisor_blocked_period_user_idx').on(t.userId, t.startsOn)]
);
