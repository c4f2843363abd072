import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { district, municipality, topic } from '../../db/schema';
import { RequestReferenceError } from './errors';
import { clientKind } from './request-rules';

/**
 * The parts of a request only the database can check: the topics must be active, the client must be a
 * non-historic municipality or district. Returns the client's name for the mails; throws RequestReferenceError.
 */
export async function checkRequestReferences(db: Db, input: { client: string; topics: string[] }): Promise<{ clientName: string }> {
	const codes: Record<string, string> = {};
	const wanted = [...new Set(input.topics)];
	if (wanted.length > 0) {
		const known = await db
			.select({ slug: topic.slug })
			.from(topic)
			.where(and(inArray(topic.slug, wanted), eq(topic.active, true)));
		if (known.length !== wanted.length) codes.topics = 'req_error_topic_unknown';
	}
	const kind = clientKind(input.client);
	const table = kind === 'district' ? district : municipality;
	const key = kind === 'district' ? district.code : municipality.ags;
	const [place] = kind
		? await db
				.select({ name: table.name })
				.from(table)
				.where(and(eq(key, input.client), eq(table.historic, false)))
		: [];
	if (!place) codes.client = 'req_error_client';
	if (Object.keys(codes).length > 0) throw new RequestReferenceError(codes);
	return { clientName: place!.name };
}
