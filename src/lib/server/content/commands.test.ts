import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, contentPage, contentPageRevision } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createDefaultPages } from '../testing/content-factories';
import { ContentPageNotFoundError, RevisionNotFoundError, StaleContentPageError } from './errors';
import { getContentPage, listPageRevisions } from './get-content-page';
import { restorePageRevision } from './restore-page-revision';
import { saveContentPage } from './save-content-page';
import { savePageTranslation } from './save-page-translation';

describeDb('content page commands', ({ db }) => {
	let actorId: string;
	beforeAll(async () => {
		await createDefaultPages(db());
		actorId = (await createTestUser(db(), { roles: ['coordinator'], name: 'Aylin Demir' })).id;
	});

	it('saves the German original as a new version with a revision and an audit entry', async () => {
		const before = await getContentPage(db(), 'angebot');
		const input = { title: 'Unser Angebot', description: 'Kostenfrei für Kommunen.', body: '## Neu\n\nFaire Beschaffung in Bielefeld.' };
		const after = await saveContentPage(db(), { key: 'angebot', version: before.version, input, actorId });
		expect(after).toMatchObject({ ...input, version: before.version + 1, updatedBy: actorId });
		expect(after.translations.en?.title).toBe('What we offer');

		const revisions = await listPageRevisions(db(), 'angebot');
		expect(revisions[0]).toMatchObject({ version: after.version, actorName: 'Aylin Demir', restoredFrom: null });
		const [snapshot] = await db().select().from(contentPageRevision).where(and(eq(contentPageRevision.pageKey, 'angebot'), eq(contentPageRevision.version, after.version)));
		expect(snapshot.snapshot).toMatchObject(input);
		const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, 'content_page.update'), eq(auditLog.targetId, 'angebot')));
		expect(audit.at(-1)?.details).toMatchObject({ version: after.version, fields: ['description', 'body'] });
	});

	it('refuses a stale save and writes nothing', async () => {
		const current = await getContentPage(db(), 'kontakt');
		const revisionsBefore = (await listPageRevisions(db(), 'kontakt')).length;
		await expect(
			saveContentPage(db(), { key: 'kontakt', version: current.version + 5, input: { title: 'Alt', description: '', body: '' }, actorId })
		).rejects.toBeInstanceOf(StaleContentPageError);
		await saveContentPage(db(), { key: 'kontakt', version: current.version, input: { title: 'Kontakt', description: '', body: 'Erste' }, actorId });
		await expect(
			saveContentPage(db(), { key: 'kontakt', version: current.version, input: { title: 'Kontakt', description: '', body: 'Zweite' }, actorId })
		).rejects.toBeInstanceOf(StaleContentPageError);
		const after = await getContentPage(db(), 'kontakt');
		expect(after).toMatchObject({ body: 'Erste', version: current.version + 1 });
		expect(await listPageRevisions(db(), 'kontakt')).toHaveLength(revisionsBefore + 1);
	});

	it('answers an unknown page with ContentPageNotFoundError', async () => {
		await expect(saveContentPage(db(), { key: 'gibt-es-nicht', version: 1, input: { title: 'x', description: '', body: '' }, actorId })).rejects.toBeInstanceOf(
			ContentPageNotFoundError
		);
	});

	it('saves a translation per language and drops a language whose fields are all empty', async () => {
		const page = await getContentPage(db(), 'faq');
		const tr = await savePageTranslation(db(), { key: 'faq', locale: 'tr', version: page.version, input: { title: 'Sıkça sorulan sorular', description: '', body: 'Cevaplar' }, actorId });
		expect(tr.translations.tr).toEqual({ title: 'Sıkça sorulan sorular', body: 'Cevaplar' });
		expect(tr.translations.en?.title).toBe('Frequently asked questions');
		const cleared = await savePageTranslation(db(), { key: 'faq', locale: 'tr', version: tr.version, input: { title: '', description: '', body: '' }, actorId });
		expect(cleared.translations.tr).toBeUndefined();
		expect(cleared.version).toBe(page.version + 2);
		const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'content_page.translate'), eq(auditLog.targetId, 'faq')));
		expect(audit.details).toMatchObject({ locale: 'tr', fields: ['title', 'body'] });
	});

	it('restores an old version as a new revision, keeping the history', async () => {
		const original = await getContentPage(db(), 'ueber-miglobe');
		const [first] = await listPageRevisions(db(), 'ueber-miglobe');
		const edited = await saveContentPage(db(), { key: 'ueber-miglobe', version: original.version, input: { title: 'Über uns', description: '', body: 'Kurz.' }, actorId });

		const { page, restoredFrom } = await restorePageRevision(db(), { key: 'ueber-miglobe', revisionId: first.id, version: edited.version, actorId });

		expect(restoredFrom).toBe(original.version);
		expect(page).toMatchObject({ title: original.title, body: original.body, description: original.description, translations: original.translations, version: edited.version + 1 });
		const revisions = await listPageRevisions(db(), 'ueber-miglobe');
		expect(revisions.map((r) => r.version)).toEqual([edited.version + 1, edited.version, original.version]);
		expect(revisions[0].restoredFrom).toBe(original.version);
		const [stored] = await db().select().from(contentPage).where(eq(contentPage.key, 'ueber-miglobe'));
		expect(stored.body).toBe(original.body);
	});

	it('refuses a restore from a stale version or of another page’s revision', async () => {
		const page = await getContentPage(db(), 'leichte-sprache');
		const [own] = await listPageRevisions(db(), 'leichte-sprache');
		const [foreign] = await listPageRevisions(db(), 'faq');
		await expect(restorePageRevision(db(), { key: 'leichte-sprache', revisionId: own.id, version: page.version + 1, actorId })).rejects.toBeInstanceOf(StaleContentPageError);
		await expect(restorePageRevision(db(), { key: 'leichte-sprache', revisionId: foreign.id, version: page.version, actorId })).rejects.toBeInstanceOf(RevisionNotFoundError);
		expect((await getContentPage(db(), 'leichte-sprache')).version).toBe(page.version);
	});
});
