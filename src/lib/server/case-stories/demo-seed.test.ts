import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { caseStory, caseStoryImage } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { seedDemo } from '../seed/seed-demo';
import { seedDemoCaseStories } from '../seed/demo-case-stories';
import { parseCaseFilters } from './public-filters';
import { searchCaseStories } from './search-case-stories';

const dataDir = mkdtempSync(path.join(tmpdir(), 'miglobe-demo-cases-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeDb('demo case stories', ({ db }) => {
	it('seeds six published stories (Münster by its evaluation consent), one in review, one draft, with images, once', async () => {
		await seedDemo(db(), { dataDir });
		await seedDemoCaseStories(db(), dataDir); // a second run adds nothing
		const stories = await db().select().from(caseStory);
		expect(stories.map((s) => s.status).sort()).toEqual(['draft', 'published', 'published', 'published', 'published', 'published', 'published', 'review']);
		const muenster = stories.find((s) => s.municipalityAgs === '05515000')!;
		expect(muenster).toMatchObject({ status: 'published' });
		expect(muenster.consultationId).not.toBeNull();
		expect(muenster.resultMeasureIds.length).toBeGreaterThan(0);
		expect(stories.filter((s) => s.translations.en).length).toBeGreaterThanOrEqual(5);
		expect(stories.filter((s) => s.translations.tr)).toHaveLength(1);
		expect(await db().select().from(caseStoryImage)).toHaveLength(2);
		const found = await searchCaseStories(db(), parseCaseFilters(new URLSearchParams('q=Fairtrade')), 'de');
		expect(found.rows.map((r) => r.slug)).toContain('koeln-fairtrade-stadt-gemeinsam-mit-migrantischen-vereinen');
	});
});
