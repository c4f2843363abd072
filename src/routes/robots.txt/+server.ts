import { buildRobotsTxt } from '$lib/server/content/sitemap';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	new Response(buildRobotsTxt(url.origin), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
