import { and, avg, eq, inArray } from 'drizzle-orm';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Db } from '../db/client';
import { district, municipality, topic } from '../db/schema';
import { explainNobodyFits, rankAdvisors, timeframeWindow, type AdvisorNeeds } from './advisor-factors';
import { getAdvisorWeights } from './advisor-weights';
import { loadAdvisorCandidates } from './load-advisor-candidates';

export interface ConsultationForMatching {
	id: string;
	municipalityAgs: string | null;
	districtCode: string | null;
	topics: string[];
	sdgs: number[];
	targetLanguages: string[];
	timeframe: string;
}

/** Where the client is: a municipality's centre, or for a Kreis the mean of its municipalities' centres. */
async function loadClient(db: Db, c: ConsultationForMatching) {
	if (c.municipalityAgs) {
		const [r] = await db
			.select({ name: municipality.name, latitude: municipality.latitude, longitude: municipality.longitude, districtCode: municipality.districtCode, regionCode: municipality.regionCode })
			.from(municipality)
			.where(eq(municipality.ags, c.municipalityAgs));
		if (r) return { ...r, centre: r.latitude != null && r.longitude != null ? { latitude: r.latitude, longitude: r.longitude } : null };
	}
	if (c.districtCode) {
		const [[d], [centre]] = await Promise.all([
			db.select({ name: district.name, regionCode: district.regionCode }).from(district).where(eq(district.code, c.districtCode)),
			db
				.select({ latitude: avg(municipality.latitude).mapWith(Number), longitude: avg(municipality.longitude).mapWith(Number) })
				.from(municipality)
				.where(and(eq(municipality.districtCode, c.districtCode), eq(municipality.historic, false)))
		]);
		const known = centre && Number.isFinite(centre.latitude) && Number.isFinite(centre.longitude) && centre.latitude !== 0;
		return { name: d?.name ?? c.districtCode, districtCode: c.districtCode, regionCode: d?.regionCode ?? null, centre: known ? centre : null };
	}
	return { name: c.municipalityAgs ?? '', districtCode: null, regionCode: null, centre: null };
}

/**
 * The ranking the coordinator sees on /app/beratungen/[id]/vorschlaege: the consultation's needs, every advisor
 * scored with the weights in force, and the sentences that say which need nobody meets. Reads only; `now` decides
 * the date window of the timeframe.
 */
export async function rankAdvisorsForConsultation(db: Db, c: ConsultationForMatching, { now = new Date(), locale = 'de' as Locale } = {}) {
	const window = timeframeWindow(c.timeframe, now);
	const [client, topics, { weights }, candidates] = await Promise.all([
		loadClient(db, c),
		c.topics.length > 0 ? db.select().from(topic).where(inArray(topic.slug, c.topics)) : Promise.resolve([]),
		getAdvisorWeights(db),
		loadAdvisorCandidates(db, c, window)
	]);
	const needs: AdvisorNeeds = {
		locale,
		topics: c.topics,
		sdgs: c.sdgs,
		languages: c.targetLanguages,
		centre: client.centre,
		clientName: client.name,
		clientDistrictCode: client.districtCode,
		clientRegionCode: client.regionCode,
		window,
		topicNames: Object.fromEntries(topics.map((t) => [t.slug, locale === 'en' ? t.nameEn : t.nameDe]))
	};
	const ranked = rankAdvisors(candidates, needs, weights);
	return {
		needs,
		weights,
		ranked: ranked.filter((r) => !r.excluded),
		excluded: ranked.filter((r) => r.excluded),
		gaps: explainNobodyFits(ranked, needs)
	};
}
