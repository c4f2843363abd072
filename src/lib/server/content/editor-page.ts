import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '../auth/guard';
import type { FormValues } from '../forms';
import { runtime } from '../runtime';
import { ContentPageNotFoundError, RevisionNotFoundError, StaleContentPageError } from './errors';
import { getContentPage } from './get-content-page';
import { isContentPageKey } from './page-keys';

/** Every load and action under /app/inhalte starts here: coordinators and admins only; unknown pages answer 404. */
export async function loadEditorPage(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = requireRole(event, 'coordinator', 'admin');
	const key = (event.params as { key?: string }).key ?? '';
	if (!isContentPageKey(key)) error(404, m.error_404_text());
	const { database } = await runtime();
	try {
		return { user, db: database.db, key, page: await getContentPage(database.db, key) };
	} catch (err) {
		if (err instanceof ContentPageNotFoundError) error(404, m.error_404_text());
		throw err;
	}
}

/** Runs a command for a form action: a stale version keeps what was typed with a sentence; unknown → 404. */
export async function runPageCommand<T>(action: string, values: FormValues, body: () => Promise<T>) {
	try {
		return { ok: true as const, result: await body() };
	} catch (err) {
		if (err instanceof ContentPageNotFoundError || err instanceof RevisionNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleContentPageError) return { ok: false as const, failure: fail(409, { action, errors: { _form: m.page_error_stale() }, values }) };
		throw err;
	}
}

/** A number from a route parameter, or 404. */
export function idParam(value: string | undefined): number {
	const n = Number(value);
	if (!Number.isSafeInteger(n) || n < 1) error(404, m.error_404_text());
	return n;
}
