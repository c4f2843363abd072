import type { Coordinates } from './distance';

export interface Box {
	minLat: number;
	maxLat: number;
	minLon: number;
	maxLon: number;
}

/** The extent of Nordrhein-Westfalen with a small margin (centre coordinates of its municipalities). */
export const NRW_BOX: Box = { minLat: 50.3, maxLat: 52.55, minLon: 5.85, maxLon: 9.5 };

/** Pure: the smallest box around the points, or the fallback when there are none. */
export function boxAround(points: Coordinates[], fallback: Box = NRW_BOX, margin = 0.08): Box {
	if (points.length === 0) return fallback;
	const lats = points.map((p) => p.latitude);
	const lons = points.map((p) => p.longitude);
	return {
		minLat: Math.min(...lats) - margin,
		maxLat: Math.max(...lats) + margin,
		minLon: Math.min(...lons) - margin,
		maxLon: Math.max(...lons) + margin
	};
}

/**
 * Pure: an equirectangular projection scaled by cos(latitude), good enough for a Land-sized map.
 * Returns the SVG size that keeps the aspect ratio for the given width, and a function to place points.
 */
export function projection(box: Box, width: number) {
	const midLat = ((box.minLat + box.maxLat) / 2) * (Math.PI / 180);
	const spanX = (box.maxLon - box.minLon) * Math.cos(midLat);
	const spanY = box.maxLat - box.minLat;
	const height = Math.round((width * spanY) / spanX);
	return {
		width,
		height,
		place(p: Coordinates) {
			const x = ((p.longitude - box.minLon) * Math.cos(midLat) * width) / spanX;
			const y = ((box.maxLat - p.latitude) * height) / spanY;
			return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
		}
	};
}
