import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A small text attachment, e.g. an event's .ics file. */
export interface MailAttachment {
	filename: string;
	contentType: string;
	content: string;
}

/**
 * Every mail the platform sends, queued first so that a crash loses none.
 * Purpose: delivery and proof of what was sent. Retention: 90 days (see privacy rules).
 */
export const outboxMail = pgTable(
	'outbox_mail',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').notNull(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
		status: text('status', { enum: ['queued', 'sent', 'failed'] })
			.notNull()
			.default('queued'),
		error: text('error'),
		emlPath: text('eml_path'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('outbox_mail_created_at_idx').on(t.createdAt)]
);
