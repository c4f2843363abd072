import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { buildCaseAtom } from '$lib/server/case-stories/atom-feed';
import { listPublishedForFeeds } from '$lib/server/case-stories/open-data';
import type { RequestHandler } from './$types';

const FEED_SIZE = 20;

/** The newest published stories as Atom, in the language of the URL prefix (/en/beispiele/feed.atom …). */
export const GET: RequestHandler = async () => {
	const { database, config } = await runtime();
	const locale = getLocale();
	const stories = await listPublishedForFeeds(database.db, FEED_SIZE);
	const base = locale === 'de' ? config.origin : `${config.origin}/${locale}`;
	const xml = buildCaseAtom(stories, { base, locale, texts: { title: m.case_feed_title(), description: m.case_public_lead() } });
	return new Response(xml, {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=600', 'X-Content-Type-Options': 'nosniff' }
	});
};
