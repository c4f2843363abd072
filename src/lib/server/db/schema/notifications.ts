import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';
import { user } from './users';

/**
 * A notification waiting for a person's daily digest (people who chose "immediately" get a mail at once and no
 * row here). Texts are rendered in the person's language when the event happens. Purpose: the digest.
 * Retention: deleted 30 days after it was sent.
 */
export const notification = pgTable(
	'notification',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		consultationId: uuid('consultation_id').references(() => consultation.id, { onDelete: 'cascade' }),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		digestedAt: timestamp('digested_at', { withTimezone: true })
	},
	(t) => [index('notification_pending_idx').on(t.userId, t.digestedAt)]
);
