import { describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

describe('public directory and partner search', () => {
	const browser = useBrowser();

	it('/vereine lists the published demo entries with a count, the map and its equivalent list', async () => {
		const page = await browser.page();
		const response = await page.goto(url('/vereine'));
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Vereine und Initiativen');
		expect(await page.locator('#result-count').textContent()).toMatch(/^\d+ Einträge$/);
		expect(await page.getByRole('link', { name: 'Weltladen Münster am Dom' }).count()).toBeGreaterThan(0);
		// The pending demo entries never appear.
		expect(await page.getByText('Kurdisches Kulturzentrum Köln').count()).toBe(0);
		const listed = await page.locator('ol.results > li').count();
		expect(listed).toBeGreaterThan(5);
		// Every result is a point of the map, and every point is a link that the list also has.
		expect(await page.locator('.point-map__points a').count()).toBe(listed);
		expect(await page.locator('.point-map__background circle').count()).toBeGreaterThan(20);
		expect(await page.getByRole('link', { name: 'Eintrag für Ihren Verein anlegen' }).getAttribute('href')).toBe('/vereine/eintragen');
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('searches by text and by radius without JavaScript', async () => {
		const probe = await browser.page();
		const context = await probe.context().browser()!.newContext({ locale: 'de-DE', javaScriptEnabled: false });
		await probe.context().close();
		const page = await context.newPage();
		await page.goto(url('/vereine'));
		await page.getByLabel('Suchbegriff').fill('Koeln');
		await Promise.all([page.waitForURL(/q=Koeln/), page.getByRole('button', { name: 'Suchen' }).click()]);
		const names = await page.locator('ol.results h3').allTextContents();
		expect(names.map((n) => n.trim()).sort()).toEqual(['Türkisch-Deutscher Elternverein Köln-Mülheim', 'Ukrainischer Kulturverein Köln']);

		await page.goto(url('/vereine'));
		await page.getByLabel('Kommune', { exact: true }).selectOption('05358008'); // Düren
		await page.getByLabel('Umkreis').selectOption('50');
		await page.getByLabel('Sortierung').selectOption('distance');
		await Promise.all([page.waitForURL(/umkreis=50/), page.getByRole('button', { name: 'Suchen' }).click()]);
		const near = (await page.locator('ol.results h3').allTextContents()).map((n) => n.trim());
		expect(near[0]).toBe('Eine-Welt-Gruppe Düren');
		expect(near).toContain('Ukrainischer Kulturverein Köln'); // about 33 km
		expect(near).not.toContain('Afrika-Kulturforum Bielefeld e. V.');
		expect(await page.locator('ol.results').textContent()).toMatch(/km entfernt/);
		await context.close();
	});

	it('shows a detail page with only consented fields, and 404 for unknown ids', async () => {
		const page = await browser.page();
		await page.goto(url('/vereine?q=Weltladen'));
		await Promise.all([page.waitForURL(/\/vereine\/[0-9a-f-]{36}$/), page.getByRole('link', { name: 'Weltladen Münster am Dom' }).first().click()]);
		expect(await page.locator('h1').textContent()).toBe('Weltladen Münster am Dom');
		expect(await page.getByText('laden@weltladen-muenster.example.org').count()).toBe(1);
		expect(await page.getByText('Münster, Stadt').count()).toBeGreaterThan(0);
		await expectNoAxeViolations(page);

		// An entry without consent to publish its contact shows no contact.
		await page.goto(url('/vereine?q=Tamilischer'));
		await Promise.all([page.waitForURL(/\/vereine\/[0-9a-f-]{36}$/), page.getByRole('link', { name: 'Tamilischer Kulturkreis Essen' }).first().click()]);
		expect(await page.content()).not.toContain('kulturkreis@tamil-essen.example.org');
		expect(await page.getByText('Dieser Eintrag veröffentlicht keine Kontaktdaten').count()).toBe(1);

		for (const id of ['00000000-0000-0000-0000-000000000000', 'kein-uuid', "1'%20OR%201=1"]) {
			expect((await page.goto(url(`/vereine/${id}`)))?.status(), id).toBe(404);
		}
		await page.context().close();
	});

	it('/en/vereine is English and accessible', async () => {
		const page = await browser.page();
		await page.goto(url('/en/vereine'));
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Associations and initiatives');
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('proposes partners to a coordinator with explanations and lists excluded entries with the reason', async () => {
		const page = await browser.page();
		await login(page, DEMO.coordinator);
		await page.goto(url('/app/partner-finden?kommune=05113000&thema=festivals-events&sprache=ta'));
		expect(await page.locator('h1').textContent()).toBe('Partner finden');
		expect(await page.getByText('Einladungen direkt zu einer Beratung oder Veranstaltung kommen mit diesen Funktionen hinzu', { exact: false }).count()).toBe(1);
		expect(await page.locator('ol.proposals > li').count()).toBeGreaterThan(0);
		expect(await page.locator('ol.proposals').textContent()).toMatch(/Passung: \d+ %/);
		// The Tamil association in Essen fits best but has not agreed to be contacted.
		const excluded = page.locator('section[aria-labelledby="excluded"]');
		expect(await excluded.textContent()).toContain('Tamilischer Kulturkreis Essen');
		expect(await excluded.textContent()).toContain('Keine Einwilligung, kontaktiert zu werden');
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('lets a municipality user open the partner search and refuses an advisor', async () => {
		const page = await browser.page();
		await login(page, DEMO.municipality);
		expect((await page.goto(url('/app/partner-finden')))?.status()).toBe(200);
		await page.context().close();
		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		expect((await advisor.goto(url('/app/partner-finden')))?.status()).toBe(403);
		await advisor.context().close();
	});
});
