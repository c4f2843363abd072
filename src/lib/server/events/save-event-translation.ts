import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { StaleEventError } from './errors';
import type { OrganiserScope } from './event-rules';
import { loadEventForChange } from './load-event-for-change';

export const TRANSLATION_LOCALES = ['en', 'tr', 'ar', 'uk'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** Saves one language's title, description and place; empty fields are dropped so that German shows with a note. */
export async function saveEventTranslation(
	db: Db,
	{ eventId, version, locale, values, scope }: { eventId: string; version: number; locale: TranslationLocale; values: { title: string; description: string; place: string }; scope: OrganiserScope },
	{ now = new Date() } = {}
) {
	return db.transaction(async (tx) => {
		const before = await loadEventForChange(tx, eventId, scope);
		const entry = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
		const translations = { ...before.translations };
		if (Object.keys(entry).length) translations[locale] = entry;
		else delete translations[locale];
		const [after] = await tx
			.update(event)
			.set({ translations, updatedAt: now, version: sql`${event.version} + 1` })
			.where(and(eq(event.id, before.id), eq(event.version, version)))
			.returning();
		if (!after) throw new StaleEventError();
		await recordAudit(tx, { actorId: scope.userId, action: 'event.translate', targetType: 'event', targetId: after.id, details: { locale, fields: Object.keys(entry) } });
		return after;
	});
}
