import { loadEditorPage } from '$lib/server/content/editor-page';
import { listPageRevisions } from '$lib/server/content/get-content-page';
import { isEasyLanguagePage, pagePath } from '$lib/server/content/page-keys';
import type { PageServerLoad } from './$types';

/** After a restore (POST/redirect/GET): which version came back as which. */
function restoredParam(url: URL) {
	const from = Number(url.searchParams.get('wiederhergestellt'));
	const version = Number(url.searchParams.get('version'));
	return Number.isInteger(from) && from > 0 && Number.isInteger(version) && version > 0 ? { from, version } : null;
}

export const load: PageServerLoad = async (event) => {
	const { db, key, page } = await loadEditorPage(event);
	return {
		page: { key, title: page.title, version: page.version },
		path: pagePath(key),
		translatable: !isEasyLanguagePage(key),
		revisions: await listPageRevisions(db, key),
		restored: restoredParam(event.url)
	};
};
