import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { loadEditorStory } from '$lib/server/case-stories/editor-page';
import { getCaseStoryRevision } from '$lib/server/case-stories/list-case-story-revisions';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, story } = await loadEditorStory(event);
	const version = Number(event.params.version);
	if (!Number.isInteger(version) || version < 1 || version > 1_000_000) error(404, m.error_404_text());
	const revision = await getCaseStoryRevision(db, story.id, version);
	if (!revision) error(404, m.error_404_text());
	const s = revision.snapshot as Record<string, unknown>;
	const str = (k: string) => (typeof s[k] === 'string' ? (s[k] as string) : '');
	return {
		story,
		revision: { version: revision.version, status: revision.status, at: revision.at, actorName: revision.actorName, note: revision.note },
		snapshot: {
			title: str('title'),
			slug: str('slug'),
			teaser: str('teaser'),
			year: typeof s.year === 'number' ? s.year : null,
			municipalityAgs: str('municipalityAgs'),
			topics: Array.isArray(s.topics) ? (s.topics as string[]) : [],
			sdgs: Array.isArray(s.sdgs) ? (s.sdgs as number[]) : [],
			quotes: Array.isArray(s.quotes) ? (s.quotes as { text: string; attribution: string }[]) : [],
			translations: Object.keys((s.translations as object | null) ?? {}),
			body: str('body'),
			bodyHtml: renderMarkdown(str('body'))
		}
	};
};
