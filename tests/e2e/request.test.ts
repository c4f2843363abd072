import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, url, useBrowser, waitForMailTo } from './browser';

const unique = () => Math.random().toString(36).slice(2, 8);

async function fillRequest(page: Page, email: string) {
	await page.locator('#client').selectOption('05358');
	await page.getByLabel('Name', { exact: true }).fill('Anna Schmidt');
	await page.getByLabel('Funktion', { exact: true }).fill('Koordinatorin für kommunale Entwicklungspolitik');
	await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
	await page.getByLabel('Agenda 2030 und lokale Nachhaltigkeitsstrategie').check();
	await page.getByLabel('Was soll sich in Ihrer Kommune verändern?').fill('Wir möchten migrantische Vereine dauerhaft beteiligen.');
	await page.locator('#consentProcessing').check();
}

const reference = async (page: Page) => (await page.getByTestId('reference').textContent())?.trim() ?? '';

describe('public request', () => {
	const browser = useBrowser();

	it('sends a request with JavaScript (proof of work in the page), mails the status link, shows the state', async () => {
		const page = await browser.page();
		await page.goto(url('/anfrage'));
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Anfrage senden' }).click();
		await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' }).count()).toBe(1);
		await expectNoAxeViolations(page);
		const email = `kreis-${unique()}@example.org`;
		await fillRequest(page, email);
		const since = Date.now();
		await Promise.all([page.waitForURL(/\/anfrage\/danke\?ref=MG-\d{4}-\d{4}/), page.getByRole('button', { name: 'Anfrage senden' }).click()]);
		const ref = await reference(page);
		expect(ref).toMatch(/^MG-\d{4}-\d{4}$/);
		await expectNoAxeViolations(page);

		const mail = await waitForMailTo(email, since);
		const link = /https?:\/\/\S+\/anfrage\/status\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0];
		expect(link).toBeTruthy();
		await page.goto(link!);
		expect(await page.getByTestId('state').textContent()).toContain('Anfrage eingegangen');
		expect(await page.locator('main').textContent()).toContain(ref);
		expect(await page.locator('main').textContent()).not.toContain(email);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
		await expectNoAxeViolations(page);
		expect((await page.goto(url('/anfrage/status/' + 'a'.repeat(43))))?.status()).toBe(404);
		await page.context().close();
	});

	it('sends a request without JavaScript, and sending the same form again gives the same reference', async () => {
		const first = await browser.page();
		const context = await first.context().browser()!.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		await first.context().close();
		const page = await context.newPage();
		await page.goto(url('/anfrage?kommune=D%C3%BCr'));
		await page.getByLabel('Kreis Düren').check();
		const email = `nojs-${unique()}@example.org`;
		await page.getByLabel('Name', { exact: true }).fill('Jonas Weber');
		await page.getByLabel('Funktion', { exact: true }).fill('Integrationsbeauftragter');
		await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
		await page.getByLabel('Feste und Veranstaltungen').check();
		await page.getByLabel('Was soll sich in Ihrer Kommune verändern?').fill('Ein Stadtfest mit neuen Gruppen.');
		// First without consent: the errors come back with the input kept.
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Anfrage senden' }).click()]);
		expect(await page.getByLabel('E-Mail-Adresse', { exact: true }).inputValue()).toBe(email);
		await page.locator('#consentProcessing').check();
		const body = await page.locator('form[method="POST"]').evaluate((f) => new URLSearchParams(new FormData(f as HTMLFormElement) as never).toString());
		await Promise.all([page.waitForURL(/\/anfrage\/danke\?ref=/), page.getByRole('button', { name: 'Anfrage senden' }).click()]);
		const ref = await reference(page);
		expect(ref).toMatch(/^MG-\d{4}-\d{4}$/);
		// The same form posted again (reload, double click): same confirmation, no second request.
		const again = await page.request.post(url('/anfrage'), { form: Object.fromEntries(new URLSearchParams(body)), headers: { origin: new URL(url('/')).origin, accept: 'text/html' }, maxRedirects: 0 });
		expect(again.status()).toBe(303);
		expect(again.headers().location).toContain(`ref=${ref}`);
		await context.close();
	});

	it('answers a filled honeypot like a success without a reference', async () => {
		const page = await browser.page();
		await page.goto(url('/anfrage'));
		await fillRequest(page, `bot-${unique()}@example.org`);
		await page.locator('#municipality_fax').fill('spam', { force: true });
		await Promise.all([page.waitForURL(/\/anfrage\/danke$/), page.getByRole('button', { name: 'Anfrage senden' }).click()]);
		expect(await page.getByTestId('reference').count()).toBe(0);
		await page.context().close();
	});

	it('works in English', async () => {
		const page = await browser.page();
		const response = await page.goto(url('/en/anfrage'));
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toContain('Request a consultation');
		await expectNoAxeViolations(page);
		await page.context().close();
	});
});
