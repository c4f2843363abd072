import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';

/**
 * The evaluation of a consultation (DESIGN §7): one answered by the municipality, one by the advisors (for the
 * tandem). Counts and estimates only; the share with a migration biography is an optional estimate, never per
 * person. Purpose: impact reports for the funder. Retention: with the consultation.
 */
export const evaluation = pgTable(
	'evaluation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['municipality', 'advisor'] }).notNull(),
		// Municipality: satisfaction and the three aims, each 1–5.
		satisfaction: smallint('satisfaction'),
		aimPerspectives: smallint('aim_perspectives'),
		aimAppreciation: smallint('aim_appreciation'),
		aimParticipation: smallint('aim_participation'),
		learnings: text('learnings').notNull().default(''),
		wouldRecommend: boolean('would_recommend'),
		/** Consent to publish a case story; the proof (time, text version) is in consent_record. */
		caseStoryConsent: boolean('case_story_consent'),
		// Advisors: what came of it.
		organisationsInvolved: integer('organisations_involved'),
		organisationIds: uuid('organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
		newCooperations: integer('new_cooperations'),
		participants: integer('participants'),
		measuresPlanned: integer('measures_planned'),
		measuresImplemented: integer('measures_implemented'),
		/** Optional estimate in percent (0–100) of participants with a migration biography. */
		migrationShareEstimate: smallint('migration_share_estimate'),
		comments: text('comments').notNull().default(''),
		submittedBy: text('submitted_by'),
		version: integer('version').notNull().default(1),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('evaluation_consultation_kind_uq').on(t.consultationId, t.kind), index('evaluation_kind_idx').on(t.kind)]
);
