import { PUBLIC_LOCALES } from '$lib/locales';

export interface SitemapEntry {
	loc: string;
	lastmod?: Date;
	/** hreflang → absolute URL of each language version (including the entry's own). */
	alternates?: { hreflang: string; href: string }[];
}

export interface SitemapSources {
	/** German paths of pages served in all five languages. */
	pages: readonly string[];
	/** German paths served only in German (Leichte Sprache). */
	germanOnlyPages: readonly string[];
	caseStories: readonly { slug: string; updatedAt: Date }[];
	events: readonly { slug: string; updatedAt: Date }[];
}

/** The public pages that are not editable content but belong in the sitemap. */
export const STATIC_PUBLIC_PATHS = ['/', '/beispiele', '/veranstaltungen', '/vereine', '/team', '/anfrage', '/impressum', '/datenschutz', '/barrierefreiheit'];

/** The path of a German path in a language: German has no prefix, the others /en/, /tr/ … (home: /en/). */
export function localizedPath(path: string, locale: string): string {
	if (locale === 'de') return path;
	return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}

/** One entry per language version, each listing all versions (and x-default = German), as search engines ask. */
function multilingual(origin: string, path: string, lastmod?: Date): SitemapEntry[] {
	const alternates = [
		...PUBLIC_LOCALES.map((locale) => ({ hreflang: locale, href: origin + localizedPath(path, locale) })),
		{ hreflang: 'x-default', href: origin + path }
	];
	return PUBLIC_LOCALES.map((locale) => ({ loc: origin + localizedPath(path, locale), lastmod, alternates }));
}

/** Every URL of the public site. Pure. */
export function sitemapEntries(origin: string, sources: SitemapSources): SitemapEntry[] {
	const base = origin.replace(/\/+$/, '');
	return [
		...sources.pages.flatMap((path) => multilingual(base, path)),
		...sources.germanOnlyPages.map((path) => ({ loc: base + path })),
		...sources.caseStories.flatMap((s) => multilingual(base, `/beispiele/${encodeURIComponent(s.slug)}`, s.updatedAt)),
		...sources.events.flatMap((e) => multilingual(base, `/veranstaltungen/${encodeURIComponent(e.slug)}`, e.updatedAt))
	];
}

function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The sitemap document (sitemaps.org 0.9 with xhtml:link alternates). Pure. */
export function buildSitemapXml(entries: readonly SitemapEntry[]): string {
	const urls = entries.map((e) => {
		const lines = [`  <url>`, `    <loc>${escapeXml(e.loc)}</loc>`];
		if (e.lastmod) lines.push(`    <lastmod>${e.lastmod.toISOString()}</lastmod>`);
		for (const a of e.alternates ?? []) lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
		lines.push(`  </url>`);
		return lines.join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/** Paths no crawler needs: the back office, sign-in, private links and calendars. */
export const ROBOTS_DISALLOW = ['/app/', '/api/', '/anmelden', '/einladung/', '/kalender/', '/veranstaltungen/abmelden/', '/anfrage/status/'];

/** robots.txt: everything public is allowed; the private paths are listed in every language prefix. Pure. */
export function buildRobotsTxt(origin: string): string {
	const paths = PUBLIC_LOCALES.flatMap((locale) => ROBOTS_DISALLOW.map((p) => localizedPath(p, locale)));
	return ['User-agent: *', 'Allow: /', ...paths.map((p) => `Disallow: ${p}`), '', `Sitemap: ${origin.replace(/\/+$/, '')}/sitemap.xml`, ''].join('\n');
}
