export interface Coordinates {
	latitude: number;
	longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). Pure; exact enough for "within 25 km" questions. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
	const rad = Math.PI / 180;
	const dLat = (b.latitude - a.latitude) * rad;
	const dLon = (b.longitude - a.longitude) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box around a point that contains every point within `km` (for an index-friendly pre-filter). */
export function boundingBox(center: Coordinates, km: number) {
	const dLat = km / 111.32;
	const dLon = km / (111.32 * Math.max(0.01, Math.cos((center.latitude * Math.PI) / 180)));
	return {
		minLat: center.latitude - dLat,
		maxLat: center.latitude + dLat,
		minLon: center.longitude - dLon,
		maxLon: center.longitude + dLon
	};
}
