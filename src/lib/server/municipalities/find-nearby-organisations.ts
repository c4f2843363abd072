import { and, between, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality, organisation } from '../db/schema';
import { boundingBox, distanceKm, type Coordinates } from '$lib/geo/distance';

export interface NearbyOrganisation {
	id: string;
	name: string;
	place: string;
	distanceKm: number;
}

/**
 * Published directory entries whose municipality's centre lies within `km` of a point, nearest first.
 * Organisations have no coordinates of their own (only published data is used), so their municipality's centre
 * stands for them. A bounding box narrows the rows in SQL; the exact great-circle distance is computed here.
 */
export async function findNearbyOrganisations(db: Db, center: Coordinates, km: number): Promise<NearbyOrganisation[]> {
	const box = boundingBox(center, km);
	const rows = await db
		.select({
			id: organisation.id,
			name: organisation.name,
			place: municipality.name,
			latitude: municipality.latitude,
			longitude: municipality.longitude
		})
		.from(organisation)
		.innerJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.where(
			and(
				eq(organisation.status, 'published'),
				between(municipality.latitude, box.minLat, box.maxLat),
				between(municipality.longitude, box.minLon, box.maxLon)
			)
		);
	return rows
		.map((r) => ({
			id: r.id,
			name: r.name,
			place: r.place,
			distanceKm: distanceKm(center, { latitude: r.latitude!, longitude: r.longitude! })
		}))
		.filter((r) => r.distanceKm <= km)
		.sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, 'de'));
}
