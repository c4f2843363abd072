import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { land } from './lands';

export const DISTRICT_KINDS = ['kreisfreie_stadt', 'stadtkreis', 'kreis', 'landkreis', 'regionalverband'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

/**
 * Kreise and kreisfreie Städte (record type 40). Code = Land (2) + RB (1) + Kreis (2), e.g. "05358" Kreis Düren.
 * A district can be the client of a consultation itself. Never deleted: a newer file marks it historic.
 */
export const district = pgTable(
	'district',
	{
		code: text('code').primaryKey(),
		landCode: text('land_code')
			.notNull()
			.references(() => land.code),
		/** Land + RB; Länder without government regions use RB "0". */
		regionCode: text('region_code').notNull(),
		name: text('name').notNull(),
		kind: text('kind', { enum: DISTRICT_KINDS }).notNull(),
		historic: boolean('historic').notNull().default(false),
		importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('district_region_idx').on(t.regionCode)]
);
