import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { district, governmentRegion, municipality, topic } from '../db/schema';
import type { ProfileReference } from './profile-schema';

export interface ProfileOptions {
	topics: { slug: string; nameDe: string; nameEn: string }[];
	municipalities: { ags: string; name: string; districtName: string }[];
	regions: { code: string; name: string }[];
	districts: { code: string; name: string }[];
}

/** The choices of the profile form: active topics, and the current (non-historic) NRW municipalities, regions and districts. */
export async function loadProfileOptions(db: Db): Promise<ProfileOptions> {
	const [topics, municipalities, regions, districts] = await Promise.all([
		db.select({ slug: topic.slug, nameDe: topic.nameDe, nameEn: topic.nameEn }).from(topic).where(eq(topic.active, true)).orderBy(asc(topic.sortOrder), asc(topic.slug)),
		db
			.select({ ags: municipality.ags, name: municipality.name, districtName: district.name })
			.from(municipality)
			.innerJoin(district, eq(district.code, municipality.districtCode))
			.where(and(eq(municipality.landCode, '05'), eq(municipality.historic, false)))
			.orderBy(asc(municipality.name), asc(municipality.ags)),
		db
			.select({ code: governmentRegion.code, name: governmentRegion.name })
			.from(governmentRegion)
			.where(and(eq(governmentRegion.landCode, '05'), eq(governmentRegion.historic, false)))
			.orderBy(asc(governmentRegion.code)),
		db
			.select({ code: district.code, name: district.name })
			.from(district)
			.where(and(eq(district.landCode, '05'), eq(district.historic, false)))
			.orderBy(asc(district.name))
	]);
	return { topics, municipalities, regions, districts };
}

/** What the schema accepts. A topic an advisor already holds stays valid after a coordinator deactivated it. */
export function profileReference(options: ProfileOptions, kept: { topicLevels?: Record<string, unknown> } = {}): ProfileReference {
	return {
		topics: new Set([...options.topics.map((t) => t.slug), ...Object.keys(kept.topicLevels ?? {})]),
		municipalities: new Set(options.municipalities.map((x) => x.ags)),
		regions: new Set(options.regions.map((x) => x.code)),
		districts: new Set(options.districts.map((x) => x.code))
	};
}
