import { Feed } from 'feed';
import { localizeContent } from '../content/localize-content';
import { LICENSE_NAME, LICENSE_URL } from './open-data';

export interface FeedStory {
	id: string;
	slug: string;
	title: string;
	teaser: string;
	body: string;
	translations: Partial<Record<string, Partial<Record<'title' | 'teaser' | 'body', string>>>>;
	publishedAt: Date | null;
	updatedAt: Date;
	municipalityName: string | null;
}

export interface FeedTexts {
	title: string;
	description: string;
}

/**
 * The Atom feed of the newest published stories in one language (pure). `base` is the origin plus the language
 * prefix ("https://miglobe.nrw/en"), so links lead to the reader's language. Entry ids are stable URNs of the story
 * id, so a changed slug does not make readers see the story twice.
 */
export function buildCaseAtom(stories: readonly FeedStory[], { base, locale, texts }: { base: string; locale: string; texts: FeedTexts }): string {
	const updated = stories.reduce<Date>((latest, s) => (s.updatedAt > latest ? s.updatedAt : latest), new Date(0));
	const feed = new Feed({
		id: `${base}/beispiele`,
		title: texts.title,
		description: texts.description,
		link: `${base}/beispiele`,
		language: locale,
		updated: stories.length > 0 ? updated : new Date(0),
		copyright: `${LICENSE_NAME} (${LICENSE_URL})`,
		feedLinks: { atom: `${base}/beispiele/feed.atom` }
	});
	for (const s of stories) {
		const { values } = localizeContent({ title: s.title, teaser: s.teaser }, s.translations, locale, ['title', 'teaser']);
		feed.addItem({
			id: `urn:uuid:${s.id}`,
			title: values.title,
			link: `${base}/beispiele/${s.slug}`,
			description: values.teaser,
			date: s.updatedAt,
			published: s.publishedAt ?? s.updatedAt,
			author: s.municipalityName ? [{ name: s.municipalityName }] : [{ name: 'MiGlobe NRW' }]
		});
	}
	return feed.atom1();
}
