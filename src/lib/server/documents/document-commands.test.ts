import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestDocument, exeBytes, jpegWithExif, pdfBytes } from '../testing/document-factories';
import { auditLog, consultationDocument, outboxMail, timelineEntry } from '../db/schema';
import { createLocalFileStorage } from '../files/local-file-storage';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError } from '../consultations/errors';
import { uploadDocument } from './upload-document';
import { deleteDocument } from './delete-document';
import { listDocuments } from './list-documents';
import { getDocument } from './get-document';
import { DocumentFileError, DocumentNotFoundError, DocumentRefusedError } from './errors';

const origin = 'http://localhost:3000';

describeDb('document commands', ({ db }) => {
	const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-doc-cmd-'));
	const storage = createLocalFileStorage(dir);
	/** Every stored file, as "consultation/key" paths below documents/. */
	const storedFiles = (consultationId: string) => {
		try {
			return readdirSync(path.join(dir, 'documents', consultationId));
		} catch {
			return [];
		}
	};
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	let ags: string;
	let coordinator: { id: string }, advisor: { id: string; email: string }, client: { id: string; email: string }, stranger: { id: string };
	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'], name: 'Kora Koordination' });
		advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Ada Beraterin' });
		client = await createTestUser(db(), { roles: ['municipality'], name: 'Petra Kommune' });
		stranger = await createTestUser(db(), { roles: ['municipality'] });
	});
	const openConsultation = async (state: 'in_dialogue' | 'completed' = 'in_dialogue') => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return c;
	};
	const upload = (consultationId: string, who: { id: string }, roles: ('coordinator' | 'advisor' | 'municipality')[], extra: Partial<Parameters<typeof uploadDocument>[2]> = {}) =>
		uploadDocument(
			db(),
			storage,
			{ consultationId, file: { name: 'Protokoll.pdf', bytes: pdfBytes() }, title: '', visibility: 'all', user: who, roles, maxMb: 20, ...extra },
			{ origin }
		);
	const accessOf = async (consultationId: string, who: { id: string }, roles: ('coordinator' | 'advisor' | 'municipality')[]) =>
		(await loadConsultationForUser(db(), consultationId, who, roles))!;

	it('stores the file and writes row, timeline, audit and mails to the others in one go', async () => {
		const c = await openConsultation();
		const bytes = pdfBytes();
		const row = await upload(c.id, coordinator, ['coordinator'], { file: { name: 'Protokoll Dialogforum.pdf', bytes }, title: '  Protokoll  ' });
		expect(row).toMatchObject({ consultationId: c.id, fileName: 'Protokoll Dialogforum.pdf', title: 'Protokoll', mediaType: 'application/pdf', sizeBytes: bytes.length, visibility: 'all', uploadedBy: coordinator.id });
		expect(row.storageKey).toMatch(new RegExp(`^documents/${c.id}/[0-9a-f]{32}$`));
		expect(row.storageKey).not.toContain('Protokoll');
		expect((await storage.get(row.storageKey)).equals(bytes)).toBe(true);

		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entry).toMatchObject({ kind: 'document', visibility: 'all', actorId: coordinator.id, data: { action: 'created', title: 'Protokoll', id: row.id } });
		const [audit] = await db().select().from(auditLog).where(eq(auditLog.targetId, row.id));
		expect(audit).toMatchObject({ action: 'document.upload', actorId: coordinator.id });
		const mails = await db().select().from(outboxMail).where(eq(outboxMail.kind, 'consultation.document'));
		const toUs = mails.filter((mail) => [advisor.email, client.email].includes(mail.to));
		expect(toUs.map((mail) => mail.to).sort()).toEqual([advisor.email, client.email].sort());
		expect(toUs[0].text).toContain(`${origin}/app/beratungen/${c.id}/dokumente`);
		expect(toUs[0].subject).toContain(c.reference);
	});

	it('tells only the advisors about an internal document, and hides it from the municipality', async () => {
		const c = await openConsultation();
		const before = (await db().select().from(outboxMail)).length;
		const row = await upload(c.id, advisor, ['advisor'], { visibility: 'internal', file: { name: 'Notizen.txt', bytes: Buffer.from('intern') } });
		expect((await db().select().from(outboxMail)).length).toBe(before); // the uploader is the only advisor
		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entry.visibility).toBe('internal');

		expect((await listDocuments(db(), await accessOf(c.id, coordinator, ['coordinator']))).map((d) => d.id)).toEqual([row.id]);
		expect(await listDocuments(db(), await accessOf(c.id, client, ['municipality']))).toEqual([]);
		expect(await getDocument(db(), await accessOf(c.id, client, ['municipality']), row.id)).toBeNull();
		expect(await getDocument(db(), await accessOf(c.id, advisor, ['advisor']), row.id)).toMatchObject({ id: row.id });
	});

	it('lists newest first with the uploader name', async () => {
		const c = await openConsultation();
		const first = await upload(c.id, client, ['municipality']);
		const second = await upload(c.id, advisor, ['advisor'], { file: { name: 'Foto.jpg', bytes: await jpegWithExif() } });
		const list = await listDocuments(db(), await accessOf(c.id, client, ['municipality']));
		expect(list.map((d) => [d.id, d.uploaderName])).toEqual([
			[second.id, 'Ada Beraterin'],
			[first.id, 'Petra Kommune']
		]);
		expect((await sharp(await storage.get(second.storageKey)).metadata()).exif).toBeUndefined();
	});

	it('refuses bad files before anything is stored', async () => {
		const c = await openConsultation();
		await expect(upload(c.id, coordinator, ['coordinator'], { file: { name: 'Rechnung.pdf', bytes: exeBytes() } })).rejects.toBeInstanceOf(DocumentFileError);
		await expect(upload(c.id, coordinator, ['coordinator'], { file: { name: 'gross.pdf', bytes: pdfBytes() }, maxMb: 0 })).rejects.toMatchObject({ problem: 'too_large' });
		expect(storedFiles(c.id)).toEqual([]);
		expect(await db().select().from(consultationDocument).where(eq(consultationDocument.consultationId, c.id))).toEqual([]);
	});

	it('refuses people and states that may not upload, and removes the file it had written', async () => {
		const open = await openConsultation();
		const closed = await openConsultation('completed');
		await expect(upload(open.id, stranger, ['municipality'])).rejects.toBeInstanceOf(ConsultationNotFoundError);
		await expect(upload(open.id, client, ['municipality'], { visibility: 'internal' })).rejects.toMatchObject({ refusal: 'role_not_allowed' });
		await expect(upload(closed.id, coordinator, ['coordinator'])).rejects.toMatchObject({ refusal: 'closed' });
		await expect(upload('not-a-uuid', coordinator, ['coordinator'])).rejects.toBeInstanceOf(ConsultationNotFoundError);
		expect(storedFiles(open.id)).toEqual([]);
		expect(storedFiles(closed.id)).toEqual([]);
	});

	it('deletes the stored file when the database part fails', async () => {
		const c = await openConsultation();
		// PostgreSQL refuses NUL in text: a genuine failure inside the transaction, after the file was written.
		await expect(upload(c.id, coordinator, ['coordinator'], { title: 'Titel\u0000' })).rejects.toThrow();
		expect(storedFiles(c.id)).toEqual([]);
		expect(await db().select().from(consultationDocument).where(eq(consultationDocument.consultationId, c.id))).toEqual([]);
		expect(await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id))).toEqual([]);
	});

	it('lets the uploader and coordinators delete: row in the transaction, file after it', async () => {
		const c = await openConsultation();
		const own = await upload(c.id, client, ['municipality']);
		const other = await upload(c.id, advisor, ['advisor']);
		const del = (documentId: string, who: { id: string }, roles: ('coordinator' | 'advisor' | 'municipality')[]) =>
			deleteDocument(db(), storage, { consultationId: c.id, documentId, user: who, roles });

		await expect(del(other.id, client, ['municipality'])).rejects.toBeInstanceOf(DocumentRefusedError);
		await expect(del('f00d', client, ['municipality'])).rejects.toBeInstanceOf(DocumentNotFoundError);
		await expect(del(crypto.randomUUID(), client, ['municipality'])).rejects.toBeInstanceOf(DocumentNotFoundError);
		expect(await storage.exists(other.storageKey)).toBe(true);

		expect(await del(own.id, client, ['municipality'])).toEqual({ fileName: 'Protokoll.pdf', title: '' });
		expect(await storage.exists(own.storageKey)).toBe(false);
		await del(other.id, coordinator, ['coordinator']);
		expect(storedFiles(c.id)).toEqual([]);
		expect(await db().select().from(consultationDocument).where(eq(consultationDocument.consultationId, c.id))).toEqual([]);
		const entries = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entries.filter((e) => (e.data as { action?: string }).action === 'deleted')).toHaveLength(2);
		expect(await db().select().from(auditLog).where(eq(auditLog.targetId, own.id))).toEqual(
			expect.arrayContaining([expect.objectContaining({ action: 'document.delete', actorId: client.id })])
		);
	});

	it('treats an internal document as missing for a municipality user who tries to delete it', async () => {
		const c = await openConsultation();
		const doc = await createTestDocument(db(), storage, { consultationId: c.id, visibility: 'internal', uploadedBy: client.id });
		await expect(deleteDocument(db(), storage, { consultationId: c.id, documentId: doc.id, user: client, roles: ['municipality'] })).rejects.toBeInstanceOf(
			DocumentNotFoundError
		);
		expect(await storage.exists(doc.storageKey)).toBe(true);
	});
});
