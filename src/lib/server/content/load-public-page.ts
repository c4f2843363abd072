import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { runtime } from '../runtime';
import { ContentPageNotFoundError } from './errors';
import { getContentPage } from './get-content-page';
import type { ContentPageKey } from './page-keys';
import { presentContentPage } from './present-page';

/** The load of every editable public page: the page in the reader's language plus what the <head> needs. */
export async function loadPublicPage(key: ContentPageKey) {
	const { database } = await runtime();
	try {
		const page = presentContentPage(await getContentPage(database.db, key), getLocale());
		return { page, seo: { title: page.title, description: page.description } };
	} catch (err) {
		if (err instanceof ContentPageNotFoundError) error(404, m.error_404_text());
		throw err;
	}
}
