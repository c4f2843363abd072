import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { contentPage, contentPageRevision } from '../db/schema';
import { ContentPageNotFoundError, StaleContentPageError } from './errors';

export type ContentPageRow = typeof contentPage.$inferSelect;

/** What a revision keeps: everything an editor can change, so any version can be shown and restored. */
export function snapshotOf(page: ContentPageRow): Record<string, unknown> {
	return { title: page.title, description: page.description, body: page.body, translations: page.translations };
}

/** One revision per save, numbered with the version the save produced (inside the caller's transaction). */
export async function writeRevision(tx: Db, page: ContentPageRow, actorId: string | null, extra: Record<string, unknown> = {}) {
	await tx.insert(contentPageRevision).values({
		pageKey: page.key,
		version: page.version,
		snapshot: { ...snapshotOf(page), ...extra },
		actorId,
		at: page.updatedAt
	});
}

/** The page row locked for a change, or the reason it cannot be changed. */
export async function loadPageForChange(tx: Db, key: string, version: number): Promise<ContentPageRow> {
	const [page] = await tx.select().from(contentPage).where(eq(contentPage.key, key)).for('update');
	if (!page) throw new ContentPageNotFoundError(key);
	if (page.version !== version) throw new StaleContentPageError();
	return page;
}

/** Writes the new values with the next version; the WHERE on the version guards against a concurrent save. */
export async function updatePage(
	tx: Db,
	before: ContentPageRow,
	values: Partial<Pick<ContentPageRow, 'title' | 'description' | 'body' | 'translations'>>,
	actorId: string,
	now: Date
): Promise<ContentPageRow> {
	const [after] = await tx
		.update(contentPage)
		.set({ ...values, updatedBy: actorId, updatedAt: now, version: before.version + 1 })
		.where(and(eq(contentPage.key, before.key), eq(contentPage.version, before.version)))
		.returning();
	if (!after) throw new StaleContentPageError();
	return after;
}
