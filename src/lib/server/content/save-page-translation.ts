import type { ContentPageField } from '../db/schema/content-pages';
import type { Db } from '../db/client';
import { recordAudit } from '../audit/record-audit';
import type { PageFields } from './page-forms';
import type { TranslationLocale } from './page-keys';
import { loadPageForChange, updatePage, writeRevision } from './revision';

export interface SavePageTranslationCommand {
	key: string;
	locale: TranslationLocale;
	version: number;
	/** Empty fields are dropped, so the page shows the German original with the note for them. */
	input: PageFields;
	actorId: string;
}

/** Saves one language of a page (version-checked, with a revision and an audit entry). */
export async function savePageTranslation(db: Db, cmd: SavePageTranslationCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadPageForChange(tx, cmd.key, cmd.version);
		const fields: Partial<Record<ContentPageField, string>> = {};
		for (const [field, value] of Object.entries(cmd.input) as [ContentPageField, string][]) if (value !== '') fields[field] = value;
		const translations = { ...before.translations };
		if (Object.keys(fields).length > 0) translations[cmd.locale] = fields;
		else delete translations[cmd.locale];
		const after = await updatePage(tx, before, { translations }, cmd.actorId, now);
		await writeRevision(tx, after, cmd.actorId);
		await recordAudit(tx, {
			actorId: cmd.actorId,
			action: 'content_page.translate',
			targetType: 'content_page',
			targetId: after.key,
			details: { version: after.version, locale: cmd.locale, fields: Object.keys(fields) }
		});
		return after;
	});
}
