import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations';

/**
 * An invitation of a directory organisation to take part in something (a consultation, an event, or for now a
 * described occasion), sent by mail; the organisation answers through a one-time link (only its hash is stored).
 * Purpose: arranging cooperation. Retention: 2 years after the answer.
 */
export const organisationInvitation = pgTable(
	'organisation_invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** 'occasion' today; 'consultation' and 'event' once those records exist (contextId then points to them). */
		contextType: text('context_type', { enum: ['occasion', 'consultation', 'event'] }).notNull(),
		contextId: text('context_id'),
		title: text('title').notNull(),
		occasionDate: text('occasion_date'),
		message: text('message').notNull(),
		invitedBy: text('invited_by').notNull(),
		status: text('status', { enum: ['invited', 'accepted', 'declined', 'withdrawn'] })
			.notNull()
			.default('invited'),
		answerNote: text('answer_note'),
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [index('organisation_invitation_org_idx').on(t.organisationId), index('organisation_invitation_by_idx').on(t.invitedBy)]
);
