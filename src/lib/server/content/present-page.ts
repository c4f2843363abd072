import { localizeContent } from './localize-content';
import { renderMarkdown } from './markdown';
import { isContentPageKey, isEasyLanguagePage } from './page-keys';
import type { ContentPageRow } from './revision';

export interface PublicContentPage {
	key: string;
	title: string;
	description: string;
	/** Only ever the output of renderMarkdown (raw HTML escaped, unsafe links inert). */
	html: string;
	/** The German original shows because the reader's language is missing: the page shows the note. */
	fallback: boolean;
	/** The language each part is actually in, for the lang attribute (German text under /tr/ is still German). */
	titleLang: string;
	bodyLang: string;
	/** Leichte Sprache: German by nature, never translated. */
	germanOnly: boolean;
}

/** A page in the reader's language, rendered for the public site. Pure. */
export function presentContentPage(page: Pick<ContentPageRow, 'key' | 'title' | 'description' | 'body' | 'translations'>, locale: string): PublicContentPage {
	const germanOnly = isContentPageKey(page.key) && isEasyLanguagePage(page.key);
	const original = { title: page.title, description: page.description, body: page.body };
	const { values, fallback } = germanOnly ? { values: original, fallback: false } : localizeContent(original, page.translations, locale);
	const translated = page.translations?.[locale] ?? {};
	const langOf = (field: 'title' | 'body') => (locale !== 'de' && !germanOnly && translated[field]?.trim() ? locale : 'de');
	return {
		key: page.key,
		title: values.title,
		description: values.description,
		html: renderMarkdown(values.body),
		fallback,
		titleLang: langOf('title'),
		bodyLang: langOf('body'),
		germanOnly
	};
}
