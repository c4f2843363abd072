import type { Db } from '../db/client';
import { contentPage, contentPageRevision } from '../db/schema';
import { EASY_LANGUAGE_PAGES, SIGN_LANGUAGE_PAGE } from './default-easy-pages';
import { FOUNDATION_PAGES } from './default-page-texts';
import { FAQ_PAGE } from './default-faq';
import type { ContentPageKey } from './page-keys';
import { snapshotOf } from './revision';

export interface DefaultPage {
	key: ContentPageKey;
	title: string;
	description: string;
	body: string;
	en?: { title: string; description: string; body: string };
}

/** Every editable page with its initial text, in the order of the back office's list. */
export const DEFAULT_PAGES: DefaultPage[] = [...FOUNDATION_PAGES.slice(0, 2), FAQ_PAGE, FOUNDATION_PAGES[2], ...EASY_LANGUAGE_PAGES, SIGN_LANGUAGE_PAGE];

/**
 * The editable public pages every installation starts with. Runs at every start: inserts pages that are missing and
 * never touches one that exists, so coordinators' edits survive restarts and updates.
 */
export async function seedDefaultPages(db: Db): Promise<void> {
	const inserted = await db
		.insert(contentPage)
		.values(
			DEFAULT_PAGES.map((p) => ({
				key: p.key,
				title: p.title,
				description: p.description,
				body: p.body,
				translations: p.en ? { en: p.en } : {}
			}))
		)
		.onConflictDoNothing({ target: contentPage.key })
		.returning();
	// The history of a new page starts with its default text, so an edit can always be undone.
	if (inserted.length > 0) {
		await db.insert(contentPageRevision).values(inserted.map((page) => ({ pageKey: page.key, version: page.version, snapshot: snapshotOf(page), actorId: null, at: page.updatedAt })));
	}
}

/** For tests and the first revision: the default of one page. */
export function defaultPage(key: ContentPageKey): DefaultPage {
	const page = DEFAULT_PAGES.find((p) => p.key === key);
	if (!page) throw new Error(`No default for content page ${key}`);
	return page;
}
