import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { contentPageRevision } from '../db/schema';
import type { ContentPageField } from '../db/schema/content-pages';
import type { ContentTranslations } from '../db/schema/content-translations';
import { recordAudit } from '../audit/record-audit';
import { RevisionNotFoundError } from './errors';
import { loadPageForChange, updatePage, writeRevision } from './revision';

export interface RestorePageRevisionCommand {
	key: string;
	revisionId: number;
	/** The page version the editor saw when choosing to restore. */
	version: number;
	actorId: string;
}

/** Brings back an old version as a new one: nothing in the history is rewritten or lost. */
export async function restorePageRevision(db: Db, cmd: RestorePageRevisionCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadPageForChange(tx, cmd.key, cmd.version);
		const [revision] = await tx
			.select()
			.from(contentPageRevision)
			.where(and(eq(contentPageRevision.id, cmd.revisionId), eq(contentPageRevision.pageKey, cmd.key)));
		if (!revision) throw new RevisionNotFoundError(cmd.revisionId);
		const s = revision.snapshot;
		const after = await updatePage(
			tx,
			before,
			{
				title: String(s.title ?? before.title),
				description: String(s.description ?? ''),
				body: String(s.body ?? ''),
				translations: (s.translations ?? {}) as ContentTranslations<ContentPageField>
			},
			cmd.actorId,
			now
		);
		await writeRevision(tx, after, cmd.actorId, { restoredFrom: revision.version });
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: 'content_page.restore',
			targetType: 'content_page',
			targetId: after.key,
			details: { version: after.version, restoredFrom: revision.version }
		});
		return { page: after, restoredFrom: revision.version };
	});
}
