import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../content/markdown';
import { bodyHasImageWithoutAlt, canTransition, consentState, nextStatuses, publishBlockers, type PublishFacts } from './lifecycle';
import { sizeClassOf } from './size-classes';
import { caseFiltersToParams, parseCaseFilters } from './public-filters';
import { slugify, uniqueSlug } from './slug';
import { servedWidth, targetWidths } from './image-rules';
import { storySchema, zipQuotes } from './case-story-forms';

const complete: PublishFacts = {
	title: 'Köln: Fairtrade-Stadt mit migrantischen Vereinen',
	teaser: 'Kurz gesagt.',
	body: 'Text',
	renderedBody: renderMarkdown('Text'),
	municipalityAgs: '05315000',
	imageAlts: ['Ein Marktstand'],
	consent: 'granted'
};

describe('case story lifecycle', () => {
	it('allows the forward steps and the ways back, nothing else', () => {
		expect(canTransition('draft', 'review')).toBe(true);
		expect(canTransition('review', 'published')).toBe(true);
		expect(canTransition('review', 'draft')).toBe(true);
		expect(canTransition('published', 'archived')).toBe(true);
		expect(canTransition('archived', 'draft')).toBe(true);
		expect(canTransition('draft', 'published')).toBe(false);
		expect(canTransition('published', 'draft')).toBe(false);
		expect(canTransition('archived', 'published')).toBe(false);
		expect(nextStatuses('review')).toEqual(['draft', 'published']);
	});

	it('has no blockers for a complete story with consent', () => {
		expect(publishBlockers(complete)).toEqual([]);
	});

	it('names every reason at once', () => {
		const blockers = publishBlockers({ ...complete, consent: 'missing', imageAlts: ['  '], title: ' ', teaser: '', body: '', renderedBody: '', municipalityAgs: null });
		expect(blockers).toEqual(['consent_missing', 'image_alt_missing', 'title_missing', 'teaser_missing', 'body_missing', 'municipality_missing']);
		expect(publishBlockers({ ...complete, consent: 'withdrawn' })).toEqual(['consent_withdrawn']);
	});

	it('finds images with empty alt text in the rendered Markdown, but not in code or with alt text', () => {
		expect(bodyHasImageWithoutAlt(renderMarkdown('Vorher ![](x.jpg) nachher'))).toBe(true);
		expect(bodyHasImageWithoutAlt(renderMarkdown('![ ](x.jpg)'))).toBe(true);
		expect(bodyHasImageWithoutAlt(renderMarkdown('![Ein Marktstand](x.jpg)'))).toBe(false);
		expect(bodyHasImageWithoutAlt(renderMarkdown('`![](x.jpg)` als Beispiel'))).toBe(false);
		expect(publishBlockers({ ...complete, body: '![](x)', renderedBody: renderMarkdown('![](x)') })).toEqual(['body_image_alt_missing']);
	});

	it('lets the latest consent record decide', () => {
		const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, min));
		expect(consentState([])).toBe('missing');
		expect(consentState([{ granted: true, at: t(1) }, { granted: false, at: t(2) }])).toBe('withdrawn');
		expect(consentState([{ granted: false, at: t(2) }, { granted: true, at: t(1) }])).toBe('withdrawn');
		expect(consentState([{ granted: false, at: t(1) }, { granted: true, at: t(3) }])).toBe('granted');
	});
});

describe('municipality size classes', () => {
	it('follows the BBSR bounds', () => {
		expect(sizeClassOf(4_999)).toBe('landgemeinde');
		expect(sizeClassOf(5_000)).toBe('kleinstadt');
		expect(sizeClassOf(19_999)).toBe('kleinstadt');
		expect(sizeClassOf(20_000)).toBe('mittelstadt');
		expect(sizeClassOf(99_999)).toBe('mittelstadt');
		expect(sizeClassOf(100_000)).toBe('grossstadt');
		expect(sizeClassOf(null)).toBeNull();
		expect(sizeClassOf(-1)).toBeNull();
	});
});

describe('public filters', () => {
	it('reads valid values and round-trips them', () => {
		const f = parseCaseFilters(new URLSearchParams('q=Fairtrade&thema=fair-procurement&sdg=12&bezirk=053&groesse=grossstadt&jahr=2024&seite=2'));
		expect(f).toMatchObject({ q: 'Fairtrade', topic: 'fair-procurement', sdg: 12, region: '053', size: 'grossstadt', year: 2024, page: 2, ignored: [] });
		expect(caseFiltersToParams(f).toString()).toBe('q=Fairtrade&thema=fair-procurement&sdg=12&bezirk=053&groesse=grossstadt&jahr=2024');
	});

	it('ignores bad values and says which, never throws', () => {
		const f = parseCaseFilters(new URLSearchParams(`q=${'x'.repeat(500)}%00&thema=<script>&sdg=18&bezirk=5&groesse=riesig&jahr=abc&seite=-3`));
		expect(f).toMatchObject({ topic: null, sdg: null, region: null, size: null, year: null, page: 1 });
		expect(f.q.length).toBe(200);
		expect(f.ignored).toEqual(['thema', 'sdg', 'bezirk', 'groesse', 'jahr']);
	});
});

describe('slugs, image widths and form parts', () => {
	it('derives readable slugs and numbers taken ones', () => {
		expect(slugify('Köln: Fairtrade-Stadt mit Vereinen – Straße')).toBe('koeln-fairtrade-stadt-mit-vereinen-strasse');
		expect(slugify('???')).toBe('beispiel');
		expect(uniqueSlug('koeln', new Set(['koeln', 'koeln-2']))).toBe('koeln-3');
	});

	it('never upscales and serves the nearest stored width', () => {
		expect(targetWidths(2000)).toEqual([480, 960, 1600]);
		expect(targetWidths(1000)).toEqual([480, 960]);
		expect(targetWidths(300)).toEqual([300]);
		expect(servedWidth([480, 960], 700)).toBe(960);
		expect(servedWidth([480, 960], 1600)).toBe(960);
		expect(servedWidth([], 480)).toBeNull();
	});

	it('keeps quote rows with text and refuses a speaker without a quote', () => {
		expect(zipQuotes(['  Gut so. ', '', 'Zweites'], ['Bürgermeisterin', '', ''])).toEqual([
			{ text: 'Gut so.', attribution: 'Bürgermeisterin' },
			{ text: 'Zweites', attribution: '' }
		]);
		const schema = storySchema({ topics: [], municipalities: new Set(['05315000']), consultations: new Set() });
		const base = { title: 'T', year: '2025', topics: [], sdgs: [], resultMeasureIds: [], municipalityAgs: '05315000' };
		expect(schema.safeParse({ ...base, quoteText: [''], quoteAttribution: ['Jemand'] }).success).toBe(false);
		expect(schema.safeParse({ ...base, municipalityAgs: '09162000', quoteText: [], quoteAttribution: [] }).success).toBe(false);
		const ok = schema.safeParse({ ...base, quoteText: ['Zitat'], quoteAttribution: ['Jemand'] });
		expect(ok.success && ok.data.quotes).toEqual([{ text: 'Zitat', attribution: 'Jemand' }]);
	});
});
