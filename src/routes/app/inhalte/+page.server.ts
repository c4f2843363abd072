import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { listContentPages } from '$lib/server/content/get-content-page';
import { isContentPageKey, isEasyLanguagePage, pagePath } from '$lib/server/content/page-keys';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const pages = (await listContentPages(database.db)).filter((p) => isContentPageKey(p.key));
	return {
		pages: pages.map((p) => ({
			key: p.key,
			title: p.title,
			path: isContentPageKey(p.key) ? pagePath(p.key) : '/',
			germanOnly: isContentPageKey(p.key) && isEasyLanguagePage(p.key),
			languages: Object.entries(p.translations ?? {})
				.filter(([, fields]) => fields && Object.values(fields).some((v) => v?.trim()))
				.map(([locale]) => locale),
			updatedAt: p.updatedAt,
			updatedBy: p.updatedBy
		}))
	};
};
