import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

/** A published demo entry with consent to be contacted (seed/demo-organisations.ts). */
const ORGANISATION = 'Syrisch-Deutsche Brücke Gütersloh';
const CONTACT = 'bruecke-guetersloh@example.org';
const TITLE = 'Interkulturelle Woche Gütersloh 2027';

describe('inviting an organisation and its answer', () => {
	const browser = useBrowser();
	// One log-in per demo account in this file: the coordinator's page is shared by the steps below, in order.
	let coordinator: Page;
	let organisationId = '';
	let answerLink = '';

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
	});
	afterAll(async () => {
		await coordinator?.context().close();
	});

	const rowOf = (page: Page) => page.locator('tbody tr', { hasText: ORGANISATION });

	it('invites an organisation from the partner search and lists the invitation', async () => {
		await coordinator.goto(url('/app/partner-finden?kommune=05754008&thema=festivals-events'));
		const invite = coordinator.getByRole('link', { name: new RegExp(`^Einladen\\W+${ORGANISATION}$`) });
		organisationId = /einladen\/([0-9a-f-]{36})/.exec((await invite.getAttribute('href')) ?? '')?.[1] ?? '';
		expect(organisationId).not.toBe('');
		// The Tamil association has not agreed to be contacted: it is listed as excluded and has no invite link.
		expect(await coordinator.getByRole('link', { name: /^Einladen\W+Tamilischer/ }).count()).toBe(0);
		await Promise.all([coordinator.waitForURL(/\/app\/partner-finden\/einladen\//), invite.click()]);
		expect(await coordinator.locator('h1').textContent()).toBe('Organisation einladen');
		await expectNoAxeViolations(coordinator);

		// Too short: the errors are listed, what was typed stays.
		await coordinator.getByLabel('Anlass').fill(TITLE);
		await coordinator.getByLabel('Nachricht an die Organisation').fill('Zu kurz.');
		await coordinator.getByRole('button', { name: 'Einladung senden' }).click();
		await coordinator.getByText('Bitte schreiben Sie eine Nachricht mit 20 bis 3.000 Zeichen.').first().waitFor();
		expect(await coordinator.getByLabel('Anlass').inputValue()).toBe(TITLE);
		await expectNoAxeViolations(coordinator);

		const since = Date.now();
		await coordinator.getByLabel('Datum (optional)').fill('2027-09-20');
		await coordinator
			.getByLabel('Nachricht an die Organisation')
			.fill('Wir planen die Interkulturelle Woche und möchten Ihre Sprachcafés einbeziehen. Kommen Sie zum ersten Treffen?');
		await Promise.all([coordinator.waitForURL(/\/app\/einladungen\?gesendet=/), coordinator.getByRole('button', { name: 'Einladung senden' }).click()]);
		expect(await coordinator.getByText(`Die Einladung an „${ORGANISATION}“ wurde verschickt.`).count()).toBe(1);
		expect(await rowOf(coordinator).first().textContent()).toContain('offen');
		await expectNoAxeViolations(coordinator);

		const mail = await waitForMailTo(CONTACT, since);
		expect(mail).toContain('Dilara');
		answerLink = /https?:\/\/[^\s]+\/einladung\/[A-Za-z0-9_-]+\?antwort=zusagen/.exec(mail)?.[0] ?? '';
		expect(answerLink).not.toBe('');
	});

	it('shows the invitation on GET without answering, and accepts it by POST', async () => {
		const page = await browser.page();
		const response = await page.goto(answerLink.replace(/^https?:\/\/[^/]+/, url('')));
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Einladung zur Zusammenarbeit');
		expect(await page.getByText(TITLE).count()).toBeGreaterThan(0);
		await expectNoAxeViolations(page);

		// Opening the link (as a mail scanner would) changed nothing.
		await coordinator.goto(url('/app/einladungen'));
		expect(await rowOf(coordinator).first().textContent()).toContain('offen');

		const since = Date.now();
		await page.getByLabel(/^Notiz an/).fill('Wir kommen gern zu zweit.');
		await page.getByRole('button', { name: 'Zusagen' }).click();
		await page.getByText('Vielen Dank – Sie haben zugesagt.').waitFor();
		expect(await page.getByRole('button', { name: 'Zusagen' }).count()).toBe(0);
		await expectNoAxeViolations(page);

		// Opening the link again shows the answer, not the form.
		await page.reload();
		expect(await page.getByText('Diese Einladung wurde bereits beantwortet: zugesagt.').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Absagen' }).count()).toBe(0);
		await page.context().close();

		const notice = await waitForMailTo(DEMO.coordinator, since);
		expect(notice).toContain('Wir kommen gern zu zweit.');

		await coordinator.goto(url('/app/einladungen'));
		const row = rowOf(coordinator).first();
		expect(await row.textContent()).toContain('zugesagt');
		expect(await row.getByRole('button', { name: /Zurückziehen/ }).count()).toBe(0);
		await expectNoAxeViolations(coordinator);
	});

	it('answers an unknown link with a friendly 404 page, in German and in English', async () => {
		const page = await browser.page();
		const response = await page.goto(url('/einladung/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Dieser Einladungslink ist ungültig oder abgelaufen');
		await expectNoAxeViolations(page);
		expect((await page.goto(url('/en/einladung/kein-token')))?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('This invitation link is invalid or has expired');
		await page.context().close();
	});

	it('refuses an advisor the invitation list and the invite form', async () => {
		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		expect((await advisor.goto(url('/app/einladungen')))?.status()).toBe(403);
		expect((await advisor.goto(url(`/app/partner-finden/einladen/${organisationId}`)))?.status()).toBe(403);
		await advisor.context().close();
	});
});
