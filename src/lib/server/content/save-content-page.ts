import type { Db } from '../db/client';
import { recordAudit } from '../audit/record-audit';
import type { PageFields } from './page-forms';
import { loadPageForChange, updatePage, writeRevision } from './revision';

export interface SaveContentPageCommand {
	key: string;
	/** The version the editor saw; a save in between answers StaleContentPageError and nothing is written. */
	version: number;
	input: PageFields;
	actorId: string;
}

/** Saves the German original of a page; it is public at once. Writes a revision and an audit entry. */
export async function saveContentPage(db: Db, cmd: SaveContentPageCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadPageForChange(tx, cmd.key, cmd.version);
		const after = await updatePage(tx, before, cmd.input, cmd.actorId, now);
		await writeRevision(tx, after, cmd.actorId);
		const changed = (['title', 'description', 'body'] as const).filter((f) => before[f] !== after[f]);
		await recordAudit(tx, { actorId: cmd.actorId, action: 'content_page.update', targetType: 'content_page', targetId: after.key, details: { version: after.version, fields: changed } });
		return after;
	});
}
