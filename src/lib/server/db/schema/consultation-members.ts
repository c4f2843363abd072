import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';
import { user } from './users';

/**
 * Who takes part in a consultation besides the coordination: advisors (invited → accepted / declined)
 * and municipality users bound to it. Access checks for advisors and municipality users read this table.
 */
export const consultationMember = pgTable(
	'consultation_member',
	{
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ['advisor', 'municipality'] }).notNull(),
		status: text('status', { enum: ['invited', 'accepted', 'declined', 'removed'] }).notNull(),
		message: text('message'),
		declineReason: text('decline_reason'),
		invitedBy: text('invited_by'),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.consultationId, t.userId, t.role] }), index('consultation_member_user_idx').on(t.userId)]
);
