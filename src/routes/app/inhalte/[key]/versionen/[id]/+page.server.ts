import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formValues } from '$lib/server/forms';
import { idParam, loadEditorPage, runPageCommand } from '$lib/server/content/editor-page';
import { RevisionNotFoundError } from '$lib/server/content/errors';
import { getPageRevision } from '$lib/server/content/get-content-page';
import { renderMarkdown } from '$lib/server/content/markdown';
import { isEasyLanguagePage, pagePath } from '$lib/server/content/page-keys';
import { restorePageRevision } from '$lib/server/content/restore-page-revision';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, key, page } = await loadEditorPage(event);
	const revision = await getPageRevision(db, key, idParam(event.params.id)).catch((err) => {
		if (err instanceof RevisionNotFoundError) error(404, m.error_404_text());
		throw err;
	});
	const s = revision.snapshot;
	return {
		page: { key, title: page.title, version: page.version },
		path: pagePath(key),
		translatable: !isEasyLanguagePage(key),
		revision: {
			id: revision.id,
			version: revision.version,
			at: revision.at,
			actorName: revision.actorName,
			title: String(s.title ?? ''),
			description: String(s.description ?? ''),
			html: renderMarkdown(String(s.body ?? '')),
			languages: Object.keys((s.translations as Record<string, unknown>) ?? {})
		}
	};
};

export const actions: Actions = {
	restore: async (event) => {
		const { db, key, user } = await loadEditorPage(event);
		const data = await event.request.formData();
		const version = Number(data.get('version'));
		const revisionId = idParam(event.params.id);
		const run = await runPageCommand('restore', formValues(data), () => restorePageRevision(db, { key, revisionId, version, actorId: user.id }));
		if (!run.ok) return run.failure;
		redirect(303, localizeHref(`/app/inhalte/${key}/versionen?wiederhergestellt=${run.result.restoredFrom}&version=${run.result.page.version}`));
	}
};
