import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * Honorarium statements of the demo advisor (Samuel Mensah). The demo seed approves some of his time entries of the
 * last two months; the test takes whichever month the page lists first, so it does not depend on the day it runs.
 * The demo rate is 50,00 € per hour and 0,30 € per km from 1 January 2026.
 */
describe('honorarium statements and rates', () => {
	const browser = useBrowser();
	let advisor: Page;
	let month = '';
	let pdfHref = '';
	let hoursTotal = '';
	let grandTotal = '';

	const pdfText = async (body: Buffer) => {
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
		return text.replace(/\s+/g, ' ');
	};

	beforeAll(async () => {
		advisor = await browser.page();
		await login(advisor, DEMO.advisor);
	});
	afterAll(async () => {
		await advisor?.context().close();
	});

	it('shows the advisor their months and a preview of the newest one', async () => {
		await advisor.goto(url('/app/abrechnungen'));
		expect(await advisor.locator('h1').textContent()).toBe('Honorarabrechnungen');
		const months = advisor.getByRole('navigation', { name: 'Monate mit freigegebenen Einträgen' }).getByRole('link');
		expect(await months.count()).toBeGreaterThan(0);
		const first = months.first();
		expect(await first.getAttribute('aria-current')).toBe('page');
		month = /monat=(\d{4}-\d{2})/.exec((await first.getAttribute('href')) ?? '')![1];
		const caption = advisor.locator('caption');
		expect(await caption.textContent()).toMatch(/^Einträge von Samuel Mensah im /);
		hoursTotal = ((await advisor.locator('[data-total="hours"]').textContent()) ?? '').trim();
		grandTotal = ((await advisor.locator('[data-total="grand"]').textContent()) ?? '').trim();
		expect(hoursTotal).toMatch(/^\d+,\d{2}$/);
		expect(grandTotal).toMatch(/^[\d.]+,\d{2} €$/);
		expect(await advisor.getByText('gültig ab 01.01.2026: 50,00 € je Stunde, 0,30 € je Kilometer').count()).toBe(1);
		await expectNoAxeViolations(advisor);

		if ((await months.count()) > 1) {
			await Promise.all([advisor.waitForURL(/monat=/), months.nth(1).click()]);
			expect(await months.nth(1).getAttribute('aria-current')).toBe('page');
			expect(await months.first().getAttribute('aria-current')).toBeNull();
			await expectNoAxeViolations(advisor);
		}
	});

	it('downloads the PDF by its link, with the hours and the total of the page in its text', async () => {
		await advisor.goto(url(`/app/abrechnungen?monat=${month}`));
		pdfHref = (await advisor.getByRole('link', { name: /als PDF herunterladen$/ }).getAttribute('href')) ?? '';
		expect(pdfHref).toBe(`/app/abrechnungen/${month}/abrechnung.pdf`);
		const response = await advisor.request.get(url(pdfHref));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(response.headers()['content-disposition']).toContain(`filename="honorarabrechnung-${month}-samuel-mensah.pdf"`);
		const body = Buffer.from(await response.body());
		expect(body.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(body);
		expect(text).toMatch(/Honorarabrechnung \S+ \d{4}/);
		expect(text).toContain('Samuel Mensah');
		expect(text).toContain(hoursTotal);
		expect(text).toContain(grandTotal);
	});

	it('downloads the CSV for Excel, whose total row matches the page', async () => {
		const href = (await advisor.getByRole('link', { name: /als CSV herunterladen/ }).getAttribute('href')) ?? '';
		const response = await advisor.request.get(url(href));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toContain(`honorarabrechnung-${month}-samuel-mensah.csv`);
		const body = Buffer.from(await response.body());
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows: string[][] = parse(body.toString('utf8'), { delimiter: ';', bom: true });
		expect(rows[0].slice(0, 5)).toEqual(['Berater*in', 'Datum', 'Beratung', 'Tätigkeit', 'Stunden']);
		const total = rows.at(-1)!;
		expect(total[1]).toBe('Summe');
		expect(total[4]).toBe(hoursTotal.replace(/\./g, ''));
		expect(total[11]).toBe(grandTotal.replace(/\./g, '').replace(' €', ''));
	});

	it('answers 404 to an advisor asking for someone else, and to a month that is not one', async () => {
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		await admin.goto(url('/app/admin/benutzer?q=Schulte'));
		const otherId = /benutzer\/([\w-]+)$/.exec((await admin.getByRole('link', { name: 'Petra Schulte' }).getAttribute('href')) ?? '')![1];
		await admin.context().close();

		expect((await advisor.request.get(url(`${pdfHref}?advisor=${otherId}`))).status()).toBe(404);
		expect((await advisor.request.get(url(`/app/abrechnungen/${month}/abrechnung.csv?advisor=${otherId}`))).status()).toBe(404);
		for (const bad of ['2026-13', 'abc', '2026-1', '1999-01']) {
			expect((await advisor.request.get(url(`/app/abrechnungen/${bad}/abrechnung.pdf`))).status(), bad).toBe(404);
		}
		// A month without approved entries has no statement either.
		expect((await advisor.request.get(url('/app/abrechnungen/2030-01/abrechnung.pdf'))).status()).toBe(404);
		const page = await advisor.goto(url('/app/admin/honorar'));
		expect(page?.status()).toBe(403);
	});

	it('refuses municipality staff with 403', async () => {
		const kommune = await browser.page();
		await login(kommune, DEMO.municipality);
		expect((await kommune.goto(url('/app/abrechnungen')))?.status()).toBe(403);
		expect((await kommune.request.get(url(`/app/abrechnungen/${month}/abrechnung.pdf`))).status()).toBe(403);
		await kommune.context().close();
	});

	it('lets the coordination choose an advisor and download all statements of a month as one file', async () => {
		const coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		await coordinator.goto(url('/app/abrechnungen'));
		await expectNoAxeViolations(coordinator);
		await coordinator.getByLabel('Monat', { exact: true }).selectOption(month);
		await coordinator.getByLabel('Berater*in', { exact: true }).selectOption({ label: 'Samuel Mensah' });
		await Promise.all([coordinator.waitForURL(/person=/), coordinator.getByRole('button', { name: 'Anzeigen' }).click()]);
		expect(((await coordinator.locator('[data-total="grand"]').textContent()) ?? '').trim()).toBe(grandTotal);
		await expectNoAxeViolations(coordinator);

		const one = (await coordinator.getByRole('link', { name: /^Abrechnung .* als PDF herunterladen$/ }).getAttribute('href')) ?? '';
		expect(one).toMatch(new RegExp(`^/app/abrechnungen/${month}/abrechnung\\.pdf\\?advisor=`));
		expect((await coordinator.request.get(url(one))).status()).toBe(200);

		const all = (await coordinator.getByRole('link', { name: /^Alle Abrechnungen .* als ein PDF herunterladen$/ }).getAttribute('href')) ?? '';
		expect(all).toBe(`/app/abrechnungen/${month}/abrechnung.pdf`);
		const response = await coordinator.request.get(url(all));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-disposition']).toContain(`honorarabrechnungen-${month}-alle.pdf`);
		const text = await pdfText(Buffer.from(await response.body()));
		expect(text).toContain('Samuel Mensah');
		expect(text).toContain(grandTotal);
		const csv = await coordinator.request.get(url(`/app/abrechnungen/${month}/abrechnung.csv`));
		expect(csv.status()).toBe(200);
		expect(parse((await csv.body()).toString('utf8'), { delimiter: ';', bom: true }).some((r: string[]) => r[0] === 'Samuel Mensah')).toBe(true);
		await coordinator.context().close();
	});

	it('lets an admin add a rate: a negative amount is refused at the field, a valid one is listed', async () => {
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		await admin.goto(url('/app/admin/honorar'));
		expect(await admin.locator('h1').textContent()).toBe('Honorarsätze');
		expect(await admin.getByRole('row', { name: /01\.01\.2026/ }).textContent()).toContain('50,00 €');
		await expectNoAxeViolations(admin);

		const year = new Date().getFullYear() + 2;
		await admin.getByLabel('Gültig ab').fill(`${year}-01-01`);
		await admin.getByLabel('Stundensatz in Euro').fill('-50');
		await admin.getByLabel('Fahrtkosten in Euro je Kilometer').fill('0,30');
		await admin.getByRole('button', { name: 'Satz speichern' }).click();
		const error = admin.locator('#hourly-error');
		await error.waitFor();
		expect(await error.textContent()).toContain('Der Betrag darf nicht negativ sein.');
		expect(await admin.getByLabel('Stundensatz in Euro').inputValue()).toBe('-50');
		expect(await admin.getByRole('link', { name: 'Der Betrag darf nicht negativ sein.' }).count()).toBe(1);
		await expectNoAxeViolations(admin);

		await admin.getByLabel('Stundensatz in Euro').fill('55,50');
		await admin.getByRole('button', { name: 'Satz speichern' }).click();
		await admin.getByText(`Der Satz ab 01.01.${year} wurde gespeichert.`).waitFor();
		expect(await admin.getByRole('row', { name: new RegExp(`01\\.01\\.${year}`) }).textContent()).toContain('55,50 €');
		await expectNoAxeViolations(admin);
		await admin.context().close();
	});
});
