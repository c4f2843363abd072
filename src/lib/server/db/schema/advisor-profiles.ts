import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { municipality } from './municipalities';
import { user } from './users';

export const LANGUAGE_LEVELS = ['native', 'fluent', 'good', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** Expertise level of a topic or SDG: 1 some experience, 2 solid, 3 expert. */
export type ExpertiseLevel = 1 | 2 | 3;

/**
 * The advisor's profile (DESIGN §2, §6, §8). One row per advisor account. The description of the advisor's own
 * background is kept only while the separate consent holds (`backgroundConsentAt`); revoking it deletes the text.
 * Purpose: matching and the public team page. Retention: while the account exists; photo and texts deleted with it.
 */
export const advisorProfile = pgTable('advisor_profile', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	/** Short public bio for the team page. */
	bio: text('bio').notNull().default(''),
	background: text('background').notNull().default(''),
	backgroundConsentAt: timestamp('background_consent_at', { withTimezone: true }),
	photoKey: text('photo_key'),
	photoMediaType: text('photo_media_type'),
	languages: jsonb('languages').$type<{ code: string; level: LanguageLevel }[]>().notNull().default([]),
	/** topic slug → level 1–3 */
	topicLevels: jsonb('topic_levels').$type<Record<string, ExpertiseLevel>>().notNull().default({}),
	/** SDG number (as text) → level 1–3 */
	sdgLevels: jsonb('sdg_levels').$type<Record<string, ExpertiseLevel>>().notNull().default({}),
	formats: text('formats').array().notNull().default(sql`'{}'::text[]`),
	baseMunicipalityAgs: text('base_municipality_ags').references(() => municipality.ags),
	/** Area served: government regions and districts by code, and/or a travel radius from the base. */
	servedRegions: text('served_regions').array().notNull().default(sql`'{}'::text[]`),
	servedDistricts: text('served_districts').array().notNull().default(sql`'{}'::text[]`),
	travelRadiusKm: smallint('travel_radius_km'),
	weeklyCapacityHours: smallint('weekly_capacity_hours'),
	/** In the pool: only active advisors are ranked (coordinators switch it). */
	active: boolean('active').notNull().default(true),
	/** Opt-in to the public team page. */
	publicTeam: boolean('public_team').notNull().default(false),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
