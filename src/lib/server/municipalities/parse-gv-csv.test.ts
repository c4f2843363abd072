import { describe, expect, it } from 'vitest';
import { parseGvCsv } from './parse-gv-csv';

const HEADER =
	'satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung';
const BOM = '\uFEFF';
const EMPTY_TAIL = ',,,,,,,,,,,,';

/** Lines in the shape of the real extract; the numbers of NRW rows are real. */
const NRW = [
	`10,,05,,,,,Nordrhein-Westfalen${EMPTY_TAIL}`,
	`20,,05,3,,,,Reg.-Bez. Köln${EMPTY_TAIL}`,
	`40,41,05,3,15,,,"Köln, Stadt"${EMPTY_TAIL}`,
	`50,50,05,3,15,0000,,"Köln, Stadt"${EMPTY_TAIL}`,
	`60,61,05,3,15,0000,000,"Köln, Stadt", 405.01, 1 087 353, 531 052, 556 301, 2 685,50667,"6,958307","50,941357",G04,Köln,01,dicht besiedelt`,
	`40,43,05,3,58,,,Düren${EMPTY_TAIL}`,
	`60,63,05,3,58,0008,008,"Düren, Stadt", 85.0, 93 440, 45 905, 47 535, 1 099,52349,"6,483104","50,80024",G04,Eifel,02,mittlere Besiedlungsdichte`
];
const csv = (lines: string[]) => BOM + [HEADER, ...lines].join('\r\n') + '\r\n';

describe('parseGvCsv', () => {
	it('reads BOM, quoted names with commas, thousands spaces, decimal comma and decimal point', () => {
		const result = parseGvCsv(csv(NRW));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.rejected).toEqual([]);
		expect(result.skipped).toBe(1); // the Gemeindeverband row
		expect(result.data.lands).toEqual([{ code: '05', name: 'Nordrhein-Westfalen' }]);
		expect(result.data.regions).toEqual([{ code: '053', landCode: '05', name: 'Reg.-Bez. Köln' }]);
		expect(result.data.districts).toEqual([
			{ code: '05315', landCode: '05', regionCode: '053', name: 'Köln, Stadt', kind: 'kreisfreie_stadt' },
			{ code: '05358', landCode: '05', regionCode: '053', name: 'Düren', kind: 'kreis' }
		]);
		expect(result.data.municipalities[0]).toEqual({
			ags: '05315000',
			ars: '053150000000',
			name: 'Köln, Stadt',
			kind: 'kreisfreie_stadt',
			landCode: '05',
			regionCode: '053',
			districtCode: '05315',
			postalCode: '50667',
			population: 1087353,
			areaKm2: 405.01,
			latitude: 50.941357,
			longitude: 6.958307
		});
		expect(result.data.municipalities[1]).toMatchObject({ ags: '05358008', ars: '053580008008', kind: 'stadt', population: 93440 });
	});

	it('fails a file of another format and names every missing column', () => {
		const result = parseGvCsv('name;einwohner\nKöln;1087353\n');
		expect(result).toMatchObject({ ok: false, error: 'missing_columns' });
		if (result.ok || result.error !== 'missing_columns') return;
		expect(result.columns).toContain('satzart');
		expect(result.columns).toContain('breitengrad');
		const partly = parseGvCsv(HEADER.replace(',bevoelkerung', '').replace(',laengengrad', '') + '\n');
		expect(partly).toEqual({ ok: false, error: 'missing_columns', columns: ['bevoelkerung', 'laengengrad'] });
		expect(parseGvCsv('')).toEqual({ ok: false, error: 'empty_file' });
	});

	it('rejects lines with malformed key parts, numbers or coordinates and reports their line numbers', () => {
		const result = parseGvCsv(
			csv([
				...NRW,
				`60,64,05,3,5,0008,009,Kaputt-Kreis, 1.0, 10, 5, 5, 1,52349,"6,4","50,8",,,,`, // line 9: Kreis of one digit
				`60,64,05,3,58,0008,0A1,Kaputt-Gemeinde, 1.0, 10, 5, 5, 1,52349,"6,4","50,8",,,,`, // 10
				`60,64,05,3,58,0008,011,Kaputt-Zahl, 1.0, zehn, 5, 5, 1,52349,"6,4","50,8",,,,`, // 11
				`60,64,05,3,58,0008,012,Kaputt-Ort, 1.0, 10, 5, 5, 1,52349,"60,4","50,8",,,,`, // 12: outside Germany
				`60,69,05,3,58,0008,013,Kaputt-Art, 1.0, 10, 5, 5, 1,52349,"6,4","50,8",,,,`, // 13
				`60,64,05,3,58,0008,008,Doppelt, 1.0, 10, 5, 5, 1,52349,"6,4","50,8",,,,`, // 14: AGS of Düren again
				`60,64,05,3,58,0008,014,Zu kurz`, // 15
				`60,64,05,3,77,0008,015,Ohne Kreis, 1.0, 10, 5, 5, 1,52349,"6,4","50,8",,,,`, // 16: Kreis 77 is not in the file
				`99,,05,,,,,Unbekannt${EMPTY_TAIL}` // 17
			])
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[9, 'invalid_key'],
			[10, 'invalid_key'],
			[11, 'invalid_number'],
			[12, 'invalid_coordinates'],
			[13, 'unknown_kind'],
			[14, 'duplicate'],
			[15, 'column_count'],
			[16, 'unknown_parent'],
			[17, 'unknown_record_type']
		]);
		expect(result.rejected[0].details).toBe('kreis="5"');
		expect(result.rejected[2].details).toBe('bevoelkerung="zehn"');
		expect(result.data.municipalities.map((m) => m.ags)).toEqual(['05315000', '05358008']);
	});

	it('accepts empty population and position of uninhabited areas, but not of a town', () => {
		const result = parseGvCsv(
			csv([
				...NRW,
				`60,66,05,3,58,9999,999,"Wald, gemfr. Gebiet", 6.20,,,,,,,,,,03,gering besiedelt`,
				`60,63,05,3,58,0008,020,Leerstadt, 6.20,,,,,,,,,,03,gering besiedelt`
			])
		);
		if (!result.ok) throw new Error('parse failed');
		expect(result.data.municipalities[2]).toMatchObject({
			ags: '05358999',
			kind: 'gemeindefreies_gebiet_unbewohnt',
			population: null,
			latitude: null,
			longitude: null,
			postalCode: null
		});
		expect(result.rejected).toEqual([{ line: 10, reason: 'invalid_number', details: 'bevoelkerung=""' }]);
	});

	it('keeps only the requested Land and skips Region and Gemeindeverband rows', () => {
		const other = [
			`10,,08,,,,,Baden-Württemberg${EMPTY_TAIL}`,
			`20,,08,1,,,,Reg.-Bez. Stuttgart${EMPTY_TAIL}`,
			`30,,08,1,1,,,Region Stuttgart${EMPTY_TAIL}`,
			`40,42,08,1,11,,,"Stuttgart, Landeshauptstadt"${EMPTY_TAIL}`,
			`60,62,08,1,11,0000,000,"Stuttgart, Landeshauptstadt", 207.33, 613 392, 1, 1, 1,70173,"9,177023","48,777068",,,,`
		];
		const result = parseGvCsv(csv([...NRW, ...other]), { land: '05' });
		if (!result.ok) throw new Error('parse failed');
		expect(result.data.lands.map((l) => l.code)).toEqual(['05']);
		expect(result.data.municipalities.map((m) => m.landCode)).toEqual(['05', '05']);
		expect(result.rejected).toEqual([]);
		const all = parseGvCsv(csv([...NRW, ...other]));
		if (!all.ok) throw new Error('parse failed');
		expect(all.data.districts.find((d) => d.code === '08111')).toMatchObject({ kind: 'stadtkreis', regionCode: '081' });
		expect(all.data.municipalities).toHaveLength(3);
	});

	it('creates no region for Länder without government regions, but keeps RB "0" in the codes', () => {
		const result = parseGvCsv(
			csv([
				`10,,01,,,,,Schleswig-Holstein${EMPTY_TAIL}`,
				`40,41,01,0,01,,,"Flensburg, Stadt"${EMPTY_TAIL}`,
				`60,61,01,0,01,0000,000,"Flensburg, Stadt", 53.02, 90 164, 44 904, 45 260, 1 701,24937,"9,43751","54,78252",F02,Ostsee,01,dicht besiedelt`
			])
		);
		if (!result.ok) throw new Error('parse failed');
		expect(result.data.regions).toEqual([]);
		expect(result.data.districts[0]).toMatchObject({ code: '01001', regionCode: '010' });
		expect(result.data.municipalities[0]).toMatchObject({ ags: '01001000', regionCode: '010', districtCode: '01001' });
	});

	it('reports an unclosed quote as a malformed file with its line', () => {
		expect(parseGvCsv(csv([`10,,05,,,,,"Nordrhein-Westfalen${EMPTY_TAIL}`]))).toMatchObject({ ok: false, error: 'malformed_csv' });
	});
});
