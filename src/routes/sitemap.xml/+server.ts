import { runtime } from '$lib/server/runtime';
import { CONTENT_PAGE_KEYS, isEasyLanguagePage, pagePath } from '$lib/server/content/page-keys';
import { listSitemapRecords } from '$lib/server/content/list-sitemap-records';
import { buildSitemapXml, sitemapEntries, STATIC_PUBLIC_PATHS } from '$lib/server/content/sitemap';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const { database } = await runtime();
	const { caseStories, events } = await listSitemapRecords(database.db);
	const pages = CONTENT_PAGE_KEYS.filter((k) => !isEasyLanguagePage(k)).map(pagePath);
	const germanOnlyPages = CONTENT_PAGE_KEYS.filter(isEasyLanguagePage).map(pagePath);
	const xml = buildSitemapXml(sitemapEntries(url.origin, { pages: [...STATIC_PUBLIC_PATHS, ...pages], germanOnlyPages, caseStories, events }));
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
