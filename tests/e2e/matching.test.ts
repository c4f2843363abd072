import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

/**
 * Advisor matching on the demo data: Gütersloh's consultation looks for advisors (state matching, target languages
 * French and English). The coordinator reads the ranking with its reasons, records a conflict of interest, asks
 * an advisor; an admin changes the weights; the demo advisor may not see proposals. The demo advisor
 * (beratung@) is never asked here, so the workspace tests keep their data.
 */
describe('matching advisors to a consultation', () => {
	const browser = useBrowser();
	let coordinator: Page;
	let base = '';
	const started = Date.now();

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
		await coordinator.goto(url('/app/beratungen/board'));
		const column = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: /^Beratende gesucht/ }) });
		const href = await column.locator('li', { hasText: 'Gütersloh' }).getByRole('link').first().getAttribute('href');
		expect(href).toMatch(/\/app\/beratungen\/[0-9a-f-]{36}$/);
		base = href!;
	});
	afterAll(async () => {
		await coordinator?.context().close();
	});

	const ranked = async () => {
		const headings = await coordinator.locator('ol.ranking > li h3').allTextContents();
		return headings.map((h) => h.replace(/^Platz \d+: /, '').trim());
	};
	const proposals = () => coordinator.goto(url(`${base}/vorschlaege`));

	it('shows the ranked advisors with a score and reasons per factor', async () => {
		const response = await proposals();
		expect(response?.status()).toBe(200);
		expect(await coordinator.locator('h1').textContent()).toContain('Vorschläge für Beratende');
		const names = await ranked();
		expect(names.length).toBeGreaterThan(1);
		const first = coordinator.locator('ol.ranking > li').first();
		expect(await first.textContent()).toMatch(/Eignung: \d{1,3} von 100/);
		const reasons = first.getByRole('list', { name: `Begründung von ${names[0]} nach Faktoren` });
		expect(await reasons.getByRole('listitem').count()).toBe(7);
		expect(await reasons.textContent()).toContain('Sprachen der Zielgruppen:');
		expect(await reasons.textContent()).toContain('Entfernung:');
		expect(await coordinator.getByRole('heading', { name: 'Nicht vorgeschlagen' }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);
	});

	it('refuses a conflict without a reason, then moves the advisor to the exclusions with the reason', async () => {
		const names = (await ranked()).filter((n) => n !== 'Samuel Mensah');
		const target = names[1];
		await coordinator.getByLabel('Beratende Person').selectOption({ label: target });
		await coordinator.getByRole('button', { name: 'Interessenkonflikt vermerken' }).click();
		await coordinator.locator('#reason-error').waitFor();
		expect(await coordinator.locator('#reason-error').textContent()).toContain('Bitte geben Sie eine Begründung an.');
		await expectNoAxeViolations(coordinator);

		await coordinator.getByLabel('Begründung', { exact: true }).fill('Ist Mitglied im Stadtrat von Gütersloh.');
		await coordinator.getByRole('button', { name: 'Interessenkonflikt vermerken' }).click();
		await coordinator.getByText('Der Interessenkonflikt ist vermerkt.').waitFor();
		expect(await ranked()).not.toContain(target);
		const excluded = coordinator.locator('ul.excluded > li', { hasText: target });
		expect(await excluded.textContent()).toContain('Interessenkonflikt: Ist Mitglied im Stadtrat von Gütersloh.');
		await expectNoAxeViolations(coordinator);

		// And back: the conflict is removed, the advisor is ranked again.
		await excluded.getByRole('button', { name: `Interessenkonflikt von ${target} aufheben` }).click();
		await coordinator.getByText('Der Interessenkonflikt ist aufgehoben.').waitFor();
		expect(await ranked()).toContain(target);
	});

	it('asks an advisor with a message; the advisor gets a mail and appears as asked on the overview', async () => {
		await proposals();
		await coordinator.getByRole('button', { name: 'Ausgewählte anfragen' }).click();
		await coordinator.locator('#advisorIds-error').waitFor();
		expect(await coordinator.locator('#advisorIds-error').textContent()).toContain('Bitte wählen Sie mindestens eine Person aus.');
		await expectNoAxeViolations(coordinator);

		const target = (await ranked()).filter((n) => n !== 'Samuel Mensah')[0];
		const group = coordinator.getByRole('group', { name: 'Wen möchten Sie anfragen?' });
		await group.getByLabel(new RegExp(`^${target} \\(`)).check();
		await coordinator.getByLabel('Nachricht an die Angefragten').fill('Hätten Sie Zeit für den Fachtag „Fair einkaufen in Gütersloh“?');
		await coordinator.getByRole('button', { name: 'Ausgewählte anfragen' }).click();
		await coordinator.getByText(`Angefragt: ${target}.`).waitFor();
		expect(await ranked()).not.toContain(target);
		expect(await coordinator.locator('ul.excluded > li', { hasText: target }).textContent()).toContain('Bereits angefragt');
		await expectNoAxeViolations(coordinator);

		await coordinator.goto(url(base));
		const advisors = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: 'Beratende', exact: true }) });
		expect(await advisors.getByRole('listitem').filter({ hasText: target }).textContent()).toContain('angefragt');
		// The existing assignment sends the mail with the message; the address is the demo advisor's.
		const mail = await waitForMailTo('@demo.miglobe.de', started, 20_000, /Fair einkaufen in Gütersloh/);
		expect(mail).toContain('Fair einkaufen in Gütersloh');
	});

	it('lets an admin change the weights, refusing an invalid value first', async () => {
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		await admin.goto(url('/app/admin/gewichtung'));
		expect(await admin.locator('h1').textContent()).toBe('Gewichtung der Vorschläge für Beratende');
		await expectNoAxeViolations(admin);
		const distance = admin.getByLabel('Entfernung', { exact: true });
		const before = await distance.inputValue();
		await distance.fill('12');
		await admin.getByRole('button', { name: 'Gewichtung speichern' }).click();
		await admin.locator('#distance-error').waitFor();
		expect(await admin.locator('#distance-error').textContent()).toContain('Bitte geben Sie eine Zahl von 0 bis 10 ein');
		expect(await distance.inputValue()).toBe('12');
		await expectNoAxeViolations(admin);

		await distance.fill('4,5');
		await admin.getByRole('button', { name: 'Gewichtung speichern' }).click();
		await admin.getByText('Die Gewichtung ist gespeichert').waitFor();
		await admin.reload();
		expect(await admin.getByLabel('Entfernung', { exact: true }).inputValue()).toBe('4,5');
		await expectNoAxeViolations(admin);
		// Back to what it was, so other tests see the usual ranking.
		await admin.getByLabel('Entfernung', { exact: true }).fill(before);
		await admin.getByRole('button', { name: 'Gewichtung speichern' }).click();
		await admin.getByText('Die Gewichtung ist gespeichert').waitFor();
		await admin.context().close();
	});

	it('does not show proposals to an advisor', async () => {
		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		const response = await advisor.goto(url(`${base}/vorschlaege`));
		expect([403, 404]).toContain(response?.status());
		expect(await advisor.getByText('Rangfolge').count()).toBe(0);
		await advisor.context().close();
	});
});
