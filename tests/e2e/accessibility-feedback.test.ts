import { describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

describe('feedback on barriers', () => {
	const browser = useBrowser();

	it('validates on the server, keeps the input, then stores the feedback and mails the coordination', async () => {
		const page = await browser.page();
		await page.goto(url('/barrierefreiheit'));
		await page.getByLabel('Ihre Nachricht').fill('zu kurz');
		await page.getByLabel('Ihre E-Mail-Adresse (optional)').fill('kaputt@');
		await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' });
		await expect.poll(() => summary.count()).toBe(1);
		expect(await page.getByLabel('Ihre Nachricht').inputValue()).toBe('zu kurz');
		await expectNoAxeViolations(page);

		const since = Date.now();
		await page.getByLabel('Ihre Nachricht').fill('Der Kontrast der Fußzeile ist auf dem Handy zu schwach.');
		await page.getByLabel('Ihre E-Mail-Adresse (optional)').fill('hinweis@example.org');
		await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
		await expect.poll(() => page.getByText('Vielen Dank für Ihre Rückmeldung').count()).toBe(1);
		const mail = await waitForMailTo('miglobe@example.org', since);
		expect(mail).toContain('hinweis@example.org');
		await page.context().close();

		const coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		await coordinator.goto(url('/app/barriere-meldungen'));
		expect(await coordinator.locator('main').textContent()).toContain('Kontrast der Fußzeile');
		await expectNoAxeViolations(coordinator);
		await coordinator.getByRole('button', { name: 'Als beantwortet markieren' }).first().click();
		await expect.poll(() => coordinator.getByText('Die Meldung ist als beantwortet markiert.').count()).toBe(1);
		await coordinator.context().close();
	});

	it('works without JavaScript', async () => {
		const page = await browser.page();
		await page.context().close();
		const context = await (page.context().browser()!).newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		const noJs = await context.newPage();
		await noJs.goto(url('/barrierefreiheit'));
		await noJs.getByLabel('Ihre Nachricht').fill('Ohne JavaScript lässt sich das Formular absenden.');
		await Promise.all([noJs.waitForLoadState('load'), noJs.getByRole('button', { name: 'Rückmeldung senden' }).click()]);
		await expect.poll(() => noJs.getByText('Vielen Dank für Ihre Rückmeldung').count()).toBe(1);
		await context.close();
	});
});
