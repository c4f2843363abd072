import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, district, governmentRegion, topic, user, userRole } from '../db/schema';

/** Active accounts with the advisor role, for the filter and the manual assignment. */
export async function listActiveAdvisors(db: Db) {
	return db
		.select({ id: user.id, name: user.name })
		.from(user)
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.where(isNull(user.deactivatedAt))
		.orderBy(asc(user.name), asc(user.id));
}

/** The choices of the list filters that live in the database (NRW districts and regions, topics, advisors, years). */
export async function listConsultationOptions(db: Db, locale: string) {
	const [topics, districts, regions, advisors, years] = await Promise.all([
		db.select().from(topic).where(eq(topic.active, true)).orderBy(asc(topic.sortOrder), asc(topic.slug)),
		db
			.select({ code: district.code, name: district.name })
			.from(district)
			.where(and(eq(district.landCode, '05'), eq(district.historic, false)))
			.orderBy(asc(district.name)),
		db
			.select({ code: governmentRegion.code, name: governmentRegion.name })
			.from(governmentRegion)
			.where(and(eq(governmentRegion.landCode, '05'), eq(governmentRegion.historic, false)))
			.orderBy(asc(governmentRegion.name)),
		listActiveAdvisors(db),
		db.selectDistinct({ year: consultation.year }).from(consultation).orderBy(sql`${consultation.year} desc`)
	]);
	return {
		topics: topics.map((t) => ({ value: t.slug, label: locale === 'en' ? t.nameEn : t.nameDe })),
		districts: districts.map((d) => ({ value: d.code, label: d.name })),
		regions: regions.map((r) => ({ value: r.code, label: r.name })),
		advisors: advisors.map((a) => ({ value: a.id, label: a.name })),
		years: years.map((y) => ({ value: String(y.year), label: String(y.year) }))
	};
}
