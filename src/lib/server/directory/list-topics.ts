import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { topic } from '../db/schema';

export interface TopicOption {
	slug: string;
	nameDe: string;
	nameEn: string;
	nameTranslations: Partial<Record<string, string>>;
}

/** The active Themenfelder in the coordinators' order. */
export async function listTopics(db: Db): Promise<TopicOption[]> {
	return db
		.select({ slug: topic.slug, nameDe: topic.nameDe, nameEn: topic.nameEn, nameTranslations: topic.nameTranslations })
		.from(topic)
		.where(eq(topic.active, true))
		.orderBy(asc(topic.sortOrder), asc(topic.slug));
}
