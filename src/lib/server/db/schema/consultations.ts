import { sql } from 'drizzle-orm';
import { index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { STATES } from '../../consultations/lifecycle';
import { district } from './districts';
import { municipality } from './municipalities';

/**
 * A consultation from the first request to its evaluation (DESIGN §4). The client is a municipality or a
 * district (Kreis). Purpose: running the consultation and reporting aggregates. Retention: contact data of
 * declined and withdrawn requests 1 year after closing; completed consultations 10 years (funding rules),
 * contact data anonymised after 3 years.
 */
export const consultation = pgTable(
	'consultation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** MG-2026-0042: year of the request and a running number within that year. */
		reference: text('reference').notNull().unique(),
		year: integer('year').notNull(),
		state: text('state', { enum: STATES }).notNull().default('requested'),
		pausedFrom: text('paused_from', { enum: STATES }),
		municipalityAgs: text('municipality_ags').references(() => municipality.ags),
		districtCode: text('district_code').references(() => district.code),
		contactName: text('contact_name').notNull(),
		contactFunction: text('contact_function').notNull().default(''),
		contactEmail: text('contact_email').notNull(),
		contactPhone: text('contact_phone'),
		topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
		sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
		/** The concern in the municipality's own words. */
		concern: text('concern').notNull(),
		involve: text('involve').notNull().default(''),
		desiredFormat: text('desired_format').notNull().default(''),
		timeframe: text('timeframe').notNull().default(''),
		heardVia: text('heard_via').notNull().default(''),
		/** Languages of the target communities (ISO 639-1), for matching. */
		targetLanguages: text('target_languages').array().notNull().default(sql`'{}'::text[]`),
		/** Recorded by the coordination after the Dialogforum. */
		goals: text('goals').notNull().default(''),
		declineReason: text('decline_reason'),
		withdrawReason: text('withdraw_reason'),
		evaluationWaiver: text('evaluation_waiver'),
		/** SHA-256 of the private status link token sent to the contact person. */
		statusTokenHash: text('status_token_hash').notNull().unique(),
		/** One request per form submission, however often it is sent (reload, double click). */
		submissionKey: text('submission_key').unique(),
		source: text('source', { enum: ['public_form', 'coordinator'] }).notNull(),
		createdBy: text('created_by'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		index('consultation_state_idx').on(t.state),
		index('consultation_municipality_idx').on(t.municipalityAgs),
		index('consultation_district_idx').on(t.districtCode),
		index('consultation_year_idx').on(t.year)
	]
);
