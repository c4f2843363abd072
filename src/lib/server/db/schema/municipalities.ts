import { boolean, doublePrecision, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { district } from './districts';
import { land } from './lands';

export const MUNICIPALITY_KINDS = [
	'markt',
	'kreisfreie_stadt',
	'stadtkreis',
	'stadt',
	'gemeinde',
	'gemeindefreies_gebiet_bewohnt',
	'gemeindefreies_gebiet_unbewohnt',
	'grosse_kreisstadt'
] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/**
 * Gemeinden (record type 60) with AGS, ARS, population, area and centre coordinates.
 * Consultations refer to them, so a municipality missing from a newer file is marked historic, never deleted.
 */
export const municipality = pgTable(
	'municipality',
	{
		ags: text('ags').primaryKey(), // 8 digits: Land, RB, Kreis, Gemeinde
		ars: text('ars').notNull(), // 12 digits: Land, RB, Kreis, Verband, Gemeinde
		name: text('name').notNull(),
		kind: text('kind', { enum: MUNICIPALITY_KINDS }).notNull(),
		landCode: text('land_code')
			.notNull()
			.references(() => land.code),
		regionCode: text('region_code').notNull(),
		districtCode: text('district_code')
			.notNull()
			.references(() => district.code),
		postalCode: text('postal_code'),
		population: integer('population'),
		areaKm2: doublePrecision('area_km2'),
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		historic: boolean('historic').notNull().default(false),
		importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('municipality_district_idx').on(t.districtCode),
		index('municipality_land_idx').on(t.landCode),
		index('municipality_region_idx').on(t.regionCode)
	]
);
