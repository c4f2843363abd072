import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipality } from './municipalities';

export { ORGANISATION_KINDS, SIZE_CLASSES, type OrganisationKind, type SizeClass } from '../../../reference/organisation-kinds-values';
import { ORGANISATION_KINDS, SIZE_CLASSES } from '../../../reference/organisation-kinds-values';

/**
 * unconfirmed: registered, email not confirmed · pending: waiting for a coordinator · published: in the public
 * directory · hidden: not confirmed in time or withdrawn (kept, not deleted) · rejected: not a fit for the directory.
 */
export const ORGANISATION_STATUSES = ['unconfirmed', 'pending', 'published', 'hidden', 'rejected'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Directory entries of migrant organisations, associations and initiatives (DESIGN §5, §8).
 * Communities are described by the organisation itself (countries or regions), never data about a person.
 * Purpose: the public directory and finding partners. Retention: while the entry exists; contact data is public
 * only with the consent recorded in consent_record; an entry not confirmed yearly is hidden.
 */
export const organisation = pgTable(
	'organisation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
		description: text('description').notNull().default(''),
		languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
		communities: text('communities').array().notNull().default(sql`'{}'::text[]`),
		topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
		sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
		municipalityAgs: text('municipality_ags')
			.notNull()
			.references(() => municipality.ags),
		address: text('address'),
		website: text('website'),
		contactName: text('contact_name').notNull(),
		contactEmail: text('contact_email').notNull(),
		foundedYear: integer('founded_year'),
		sizeClass: text('size_class', { enum: SIZE_CLASSES }),
		verified: boolean('verified').notNull().default(false),
		status: text('status', { enum: ORGANISATION_STATUSES }).notNull().default('unconfirmed'),
		/** Consents as currently in force (the history lives in consent_record). */
		publishContact: boolean('publish_contact').notNull().default(false),
		publishAddress: boolean('publish_address').notNull().default(false),
		contactable: boolean('contactable').notNull().default(false),
		emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		verifiedBy: text('verified_by'),
		lastConfirmedAt: timestamp('last_confirmed_at', { withTimezone: true }),
		remindersSent: integer('reminders_sent').notNull().default(0),
		lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		possibleDuplicateOf: uuid('possible_duplicate_of'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** German full-text document over name and description, accents folded (see migration). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('german', immutable_unaccent(coalesce(name, '') || ' ' || coalesce(description, '')))`
		)
	},
	(t) => [
		index('organisation_status_idx').on(t.status),
		index('organisation_municipality_idx').on(t.municipalityAgs),
		index('organisation_search_idx').using('gin', t.search),
		index('organisation_name_trgm_idx').using('gin', sql`immutable_unaccent(lower(${t.name})) gin_trgm_ops`),
		// The directory's default order (by name) reads the first page from this index instead of sorting all rows.
		index('organisation_status_name_idx').on(t.status, sql`lower(${t.name})`, t.id),
		index('organisation_topics_idx').using('gin', t.topics),
		index('organisation_languages_idx').using('gin', t.languages)
	]
);
