import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { contentPage, contentPageRevision, user } from '../db/schema';
import { ContentPageNotFoundError, RevisionNotFoundError } from './errors';
import { CONTENT_PAGE_KEYS } from './page-keys';

export async function getContentPage(db: Db, key: string) {
	const [page] = await db.select().from(contentPage).where(eq(contentPage.key, key));
	if (!page) throw new ContentPageNotFoundError(key);
	return page;
}

/** The back office's list, in the fixed order of the public site. */
export async function listContentPages(db: Db) {
	const rows = await db
		.select({ key: contentPage.key, title: contentPage.title, translations: contentPage.translations, version: contentPage.version, updatedAt: contentPage.updatedAt, updatedBy: user.name })
		.from(contentPage)
		.leftJoin(user, eq(user.id, contentPage.updatedBy))
		.orderBy(asc(contentPage.key));
	const order = (key: string) => (CONTENT_PAGE_KEYS as readonly string[]).indexOf(key);
	return rows.sort((a, b) => order(a.key) - order(b.key));
}

/** Who saved which version when, newest first (the snapshot stays out: it can be long). */
export async function listPageRevisions(db: Db, key: string) {
	return db
		.select({ id: contentPageRevision.id, version: contentPageRevision.version, at: contentPageRevision.at, actorName: user.name, snapshot: contentPageRevision.snapshot })
		.from(contentPageRevision)
		.leftJoin(user, eq(user.id, contentPageRevision.actorId))
		.where(eq(contentPageRevision.pageKey, key))
		.orderBy(desc(contentPageRevision.version), desc(contentPageRevision.id))
		.then((rows) => rows.map(({ snapshot, ...r }) => ({ ...r, restoredFrom: typeof snapshot.restoredFrom === 'number' ? snapshot.restoredFrom : null })));
}

export async function getPageRevision(db: Db, key: string, id: number) {
	const [row] = await db
		.select({ id: contentPageRevision.id, version: contentPageRevision.version, at: contentPageRevision.at, snapshot: contentPageRevision.snapshot, actorName: user.name })
		.from(contentPageRevision)
		.leftJoin(user, eq(user.id, contentPageRevision.actorId))
		.where(and(eq(contentPageRevision.pageKey, key), eq(contentPageRevision.id, id)));
	if (!row) throw new RevisionNotFoundError(id);
	return row;
}
