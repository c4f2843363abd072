import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations';

/**
 * One-time links for organisation representatives (confirm email, edit the entry, yearly confirmation).
 * Only a SHA-256 hash of the token is stored. Retention: until used or expired, then deleted by the cleanup job.
 */
export const organisationToken = pgTable(
	'organisation_token',
	{
		tokenHash: text('token_hash').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: ['confirm_email', 'edit'] }).notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('organisation_token_org_idx').on(t.organisationId)]
);
