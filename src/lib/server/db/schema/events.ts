import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseStory } from './case-stories';
import { municipality } from './municipalities';
import type { ContentTranslations } from './content-translations';

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventField = 'title' | 'description' | 'place';

/**
 * A Veranstaltung (a Stadtfest with migrant groups, an SDG workshop …), published by coordinators or verified
 * municipality users. Past events stay in the public archive. Purpose: public information. Retention: kept.
 */
export const event = pgTable(
	'event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		title: text('title').notNull(),
		/** Markdown, rendered without raw HTML. */
		description: text('description').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** Address or room; empty for online-only events. */
		place: text('place').notNull().default(''),
		/** The link to join an online event; shown to registered people in their confirmation only. */
		onlineUrl: text('online_url'),
		municipalityAgs: text('municipality_ags').references(() => municipality.ags),
		topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
		organisationIds: uuid('organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
		/** Seats; null means no limit (no waiting list). */
		capacity: integer('capacity'),
		caseStoryId: uuid('case_story_id').references(() => caseStory.id, { onDelete: 'set null' }),
		translations: jsonb('translations').$type<ContentTranslations<EventField>>().notNull().default({}),
		status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
		createdBy: text('created_by'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('event_status_start_idx').on(t.status, t.startsAt), index('event_creator_idx').on(t.createdBy)]
);

export const EVENT_REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type EventRegistrationStatus = (typeof EVENT_REGISTRATION_STATUSES)[number];

/**
 * A registration for an event: name and e-mail only. Cancellation works by a link whose token is stored as a hash.
 * Purpose: organising the event. Retention: deleted 30 days after the event ends (DESIGN §8).
 */
export const eventRegistration = pgTable(
	'event_registration',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		email: text('email').notNull(),
		locale: text('locale').notNull().default('de'),
		status: text('status', { enum: EVENT_REGISTRATION_STATUSES }).notNull(),
		cancelTokenHash: text('cancel_token_hash').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [index('event_registration_event_idx').on(t.eventId, t.status, t.createdAt)]
);
