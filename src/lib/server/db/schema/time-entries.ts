import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';
import { user } from './users';

export const TIME_ACTIVITIES = ['preparation', 'session', 'travel', 'follow_up', 'other'] as const;
export type TimeActivity = (typeof TIME_ACTIVITIES)[number];
export const TIME_ENTRY_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

/**
 * Time and expenses an advisor records for a consultation. submitted → approved (locked) or rejected (with reason,
 * may be corrected and submitted again). Purpose: honorarium statements and advisor hours in reports.
 * Retention: 10 years (accounting rules), receipts likewise.
 */
export const timeEntry = pgTable(
	'time_entry',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		advisorId: text('advisor_id')
			.notNull()
			.references(() => user.id),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id),
		workDate: date('work_date', { mode: 'string' }).notNull(),
		/** Whole minutes; the form takes hours like "2,5". */
		minutes: integer('minutes').notNull(),
		activity: text('activity', { enum: TIME_ACTIVITIES }).notNull(),
		description: text('description').notNull().default(''),
		kilometres: integer('kilometres').notNull().default(0),
		expensesCents: integer('expenses_cents').notNull().default(0),
		expenseNote: text('expense_note').notNull().default(''),
		receiptKey: text('receipt_key'),
		receiptMediaType: text('receipt_media_type'),
		receiptFileName: text('receipt_file_name'),
		status: text('status', { enum: TIME_ENTRY_STATUSES }).notNull().default('submitted'),
		rejectReason: text('reject_reason'),
		decidedBy: text('decided_by'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('time_entry_advisor_date_idx').on(t.advisorId, t.workDate),
		index('time_entry_consultation_idx').on(t.consultationId),
		index('time_entry_status_idx').on(t.status)
	]
);
