import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, consentRecord, municipality, organisation, topic, user } from '../../db/schema';
import { ORGANISATION_SUBJECT } from './consents';

/** Everything a coordinator needs to decide on one entry: the data, the duplicate, consents and history. */
export async function getOrganisationReview(db: Db, id: string) {
	const [row] = await db
		.select({ entry: organisation, municipalityName: municipality.name })
		.from(organisation)
		.leftJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.where(eq(organisation.id, id));
	if (!row) return null;
	const { entry } = row;
	const [duplicate] = entry.possibleDuplicateOf
		? await db
				.select({ id: organisation.id, name: organisation.name, status: organisation.status })
				.from(organisation)
				.where(eq(organisation.id, entry.possibleDuplicateOf))
		: [];
	const consents = await db
		.select()
		.from(consentRecord)
		.where(and(eq(consentRecord.subjectType, ORGANISATION_SUBJECT), eq(consentRecord.subjectId, id)))
		.orderBy(asc(consentRecord.at), asc(consentRecord.purpose));
	const history = await db
		.select({ at: auditLog.at, action: auditLog.action, details: auditLog.details, actorName: user.name })
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(and(eq(auditLog.targetType, 'organisation'), eq(auditLog.targetId, id)))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(100);
	const topics = await db.select({ slug: topic.slug, nameDe: topic.nameDe, nameEn: topic.nameEn }).from(topic);
	return { entry, municipalityName: row.municipalityName, duplicate: duplicate ?? null, consents, history, topics };
}
