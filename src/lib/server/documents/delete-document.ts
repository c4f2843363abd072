import { and, eq } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationDocument } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError } from '../consultations/errors';
import { appendTimeline } from '../consultations/timeline';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { deleteRefusal, maySeeDocument } from './document-rules';
import { DocumentNotFoundError, DocumentRefusedError } from './errors';
import { isDocumentId } from './get-document';

export interface DeleteDocumentCommand {
	consultationId: string;
	documentId: string;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Deletes a document: the row with timeline and audit entry in one transaction, the file after the commit.
 * In that order a failure can at worst leave an unreferenced file, never a row whose file is gone.
 */
export async function deleteDocument(db: Db, storage: FileStorage, cmd: DeleteDocumentCommand): Promise<{ fileName: string; title: string }> {
	if (!isDocumentId(cmd.documentId)) throw new DocumentNotFoundError();
	const doc = await db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		const [row] = await tx
			.select()
			.from(consultationDocument)
			.where(and(eq(consultationDocument.id, cmd.documentId), eq(consultationDocument.consultationId, cmd.consultationId)));
		if (!row || !maySeeDocument(access, row)) throw new DocumentNotFoundError();
		const refusal = deleteRefusal(access, row, cmd.user.id);
		if (refusal) throw new DocumentRefusedError(refusal);
		await tx.delete(consultationDocument).where(eq(consultationDocument.id, row.id));
		await appendTimeline(tx, {
			consultationId: cmd.consultationId,
			actorId: cmd.user.id,
			kind: 'document',
			visibility: row.visibility,
			data: { action: 'deleted', title: row.title || row.fileName, id: row.id }
		});
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: 'document.delete',
			targetType: 'consultation_document',
			targetId: row.id,
			details: { consultationId: cmd.consultationId, fileName: row.fileName, sha256: row.sha256, uploadedBy: row.uploadedBy }
		});
		return row;
	});
	await storage.delete(doc.storageKey).catch((err) => log.error('document file not deleted', { storageKey: doc.storageKey, error: String(err) }));
	return { fileName: doc.fileName, title: doc.title };
}
