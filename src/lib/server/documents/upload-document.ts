import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationDocument, user } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { isConsultationId, loadConsultationForUser } from '../consultations/access';
import { clientName } from '../consultations/client-name';
import { ConsultationNotFoundError } from '../consultations/errors';
import { appendTimeline } from '../consultations/timeline';
import type { FileStorage } from '../files/file-storage';
import { log } from '../logger';
import { notifyParticipants } from '../notifications/notify';
import { uploadRefusal } from './document-rules';
import { DocumentRefusedError } from './errors';
import { documentLinks, documentMailTexts } from './mails';
import { prepareUpload } from './prepare-upload';

export type DocumentRow = typeof consultationDocument.$inferSelect;

export interface UploadDocumentCommand {
	consultationId: string;
	file: { name: string; bytes: Uint8Array };
	title: string;
	visibility: 'all' | 'internal';
	user: { id: string };
	roles: readonly Role[];
	/** UPLOAD_MAX_MB */
	maxMb: number;
}

/**
 * Checks the file (DocumentFileError), stores it under a random key, then records it in one short transaction:
 * the row, a timeline entry with the document's visibility, the audit entry and the notices to the people who
 * may see it. The file is written first because the transaction must not wait for the disk; when the
 * transaction fails or refuses, the file is removed again, so no file is left without its row.
 */
export async function uploadDocument(db: Db, storage: FileStorage, cmd: UploadDocumentCommand, { origin }: { origin: string }): Promise<DocumentRow> {
	if (!isConsultationId(cmd.consultationId)) throw new ConsultationNotFoundError();
	const file = await prepareUpload(cmd.file, { maxMb: cmd.maxMb });
	const storageKey = `documents/${cmd.consultationId}/${randomBytes(16).toString('hex')}`;
	await storage.put(storageKey, file.bytes);
	try {
		return await db.transaction(async (tx) => {
			const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
			if (!access) throw new ConsultationNotFoundError();
			const refusal = uploadRefusal(access, cmd.visibility);
			if (refusal) throw new DocumentRefusedError(refusal);
			const title = cmd.title.trim();
			const [row] = await tx
				.insert(consultationDocument)
				.values({
					consultationId: cmd.consultationId,
					fileName: file.fileName,
					mediaType: file.mediaType,
					sizeBytes: file.sizeBytes,
					sha256: file.sha256,
					storageKey,
					title,
					visibility: cmd.visibility,
					uploadedBy: cmd.user.id
				})
				.returning();
			const name = title || file.fileName;
			await appendTimeline(tx, {
				consultationId: cmd.consultationId,
				actorId: cmd.user.id,
				kind: 'document',
				visibility: cmd.visibility,
				data: { action: 'created', title: name, id: row.id }
			});
			await recordAudit(tx, {
				actorId: cmd.user.id,
				action: 'document.upload',
				targetType: 'consultation_document',
				targetId: row.id,
				details: { consultationId: cmd.consultationId, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256, visibility: cmd.visibility }
			});
			const [uploader] = await tx.select({ name: user.name }).from(user).where(eq(user.id, cmd.user.id));
			const mail = {
				uploader: uploader?.name ?? '',
				reference: access.consultation.reference,
				client: await clientName(tx, access.consultation),
				name,
				url: documentLinks(origin).list(cmd.consultationId)
			};
			await notifyParticipants(
				tx,
				{ kind: 'consultation.document', consultationId: cmd.consultationId, render: (locale) => documentMailTexts(locale).uploaded(mail) },
				{ audience: cmd.visibility, except: cmd.user.id }
			);
			return row;
		});
	} catch (err) {
		await storage.delete(storageKey).catch((cleanup) => log.error('document file left behind', { storageKey, error: String(cleanup) }));
		throw err;
	}
}
