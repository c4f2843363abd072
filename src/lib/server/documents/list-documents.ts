import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultationDocument, user } from '../db/schema';
import type { ConsultationAccess } from '../consultations/access';

/** The documents of a consultation this person may see, newest first; internal ones only for those who see internal entries. */
export async function listDocuments(db: Db, access: Pick<ConsultationAccess, 'consultation' | 'seesInternal'>) {
	const where: SQL[] = [eq(consultationDocument.consultationId, access.consultation.id)];
	if (!access.seesInternal) where.push(eq(consultationDocument.visibility, 'all'));
	return db
		.select({
			id: consultationDocument.id,
			fileName: consultationDocument.fileName,
			title: consultationDocument.title,
			mediaType: consultationDocument.mediaType,
			sizeBytes: consultationDocument.sizeBytes,
			visibility: consultationDocument.visibility,
			uploadedBy: consultationDocument.uploadedBy,
			uploaderName: user.name,
			createdAt: consultationDocument.createdAt
		})
		.from(consultationDocument)
		.leftJoin(user, eq(user.id, consultationDocument.uploadedBy))
		.where(and(...where))
		.orderBy(desc(consultationDocument.createdAt), desc(consultationDocument.id));
}

export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];
