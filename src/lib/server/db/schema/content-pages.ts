import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ContentTranslations } from './content-translations';

export type ContentPageField = 'title' | 'description' | 'body';

/**
 * The editable public pages (Angebot, Über MiGlobe, FAQ, Kontakt, Leichte Sprache …), keyed by a fixed slug.
 * Markdown, rendered without raw HTML. Purpose: public information. Retention: kept, with revisions.
 */
export const contentPage = pgTable('content_page', {
	key: text('key').primaryKey(),
	title: text('title').notNull(),
	/** One sentence for search engines and link previews. */
	description: text('description').notNull().default(''),
	body: text('body').notNull().default(''),
	translations: jsonb('translations').$type<ContentTranslations<ContentPageField>>().notNull().default({}),
	updatedBy: text('updated_by'),
	version: integer('version').notNull().default(1),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Every saved version of a content page. */
export const contentPageRevision = pgTable(
	'content_page_revision',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		pageKey: text('page_key')
			.notNull()
			.references(() => contentPage.key, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
		actorId: text('actor_id'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('content_page_revision_page_idx').on(t.pageKey, t.version)]
);
