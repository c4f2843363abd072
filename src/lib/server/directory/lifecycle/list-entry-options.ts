import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipality, topic } from '../../db/schema';

/**
 * The choices of the entry form that live in the database: current municipalities sorted by name (a plain select
 * that works without JavaScript; the browser's type-ahead finds a name) and the active topics.
 */
export async function listEntryOptions(db: Db, locale: string) {
	const [places, topics] = await Promise.all([
		db
			.select({ ags: municipality.ags, name: municipality.name })
			.from(municipality)
			.where(eq(municipality.historic, false))
			.orderBy(asc(municipality.name), asc(municipality.ags)),
		db.select().from(topic).where(eq(topic.active, true)).orderBy(asc(topic.sortOrder), asc(topic.slug))
	]);
	// Several Gemeinden share a name (e.g. two "Neuenkirchen"), so the label carries the AGS district part then.
	const names = new Map<string, number>();
	for (const p of places) names.set(p.name, (names.get(p.name) ?? 0) + 1);
	return {
		municipalities: places.map((p) => ({ value: p.ags, label: (names.get(p.name) ?? 0) > 1 ? `${p.name} (${p.ags})` : p.name })),
		topics: topics.map((t) => ({ value: t.slug, label: locale === 'en' ? t.nameEn : t.nameDe }))
	};
}
