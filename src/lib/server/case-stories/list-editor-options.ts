import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, measure, municipality, topic } from '../db/schema';

/** Consultations whose story can be told: those in evaluation or completed. */
const STORY_STATES = ['evaluation', 'completed'] as const;

/** What the editor's selects offer: NRW municipalities, topics, consultations in evaluation or completed. */
export async function listEditorOptions(db: Db, locale: string, keep: { municipalityAgs?: string | null; consultationId?: string | null } = {}) {
	const [municipalities, topics, consultations] = await Promise.all([
		db
			.select({ ags: municipality.ags, name: municipality.name })
			.from(municipality)
			.where(and(like(municipality.ags, '05%'), eq(municipality.historic, false)))
			.orderBy(asc(municipality.name)),
		db.select().from(topic).where(eq(topic.active, true)).orderBy(asc(topic.sortOrder), asc(topic.slug)),
		db
			.select({ id: consultation.id, reference: consultation.reference, state: consultation.state, municipalityName: municipality.name })
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.where(inArray(consultation.state, [...STORY_STATES]))
			.orderBy(asc(consultation.reference))
	]);
	// A story keeps its municipality and consultation even if they left the lists since.
	if (keep.municipalityAgs && !municipalities.some((x) => x.ags === keep.municipalityAgs)) {
		const [own] = await db.select({ ags: municipality.ags, name: municipality.name }).from(municipality).where(eq(municipality.ags, keep.municipalityAgs));
		if (own) municipalities.push(own);
	}
	if (keep.consultationId && !consultations.some((x) => x.id === keep.consultationId)) {
		const [own] = await db
			.select({ id: consultation.id, reference: consultation.reference, state: consultation.state, municipalityName: municipality.name })
			.from(consultation)
			.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
			.where(eq(consultation.id, keep.consultationId));
		if (own) consultations.push(own);
	}
	return {
		municipalities,
		topics: topics.map((t) => ({ value: t.slug, label: locale === 'en' ? t.nameEn : t.nameDe })),
		consultations
	};
}

/** The measures of a consultation, offered as the story's results. */
export async function listConsultationMeasures(db: Db, consultationId: string | null) {
	if (!consultationId) return [];
	return db
		.select({ id: measure.id, title: measure.title, status: measure.status })
		.from(measure)
		.where(eq(measure.consultationId, consultationId))
		.orderBy(asc(measure.createdAt), asc(measure.id));
}
