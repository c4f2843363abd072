import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * The evaluation of a consultation on the demo data: Bielefeld's fair-trade consultation is in the evaluation
 * phase with the advisors' questionnaire done; the demo municipality user answers the municipality's. Münster's
 * completed consultation shows its answers read-only and is not the municipality user's (404).
 */
describe('evaluating a consultation', () => {
	const browser = useBrowser();
	let coordinator: Page;
	let client: Page;
	let bielefeld = '';
	let muenster = '';

	/** The consultation of a municipality in a board column, found by the column's state and the client's name. */
	const fromBoard = async (page: Page, state: RegExp, client: string) => {
		await page.goto(url('/app/beratungen/board'));
		const column = page.locator('section', { has: page.getByRole('heading', { name: state }) });
		const href = await column.locator('li', { hasText: client }).getByRole('link').first().getAttribute('href');
		expect(href).toMatch(/\/app\/beratungen\/[0-9a-f-]{36}$/);
		return href!;
	};

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		bielefeld = await fromBoard(coordinator, /^Auswertung/, 'Bielefeld');
		muenster = await fromBoard(coordinator, /^Abgeschlossen/, 'Münster');
		client = await browser.page();
		await login(client, DEMO.municipality);
	});
	afterAll(async () => {
		await coordinator?.context().close();
		await client?.context().close();
	});

	it('refuses to complete while the municipality questionnaire is open', async () => {
		await coordinator.goto(url(bielefeld));
		await coordinator.getByRole('button', { name: 'Abschließen', exact: true }).click();
		await coordinator.getByText('Zum Abschluss fehlen Auswertungen oder eine Begründung, warum sie fehlen.').first().waitFor();
		await coordinator.goto(url(`${bielefeld}/auswertung`));
		expect(await coordinator.getByText('Beide Fragebögen liegen vor.').count()).toBe(0);
		expect(await coordinator.getByText('Sie tragen die Antworten im Namen der Kommune ein', { exact: false }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);
	});

	it("shows the municipality its open questionnaire, not the advisors' answers", async () => {
		await client.goto(url(`${bielefeld}/auswertung`));
		expect(await client.locator('h1').textContent()).toContain('Auswertung');
		const status = client.getByRole('table');
		expect(await status.getByRole('row', { name: /Fragebogen der Beratenden/ }).textContent()).toContain('abgegeben');
		expect(await status.getByRole('row', { name: /Fragebogen der Kommune/ }).textContent()).toContain('offen');
		expect(await client.getByText('Die Antworten der Beratenden sehen nur die Koordination und die Beratenden.').count()).toBe(1);
		expect(await client.getByText('Drei migrantische Vereine').count()).toBe(0);
		expect(await client.getByRole('heading', { name: 'Abschluss ohne vollständige Auswertung: Begründung' }).count()).toBe(0);
		await expectNoAxeViolations(client);
	});

	it('refuses the questionnaire without satisfaction, then saves it with the case-story consent', async () => {
		const aim = (name: string) => client.getByRole('group', { name });
		await aim('Die Perspektiven und das Fachwissen von Menschen mit Migrationsbiografie wurden einbezogen.').getByLabel('4 – überwiegend').check();
		await aim('Ihr Beitrag zur Gesellschaft wurde sichtbar wertgeschätzt.').getByLabel('5 – vollständig').check();
		await aim('Ihre Möglichkeiten zur Teilhabe wurden erweitert.').getByLabel('3 – teilweise').check();
		await client.getByLabel('Was hat die Kommune aus der Beratung gelernt? Was nimmt sie mit?').fill('Die Vereine bringen Kontakte zu Produzentinnen mit, die wir allein nie gefunden hätten.');
		await client.getByRole('group', { name: 'Würde die Kommune MiGlobe anderen Kommunen empfehlen?' }).getByLabel('Ja').check();
		await client.getByRole('button', { name: 'Fragebogen absenden' }).click();
		await client.locator('#satisfaction .kern-error').waitFor();
		expect(await client.locator('#satisfaction .kern-error').textContent()).toContain('Bitte wählen Sie einen Wert von 1 bis 5.');
		// What was typed is still there.
		expect(await aim('Ihr Beitrag zur Gesellschaft wurde sichtbar wertgeschätzt.').getByLabel('5 – vollständig').isChecked()).toBe(true);
		expect(await client.getByLabel('Was hat die Kommune aus der Beratung gelernt? Was nimmt sie mit?').inputValue()).toContain('Produzentinnen');
		await expectNoAxeViolations(client);

		await client.getByRole('group', { name: 'Wie zufrieden ist die Kommune insgesamt mit der Beratung?' }).getByLabel('5 – sehr zufrieden').check();
		const consent = client.getByLabel('Die Kommune willigt ein, dass MiGlobe NRW diese Beratung als Beratungsbeispiel auf seiner Website veröffentlicht.');
		expect(await consent.isChecked()).toBe(false);
		await consent.check();
		await client.getByRole('button', { name: 'Fragebogen absenden' }).click();
		await client.getByText('Vielen Dank! Der Fragebogen wurde gespeichert.').waitFor();
		expect(await client.getByRole('table').getByRole('row', { name: /Fragebogen der Kommune/ }).textContent()).toContain('abgegeben');
		expect(await consent.isChecked()).toBe(true);
		expect(await client.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(1);
		await expectNoAxeViolations(client);
	});

	it('lets the coordinator complete now that both questionnaires are in', async () => {
		await coordinator.goto(url(`${bielefeld}/auswertung`));
		await coordinator.getByText('Beide Fragebögen liegen vor.').waitFor();
		// The coordinator reads (and may change on their behalf) both questionnaires, the advisors' comments included.
		expect(await coordinator.getByLabel('Anmerkungen und Erkenntnisse der Beratenden').inputValue()).toContain('Drei migrantische Vereine');
		expect(await coordinator.getByRole('group', { name: 'Wie zufrieden ist die Kommune insgesamt mit der Beratung?' }).getByLabel('5 – sehr zufrieden').isChecked()).toBe(true);
		expect(await coordinator.getByRole('heading', { name: 'Abschluss ohne vollständige Auswertung: Begründung' }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);
		await coordinator.goto(url(bielefeld));
		expect(await coordinator.getByRole('button', { name: 'Abschließen', exact: true }).count()).toBe(1);

		// The advisor sees the tandem's own questionnaire as an editable form with the saved numbers.
		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		await advisor.goto(url(`${bielefeld}/auswertung`));
		expect(await advisor.getByLabel('Wie viele neue Kooperationen sind entstanden?').inputValue()).toBe('3');
		expect(await advisor.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(1);
		await expectNoAxeViolations(advisor);
		await advisor.context().close();
	});

	it('shows a completed evaluation read-only and answers 404 to someone not taking part', async () => {
		await coordinator.goto(url(`${muenster}/auswertung`));
		await coordinator.getByText('Die Beratung ist abgeschlossen. Die Antworten können nicht mehr geändert werden.').waitFor();
		expect(await coordinator.locator('form[action="?/municipality"], form[action="?/advisor"]').count()).toBe(0);
		expect(await coordinator.getByText('erteilt', { exact: true }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);

		const response = await client.goto(url(`${muenster}/auswertung`));
		expect(response?.status()).toBe(404);
		await expectNoAxeViolations(client);
	});
});
