import type { Db } from '../db/client';
import { district, governmentRegion, land, municipality, type DistrictKind, type MunicipalityKind } from '../db/schema';

/*
 * A hand-picked set of real NRW municipalities for demo installations, with the values of the official
 * municipality directory (© Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung 2.0).
 * Real installations fill the tables with `npm run cli -- import:municipalities FILE`; nothing here is read at
 * run time from a file, and a production start never calls it.
 */

const REGIONS: [string, string][] = [
	['051', 'Reg.-Bez. Düsseldorf'],
	['053', 'Reg.-Bez. Köln'],
	['055', 'Reg.-Bez. Münster'],
	['057', 'Reg.-Bez. Detmold'],
	['059', 'Reg.-Bez. Arnsberg']
];

/** [code, kind, name] */
const DISTRICTS: [string, DistrictKind, string][] = [
	['05111', 'kreisfreie_stadt', 'Düsseldorf, Stadt'],
	['05113', 'kreisfreie_stadt', 'Essen, Stadt'],
	['05122', 'kreisfreie_stadt', 'Solingen, Klingenstadt'],
	['05124', 'kreisfreie_stadt', 'Wuppertal, Stadt'],
	['05170', 'kreis', 'Wesel'],
	['05314', 'kreisfreie_stadt', 'Bonn, Stadt'],
	['05315', 'kreisfreie_stadt', 'Köln, Stadt'],
	['05334', 'kreis', 'Städteregion Aachen'],
	['05358', 'kreis', 'Düren'],
	['05513', 'kreisfreie_stadt', 'Gelsenkirchen, Stadt'],
	['05515', 'kreisfreie_stadt', 'Münster, Stadt'],
	['05566', 'kreis', 'Steinfurt'],
	['05711', 'kreisfreie_stadt', 'Bielefeld, Stadt'],
	['05754', 'kreis', 'Gütersloh'],
	['05766', 'kreis', 'Lippe'],
	['05774', 'kreis', 'Paderborn'],
	['05913', 'kreisfreie_stadt', 'Dortmund, Stadt'],
	['05958', 'kreis', 'Hochsauerlandkreis'],
	['05970', 'kreis', 'Siegen-Wittgenstein'],
	['05974', 'kreis', 'Soest']
];

/** [ags, Verband, kind, name, postal code, population, area km², latitude, longitude] */
const MUNICIPALITIES: [string, string, MunicipalityKind, string, string, number, number, number, number][] = [
	['05111000', '0000', 'kreisfreie_stadt', 'Düsseldorf, Stadt', '40213', 621877, 217.41, 51.22422, 6.780068],
	['05113000', '0000', 'kreisfreie_stadt', 'Essen, Stadt', '45127', 582760, 210.34, 51.455843, 7.012583],
	['05122000', '0000', 'kreisfreie_stadt', 'Solingen, Klingenstadt', '42651', 159245, 89.54, 51.171718, 7.085665],
	['05124000', '0000', 'kreisfreie_stadt', 'Wuppertal, Stadt', '42275', 355100, 168.39, 51.271288, 7.195874],
	['05170024', '0024', 'stadt', 'Moers, Stadt', '47441', 103902, 67.68, 51.453559, 6.628027],
	['05314000', '0000', 'kreisfreie_stadt', 'Bonn, Stadt', '53111', 329673, 141.06, 50.734245, 7.099187],
	['05315000', '0000', 'kreisfreie_stadt', 'Köln, Stadt', '50667', 1087863, 405.01, 50.938107, 6.957068],
	['05334002', '0002', 'stadt', 'Aachen, Stadt', '52062', 248960, 160.85, 50.773516, 6.0848],
	['05358008', '0008', 'stadt', 'Düren, Stadt', '52349', 91216, 85.00, 50.801678, 6.482964],
	['05358024', '0024', 'stadt', 'Jülich, Stadt', '52428', 32653, 90.39, 50.922697, 6.357721],
	['05358028', '0028', 'gemeinde', 'Kreuzau', '52372', 17444, 41.73, 50.74596, 6.489241],
	['05358032', '0032', 'gemeinde', 'Langerwehe', '52379', 14028, 41.46, 50.818168, 6.360112],
	['05358044', '0044', 'stadt', 'Nideggen, Stadt', '52385', 10001, 65.04, 50.69097, 6.485187],
	['05513000', '0000', 'kreisfreie_stadt', 'Gelsenkirchen, Stadt', '45879', 259645, 104.94, 51.510892, 7.096064],
	['05515000', '0000', 'kreisfreie_stadt', 'Münster, Stadt', '48127', 315293, 303.28, 51.961908, 7.626804],
	['05566008', '0008', 'stadt', 'Emsdetten, Stadt', '48282', 36029, 72.06, 52.172195, 7.527511],
	['05566012', '0012', 'stadt', 'Greven, Stadt', '48268', 37753, 140.26, 52.092652, 7.613202],
	['05566076', '0076', 'stadt', 'Rheine, Stadt', '48431', 76218, 145.00, 52.279214, 7.438651],
	['05566084', '0084', 'stadt', 'Steinfurt, Stadt', '48565', 34325, 111.67, 52.125169, 7.395195],
	['05711000', '0000', 'kreisfreie_stadt', 'Bielefeld, Stadt', '33597', 334195, 258.83, 52.020578, 8.53212],
	['05754008', '0008', 'stadt', 'Gütersloh, Stadt', '33330', 100861, 112.02, 51.909587, 8.381067],
	['05766020', '0020', 'stadt', 'Detmold, Stadt', '32756', 74254, 129.39, 51.935357, 8.878641],
	['05774032', '0032', 'stadt', 'Paderborn, Stadt', '33098', 151633, 179.59, 51.719601, 8.757301],
	['05913000', '0000', 'kreisfreie_stadt', 'Dortmund, Stadt', '44135', 588250, 280.71, 51.514171, 7.464165],
	['05958004', '0004', 'stadt', 'Arnsberg, Stadt', '59759', 73456, 193.72, 51.395795, 8.064801],
	['05970040', '0040', 'stadt', 'Siegen, Universitätsstadt', '57072', 102770, 114.69, 50.874559, 8.024625],
	['05974040', '0040', 'stadt', 'Soest, Stadt', '59494', 47514, 85.81, 51.572543, 8.106308]
];

/**
 * Inserts the demo set. Existing rows win (ON CONFLICT DO NOTHING): a database that already holds an imported
 * directory keeps it unchanged, and nothing is marked historic.
 */
export async function seedDemoMunicipalities(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.insert(land).values({ code: '05', name: 'Nordrhein-Westfalen' }).onConflictDoNothing();
		await tx
			.insert(governmentRegion)
			.values(REGIONS.map(([code, name]) => ({ code, landCode: '05', name })))
			.onConflictDoNothing();
		await tx
			.insert(district)
			.values(DISTRICTS.map(([code, kind, name]) => ({ code, landCode: '05', regionCode: code.slice(0, 3), name, kind })))
			.onConflictDoNothing();
		await tx
			.insert(municipality)
			.values(
				MUNICIPALITIES.map(([ags, vb, kind, name, postalCode, population, areaKm2, latitude, longitude]) => ({
					ags,
					ars: ags.slice(0, 5) + vb + ags.slice(5),
					name,
					kind,
					landCode: '05',
					regionCode: ags.slice(0, 3),
					districtCode: ags.slice(0, 5),
					postalCode,
					population,
					areaKm2,
					latitude,
					longitude
				}))
			)
			.onConflictDoNothing();
	});
}
