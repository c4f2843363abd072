import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';
import { municipality } from './municipalities';
import type { ContentTranslations } from './content-translations';

export const CASE_STORY_STATUSES = ['draft', 'review', 'published', 'archived'] as const;
export type CaseStoryStatus = (typeof CASE_STORY_STATUSES)[number];
export type CaseStoryField = 'title' | 'teaser' | 'body';
export type CaseStoryQuote = { text: string; attribution: string };

/**
 * A Beratungsbeispiel for the public case library (DESIGN §7). Written by coordinators in Markdown; publishing
 * needs the municipality's recorded consent from the evaluation of the linked consultation. No personal data
 * beyond the attributions the municipality agreed to. Purpose: public information. Retention: until archived and
 * deleted by the coordination.
 */
export const caseStory = pgTable(
	'case_story',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		consultationId: uuid('consultation_id').references(() => consultation.id, { onDelete: 'set null' }),
		municipalityAgs: text('municipality_ags').references(() => municipality.ags),
		year: smallint('year').notNull(),
		topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
		sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
		title: text('title').notNull(),
		teaser: text('teaser').notNull().default(''),
		/** Markdown, rendered without raw HTML. */
		body: text('body').notNull().default(''),
		quotes: jsonb('quotes').$type<CaseStoryQuote[]>().notNull().default([]),
		/** Measures of the linked consultation shown as results. */
		resultMeasureIds: uuid('result_measure_ids').array().notNull().default(sql`'{}'::uuid[]`),
		translations: jsonb('translations').$type<ContentTranslations<CaseStoryField>>().notNull().default({}),
		status: text('status', { enum: CASE_STORY_STATUSES }).notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdBy: text('created_by'),
		updatedBy: text('updated_by'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('case_story_status_idx').on(t.status, t.publishedAt),
		index('case_story_municipality_idx').on(t.municipalityAgs),
		index('case_story_search_idx').using(
			'gin',
			sql`to_tsvector('german', ${t.title} || ' ' || ${t.teaser} || ' ' || ${t.body})`
		)
	]
);

/** Every saved version of a case story (revision history): a snapshot of the editable fields. */
export const caseStoryRevision = pgTable(
	'case_story_revision',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		caseStoryId: uuid('case_story_id')
			.notNull()
			.references(() => caseStory.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		status: text('status', { enum: CASE_STORY_STATUSES }).notNull(),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
		note: text('note').notNull().default(''),
		actorId: text('actor_id'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_story_revision_story_idx').on(t.caseStoryId, t.version)]
);

/**
 * An image of a case story. The original is re-encoded without metadata; responsive sizes are stored under
 * `<fileKey>-<width>` (WebP; storage keys have no dots). Alt text is required (German, translations optional).
 */
export const caseStoryImage = pgTable(
	'case_story_image',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseStoryId: uuid('case_story_id')
			.notNull()
			.references(() => caseStory.id, { onDelete: 'cascade' }),
		fileKey: text('file_key').notNull(),
		widths: smallint('widths').array().notNull().default(sql`'{}'::smallint[]`),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		alt: text('alt').notNull(),
		altTranslations: jsonb('alt_translations').$type<Partial<Record<string, string>>>().notNull().default({}),
		caption: text('caption').notNull().default(''),
		position: smallint('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_story_image_story_idx').on(t.caseStoryId, t.position)]
);
