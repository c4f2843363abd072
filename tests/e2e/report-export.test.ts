import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * The funder report downloads on the demo data. The demo consultations were requested in the last 140 days, so the
 * running year has data; the test chooses it in the form and checks that PDF, XLSX and CSV carry the same figures.
 */
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function pdfText(body: Buffer) {
	const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
	return text.replace(/\s+/g, ' ');
}

describe('funder report downloads', () => {
	const browser = useBrowser();
	let coordinator: Page;
	let requests = -1;

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
	});
	afterAll(async () => {
		await coordinator?.context().close();
	});

	const download = async (href: string) => {
		const response = await coordinator.request.get(url(href));
		expect(response.status(), href).toBe(200);
		expect(response.headers()['cache-control']).toBe('private, no-store');
		return { headers: response.headers(), body: Buffer.from(await response.body()) };
	};

	it('offers the last completed year by default and the chosen year after the GET form, without JavaScript', async () => {
		await coordinator.goto(url('/app/wirkung/bericht'));
		expect(await coordinator.locator('h1').textContent()).toBe('Wirkungsbericht herunterladen');
		expect(await coordinator.getByLabel('Berichtsjahr', { exact: true }).inputValue()).toBe(String(YEAR - 1));
		expect(await coordinator.getByRole('heading', { name: `Downloads für ${YEAR - 1}` }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);

		await coordinator.getByLabel('Berichtsjahr', { exact: true }).selectOption(String(YEAR));
		await Promise.all([coordinator.waitForURL(/jahr=/), coordinator.getByRole('button', { name: 'Auswahl übernehmen' }).click()]);
		expect(await coordinator.getByRole('heading', { name: `Downloads für ${YEAR}` }).count()).toBe(1);
		expect(await coordinator.getByRole('link', { name: 'Bericht als PDF herunterladen' }).getAttribute('href')).toBe(`/app/wirkung/bericht/${YEAR}/bericht.pdf`);
		await expectNoAxeViolations(coordinator);
	});

	it('downloads the PDF with the year, the key figures and page numbers', async () => {
		const href = (await coordinator.getByRole('link', { name: 'Bericht als PDF herunterladen' }).getAttribute('href'))!;
		const { headers, body } = await download(href);
		expect(headers['content-type']).toBe('application/pdf');
		expect(headers['content-disposition']).toContain(`attachment; filename="miglobe-wirkungsbericht-${YEAR}.pdf"`);
		expect(body.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(body);
		expect(text).toContain(`Wirkungsbericht ${YEAR}`);
		expect(text).toContain(`Berichtszeitraum: 01.01.${YEAR} bis 31.12.${YEAR}`);
		requests = Number(/Eingegangene Anfragen (\d+)/.exec(text)![1]);
		expect(requests).toBeGreaterThan(0);
		expect(text).toMatch(/Seite 1 von \d+/);
	});

	it('downloads the XLSX with one sheet per table and the same figures as the PDF', async () => {
		const href = (await coordinator.getByRole('link', { name: /Excel-Datei \(XLSX\)/ }).getAttribute('href'))!;
		const { headers, body } = await download(href);
		expect(headers['content-type']).toBe(XLSX_TYPE);
		expect(headers['content-disposition']).toContain(`miglobe-wirkungsbericht-${YEAR}.xlsx`);
		const sheets = await readXlsxFile(body);
		expect(sheets.map((s) => s.sheet)).toEqual(['Bericht', 'Kennzahlen', 'Status', 'Regierungsbezirke', 'Kreise', 'Erreichte Kommunen', 'Themenfelder', 'SDGs', 'Dauer je Phase', 'Zufriedenheit']);
		const keyFigures = sheets[1].data;
		expect(keyFigures[0]).toEqual(['Kennzahl', 'Wert']);
		expect(keyFigures.find((r) => r[0] === 'Eingegangene Anfragen')![1]).toBe(requests);
	});

	it('downloads all tables as one CSV and a single table as CSV, for German Excel', async () => {
		const all = await download((await coordinator.getByRole('link', { name: 'Alle Tabellen als eine CSV-Datei herunterladen' }).getAttribute('href'))!);
		expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(all.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const rows = parse(all.body, { delimiter: ';', bom: true }) as string[][];
		expect(rows[0][0]).toBe('Tabelle');
		expect(rows.find((r) => r[0] === 'kennzahlen' && r[1] === 'Eingegangene Anfragen')![2]).toBe(String(requests));

		const single = await download((await coordinator.getByRole('link', { name: 'Kennzahlen (CSV)' }).getAttribute('href'))!);
		expect(single.headers['content-disposition']).toContain(`miglobe-wirkungsbericht-${YEAR}-kennzahlen.csv`);
		const table = parse(single.body, { delimiter: ';', bom: true }) as string[][];
		expect(table[0]).toEqual(['Kennzahl', 'Wert']);
		expect(table).toContainEqual(['Eingegangene Anfragen', String(requests)]);
	});

	it('answers a bad year, region or table with a message instead of a file, never 500', async () => {
		for (const [path, status, message] of [
			[`/app/wirkung/bericht/1999/bericht.pdf`, 404, 'Bitte ein Berichtsjahr von 2020 bis'],
			[`/app/wirkung/bericht/${YEAR + 1}/bericht.xlsx`, 404, 'Bitte ein Berichtsjahr von 2020 bis'],
			[`/app/wirkung/bericht/zwanzig/bericht.csv`, 404, 'Bitte ein Berichtsjahr von 2020 bis'],
			[`/app/wirkung/bericht/${YEAR}/bericht.pdf?bezirk=999`, 400, 'Bitte einen Regierungsbezirk aus der Liste wählen.'],
			[`/app/wirkung/bericht/${YEAR}/bericht.csv?tabelle=passwoerter`, 400, 'Diese Tabelle gibt es nicht.']
		] as const) {
			const response = await coordinator.request.get(url(path));
			expect(response.status(), path).toBe(status);
			expect(await response.text(), path).toContain(message);
		}
		await coordinator.goto(url('/app/wirkung/bericht?jahr=1999&thema=gibt-es-nicht'));
		const summary = coordinator.getByRole('alert');
		expect(await summary.textContent()).toContain('Bitte ein Berichtsjahr von 2020 bis');
		expect(await summary.textContent()).toContain('Bitte ein Themenfeld aus der Liste wählen.');
		expect(await coordinator.getByRole('link', { name: 'Bericht als PDF herunterladen' }).count()).toBe(0);
		await expectNoAxeViolations(coordinator);
	});

	it('refuses the page and the files to an advisor', async () => {
		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		const page = await advisor.goto(url('/app/wirkung/bericht'));
		expect(page!.status()).toBe(403);
		const file = await advisor.request.get(url(`/app/wirkung/bericht/${YEAR}/bericht.pdf`));
		expect(file.status()).toBe(403);
		expect(file.headers()['content-type']).not.toBe('application/pdf');
		await advisor.context().close();
	});

	it('lets an admin download too', async () => {
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		const file = await admin.request.get(url(`/app/wirkung/bericht/${YEAR}/bericht.xlsx`));
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toBe(XLSX_TYPE);
		await admin.context().close();
	});
});
