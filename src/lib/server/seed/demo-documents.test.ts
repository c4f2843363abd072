import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { consultationDocument } from '../db/schema';
import { createFileStorage } from '../files/create-file-storage';
import { detectDocumentType } from '../documents/document-types';
import { seedDemoDocuments } from './demo-documents';

describeDb('seedDemoDocuments', ({ db }) => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-demo-docs-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('does nothing without the demo consultations, then stores real files once', async () => {
		await seedDemoDocuments(db(), dataDir);
		expect(await db().select().from(consultationDocument)).toEqual([]);

		const advisor = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'] });
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld, Stadt' });
		await createTestMunicipality(db(), { ags: '05315000', name: 'Köln, Stadt' });
		const bielefeld = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		const koeln = await createTestConsultation(db(), { municipalityAgs: '05315000', state: 'in_dialogue' });
		await seedDemoDocuments(db(), dataDir);
		await seedDemoDocuments(db(), dataDir); // a second run adds nothing

		const rows = await db().select().from(consultationDocument);
		expect(rows.filter((r) => r.consultationId === bielefeld.id)).toHaveLength(3);
		expect(rows.filter((r) => r.consultationId === koeln.id).map((r) => r.title)).toEqual(['Protokoll Dialogforum']);
		expect(rows.find((r) => r.title === 'Foto Stellwand Workshop')?.uploadedBy).toBe(advisor.id);
		expect(rows.find((r) => r.visibility === 'internal')?.uploadedBy).toBeNull(); // no demo coordinator here

		// Each file is what its row says, and would pass the upload checks itself.
		const storage = createFileStorage({ dataDir });
		for (const row of rows) {
			const bytes = await storage.get(row.storageKey);
			expect(bytes.length).toBe(row.sizeBytes);
			const type = await detectDocumentType(row.fileName, bytes);
			expect(type.ok && row.mediaType.startsWith(type.type.mediaType), row.fileName).toBe(true);
		}
		const photo = rows.find((r) => r.mediaType === 'image/png')!;
		expect(await sharp(await storage.get(photo.storageKey)).metadata()).toMatchObject({ width: 640, height: 400 });
	});
});
