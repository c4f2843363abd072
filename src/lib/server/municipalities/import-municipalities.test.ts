import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, district, governmentRegion, municipality } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { importMunicipalities } from './import-municipalities';
import { parseGvCsv } from './parse-gv-csv';

const HEADER =
	'satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung';
const TAIL = ',,,,,,,,,,,,';
const gemeinde = (code: string, name: string) =>
	`60,64,06,4,12,0001,${code},${name}, 10.5, 1 000, 500, 500, 95,60000,"8,6","50,1",,,,`;

/** A made-up Land "06" slice: three Gemeinden, then a newer file without one of them. */
function crafted(names: [string, string][]) {
	const lines = [HEADER, `10,,06,,,,,Hessen${TAIL}`, `20,,06,4,,,,Reg.-Bez. Darmstadt${TAIL}`, `40,44,06,4,12,,,Testkreis${TAIL}`];
	const result = parseGvCsv([...lines, ...names.map(([c, n]) => gemeinde(c, n))].join('\n'));
	if (!result.ok) throw new Error('crafted file did not parse');
	return result.data;
}

describeDb('importMunicipalities (crafted files)', ({ db }) => {
	const rows = () => db().select().from(municipality).where(eq(municipality.landCode, '06')).orderBy(municipality.ags);

	it('creates, updates, marks missing municipalities historic without deleting them, and un-marks them when they return', async () => {
		const three = crafted([['001', 'Alpha'], ['002', 'Beta'], ['003', 'Gamma']]);
		const first = await importMunicipalities(db(), three, { rejected: 2 });
		expect(first).toEqual({ lands: 1, regions: 1, districts: 1, municipalities: 3, created: 6, updated: 0, markedHistoric: 0, rejected: 2 });
		expect((await rows()).map((r) => [r.ags, r.name, r.historic, r.population, r.latitude])).toEqual([
			['06412001', 'Alpha', false, 1000, 50.1],
			['06412002', 'Beta', false, 1000, 50.1],
			['06412003', 'Gamma', false, 1000, 50.1]
		]);

		const two = crafted([['001', 'Alpha-Neu'], ['002', 'Beta']]);
		const second = await importMunicipalities(db(), two, { actorId: null });
		expect(second).toMatchObject({ created: 0, updated: 5, markedHistoric: 1 });
		expect((await rows()).map((r) => [r.ags, r.name, r.historic])).toEqual([
			['06412001', 'Alpha-Neu', false],
			['06412002', 'Beta', false],
			['06412003', 'Gamma', true]
		]);

		const again = await importMunicipalities(db(), three);
		expect(again).toMatchObject({ created: 0, updated: 6, markedHistoric: 0 });
		expect((await rows()).every((r) => !r.historic)).toBe(true);

		const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'municipality.import'));
		expect(audit).toHaveLength(3);
		expect(audit[1].details).toMatchObject({ markedHistoric: 1, landCodes: ['06'] });
	});

	it('leaves a Land alone when the file has no Gemeinden of it', async () => {
		const empty = crafted([]);
		const result = await importMunicipalities(db(), empty);
		expect(result.markedHistoric).toBe(0);
		expect((await rows()).every((r) => !r.historic)).toBe(true);
	});
});

const REAL_FILE = path.resolve(import.meta.dirname, '../../../../../shared/data/destatis-gemeindeverzeichnis-auszug.csv');
const realFileExists = existsSync(REAL_FILE);
if (!realFileExists) console.warn(`Skipping the import tests on real data: ${REAL_FILE} is absent (see ../shared/data/README.md).`);

describe.skipIf(!realFileExists)('importMunicipalities on the official Destatis file', () => {
	const text = realFileExists ? readFileSync(REAL_FILE, 'utf8') : '';

	describeDb('real data', ({ db, driver }) => {
		const countWhere = async (table: typeof municipality | typeof district | typeof governmentRegion, where?: ReturnType<typeof and>) =>
			(await db().select({ n: count() }).from(table).where(where))[0].n;

		it('imports NRW with 396 Gemeinden, 22 kreisfreie Städte, 31 Kreise and 5 Regierungsbezirke, then again without creating anything', async () => {
			const parsed = parseGvCsv(text, { land: '05' });
			if (!parsed.ok) throw new Error('real file did not parse');
			expect(parsed.rejected).toEqual([]);
			const counts = await importMunicipalities(db(), parsed.data);
			expect(counts).toEqual({ lands: 1, regions: 5, districts: 53, municipalities: 396, created: 455, updated: 0, markedHistoric: 0, rejected: 0 });
			expect(await countWhere(municipality, eq(municipality.landCode, '05'))).toBe(396);
			expect(await countWhere(district, and(eq(district.landCode, '05'), eq(district.kind, 'kreisfreie_stadt')))).toBe(22);
			expect(await countWhere(district, and(eq(district.landCode, '05'), eq(district.kind, 'kreis')))).toBe(31);
			expect(await countWhere(governmentRegion, eq(governmentRegion.landCode, '05'))).toBe(5);
			const [aachen] = await db().select().from(district).where(eq(district.code, '05334'));
			expect(aachen).toMatchObject({ name: 'Städteregion Aachen', kind: 'kreis', regionCode: '053' });
			const [dueren] = await db().select().from(municipality).where(eq(municipality.ags, '05358008'));
			expect(dueren).toMatchObject({ ars: '053580008008', kind: 'stadt', districtCode: '05358', historic: false });

			const second = await importMunicipalities(db(), parsed.data);
			expect(second).toMatchObject({ created: 0, updated: 455, markedHistoric: 0 });
			expect(await countWhere(municipality)).toBe(396);
		});

		it('imports the whole file with 11,004 Gemeinden in a few seconds', async () => {
			const started = performance.now();
			const parsed = parseGvCsv(text);
			if (!parsed.ok) throw new Error('real file did not parse');
			const counts = await importMunicipalities(db(), parsed.data);
			const seconds = (performance.now() - started) / 1000;
			console.info(`Whole-file import on ${driver}: ${seconds.toFixed(2)} s`);
			expect(counts).toMatchObject({ municipalities: 11_004, updated: 455, markedHistoric: 0, rejected: 0 });
			expect(await countWhere(municipality)).toBe(11_004);
			expect(await countWhere(municipality, eq(municipality.historic, true))).toBe(0);
			expect(seconds).toBeLessThan(10);
		});
	});
});
