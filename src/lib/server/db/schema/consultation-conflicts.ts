import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';
import { user } from './users';

/** A conflict of interest a coordinator recorded: this advisor is not proposed for this consultation. */
export const consultationConflict = pgTable(
	'consultation_conflict',
	{
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		createdBy: text('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.consultationId, t.userId] })]
);
