import { requireRole } from '$lib/server/auth/guard';
import { pageParam } from '$lib/server/forms';
import { runtime } from '$lib/server/runtime';
import { listCaseStories } from '$lib/server/case-stories/list-case-stories';
import { CASE_STORY_STATUSES, type CaseStoryStatus } from '$lib/server/db/schema/case-stories';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const raw = event.url.searchParams.get('status') ?? '';
	// An unknown status shows all stories rather than an error: the filter is a plain GET form.
	const status = (CASE_STORY_STATUSES as readonly string[]).includes(raw) ? (raw as CaseStoryStatus) : null;
	const page = pageParam(event.url);
	const { rows, total } = await listCaseStories(database.db, { status, page, pageSize: PAGE_SIZE });
	return { rows, total, status, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
