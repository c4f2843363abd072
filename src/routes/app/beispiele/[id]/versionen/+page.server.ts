import { loadEditorStory } from '$lib/server/case-stories/editor-page';
import { listCaseStoryRevisions } from '$lib/server/case-stories/list-case-story-revisions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, story } = await loadEditorStory(event);
	return { story, revisions: await listCaseStoryRevisions(db, story.id) };
};
