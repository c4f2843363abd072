import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const unique = () => Math.random().toString(36).slice(2, 8);

async function fillEntry(page: Page, { name, email }: { name: string; email: string }) {
	await page.getByLabel('Name der Organisation', { exact: true }).fill(name);
	await page.locator('#kind').selectOption('migrant_organisation');
	await page.getByLabel('Beschreibung').fill('Wir feiern jedes Jahr ein Stadtfest mit Gruppen aus Westafrika.');
	await page.locator('#municipalityAgs').selectOption('05315000');
	await page.getByLabel('Feste und Veranstaltungen').check();
	await page.locator('#languages').selectOption(['fr', 'wo']);
	await page.getByLabel('Ansprechperson', { exact: true }).fill('Amina Diallo');
	await page.getByLabel('E-Mail-Adresse der Ansprechperson', { exact: true }).fill(email);
	await page.locator('#consentProcessing').check();
	await page.locator('#consentPublishContact').check();
}

const linkIn = (mail: string, path: string) => {
	const match = new RegExp(`https?://[^\\s]+${path.replace('?', '\\?')}[A-Za-z0-9_-]+`).exec(mail);
	if (!match) throw new Error(`no ${path} link in mail:\n${mail}`);
	return match[0];
};

describe('directory registration', () => {
	const browser = useBrowser();

	it('registers, confirms, is verified by the coordination, published, and edited by the representative', async () => {
		const name = `Afrika-Forum ${unique()}`;
		const email = `forum-${unique()}@example.org`;
		const page = await browser.page();
		await page.goto(url('/vereine/eintragen'));
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Eintrag absenden' }).click();
		await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' }).count()).toBe(1);
		await expectNoAxeViolations(page);
		await fillEntry(page, { name, email });
		const since = Date.now();
		await page.getByRole('button', { name: 'Eintrag absenden' }).click();
		await expect.poll(() => page.getByText('Bitte bestätigen Sie Ihre E-Mail-Adresse').count()).toBe(1);

		const confirmMail = await waitForMailTo(email, since);
		await page.goto(linkIn(confirmMail, '/vereine/bestaetigen?token='));
		await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
		await expect.poll(() => page.getByText('Ihre E-Mail-Adresse ist bestätigt').count()).toBe(1);
		await page.context().close();

		const coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		await coordinator.goto(url('/app/vereine'));
		await expectNoAxeViolations(coordinator);
		await Promise.all([coordinator.waitForURL(/\/app\/vereine\/[0-9a-f-]{36}$/), coordinator.getByRole('link', { name }).click()]);
		const id = coordinator.url().split('/').at(-1)!;
		await expectNoAxeViolations(coordinator);
		await coordinator.getByRole('button', { name: 'Prüfen und veröffentlichen' }).click();
		await expect.poll(() => coordinator.getByText('Der Eintrag ist geprüft und veröffentlicht').count()).toBe(1);
		await expectNoAxeViolations(coordinator);
		await coordinator.context().close();

		const publicPage = await fetch(url(`/vereine/${id}`));
		expect(publicPage.status).toBe(200);
		const html = await publicPage.text();
		expect(html).toContain(name);
		expect(html).toContain(email);
		const search = await fetch(url(`/vereine?q=${encodeURIComponent(name)}`));
		expect(await search.text()).toContain(name);

		// The representative withdraws the consent to publish the contact: gone from the public page at once.
		const rep = await browser.page();
		await rep.goto(url('/vereine/bearbeiten'));
		await expectNoAxeViolations(rep);
		const editSince = Date.now();
		await rep.getByLabel('E-Mail-Adresse der Ansprechperson', { exact: true }).fill(email);
		await rep.getByRole('button', { name: 'Link anfordern' }).click();
		await expect.poll(() => rep.getByText('Bitte sehen Sie in Ihr Postfach').count()).toBe(1);
		const editMail = await waitForMailTo(email, editSince);
		await rep.goto(linkIn(editMail, '/vereine/bearbeiten/'));
		expect(await rep.getByLabel('Name der Organisation', { exact: true }).inputValue()).toBe(name);
		await expectNoAxeViolations(rep);
		await rep.getByRole('button', { name: 'Eintrag bestätigen' }).click();
		await expect.poll(() => rep.getByText('Vielen Dank, Ihr Eintrag ist bestätigt.').count()).toBe(1);
		await rep.locator('#consentPublishContact').uncheck();
		await rep.getByRole('button', { name: 'Änderungen speichern' }).click();
		await expect.poll(() => rep.getByText('Ihre Änderungen sind gespeichert.').count()).toBe(1);
		await rep.context().close();
		const after = await (await fetch(url(`/vereine/${id}`))).text();
		expect(after).toContain(name);
		expect(after).not.toContain(email);
	});

	it('shows the error summary and keeps the input without JavaScript', async () => {
		const first = await browser.page();
		const context = await first.context().browser()!.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		await first.context().close();
		const page = await context.newPage();
		await page.goto(url('/vereine/eintragen'));
		await page.getByLabel('Name der Organisation', { exact: true }).fill('Ohne Skript e. V.');
		await page.getByLabel('E-Mail-Adresse der Ansprechperson', { exact: true }).fill('kaputt@');
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Eintrag absenden' }).click()]);
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' });
		await expect.poll(() => summary.count()).toBe(1);
		expect(await page.getByLabel('Name der Organisation', { exact: true }).inputValue()).toBe('Ohne Skript e. V.');
		expect(await page.getByLabel('E-Mail-Adresse der Ansprechperson', { exact: true }).inputValue()).toBe('kaputt@');
		expect(await page.locator('main').textContent()).toContain('Ohne Ihre Einwilligung in die Verarbeitung');
		await context.close();
	});

	it('answers a filled honeypot like a success but stores nothing', async () => {
		const name = `Bot-Verein ${unique()}`;
		const email = `bot-${unique()}@example.org`;
		const page = await browser.page();
		await page.goto(url('/vereine/eintragen'));
		await fillEntry(page, { name, email });
		await page.locator('#organisation_fax').fill('https://spam.example', { force: true });
		await page.getByRole('button', { name: 'Eintrag absenden' }).click();
		await expect.poll(() => page.getByText('Bitte bestätigen Sie Ihre E-Mail-Adresse').count()).toBe(1);
		await page.context().close();

		const coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		await coordinator.goto(url('/app/vereine?status=unconfirmed'));
		expect(await coordinator.locator('main').textContent()).not.toContain(name);
		await coordinator.context().close();
		await expect(waitForMailTo(email, 0, 1500)).rejects.toThrow();
	});

	it('refuses the queue to an advisor', async () => {
		const page = await browser.page();
		await login(page, DEMO.advisor);
		const response = await page.goto(url('/app/vereine'));
		expect(response?.status()).toBe(403);
		await page.context().close();
	});
});
