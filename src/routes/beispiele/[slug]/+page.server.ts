import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { runtime } from '$lib/server/runtime';
import { listTopics } from '$lib/server/directory/list-topics';
import { getPublicCaseStory } from '$lib/server/case-stories/get-public-case-story';
import { caseImageSrc, defaultWidth } from '$lib/components/case-stories/labels';
import type { PageServerLoad } from './$types';

/** Published stories only; drafts, archived and unknown slugs answer 404 alike. */
export const load: PageServerLoad = async ({ params }) => {
	const { database } = await runtime();
	const locale = getLocale();
	const [story, topics] = await Promise.all([getPublicCaseStory(database.db, params.slug, locale), listTopics(database.db)]);
	if (!story) error(404, m.error_404_text());
	const first = story.images[0];
	return {
		story,
		topics,
		seo: { title: story.title, description: story.teaser, ...(first ? { image: caseImageSrc(first.id, defaultWidth(first.widths)) } : {}) }
	};
};
