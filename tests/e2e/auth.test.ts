import { describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const ADMIN_PAGES = ['/app/admin/benutzer', '/app/admin/postausgang', '/app/admin/einstellungen', '/app/admin/protokoll', '/app/admin/honorar', '/app/admin/gewichtung'];

describe('log-in and roles', () => {
	const browser = useBrowser();

	for (const [role, email] of Object.entries(DEMO)) {
		it(`logs in the demo ${role} and shows the back office for that role without axe violations`, async () => {
			const page = await browser.page();
			await login(page, email);
			expect(new URL(page.url()).pathname).toBe('/app');
			expect(await page.locator('h1').textContent()).toContain('Willkommen');
			const nav = page.getByRole('navigation', { name: 'Navigation im Arbeitsbereich' });
			expect(await nav.getByRole('link', { name: 'Benutzer' }).count()).toBe(role === 'admin' ? 1 : 0);
			expect(await nav.getByRole('link', { name: 'Barriere-Meldungen' }).count()).toBe(
				role === 'admin' || role === 'coordinator' ? 1 : 0
			);
			await expectNoAxeViolations(page);
			await page.goto(url('/app/konto'));
			await expectNoAxeViolations(page);
			await page.context().close();
		});
	}

	it('answers 403 to a role that is not held, for loads and actions', async () => {
		const page = await browser.page();
		await login(page, DEMO.coordinator);
		for (const path of ADMIN_PAGES) {
			const res = await page.goto(url(path));
			expect(res?.status(), path).toBe(403);
		}
		const cookies = await page.context().cookies();
		const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
		const post = await fetch(url('/app/admin/benutzer?/invite'), {
			method: 'POST',
			headers: { cookie, origin: url(''), 'content-type': 'application/x-www-form-urlencoded' },
			body: 'name=Eve&email=eve%40example.org&roles=admin'
		});
		expect([403]).toContain(post.status);
		await page.context().close();
	});

	it('sends anonymous visitors of the back office to the log-in and back after it', async () => {
		const page = await browser.page();
		await page.goto(url('/app/admin/benutzer'));
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await page.getByLabel('E-Mail-Adresse').fill(DEMO.admin);
		await page.getByLabel('Passwort', { exact: true }).fill('MiGlobe-Demo-2026');
		await Promise.all([page.waitForURL(/\/app\/admin\/benutzer/), page.getByRole('button', { name: 'Anmelden' }).click()]);
		for (const path of ADMIN_PAGES) {
			await page.goto(url(path));
			await expectNoAxeViolations(page);
		}
		await page.context().close();
	});

	it('lets an admin open a user and a sent mail, change roles, deactivate and reactivate', async () => {
		const page = await browser.page();
		await login(page, DEMO.admin);
		await page.goto(url('/app/admin/benutzer?q=Mensah'));
		await page.getByRole('link', { name: 'Samuel Mensah' }).click();
		await page.waitForURL(/\/app\/admin\/benutzer\/[\w-]+$/);
		await expectNoAxeViolations(page);
		await page.getByLabel('Koordination').check();
		await page.getByRole('button', { name: 'Rollen speichern' }).click();
		await expect.poll(() => page.getByText('Die Rollen sind gespeichert.').count()).toBe(1);
		expect(await page.getByLabel('Koordination').isChecked()).toBe(true);
		await page.getByLabel('Koordination').uncheck();
		await page.getByRole('button', { name: 'Rollen speichern' }).click();
		await expect.poll(() => page.getByLabel('Koordination').isChecked()).toBe(false);
		await page.getByRole('button', { name: 'Konto deaktivieren' }).click();
		await expect.poll(() => page.getByText('Das Konto ist deaktiviert.').count()).toBe(1);

		const blocked = await browser.page();
		await blocked.goto(url('/anmelden'));
		await blocked.getByLabel('E-Mail-Adresse').fill(DEMO.advisor);
		await blocked.getByLabel('Passwort', { exact: true }).fill('MiGlobe-Demo-2026');
		await blocked.getByRole('button', { name: 'Anmelden' }).click();
		await expect.poll(() => blocked.getByRole('alert').first().textContent()).toContain('nicht richtig');
		await blocked.context().close();

		await page.getByRole('button', { name: 'Konto wieder aktivieren' }).click();
		await expect.poll(() => page.getByText('Das Konto ist wieder aktiv.').count()).toBe(1);
		await page.getByRole('button', { name: 'Einladung erneut senden' }).click();
		await expect.poll(() => page.getByText('Die Einladung ist erneut versandt.').count()).toBe(1);

		await page.goto(url('/app/admin/protokoll'));
		expect(await page.locator('main').textContent()).toContain('user.deactivate');
		await page.goto(url('/app/admin/postausgang'));
		await page.locator('main table a').first().click();
		await page.waitForURL(/\/app\/admin\/postausgang\/[\w-]+$/);
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('logs in with the keyboard alone', async () => {
		const page = await browser.page();
		await page.goto(url('/anmelden'));
		// Tab from the top of the page until the email field has focus.
		for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'email')); i++) {
			await page.keyboard.press('Tab');
		}
		await page.keyboard.type(DEMO.municipality);
		await page.keyboard.press('Tab');
		await page.keyboard.type('MiGlobe-Demo-2026');
		await Promise.all([page.waitForURL(/\/app$/), page.keyboard.press('Enter')]);
		expect(await page.locator('h1').textContent()).toContain('Willkommen');
		await page.context().close();
	});

	it('refuses a wrong password with one message that does not reveal whether the account exists', async () => {
		const page = await browser.page();
		for (const email of [DEMO.advisor, 'niemand@example.org']) {
			await page.goto(url('/anmelden'));
			await page.getByLabel('E-Mail-Adresse').fill(email);
			await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
			await page.getByRole('button', { name: 'Anmelden' }).click();
			await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('E-Mail-Adresse oder Passwort sind nicht richtig.');
			expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(email);
		}
		await page.context().close();
	});

	it('locks an account after eight failed log-ins, whatever is typed next', async () => {
		const target = `ziel-${Date.now()}@example.org`;
		const post = (password: string) =>
			fetch(url('/anmelden'), {
				method: 'POST',
				headers: { origin: url(''), 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email: target, password })
			}).then((r) => r.text());
		for (let i = 0; i < 8; i++) expect(await post(`falsch-${i}`)).toContain('nicht richtig');
		expect(await post('irgendwas')).toContain('Zu viele Anmeldeversuche');
	});

	it('shows an error summary and keeps the input when the form is empty or invalid', async () => {
		const page = await browser.page();
		await page.goto(url('/anmelden'));
		await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' });
		await expect.poll(() => summary.count()).toBe(1);
		expect(await summary.getByRole('link').allTextContents()).toEqual([
			expect.stringContaining('gültige E-Mail-Adresse'),
			expect.stringContaining('Passwort')
		]);
		expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('keine-adresse');
		expect(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('logs out', async () => {
		const page = await browser.page();
		await login(page, DEMO.organisation);
		await page.getByRole('button', { name: 'Abmelden' }).click();
		await page.waitForURL(/\/anmelden\?abgemeldet/);
		const res = await page.goto(url('/app'));
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		expect(res?.status()).toBe(200);
		await page.context().close();
	});

	it('logs in through a magic link sent by mail', async () => {
		const page = await browser.page();
		const since = Date.now();
		await page.goto(url('/anmelden/link'));
		await page.getByLabel('E-Mail-Adresse').fill(DEMO.advisor);
		await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
		await expect.poll(() => page.getByText('Bitte prüfen Sie Ihr Postfach').count()).toBe(1);
		const mail = await waitForMailTo(DEMO.advisor, since);
		const link = mail.match(/https?:\/\/\S+magic-link\/verify\?\S+/)?.[0];
		expect(link).toBeTruthy();
		await page.goto(link!);
		await page.waitForURL(/\/app$/);
		expect(await page.locator('h1').textContent()).toContain('Samuel Mensah');
		await page.context().close();
	});

	it('lets an admin invite a person who sets a password from the mail and logs in with the role', async () => {
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		await admin.goto(url('/app/admin/benutzer'));
		const email = `eingeladen-${Date.now()}@kreis-steinfurt.example`;
		const since = Date.now();
		await admin.getByLabel('Name', { exact: true }).fill('Jana Neumann');
		await admin.getByLabel('E-Mail-Adresse').fill(email);
		await admin.getByLabel('Kommune').check();
		await admin.getByRole('button', { name: 'Einladung senden' }).click();
		await expect.poll(() => admin.getByText(`Die Einladung an ${email} ist versandt.`).count()).toBe(1);
		await admin.context().close();

		const mail = await waitForMailTo(email, since);
		expect(mail).toContain('Einladung');
		const link = mail.match(/https?:\/\/\S+\/passwort-neu\?token=[\w-]+/)?.[0];
		expect(link).toBeTruthy();
		const person = await browser.page();
		await person.goto(link!);
		await person.getByLabel('Neues Passwort', { exact: true }).fill('Ein sicherer Satz fuer Jana');
		await person.getByLabel('Neues Passwort wiederholen').fill('Ein sicherer Satz fuer Jana');
		await person.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect.poll(() => person.getByText('Ihr Passwort ist gespeichert').count()).toBe(1);
		await login(person, email, 'Ein sicherer Satz fuer Jana');
		expect(await person.locator('main').textContent()).toContain('Für Ihre Kommune');
		await person.context().close();
	});
});
