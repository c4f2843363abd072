import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';

export const SESSION_FORMATS = ['dialogforum', 'workshop', 'meeting', 'event', 'other'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/**
 * A Dialogtermin or workshop of a consultation (DESIGN §4 in_dialogue). Participants are counts, never people.
 * Purpose: running and reporting the consultation. Retention: with the consultation.
 */
export const consultationSession = pgTable(
	'consultation_session',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		format: text('format', { enum: SESSION_FORMATS }).notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		durationMinutes: integer('duration_minutes').notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url'),
		agenda: text('agenda').notNull().default(''),
		participantCount: integer('participant_count'),
		/** Directory organisations taking part, plus free text for those not in the directory. */
		organisationIds: uuid('organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
		organisationsText: text('organisations_text').notNull().default(''),
		notesShared: text('notes_shared').notNull().default(''),
		/** Visible to coordination and advisors only. */
		notesInternal: text('notes_internal').notNull().default(''),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdBy: text('created_by'),
		/** Also the iCalendar SEQUENCE, so calendars update an event instead of duplicating it. */
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('consultation_session_consultation_idx').on(t.consultationId, t.startsAt),
		index('consultation_session_starts_idx').on(t.startsAt)
	]
);
