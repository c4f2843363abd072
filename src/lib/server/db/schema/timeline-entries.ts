import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';

/**
 * The timeline of a consultation is also its dialogue: transitions, messages and notes, each visible to
 * everyone taking part ('all') or only to coordination and advisors ('internal').
 */
export const timelineEntry = pgTable(
	'timeline_entry',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: text('actor_id'),
		kind: text('kind', { enum: ['created', 'transition', 'message', 'assignment', 'edit', 'session', 'measure', 'document', 'evaluation'] }).notNull(),
		visibility: text('visibility', { enum: ['all', 'internal'] }).notNull(),
		body: text('body').notNull().default(''),
		data: jsonb('data').$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [index('timeline_entry_consultation_idx').on(t.consultationId, t.at)]
);
