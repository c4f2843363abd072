import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimplePdf } from '../../src/lib/server/documents/simple-pdf';
import { jpegWithExif } from '../../src/lib/server/testing/document-factories';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * Documents of the demo consultations, found by reference (MG-<year>-nnnn, numbered in seed order) so that other
 * e2e files changing their states do not matter: 0002 Bielefeld in review (the demo municipality user is a member,
 * the demo advisor is not; uploads happen here), 0006 Bielefeld fair trade (demo documents, advisor accepted),
 * 0005 Köln (not the municipality user's).
 */
describe('documents of a consultation', () => {
	const browser = useBrowser();
	let coordinator: Page;
	let bielefeld = '';
	let fairTrade = '';
	let koeln = '';
	let pdfHref = '';
	let internalHref = '';
	const pdf = buildSimplePdf('Protokoll Werkstattgespräch', ['Teilnehmende: 12', 'Ergebnis: Fairer Markt im Frühjahr']);

	/** The id of a demo consultation, as a coordinator finds it by the end of its reference. */
	async function consultationNo(n: string): Promise<string> {
		await coordinator.goto(url(`/app/beratungen?q=-${n}`));
		// The demo's own consultations carry this year's numbers (the demo history has earlier years).
		const href = await coordinator.getByRole('link', { name: `MG-${new Date().getFullYear()}-${n}`, exact: true }).getAttribute('href');
		return /[0-9a-f-]{36}/.exec(href ?? '')![0];
	}
	const docsPage = (id: string) => url(`/app/beratungen/${id}/dokumente`);
	const upload = async (page: Page, file: { name: string; mimeType: string; buffer: Buffer }, title = '') => {
		await page.getByLabel('Datei', { exact: true }).setInputFiles(file);
		if (title) await page.getByLabel('Titel (optional)').fill(title);
		await page.getByRole('button', { name: 'Hochladen' }).click();
	};
	const hrefOf = async (page: Page, name: string) => (await page.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		bielefeld = await consultationNo('0002');
		koeln = await consultationNo('0005');
		fairTrade = await consultationNo('0006');
	});
	afterAll(async () => {
		await coordinator?.context().close();
	});

	it('lists the demo documents and uploads a PDF that downloads unchanged as an attachment', async () => {
		await coordinator.goto(docsPage(fairTrade));
		expect(await coordinator.locator('h1').textContent()).toMatch(/^Dokumente: MG-\d{4}-0006 – Bielefeld/);
		expect(await coordinator.getByRole('link', { name: 'Foto Stellwand Workshop', exact: true }).count()).toBe(1);
		expect(await coordinator.getByRole('link', { name: 'Notizen zur Auswertung (intern)', exact: true }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);

		await coordinator.goto(docsPage(bielefeld));
		expect(await coordinator.getByText('Zu dieser Beratung gibt es noch keine Dokumente.').count()).toBe(1);
		expect(await coordinator.getByText('Höchstens 20 MB. Erlaubte Dateitypen: PDF, DOC, DOCX', { exact: false }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);

		await upload(coordinator, { name: 'Protokoll Werkstatt.pdf', mimeType: 'application/pdf', buffer: pdf }, 'Protokoll Werkstattgespräch');
		await coordinator.getByText('Das Dokument „Protokoll Werkstattgespräch“ wurde hochgeladen.').waitFor();
		const row = coordinator.getByRole('row', { name: /Protokoll Werkstattgespräch/ });
		expect(await row.textContent()).toContain('Protokoll Werkstatt.pdf');
		expect(await row.textContent()).toContain('PDF');
		expect(await row.textContent()).toContain('Alle Beteiligten');
		await expectNoAxeViolations(coordinator);

		pdfHref = await hrefOf(coordinator, 'Protokoll Werkstattgespräch');
		const response = await coordinator.request.get(url(pdfHref));
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-type']).toBe('application/pdf');
		expect(headers['content-disposition']).toBe(`attachment; filename="Protokoll Werkstatt.pdf"; filename*=UTF-8''Protokoll%20Werkstatt.pdf`);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['cache-control']).toBe('private, no-store');
		expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
	});

	it('stores a photo without its EXIF data (camera, GPS position)', async () => {
		const photo = await jpegWithExif({ width: 60, height: 40 });
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		await coordinator.goto(docsPage(bielefeld));
		await upload(coordinator, { name: 'Stellwand.jpg', mimeType: 'image/jpeg', buffer: photo });
		await coordinator.getByText('Das Dokument „Stellwand.jpg“ wurde hochgeladen.').waitFor();
		const response = await coordinator.request.get(url(await hrefOf(coordinator, 'Stellwand.jpg')));
		expect(response.headers()['content-type']).toBe('image/jpeg');
		const stored = Buffer.from(await response.body());
		const meta = await sharp(stored).metadata();
		expect(meta.exif).toBeUndefined();
		expect([meta.width, meta.height]).toEqual([40, 60]); // the orientation was applied before EXIF went
		expect(stored.includes(Buffer.from('GeheimKamera'))).toBe(false);
	});

	it('refuses a text file named .pdf and names the allowed types at the field', async () => {
		await coordinator.goto(docsPage(bielefeld));
		await upload(coordinator, { name: 'Rechnung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Das ist kein PDF, nur Text.') });
		const fieldError = coordinator.locator('#file-error');
		await fieldError.waitFor();
		expect(await fieldError.textContent()).toContain('Der Inhalt der Datei passt nicht zur Dateiendung „.pdf“. Erlaubte Dateitypen: PDF, DOC, DOCX');
		expect(await coordinator.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' }).count()).toBe(1);
		expect(await coordinator.getByRole('link', { name: 'Rechnung.pdf', exact: true }).count()).toBe(0);
		await expectNoAxeViolations(coordinator);
	});

	it('keeps internal documents from the municipality user and other consultations from her', async () => {
		await coordinator.goto(docsPage(bielefeld));
		await coordinator.getByLabel('Nur Koordination und Beratende (intern)').check();
		await upload(coordinator, { name: 'Interne Notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('Nur für die Koordination.') });
		await coordinator.getByText('Das Dokument „Interne Notiz.txt“ wurde hochgeladen.').waitFor();
		internalHref = await hrefOf(coordinator, 'Interne Notiz.txt');
		expect(await coordinator.getByRole('row', { name: /Interne Notiz/ }).textContent()).toContain('Nur intern');

		const page = await browser.page();
		try {
			await login(page, DEMO.municipality);
			await page.goto(docsPage(fairTrade));
			expect(await page.getByRole('link', { name: 'Foto Stellwand Workshop', exact: true }).count()).toBe(1);
			expect(await page.getByText('Notizen zur Auswertung (intern)').count()).toBe(0);
			await page.goto(docsPage(bielefeld));
			expect(await page.getByRole('link', { name: 'Protokoll Werkstattgespräch', exact: true }).count()).toBe(1);
			expect(await page.getByText('Interne Notiz').count()).toBe(0);
			expect(await page.getByRole('group', { name: 'Sichtbar für' }).count()).toBe(0);
			await expectNoAxeViolations(page);
			expect((await page.request.get(url(internalHref))).status()).toBe(404);
			expect((await page.request.get(url(pdfHref))).status()).toBe(200);

			// Not her consultation: the page and its documents answer 404.
			await coordinator.goto(docsPage(koeln));
			const koelnDoc = await hrefOf(coordinator, 'Protokoll Dialogforum');
			expect((await page.goto(docsPage(koeln)))?.status()).toBe(404);
			expect((await page.request.get(url(koelnDoc))).status()).toBe(404);
		} finally {
			await page.context().close();
		}
	});

	it('takes an upload without JavaScript', async () => {
		const context = await coordinator.context().browser()!.newContext({ locale: 'de-DE', javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await login(page, DEMO.municipality);
			await page.goto(docsPage(bielefeld));
			const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3caea3' } }).png().toBuffer();
			await page.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'Plakat.png', mimeType: 'image/png', buffer: png });
			await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Hochladen' }).click()]);
			await expect.poll(() => page.getByText('Das Dokument „Plakat.png“ wurde hochgeladen.').count()).toBe(1);
			expect(await page.getByRole('link', { name: 'Plakat.png', exact: true }).count()).toBe(1);
		} finally {
			await context.close();
		}
	});

	it('deletes after a confirmation step, and the download is gone', async () => {
		await coordinator.goto(docsPage(bielefeld));
		await Promise.all([coordinator.waitForURL(/\?loeschen=/), coordinator.getByRole('link', { name: 'Protokoll Werkstattgespräch löschen' }).click()]);
		await coordinator.getByRole('heading', { name: 'Dokument löschen?' }).waitFor();
		await expectNoAxeViolations(coordinator);
		await coordinator.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
		await coordinator.getByText('Das Dokument „Protokoll Werkstattgespräch“ wurde gelöscht.').waitFor();
		expect(await coordinator.getByRole('link', { name: 'Protokoll Werkstattgespräch', exact: true }).count()).toBe(0);
		expect((await coordinator.request.get(url(pdfHref))).status()).toBe(404);
	});

	it('answers 404 to an advisor for a consultation he does not take part in', async () => {
		const page = await browser.page();
		try {
			await login(page, DEMO.advisor);
			expect((await page.goto(docsPage(fairTrade)))?.status()).toBe(200);
			await expectNoAxeViolations(page);
			expect((await page.goto(docsPage(bielefeld)))?.status()).toBe(404);
			expect((await page.request.get(url(internalHref))).status()).toBe(404);
		} finally {
			await page.context().close();
		}
	});
});
