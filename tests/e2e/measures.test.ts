import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * Ideen und Maßnahmen as the demo municipality user (Petra Schulte, Bielefeld) on the demo fair-trade
 * consultation in evaluation, which the demo seed fills with measures (one of them overdue).
 */
describe('measures of a consultation', () => {
	const browser = useBrowser();
	let kommune: Page;
	let measuresPath = '';
	let measurePath = '';

	beforeAll(async () => {
		kommune = await browser.page();
		await login(kommune, DEMO.municipality);
	});
	afterAll(async () => {
		await kommune?.context().close();
	});

	/** The path of a demo consultation, found in the list by client and state. */
	async function consultationPath(page: Page, client: string, state: string) {
		await page.goto(url('/app/beratungen'));
		const link = page.locator('tbody tr', { hasText: client }).filter({ hasText: state }).getByRole('link').first();
		return (await link.getAttribute('href')) ?? '';
	}

	it('lists the measures grouped by status and marks the overdue one in text', async () => {
		const path = await consultationPath(kommune, 'Bielefeld', 'Auswertung');
		expect(path).toMatch(/\/app\/beratungen\/[0-9a-f-]{36}$/);
		measuresPath = `${path}/massnahmen`;
		await kommune.goto(url(measuresPath));
		expect(await kommune.locator('h1').textContent()).toContain('Ideen und Maßnahmen');
		expect(await kommune.getByRole('heading', { name: 'Umgesetzt (3)' }).count()).toBe(1);
		const overdue = kommune.locator('tr', { hasText: 'Kriterien für faire Beschaffung in der Vergabeordnung' });
		expect(await overdue.getByText(/^überfällig seit \d{2}\.\d{2}\.\d{4}$/).count()).toBe(1);
		// Done measures are never overdue, even with a due date in the past.
		expect(await kommune.getByText(/überfällig seit/).count()).toBe(1);
		await expectNoAxeViolations(kommune);

		await kommune.locator('#status').selectOption('dropped');
		await Promise.all([kommune.waitForURL(/status=dropped/), kommune.getByRole('button', { name: 'Anzeigen' }).click()]);
		expect(await kommune.getByRole('heading', { name: 'Verworfen (1)' }).count()).toBe(1);
		expect(await kommune.getByRole('heading', { name: /^Umgesetzt/ }).count()).toBe(0);
		await expectNoAxeViolations(kommune);
	});

	it('refuses a due date before the start at the field and keeps the input', async () => {
		await kommune.goto(url(measuresPath));
		await Promise.all([kommune.waitForURL(/\/massnahmen\/neu$/), kommune.getByRole('link', { name: 'Neue Idee oder Maßnahme erfassen' }).click()]);
		await expectNoAxeViolations(kommune);
		await kommune.getByLabel('Titel', { exact: true }).fill('Interkultureller Kalender der Fairtrade-Stadt');
		await kommune.getByLabel('Beginn').fill('2027-03-10');
		await kommune.getByLabel('Fällig bis').fill('2027-03-01');
		await kommune.getByRole('button', { name: 'Maßnahme anlegen' }).click();
		const error = kommune.locator('#dueDate-error');
		await error.waitFor();
		expect(await error.textContent()).toContain('Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.');
		expect(await kommune.locator('#dueDate').getAttribute('aria-invalid')).toBe('true');
		expect(await kommune.getByLabel('Titel', { exact: true }).inputValue()).toBe('Interkultureller Kalender der Fairtrade-Stadt');
		await expectNoAxeViolations(kommune);
	});

	it('creates the measure and changes its status from idea to planned with a note shown in the history', async () => {
		await kommune.getByLabel('Fällig bis').fill('2027-12-15');
		await kommune.getByLabel('Verantwortlich').fill('Büro für Internationale Beziehungen');
		await Promise.all([kommune.waitForURL(/\/massnahmen\/[0-9a-f-]{36}\?angelegt=1$/), kommune.getByRole('button', { name: 'Maßnahme anlegen' }).click()]);
		measurePath = new URL(kommune.url()).pathname;
		await kommune.getByText('Die Maßnahme wurde angelegt.').waitFor();
		expect(await kommune.locator('h1').textContent()).toBe('Interkultureller Kalender der Fairtrade-Stadt');
		await expectNoAxeViolations(kommune);

		await kommune.getByRole('radio', { name: 'Geplant', exact: true }).check();
		await kommune.getByLabel('Notiz zum Statuswechsel (optional)').fill('Im Ausschuss für Integration beschlossen.');
		await kommune.getByRole('button', { name: 'Status ändern' }).click();
		await kommune.getByText('Neuer Status: Geplant').waitFor();
		const latest = kommune.locator('section[aria-labelledby="verlauf"] tbody tr').first();
		expect(await latest.textContent()).toContain('von „Idee“ zu „Geplant“');
		expect(await latest.textContent()).toContain('Im Ausschuss für Integration beschlossen.');
		expect(await latest.textContent()).toContain('Petra Schulte');
		await expectNoAxeViolations(kommune);

		// Planned cannot go back to idea: the form does not offer it.
		expect(await kommune.getByRole('radio', { name: 'Idee', exact: true }).count()).toBe(0);
		await kommune.goto(url(measuresPath));
		expect(await kommune.locator('section', { has: kommune.getByRole('heading', { name: /^Geplant/ }) }).getByRole('link', { name: 'Interkultureller Kalender der Fairtrade-Stadt' }).count()).toBe(1);
	});

	it('keeps a stale edit from overwriting and says why', async () => {
		const other = await browser.page();
		await login(other, DEMO.advisor);
		await other.goto(url(measurePath));
		await kommune.goto(url(measurePath));
		await other.getByLabel('Verantwortlich').fill('Welthaus Bielefeld');
		await other.getByRole('button', { name: 'Änderungen speichern' }).click();
		await other.getByText('Die Änderungen wurden gespeichert.').waitFor();
		await kommune.getByLabel('Verantwortlich').fill('Zentraler Einkauf');
		await kommune.getByRole('button', { name: 'Änderungen speichern' }).click();
		await kommune.getByText('inzwischen von jemand anderem geändert').waitFor();
		expect(await kommune.getByLabel('Verantwortlich').inputValue()).toBe('Zentraler Einkauf');
		await expectNoAxeViolations(kommune);

		// A completed consultation keeps its measures for reading only.
		const muenster = await consultationPath(other, 'Münster', 'Abgeschlossen');
		await other.goto(url(`${muenster}/massnahmen`));
		await other.getByText('Die Beratung ist beendet.').first().waitFor();
		expect(await other.getByRole('link', { name: 'Neue Idee oder Maßnahme erfassen' }).count()).toBe(0);
		await expectNoAxeViolations(other);
		await other.context().close();
	});

	it('answers 404 to a user without access and for a measure under another consultation', async () => {
		const coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		const koeln = await consultationPath(coordinator, 'Köln', 'Im Dialog');
		expect(koeln).toMatch(/\/app\/beratungen\/[0-9a-f-]{36}$/);
		await coordinator.goto(url(`${koeln}/massnahmen`));
		expect(await coordinator.getByRole('heading', { name: 'Idee (3)' }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);
		const measureId = measurePath.split('/').at(-1);
		expect((await coordinator.goto(url(`${koeln}/massnahmen/${measureId}`)))?.status()).toBe(404);
		await coordinator.context().close();

		// Petra Schulte works for Bielefeld: Köln's measures are not hers.
		expect((await kommune.goto(url(`${koeln}/massnahmen`)))?.status()).toBe(404);
		expect((await kommune.goto(url(`${koeln}/massnahmen/neu`)))?.status()).toBe(404);
	});
});
