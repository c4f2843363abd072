import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

const HEADER =
	'satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung';
const TAIL = ',,,,,,,,,,,,';
// Land 16 (Thüringen) so that the demo municipalities of NRW, which other tests use, stay as they are.
const CRAFTED = [
	HEADER,
	`10,,16,,,,,Thüringen${TAIL}`,
	`40,41,16,0,51,,,"Erfurt, Stadt"${TAIL}`,
	`60,61,16,0,51,0000,000,"Erfurt, Stadt", 269.91, 213 227, 1, 1, 790,99084,"11,029173","50,977978",,,,`,
	`40,44,16,0,61,,,Eichsfeld${TAIL}`,
	`60,63,16,0,61,0074,074,"Heilbad Heiligenstadt, Stadt", 84.65, 17 221, 1, 1, 203,37308,"10,138297","51,378032",,,,`,
	`60,64,16,0,61,0074,0X5,Kaputt, 1.0, 10, 1, 1, 1,37308,"10,1","51,3",,,,`
].join('\n');
/** Gemeindeverband rows (skipped by the importer) that push the upload past adapter-node's default limit of 512 KB. */
const PADDING = Array.from({ length: 10_000 }, (_, i) => `50,50,16,0,61,${String(i).padStart(4, '0')},,Verwaltungsgemeinschaft ${i}${TAIL}`).join('\n');

describe('municipalities', () => {
	const browser = useBrowser();
	const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-gv-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	// One log-in per account: the log-in is rate-limited per account (8 in 15 minutes) across all e2e files.
	it('lets a coordinator search, filter and open a municipality page with key data and map, but not the import', async () => {
		const page = await browser.page();
		await login(page, DEMO.coordinator);
		await page.goto(url('/app/kommunen'));
		await expectNoAxeViolations(page);
		await page.getByLabel('Name oder Gemeindeschlüssel (AGS)').fill('Düren');
		await Promise.all([page.waitForURL(/q=D/), page.getByRole('button', { name: 'Suchen' }).click()]);
		await page.getByRole('link', { name: 'Düren, Stadt' }).click();
		await page.waitForURL(/\/app\/kommunen\/05358008$/);
		expect(await page.locator('h1').textContent()).toBe('Düren, Stadt');
		const main = (await page.locator('main').textContent()) ?? '';
		for (const fact of ['05358008', '053580008008', 'Reg.-Bez. Köln', 'Kreis', 'Stadt', '91.216', '85,00 km²', 'Beratungen', 'Veranstaltungen']) {
			expect(main).toContain(fact);
		}
		const map = page.getByRole('img', { name: 'Lage von Düren, Stadt' });
		expect(await map.count()).toBe(1);
		expect(await map.locator('circle').count()).toBeGreaterThan(20);
		await expectNoAxeViolations(page);

		expect((await page.goto(url('/app/kommunen/05999999')))?.status()).toBe(404);
		expect((await page.goto(url('/app/kommunen/abc')))?.status()).toBe(404);

		// The filters are a plain GET form: they work without JavaScript.
		await page.goto(url('/app/kommunen?bezirk=055&kreis=05566'));
		expect(await page.locator('main table tbody tr').count()).toBe(4);
		expect(await page.getByRole('link', { name: 'Rheine, Stadt' }).count()).toBe(1);

		expect((await page.goto(url('/app/admin/gemeinden')))?.status()).toBe(403);
		await page.context().close();
	});

	it('refuses the municipality pages to a municipality account', async () => {
		const page = await browser.page();
		await login(page, DEMO.municipality);
		expect((await page.goto(url('/app/kommunen')))?.status()).toBe(403);
		expect((await page.goto(url('/app/kommunen/05358008')))?.status()).toBe(403);
		await page.context().close();
	});

	it('lets an admin import a file, see the counts and the rejected lines, and names the columns a wrong file lacks', async () => {
		const page = await browser.page();
		await login(page, DEMO.admin);
		await page.goto(url('/app/admin/gemeinden'));
		await expectNoAxeViolations(page);

		const good = path.join(dir, 'gv.csv');
		writeFileSync(good, '\uFEFF' + CRAFTED + '\n' + PADDING);
		expect(statSync(good).size).toBeGreaterThan(512 * 1024);
		await page.getByLabel('CSV-Datei').setInputFiles(good);
		await page.getByRole('button', { name: 'Datei einlesen' }).click();
		await expect.poll(() => page.getByText('Das Gemeindeverzeichnis ist eingelesen.').count()).toBe(1);
		const counts = page.getByRole('table', { name: 'Ergebnis des Imports' });
		expect(await counts.getByRole('row', { name: /^Gemeinden/ }).textContent()).toContain('2');
		expect(await counts.getByRole('row', { name: /^Abgelehnte Zeilen/ }).textContent()).toContain('1');
		const rejected = page.getByRole('table', { name: 'Abgelehnte Zeilen' });
		expect(await rejected.locator('tbody tr').textContent()).toContain('7');
		expect(await rejected.textContent()).toContain('gemeinde="0X5"');
		await expectNoAxeViolations(page);

		const wrong = path.join(dir, 'falsch.csv');
		writeFileSync(wrong, 'name;einwohner\nKöln;1087353\n');
		await page.getByLabel('CSV-Datei').setInputFiles(wrong);
		await page.getByRole('button', { name: 'Datei einlesen' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' });
		await expect.poll(() => summary.count()).toBe(1);
		expect(await summary.textContent()).toContain('Es fehlen die Spalten: satzart, textkennzeichen');
		await expectNoAxeViolations(page);

		await page.goto(url('/app/admin/protokoll'));
		expect(await page.locator('main').textContent()).toContain('municipality.import');
		await page.goto(url('/app/kommunen?q=Erfurt'));
		expect(await page.getByRole('link', { name: 'Erfurt, Stadt' }).count()).toBe(1);
		await page.context().close();
	});
});
