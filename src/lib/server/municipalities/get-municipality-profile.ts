import { and, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { district, governmentRegion, land, municipality } from '../db/schema';
import type { Coordinates } from '$lib/geo/distance';
import { findNearbyOrganisations, type NearbyOrganisation } from './find-nearby-organisations';

/** The radius of "organisations nearby" on the municipality page. */
export const NEARBY_KM = 25;

/**
 * Everything the back-office page of one municipality shows: key data with district, region and Land names,
 * the centres of all current municipalities of its Land (the map's background) and the organisations nearby.
 * undefined for an unknown AGS. Three queries, all on indexed columns.
 */
export async function getMunicipalityProfile(db: Db, ags: string) {
	const region = alias(governmentRegion, 'region');
	const [found] = await db
		.select({
			ags: municipality.ags,
			ars: municipality.ars,
			name: municipality.name,
			kind: municipality.kind,
			postalCode: municipality.postalCode,
			population: municipality.population,
			areaKm2: municipality.areaKm2,
			latitude: municipality.latitude,
			longitude: municipality.longitude,
			historic: municipality.historic,
			landCode: municipality.landCode,
			landName: land.name,
			districtCode: district.code,
			districtName: district.name,
			districtKind: district.kind,
			regionName: region.name
		})
		.from(municipality)
		.innerJoin(district, eq(district.code, municipality.districtCode))
		.innerJoin(land, eq(land.code, municipality.landCode))
		.leftJoin(region, eq(region.code, municipality.regionCode))
		.where(eq(municipality.ags, ags));
	if (!found) return undefined;

	const center = found.latitude !== null && found.longitude !== null ? { latitude: found.latitude, longitude: found.longitude } : null;
	const [background, nearby] = await Promise.all([
		db
			.select({ latitude: municipality.latitude, longitude: municipality.longitude })
			.from(municipality)
			.where(and(eq(municipality.landCode, found.landCode), eq(municipality.historic, false), isNotNull(municipality.latitude)))
			.then((rows) => rows as Coordinates[]),
		center ? findNearbyOrganisations(db, center, NEARBY_KM) : Promise.resolve([] as NearbyOrganisation[])
	]);
	const density = found.population !== null && found.areaKm2 ? found.population / found.areaKm2 : null;
	return { municipality: { ...found, density }, center, background, nearby };
}
