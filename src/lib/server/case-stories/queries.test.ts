import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseStory } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestCaseStory } from '../testing/case-story-factories';
import { createLocalFileStorage } from '../files/local-file-storage';
import { parseCaseFilters } from './public-filters';
import { searchCaseStories, textMatch } from './search-case-stories';
import { getPublicCaseStory } from './get-public-case-story';
import { listOpenDataRows, listPublishedForFeeds, openDataCsv, openDataJson } from './open-data';
import { buildCaseAtom } from './atom-feed';
import { listLatestCaseStories, listPublishedCaseStoryPaths } from './latest-case-stories';
import { uploadCaseStoryImage } from './upload-case-story-image';
import { deleteCaseStoryImage } from './delete-case-story-image';
import { getCaseImageFile } from './get-case-image';
import { CaseImageFileError } from './errors';

const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeDb('case story queries', ({ db }) => {
	const filters = (query: string) => parseCaseFilters(new URLSearchParams(query));

	async function library() {
		const big = await createTestMunicipality(db(), { name: 'Großstadt am Rhein', population: 500_000, regionCode: '053', ags: '05315990' });
		const small = await createTestMunicipality(db(), { name: 'Kleinstadt im Sauerland', population: 12_000, regionCode: '059', ags: '05958990' });
		const author = await createTestUser(db(), { roles: ['coordinator'], name: 'Koordinatorin Geheim', email: 'geheim-koordination@test.miglobe.de' });
		const fair = await createTestCaseStory(db(), {
			slug: 'fairer-handel-rhein',
			title: 'Fairer Handel mit migrantischen Vereinen',
			teaser: 'Die Stadt hat Beratungen mit Vereinen organisiert.',
			body: 'Mehr **Fairtrade** im Rathaus.',
			municipalityAgs: big.ags,
			year: 2024,
			topics: ['fair-procurement'],
			sdgs: [12],
			status: 'published',
			publishedAt: new Date('2025-03-01T10:00:00Z'),
			createdBy: author.id,
			updatedBy: author.id,
			translations: { en: { title: 'Fair trade with migrant associations' } }
		});
		const school = await createTestCaseStory(db(), {
			slug: 'bildung-sauerland',
			title: 'Globales Lernen in Schulen',
			teaser: 'Diaspora-Organisationen gestalten Projekttage.',
			municipalityAgs: small.ags,
			year: 2023,
			sdgs: [4],
			status: 'published',
			publishedAt: new Date('2025-02-01T10:00:00Z')
		});
		const draft = await createTestCaseStory(db(), { slug: 'entwurf-fairtrade', title: 'Entwurf über Fairtrade', municipalityAgs: big.ags, status: 'draft' });
		return { big, small, fair, school, draft };
	}

	// One small library for the read-only tests below; they only read it, so their order does not matter.
	let lib: Awaited<ReturnType<typeof library>>;
	beforeAll(async () => {
		lib = await library();
	});

	it('finds only published stories, by German stems, filters and in the reader language', async () => {
		const { big } = lib;
		const all = await searchCaseStories(db(), filters(''), 'de');
		expect(all.rows.map((r) => r.slug)).toEqual(['fairer-handel-rhein', 'bildung-sauerland']);
		expect(all.total).toBe(2);
		// "Beratung" finds "Beratungen" through the German stemmer of the indexed expression.
		expect((await searchCaseStories(db(), filters('q=Beratung'), 'de')).rows.map((r) => r.slug)).toEqual(['fairer-handel-rhein']);
		expect((await searchCaseStories(db(), filters('q=Fairtrade'), 'de')).rows.map((r) => r.slug)).toEqual(['fairer-handel-rhein']);
		expect((await searchCaseStories(db(), filters('q=migrant associations'), 'en')).rows.map((r) => r.slug)).toEqual(['fairer-handel-rhein']);
		expect((await searchCaseStories(db(), filters('q=migrant associations'), 'de')).total).toBe(0);
		expect((await searchCaseStories(db(), filters('groesse=kleinstadt'), 'de')).rows.map((r) => r.slug)).toEqual(['bildung-sauerland']);
		expect((await searchCaseStories(db(), filters('bezirk=053&sdg=12&jahr=2024&thema=fair-procurement'), 'de')).total).toBe(1);
		expect((await searchCaseStories(db(), filters('bezirk=053&sdg=4'), 'de')).total).toBe(0);
		const en = await searchCaseStories(db(), filters(''), 'en');
		expect(en.rows[0]).toMatchObject({ title: 'Fair trade with migrant associations', fallback: true });
		expect(all.places.find((p) => p.ags === big.ags)).toMatchObject({ name: 'Großstadt am Rhein', stories: 1 });
	});

	it('lets PostgreSQL use the GIN index for the text search', async () => {
		const plan = await db().transaction(async (tx) => {
			await tx.execute(sql`set local enable_seqscan = off`);
			const result = await tx.execute(sql`explain select ${caseStory.id} from ${caseStory} where ${textMatch('Fairtrade', 'de')}`);
			return JSON.stringify((result as { rows: unknown[] }).rows);
		});
		expect(plan).toContain('case_story_search_idx');
	});

	it('shows a published story by slug with fallback note, and hides drafts', async () => {
		expect(await getPublicCaseStory(db(), 'entwurf-fairtrade', 'de')).toBeNull();
		expect(await getPublicCaseStory(db(), '../etc', 'de')).toBeNull();
		const story = await getPublicCaseStory(db(), 'fairer-handel-rhein', 'en');
		expect(story).toMatchObject({ title: 'Fair trade with migrant associations', fallback: true });
		expect(story!.bodyHtml).toContain('<strong>Fairtrade</strong>');
	});

	it('exports open data without personal data, as JSON, CSV and Atom that independent parsers read', async () => {
		const rows = await listOpenDataRows(db(), 'https://miglobe.example');
		expect(rows.map((r) => r.slug)).toEqual(['fairer-handel-rhein', 'bildung-sauerland']);
		expect(rows[0]).toMatchObject({ url: 'https://miglobe.example/beispiele/fairer-handel-rhein', license: 'CC BY 4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/', bodyText: 'Mehr Fairtrade im Rathaus.', ags: '05315990', sdgs: [12] });
		const json = openDataJson(rows, 'https://miglobe.example');
		expect(json).not.toMatch(/Geheim|geheim-koordination|@/);
		expect(JSON.parse(json)).toMatchObject({ license: { url: 'https://creativecommons.org/licenses/by/4.0/' }, count: 2 });
		const csv = parseCsv(openDataCsv(rows), { columns: true }) as Record<string, string>[];
		expect(csv[0]).toMatchObject({ slug: 'fairer-handel-rhein', topics: 'fair-procurement', license: 'CC BY 4.0' });

		const stories = await listPublishedForFeeds(db(), 20);
		const xml = buildCaseAtom(stories, { base: 'https://miglobe.example/en', locale: 'en', texts: { title: 'New case stories', description: 'Examples' } });
		const feed = parseFeed(xml);
		expect(feed.title).toBe('New case stories');
		expect(feed.items.map((i) => i.url)).toEqual(['https://miglobe.example/en/beispiele/fairer-handel-rhein', 'https://miglobe.example/en/beispiele/bildung-sauerland']);
		expect(feed.items[0].title).toBe('Fair trade with migrant associations');
	});

	it('lists the latest stories and the sitemap paths', async () => {
		const latest = await listLatestCaseStories(db(), 'de', 1);
		expect(latest).toEqual([expect.objectContaining({ slug: 'fairer-handel-rhein', municipalityName: 'Großstadt am Rhein', year: 2024 })]);
		expect((await listPublishedCaseStoryPaths(db())).map((p) => p.slug)).toEqual(['bildung-sauerland', 'fairer-handel-rhein']);
	});

	it('stores responsive WebP sizes without metadata, serves them only when published, and deletes them', async () => {
		const storage = createLocalFileStorage(path.join(dir, `files-${Math.random().toString(36).slice(2)}`));
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const draft = await createTestCaseStory(db());
		const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3f7e44' } })
			.png()
			.withMetadata({ exif: { IFD0: { Copyright: 'Geheimer Fotograf' } } })
			.toBuffer();
		const image = await uploadCaseStoryImage(db(), storage, { storyId: draft.id, bytes: png, alt: 'Grüne Fläche', caption: '', actorId: coordinator.id });
		expect(image.widths).toEqual([480, 960]);
		expect([image.width, image.height]).toEqual([1200, 800]);
		const stored = await storage.get(`${image.fileKey}-960`);
		const meta = await sharp(stored).metadata();
		expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 960, 640, undefined]);

		expect(await getCaseImageFile(db(), { imageId: image.id, width: 960, mayPreview: false })).toBeNull();
		expect(await getCaseImageFile(db(), { imageId: image.id, width: 1600, mayPreview: true })).toEqual({ key: `${image.fileKey}-960`, published: false });

		await expect(uploadCaseStoryImage(db(), storage, { storyId: draft.id, bytes: Buffer.from('<svg/>'), alt: 'x', caption: '', actorId: coordinator.id })).rejects.toBeInstanceOf(CaseImageFileError);
		await deleteCaseStoryImage(db(), storage, { storyId: draft.id, imageId: image.id, actorId: coordinator.id });
		expect(await storage.exists(`${image.fileKey}-960`)).toBe(false);
	});
});
