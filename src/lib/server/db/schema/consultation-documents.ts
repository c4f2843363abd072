import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultation } from './consultations';

/**
 * A file shared in a consultation. The bytes live behind the storage interface (DATA_DIR/files by default) under
 * `storageKey`; this row holds what the page shows and what access needs. Purpose: working material of the
 * consultation. Retention: with the consultation; deleting the row deletes the file.
 */
export const consultationDocument = pgTable(
	'consultation_document',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		mediaType: text('media_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		sha256: text('sha256').notNull(),
		storageKey: text('storage_key').notNull().unique(),
		title: text('title').notNull().default(''),
		visibility: text('visibility', { enum: ['all', 'internal'] }).notNull().default('all'),
		uploadedBy: text('uploaded_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consultation_document_consultation_idx').on(t.consultationId, t.createdAt)]
);
