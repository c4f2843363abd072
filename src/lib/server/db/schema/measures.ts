import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';

export const MEASURE_STATUSES = ['idea', 'planned', 'in_progress', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Ideen und Maßnahmen of a consultation (DESIGN §4 implementation). Purpose: follow-up and reporting
 * (measures planned / implemented). Retention: with the consultation.
 */
export const measure = pgTable(
	'measure',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		/** Who carries it out, e.g. "Amt für Integration" (free text, usually an office, not a person). */
		owner: text('owner').notNull().default(''),
		startDate: date('start_date', { mode: 'string' }),
		dueDate: date('due_date', { mode: 'string' }),
		topic: text('topic'),
		sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
		status: text('status', { enum: MEASURE_STATUSES }).notNull().default('idea'),
		/** The due date a reminder was sent for; moving the due date arms the reminder again. */
		reminderSentFor: date('reminder_sent_for', { mode: 'string' }),
		createdBy: text('created_by'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('measure_consultation_idx').on(t.consultationId), index('measure_due_idx').on(t.dueDate)]
);

/** Every status change of a measure, the first one (from null) included. */
export const measureStatusChange = pgTable(
	'measure_status_change',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		measureId: uuid('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		fromStatus: text('from_status', { enum: MEASURE_STATUSES }),
		toStatus: text('to_status', { enum: MEASURE_STATUSES }).notNull(),
		note: text('note').notNull().default(''),
		actorId: text('actor_id'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('measure_status_change_measure_idx').on(t.measureId, t.at)]
);
