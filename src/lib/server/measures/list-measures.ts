import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { measure, measureStatusChange, topic, user } from '../db/schema';
import { isConsultationId } from '../consultations/access';
import { isOverdue, todayInBerlin } from './measure-rules';

export type MeasureListItem = Awaited<ReturnType<typeof listMeasures>>[number];

/**
 * The measures of a consultation (access was decided by the caller) with their topic's name, the overdue flag of
 * today in Europe/Berlin and the status history (oldest first, with the name of who made each change).
 * Ordered by due date (none last), then title. `measureId` narrows it to one (an unknown or malformed id: []).
 */
export async function listMeasures(
	db: Db,
	{ consultationId, measureId, now = new Date(), locale = 'de' }: { consultationId: string; measureId?: string; now?: Date; locale?: string }
) {
	if (measureId !== undefined && !isConsultationId(measureId)) return [];
	const rows = await db
		.select({ measure, topicDe: topic.nameDe, topicEn: topic.nameEn })
		.from(measure)
		.leftJoin(topic, eq(topic.slug, measure.topic))
		.where(and(eq(measure.consultationId, consultationId), measureId ? eq(measure.id, measureId) : undefined))
		.orderBy(sql`${measure.dueDate} asc nulls last`, asc(measure.title), asc(measure.id));
	const ids = rows.map((r) => r.measure.id);
	const history =
		ids.length === 0
			? []
			: await db
					.select({
						id: measureStatusChange.id,
						measureId: measureStatusChange.measureId,
						fromStatus: measureStatusChange.fromStatus,
						toStatus: measureStatusChange.toStatus,
						note: measureStatusChange.note,
						at: measureStatusChange.at,
						actorName: user.name
					})
					.from(measureStatusChange)
					.leftJoin(user, eq(user.id, measureStatusChange.actorId))
					.where(inArray(measureStatusChange.measureId, ids))
					.orderBy(asc(measureStatusChange.at), asc(measureStatusChange.id));
	const today = todayInBerlin(now);
	return rows.map(({ measure: m, topicDe, topicEn }) => ({
		...m,
		topicName: m.topic ? ((locale === 'en' ? topicEn : topicDe) ?? m.topic) : null,
		overdue: isOverdue(m, today),
		history: history.filter((h) => h.measureId === m.id)
	}));
}
