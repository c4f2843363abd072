import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, caseStoryImage } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { TranslationLocale } from './case-story-forms';
import { loadStoryForChange } from './load-story-for-change';
import { writeRevision } from './revision';

export interface SaveTranslationCommand {
	id: string;
	version: number;
	locale: TranslationLocale;
	fields: { title: string; teaser: string; body: string };
	/** imageId → alt text in this language; blank removes it (the German alt text shows). */
	alts: Record<string, string>;
	actorId: string;
}

/** Saves one language's title, teaser, body and image alt texts. Blank fields are removed, so German shows. */
export async function saveCaseStoryTranslation(db: Db, cmd: SaveTranslationCommand, { now = new Date() }: { now?: Date } = {}) {
	return db.transaction(async (tx) => {
		const before = await loadStoryForChange(tx, cmd.id, cmd.version);
		const own = Object.fromEntries(Object.entries(cmd.fields).filter(([, v]) => v.trim() !== ''));
		const translations = { ...before.translations };
		if (Object.keys(own).length > 0) translations[cmd.locale] = own;
		else delete translations[cmd.locale];
		const [after] = await tx
			.update(caseStory)
			.set({ translations, updatedBy: cmd.actorId, updatedAt: now, version: sql`${caseStory.version} + 1` })
			.where(eq(caseStory.id, before.id))
			.returning();
		const images = await tx.select().from(caseStoryImage).where(eq(caseStoryImage.caseStoryId, before.id));
		for (const image of images) {
			if (!(image.id in cmd.alts)) continue;
			const alt = cmd.alts[image.id].trim();
			const altTranslations = { ...image.altTranslations };
			if (alt) altTranslations[cmd.locale] = alt;
			else delete altTranslations[cmd.locale];
			await tx.update(caseStoryImage).set({ altTranslations }).where(and(eq(caseStoryImage.id, image.id), eq(caseStoryImage.caseStoryId, before.id)));
		}
		await writeRevision(tx, after, cmd.actorId, `translation:${cmd.locale}`);
		await recordAudit(tx, { actorId: cmd.actorId, action: 'case_story.translation', targetType: 'case_story', targetId: after.id, details: { locale: cmd.locale } });
		return after;
	});
}
