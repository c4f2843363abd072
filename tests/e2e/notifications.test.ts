import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const SETTINGS = '/app/konto/benachrichtigungen';

/**
 * Notification settings, and the contact person's account when a request is accepted. The settings are changed
 * on the demo organisation account (no consultation mails go there in other tests) and set back at the end.
 */
describe('notification settings', () => {
	const browser = useBrowser();
	let page: Page;
	afterAll(async () => {
		// Back to the defaults, so that other test files see the demo account as seeded.
		if (page) {
			await page.goto(url(SETTINGS));
			await page.getByLabel('Sofort').check();
			await page.getByLabel('Sprache der E-Mails').selectOption('de');
			await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
			await page.getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
			await page.context().close();
		}
	});

	it('sends anonymous visitors to the log-in', async () => {
		const anonymous = await browser.page();
		await anonymous.goto(url(SETTINGS));
		expect(new URL(anonymous.url()).pathname).toBe('/anmelden');
		expect(new URL(anonymous.url()).searchParams.get('redirectTo')).toBe(SETTINGS);
		await anonymous.context().close();
	});

	it('saves the daily digest in English, and the choice is there after a reload', async () => {
		page = await browser.page();
		await login(page, DEMO.organisation);
		await page.goto(url('/app/konto'));
		await Promise.all([page.waitForURL(/\/app\/konto\/benachrichtigungen$/), page.getByRole('link', { name: 'Benachrichtigungen' }).click()]);
		expect(await page.locator('h1').textContent()).toBe('Benachrichtigungen');
		expect(await page.getByLabel('Sofort').isChecked()).toBe(true);
		await expectNoAxeViolations(page);

		await page.getByLabel('Einmal täglich als Zusammenfassung').check();
		await page.getByLabel('Sprache der E-Mails').selectOption('en');
		await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
		await page.getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
		await expectNoAxeViolations(page);

		await page.reload();
		expect(await page.getByLabel('Einmal täglich als Zusammenfassung').isChecked()).toBe(true);
		expect(await page.getByLabel('Sprache der E-Mails').inputValue()).toBe('en');
	});

	it('refuses values that are not offered, at the field, and saves nothing', async () => {
		// A manipulated form: the chosen radio's value is changed in the page and the form sent at once (with or
		// without JavaScript having started, the browser reads the value at that moment).
		await page.goto(url(SETTINGS));
		await page.getByLabel('Sofort').check();
		await page.evaluate(() => {
			const radio = document.querySelector('input[name="notificationMode"]:checked') as HTMLInputElement;
			radio.value = 'weekly';
			radio.form!.requestSubmit();
		});
		await page.getByText('Bitte wählen Sie, wann Sie benachrichtigt werden möchten').first().waitFor();
		expect(await page.getByRole('link', { name: /Bitte wählen Sie, wann/ }).count()).toBe(1); // error summary
		await expectNoAxeViolations(page);

		// A direct POST with a wrong language, as a browser without JavaScript sends it: 400, nothing saved.
		const response = await page.request.post(url(SETTINGS), {
			form: { notificationMode: 'immediate', locale: 'fr' },
			headers: { origin: inject('baseUrl'), accept: 'text/html' }
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Bitte wählen Sie Deutsch oder English');

		await page.goto(url(SETTINGS));
		expect(await page.getByLabel('Einmal täglich als Zusammenfassung').isChecked()).toBe(true);
		expect(await page.getByLabel('Sprache der E-Mails').inputValue()).toBe('en');
	});
});

describe('account of the contact person when a request is accepted', () => {
	const browser = useBrowser();
	const contact = `kontakt-${Date.now()}@guetersloh.example`;
	const password = 'Ein sicherer Satz fuer die Kommune';
	let coordinator: Page;
	let consultationPath = '';
	let reference = '';
	let otherPath = '';
	afterAll(async () => {
		await coordinator?.context().close();
	});

	it('gives the contact person an account and mails how to get in', async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		// Some other consultation the contact person must not see.
		await coordinator.goto(url('/app/beratungen'));
		otherPath = (await coordinator.locator('tbody a[href*="/app/beratungen/"]').first().getAttribute('href')) ?? '';
		expect(otherPath).toMatch(/\/app\/beratungen\/[0-9a-f-]{36}$/);

		await coordinator.goto(url('/app/beratungen/neu'));
		await coordinator.locator('#municipalityAgs').selectOption('05754008');
		await coordinator.getByLabel('Name der Ansprechperson').fill('Lena Kontakt');
		await coordinator.getByLabel('E-Mail-Adresse der Ansprechperson').fill(contact);
		await coordinator.getByLabel('Anliegen').fill('Wir möchten ein Stadtfest gemeinsam mit migrantischen Vereinen gestalten.');
		await Promise.all([coordinator.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/), coordinator.getByRole('button', { name: 'Beratung anlegen' }).click()]);
		consultationPath = new URL(coordinator.url()).pathname;
		reference = /MG-\d{4}-\d{4}/.exec((await coordinator.locator('h1').textContent()) ?? '')?.[0] ?? '';
		expect(reference).not.toBe('');

		const since = Date.now();
		await coordinator.getByRole('button', { name: 'In Prüfung nehmen', exact: true }).click();
		await coordinator.getByText('Neuer Status: In Prüfung').first().waitFor();

		const stateMail = await waitForMailTo(contact, since, 20_000, /Zugang zum Arbeitsbereich/);
		expect(stateMail).toContain(reference);
		expect(stateMail).toContain(url(consultationPath));
		expect(stateMail).toMatch(/Content-Type: text\/plain/i);
		const invitation = await waitForMailTo(contact, since, 20_000, /\/passwort-neu\?token=/);
		const link = invitation.match(/https?:\/\/\S+\/passwort-neu\?token=[\w-]+/)?.[0];
		expect(link).toBeTruthy();

		const person = await browser.page();
		await person.goto(link!);
		await person.getByLabel('Neues Passwort', { exact: true }).fill(password);
		await person.getByLabel('Neues Passwort wiederholen').fill(password);
		await person.getByRole('button', { name: 'Passwort speichern' }).click();
		await person.getByText('Ihr Passwort ist gespeichert').waitFor();
		await login(person, contact, password);

		await person.goto(url('/app/beratungen'));
		expect(await person.getByRole('link', { name: reference }).count()).toBe(1);
		expect(await person.locator('tbody a[href*="/app/beratungen/"]').count()).toBe(1);
		await Promise.all([person.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/), person.getByRole('link', { name: reference }).click()]);
		expect(new URL(person.url()).pathname).toBe(consultationPath);
		await expectNoAxeViolations(person);

		const response = await person.goto(url(otherPath));
		expect(response?.status()).toBe(404);
		await person.context().close();
	});
});
