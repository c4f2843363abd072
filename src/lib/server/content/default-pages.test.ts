import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentPage, contentPageRevision } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { DEFAULT_PAGES, seedDefaultPages } from './default-pages';
import { CONTENT_PAGE_KEYS, isEasyLanguagePage } from './page-keys';
import { saveContentPage } from './save-content-page';

describe('DEFAULT_PAGES', () => {
	it('has one page for every key, with a title, a description and a body', () => {
		expect(DEFAULT_PAGES.map((p) => p.key).sort()).toEqual([...CONTENT_PAGE_KEYS].sort());
		for (const page of DEFAULT_PAGES) {
			expect(page.title.length, page.key).toBeGreaterThan(0);
			expect(page.description.length, page.key).toBeLessThanOrEqual(300);
			expect(page.body.length, page.key).toBeGreaterThan(100);
		}
	});

	it('translates the standard pages into English and leaves Leichte Sprache German only', () => {
		for (const page of DEFAULT_PAGES) expect(Boolean(page.en), page.key).toBe(!isEasyLanguagePage(page.key));
	});

	it('answers at least eight questions in the FAQ', () => {
		const faq = DEFAULT_PAGES.find((p) => p.key === 'faq')!;
		expect(faq.body.match(/^## .+\?$/gm)?.length).toBeGreaterThanOrEqual(8);
		expect(faq.en!.body.match(/^## .+\?$/gm)?.length).toBe(faq.body.match(/^## .+\?$/gm)?.length);
	});
});

describeDb('seedDefaultPages', ({ db }) => {
	it('inserts every page once with a first revision, and a second run changes nothing', async () => {
		await seedDefaultPages(db());
		await seedDefaultPages(db());
		const pages = await db().select().from(contentPage);
		expect(pages.map((p) => p.key).sort()).toEqual([...CONTENT_PAGE_KEYS].sort());
		const revisions = await db().select().from(contentPageRevision);
		expect(revisions).toHaveLength(CONTENT_PAGE_KEYS.length);
		expect(pages.find((p) => p.key === 'angebot')!.translations.en?.title).toBe('What we offer');
	});

	it('never overwrites an edited page, and restores a missing one', async () => {
		await seedDefaultPages(db());
		const editor = await createTestUser(db(), { roles: ['coordinator'] });
		const [before] = await db().select().from(contentPage).where(eq(contentPage.key, 'faq'));
		await saveContentPage(db(), { key: 'faq', version: before.version, input: { title: 'Fragen und Antworten', description: '', body: 'Neu' }, actorId: editor.id });
		await db().delete(contentPage).where(eq(contentPage.key, 'gebaerdensprache'));

		await seedDefaultPages(db());

		const [faq] = await db().select().from(contentPage).where(eq(contentPage.key, 'faq'));
		expect(faq).toMatchObject({ title: 'Fragen und Antworten', body: 'Neu', version: before.version + 1 });
		const [sign] = await db().select().from(contentPage).where(eq(contentPage.key, 'gebaerdensprache'));
		expect(sign.title).toBe('Informationen in Deutscher Gebärdensprache');
	});
});
