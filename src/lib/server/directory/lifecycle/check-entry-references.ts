import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipality, topic } from '../../db/schema';
import type { EntryInput } from './entry-schema';
import { EntryReferenceError } from './errors';

/**
 * The parts of an entry only the database can check: topics must be active, the municipality must exist and
 * not be historic. Throws EntryReferenceError with issue codes per field.
 */
export async function checkEntryReferences(
	db: Db,
	input: Pick<EntryInput, 'topics' | 'municipalityAgs'>,
	/** Topics the entry already has may stay even if a coordinator deactivated them since. */
	keptTopics: string[] = []
) {
	const codes: Record<string, string> = {};
	const wanted = [...new Set(input.topics.filter((t) => !keptTopics.includes(t)))];
	if (wanted.length > 0) {
		const known = await db
			.select({ slug: topic.slug })
			.from(topic)
			.where(and(inArray(topic.slug, wanted), eq(topic.active, true)));
		if (known.length !== wanted.length) codes.topics = 'orgs_error_topic_unknown';
	}
	const [place] = await db
		.select({ ags: municipality.ags })
		.from(municipality)
		.where(and(eq(municipality.ags, input.municipalityAgs), eq(municipality.historic, false)));
	if (!place) codes.municipalityAgs = 'orgs_error_municipality';
	if (Object.keys(codes).length > 0) throw new EntryReferenceError(codes);
}
