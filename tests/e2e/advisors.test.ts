import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const DAY = 86_400_000;
const berlinDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * DAY));
const germanDate = (days: number) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.now() + days * DAY));

/**
 * The advisor pool: the demo advisor (Samuel Mensah, seeded with a blocked period from day 45 to day 58 and on
 * the team page) edits the profile; the coordinator works with the pool. The steps share the pages, in order.
 */
describe('advisor profiles, pool and team page', () => {
	const browser = useBrowser();
	let advisor: Page;
	let coordinator: Page;

	beforeAll(async () => {
		advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
	});
	afterAll(async () => {
		await advisor?.context().close();
		await coordinator?.context().close();
	});

	/** Clicks and waits for the form's answer, so that a text left from an earlier step cannot satisfy the wait. */
	const save = async (page: Page, button: string, text: string | RegExp) => {
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button, exact: true }).click()]);
		await page.getByText(text).first().waitFor();
	};

	it('shows a field error for a bio that is too long, keeps the input, then saves', async () => {
		await advisor.goto(url('/app/profil'));
		expect(await advisor.locator('h1').textContent()).toBe('Mein Profil');
		await expectNoAxeViolations(advisor);
		const bio = advisor.getByLabel('Kurzvorstellung');
		const longBio = 'Ich berate Kommunen. '.repeat(40);
		await bio.fill(longBio);
		await save(advisor, 'Profil speichern', 'Die Kurzvorstellung darf höchstens 600 Zeichen lang sein.');
		expect(await advisor.getByLabel('Kurzvorstellung').inputValue()).toBe(longBio);
		await expectNoAxeViolations(advisor);

		await advisor.getByLabel('Kurzvorstellung').fill('Ich berate Kommunen in OWL zu fairer Beschaffung und Partnerschaften mit Westafrika.');
		await advisor.getByLabel('Verfügbare Stunden pro Woche').fill('14');
		await save(advisor, 'Profil speichern', 'Ihr Profil wurde gespeichert.');
		expect(await advisor.getByLabel('Verfügbare Stunden pro Woche').inputValue()).toBe('14');
		// The background text and its consent stay as they were.
		expect(await advisor.getByLabel('Beschreibung Ihres Hintergrunds (freiwillig)').inputValue()).toContain('Kumasi');
		expect(await advisor.getByLabel(/Ich willige ein, dass MiGlobe NRW diese Beschreibung speichert/).isChecked()).toBe(true);
	});

	it('refuses an overlapping blocked period with a message naming it, and adds and removes another', async () => {
		await advisor.getByLabel('Erster Tag').fill(berlinDate(50));
		await advisor.getByLabel('Letzter Tag').fill(berlinDate(52));
		await save(advisor, 'Zeitraum sperren', `überschneidet sich mit Ihrem gesperrten Zeitraum vom ${germanDate(45)} bis ${germanDate(58)}`);
		await expectNoAxeViolations(advisor);
		expect(await advisor.getByRole('table', { name: 'Ihre gesperrten Zeiträume' }).getByRole('row').count()).toBe(2);

		await advisor.getByLabel('Erster Tag').fill(berlinDate(200));
		await advisor.getByLabel('Letzter Tag').fill(berlinDate(201));
		await advisor.getByLabel('Notiz (freiwillig)').fill('Fortbildung');
		await save(advisor, 'Zeitraum sperren', `Der Zeitraum vom ${germanDate(200)} bis ${germanDate(201)} ist gesperrt.`);
		await save(advisor, `Zeitraum vom ${germanDate(200)} bis ${germanDate(201)} entfernen`, 'wurde entfernt');
	});

	it('uploads a photo; leaving and rejoining the team page changes /team at once', async () => {
		const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#20639b' } }).png().toBuffer();
		await advisor.getByLabel('Foto auswählen').setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: png });
		await save(advisor, 'Foto hochladen', 'Ihr Foto wurde gespeichert.');
		const img = advisor.getByRole('img', { name: 'Ihr aktuelles Foto' });
		await img.waitFor();
		expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

		const team = advisor.getByLabel(/öffentlichen Teamseite erscheinen/);
		await team.uncheck();
		await save(advisor, 'Profil speichern', 'Ihr Profil wurde gespeichert.');
		const visitor = await browser.page();
		await visitor.goto(url('/team'));
		expect(await visitor.getByRole('heading', { name: 'Samuel Mensah' }).count()).toBe(0);

		await advisor.getByLabel(/öffentlichen Teamseite erscheinen/).check();
		await save(advisor, 'Profil speichern', 'Ihr Profil wurde gespeichert.');
		await visitor.goto(url('/team'));
		await visitor.getByRole('heading', { name: 'Samuel Mensah' }).waitFor();
		const photo = visitor.getByRole('img', { name: 'Foto von Samuel Mensah' });
		const src = await photo.getAttribute('src');
		const response = await visitor.request.get(url(src!));
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toMatch(/public, max-age=\d+/);
		// The background text is never on the public page.
		expect(await visitor.content()).not.toContain('Kumasi');
		await expectNoAxeViolations(visitor);

		await visitor.goto(url('/en/team'));
		expect(await visitor.locator('h1').textContent()).toBe('Our team');
		await visitor.getByRole('heading', { name: 'Samuel Mensah' }).waitFor();
		await expectNoAxeViolations(visitor);
		await visitor.context().close();
	});

	it('lets the coordinator filter the pool and deactivate and activate an advisor', async () => {
		await coordinator.goto(url('/app/beratende'));
		expect(await coordinator.locator('h1').textContent()).toBe('Beratende');
		await expectNoAxeViolations(coordinator);
		await coordinator.getByLabel('Sprache', { exact: true }).selectOption('ti');
		await Promise.all([coordinator.waitForURL(/sprache=ti/), coordinator.getByRole('button', { name: 'Filter anwenden' }).click()]);
		const table = coordinator.getByRole('table', { name: 'Beratende im Pool' });
		await table.getByRole('link', { name: 'Yonas Tesfay' }).waitFor();
		expect(await table.getByRole('link', { name: 'Aylin Demir' }).count()).toBe(0);

		await coordinator.goto(url('/app/beratende?aktiv=yes'));
		await Promise.all([coordinator.waitForURL(/\/app\/beratende\/[\w-]+$/), coordinator.getByRole('link', { name: 'Aylin Demir' }).click()]);
		expect(await coordinator.locator('h1').textContent()).toBe('Aylin Demir');
		await expectNoAxeViolations(coordinator);
		await save(coordinator, 'Deaktivieren', 'Aylin Demir ist jetzt inaktiv');
		await coordinator.getByRole('button', { name: 'Aktivieren', exact: true }).waitFor();
		await expectNoAxeViolations(coordinator);
		await coordinator.goto(url('/app/beratende?aktiv=no'));
		await coordinator.getByRole('link', { name: 'Aylin Demir' }).waitFor();
		await coordinator.goBack();
		await save(coordinator, 'Aktivieren', 'Aylin Demir ist jetzt aktiv');
	});

	it('shows the background text to the coordination only with consent', async () => {
		await coordinator.goto(url('/app/beratende'));
		await Promise.all([coordinator.waitForURL(/\/app\/beratende\/[\w-]+$/), coordinator.getByRole('link', { name: 'Samuel Mensah' }).click()]);
		await coordinator.getByRole('heading', { name: 'Eigener Hintergrund' }).waitFor();
		expect(await coordinator.getByText('Kumasi').count()).toBe(1);
	});

	it('invites a new advisor, who gets the invitation mail', async () => {
		await coordinator.goto(url('/app/beratende'));
		const email = `neue-beraterin-${Date.now()}@example.org`;
		const since = Date.now();
		await coordinator.getByLabel('Name', { exact: true }).fill('Fatima Özdemir');
		await coordinator.getByLabel('E-Mail-Adresse').fill(email);
		await save(coordinator, 'Einladung senden', `Die Einladung an ${email} wurde verschickt.`);
		await coordinator.getByRole('link', { name: 'Fatima Özdemir' }).waitFor();
		const mail = await waitForMailTo(email, since);
		expect(mail).toContain('Einladung');
		expect(mail).toMatch(/\/passwort-neu\?token=/);

		// The same address again: a clear message at the field, nothing created.
		await coordinator.getByLabel('Name', { exact: true }).fill('Fatima Özdemir');
		await coordinator.getByLabel('E-Mail-Adresse').fill(email);
		await save(coordinator, 'Einladung senden', 'Für diese E-Mail-Adresse gibt es bereits ein Konto.');
		await expectNoAxeViolations(coordinator);
	});

	it('refuses the pool to advisors and the profile to municipality users', async () => {
		expect((await advisor.goto(url('/app/beratende')))?.status()).toBe(403);
		const municipality = await browser.page();
		await login(municipality, DEMO.municipality);
		expect((await municipality.goto(url('/app/profil')))?.status()).toBe(403);
		await municipality.context().close();
	});
});
