import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRobotsTxt, buildSitemapXml, localizedPath, sitemapEntries } from './sitemap';

const when = new Date('2026-03-01T10:00:00Z');
const sources = {
	pages: ['/', '/angebot'],
	germanOnlyPages: ['/leichte-sprache'],
	caseStories: [{ slug: 'faire-beschaffung-detmold', updatedAt: when }],
	events: [{ slug: 'stadtfest-hamm-2026', updatedAt: when }]
};

function parse(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
	return doc.urlset as { xmlns: string; url: { loc: string; lastmod?: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] };
}

describe('localizedPath', () => {
	it('keeps German unprefixed and prefixes the others, the home page with a slash', () => {
		expect(localizedPath('/angebot', 'de')).toBe('/angebot');
		expect(localizedPath('/angebot', 'ar')).toBe('/ar/angebot');
		expect(localizedPath('/', 'uk')).toBe('/uk/');
	});
});

describe('buildSitemapXml', () => {
	it('lists every public page in five languages with hreflang alternates and x-default German', () => {
		const set = parse(buildSitemapXml(sitemapEntries('https://miglobe.example/', sources)));
		expect(set.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
		const locs = set.url.map((u) => u.loc);
		expect(locs).toEqual(
			expect.arrayContaining([
				'https://miglobe.example/',
				'https://miglobe.example/en/',
				'https://miglobe.example/angebot',
				'https://miglobe.example/tr/angebot',
				'https://miglobe.example/ar/angebot',
				'https://miglobe.example/uk/angebot',
				'https://miglobe.example/en/beispiele/faire-beschaffung-detmold',
				'https://miglobe.example/veranstaltungen/stadtfest-hamm-2026'
			])
		);
		const offerEn = set.url.find((u) => u.loc === 'https://miglobe.example/en/angebot')!;
		expect(offerEn['xhtml:link']!.map((l) => [l.hreflang, l.href])).toEqual([
			['de', 'https://miglobe.example/angebot'],
			['en', 'https://miglobe.example/en/angebot'],
			['tr', 'https://miglobe.example/tr/angebot'],
			['ar', 'https://miglobe.example/ar/angebot'],
			['uk', 'https://miglobe.example/uk/angebot'],
			['x-default', 'https://miglobe.example/angebot']
		]);
		const story = set.url.find((u) => u.loc === 'https://miglobe.example/beispiele/faire-beschaffung-detmold')!;
		expect(story.lastmod).toBe('2026-03-01T10:00:00.000Z');
		expect(locs).toHaveLength(2 * 5 + 1 + 5 + 5);
	});

	it('lists Leichte Sprache only under the German address, without alternates', () => {
		const set = parse(buildSitemapXml(sitemapEntries('https://miglobe.example', sources)));
		const easy = set.url.filter((u) => u.loc.includes('leichte-sprache'));
		expect(easy.map((u) => u.loc)).toEqual(['https://miglobe.example/leichte-sprache']);
		expect(easy[0]['xhtml:link']).toBeUndefined();
	});

	it('escapes characters that would break the XML', () => {
		const xml = buildSitemapXml(sitemapEntries('https://miglobe.example', { ...sources, caseStories: [{ slug: 'a&b<c>', updatedAt: when }] }));
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).not.toContain('a&b');
	});
});

describe('buildRobotsTxt', () => {
	it('allows the public site, disallows the private paths in every language and links the sitemap', () => {
		const txt = buildRobotsTxt('https://miglobe.example/');
		const lines = txt.split('\n');
		expect(lines[0]).toBe('User-agent: *');
		expect(lines).toContain('Allow: /');
		for (const path of ['/app/', '/api/', '/anmelden', '/einladung/', '/kalender/', '/veranstaltungen/abmelden/', '/anfrage/status/', '/en/app/', '/ar/anfrage/status/'])
			expect(lines).toContain(`Disallow: ${path}`);
		expect(lines).not.toContain('Disallow: /angebot');
		expect(lines).toContain('Sitemap: https://miglobe.example/sitemap.xml');
	});
});
