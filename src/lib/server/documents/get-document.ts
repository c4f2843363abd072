import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationDocument } from '../db/schema';
import type { ConsultationAccess } from '../consultations/access';
import { maySeeDocument } from './document-rules';

import { UUID_PATTERN as UUID } from '../ids';

/** A malformed id is answered like an unknown one (404), never with a database error. */
export const isDocumentId = (id: string) => UUID.test(id);

/** One document of the consultation, or null when it is not there or this person may not see it. */
export async function getDocument(db: Db, access: Pick<ConsultationAccess, 'consultation' | 'seesInternal'>, documentId: string) {
	if (!isDocumentId(documentId)) return null;
	const [row] = await db
		.select()
		.from(consultationDocument)
		.where(and(eq(consultationDocument.id, documentId), eq(consultationDocument.consultationId, access.consultation.id)));
	return row && maySeeDocument(access, row) ? row : null;
}
