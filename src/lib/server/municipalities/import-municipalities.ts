import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { district, governmentRegion, land, municipality } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { GvData } from './gv-records';

export interface ImportCounts {
	lands: number;
	regions: number;
	districts: number;
	municipalities: number;
	/** Rows of all four levels that were new, or existed and were refreshed. */
	created: number;
	updated: number;
	/** Regions, districts and municipalities of the imported Länder that the file no longer lists. */
	markedHistoric: number;
	rejected: number;
}

/** Large enough to need few round trips, small enough to stay far below PostgreSQL's 65,535 parameters. */
const BATCH = 500;

/** `excluded.<column>`: the value the conflicting INSERT proposed. */
const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * Writes parsed directory data in one short transaction: upserts every Land, region, district and municipality
 * (ON CONFLICT DO UPDATE, so running it twice changes nothing but the import time) and marks those of the imported
 * Länder that the file no longer lists as historic. Nothing is deleted, because consultations and organisations
 * refer to municipalities. Only the database is awaited inside the transaction (PGlite has one session).
 */
export async function importMunicipalities(
	db: Db,
	data: GvData,
	{ actorId = null, rejected = 0 }: { actorId?: string | null; rejected?: number } = {}
): Promise<ImportCounts> {
	// Only Länder with Gemeinden in this file are compared with the table: a file with a Land row and nothing
	// else (cut off, or filtered to another Land) must not turn a whole Land historic.
	const landCodes = [...new Set(data.municipalities.map((m) => m.landCode))];
	return db.transaction(async (tx) => {
		let created = 0;
		let updated = 0;
		const upsert = async <T extends PgTable>(table: T, target: PgColumn, rows: T['$inferInsert'][], set: Record<string, SQL>) => {
			for (let i = 0; i < rows.length; i += BATCH) {
				const result = await tx
					.insert(table)
					.values(rows.slice(i, i + BATCH))
					.onConflictDoUpdate({ target, set: { ...set, importedAt: sql`now()` } as PgUpdateSetSource<T> })
					// xmax is 0 for a row this statement inserted and set for one it updated.
					.returning({ inserted: sql<boolean>`(xmax = 0)` });
				for (const r of result) if (r.inserted) created++;
				else updated++;
			}
		};

		await upsert(land, land.code, data.lands, { name: excluded(land.name) });
		await upsert(governmentRegion, governmentRegion.code, data.regions, {
			landCode: excluded(governmentRegion.landCode),
			name: excluded(governmentRegion.name),
			historic: sql`false`
		});
		await upsert(district, district.code, data.districts, {
			landCode: excluded(district.landCode),
			regionCode: excluded(district.regionCode),
			name: excluded(district.name),
			kind: excluded(district.kind),
			historic: sql`false`
		});
		const columns = ['ars', 'name', 'kind', 'landCode', 'regionCode', 'districtCode', 'postalCode', 'population', 'areaKm2', 'latitude', 'longitude'] as const;
		await upsert(municipality, municipality.ags, data.municipalities, {
			...Object.fromEntries(columns.map((key) => [key, excluded(municipality[key])])),
			historic: sql`false`
		});

		let markedHistoric = 0;
		if (landCodes.length > 0) {
			// Everything this transaction wrote carries its now(); a row of these Länder with another time was not in the file.
			for (const table of [municipality, district, governmentRegion] as const) {
				const gone = await tx
					.update(table)
					.set({ historic: true })
					.where(and(inArray(table.landCode, landCodes), eq(table.historic, false), ne(table.importedAt, sql`now()`)))
					.returning({ at: table.importedAt });
				markedHistoric += gone.length;
			}
		}

		const counts: ImportCounts = {
			lands: data.lands.length,
			regions: data.regions.length,
			districts: data.districts.length,
			municipalities: data.municipalities.length,
			created,
			updated,
			markedHistoric,
			rejected
		};
		await recordAudit(tx, {
			actorId,
			action: 'municipality.import',
			targetType: 'municipality',
			details: { ...counts, landCodes }
		});
		return counts;
	});
}
