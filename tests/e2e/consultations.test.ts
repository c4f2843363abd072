import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * The coordination back office of consultations. The test creates the consultation it needs through the
 * coordinator's form (so it does not depend on the demo consultations) for Gütersloh, where the demo
 * municipality user (Bielefeld) must not see it.
 */
describe('coordinating a consultation', () => {
	const browser = useBrowser();
	// One log-in per demo account; the steps below share the pages, in order.
	let coordinator: Page;
	let advisor: Page;
	let consultationPath = '';
	let reference = '';

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
	});
	afterAll(async () => {
		await coordinator?.context().close();
		await advisor?.context().close();
	});

	const step = async (page: Page, button: string, alert: string) => {
		await page.getByRole('button', { name: button, exact: true }).click();
		await page.getByText(alert).first().waitFor();
	};

	it('creates a request by hand and finds it in the inbox', async () => {
		await coordinator.goto(url('/app/beratungen'));
		expect(await coordinator.locator('h1').textContent()).toBe('Beratungen');
		await expectNoAxeViolations(coordinator);
		await Promise.all([coordinator.waitForURL(/\/app\/beratungen\/neu$/), coordinator.getByRole('link', { name: 'Neue Beratung anlegen' }).click()]);
		// Nothing filled in: the errors are listed, nothing is created.
		await coordinator.getByRole('button', { name: 'Beratung anlegen' }).click();
		await coordinator.locator('.kern-error').first().waitFor();
		await expectNoAxeViolations(coordinator);

		await coordinator.locator('#municipalityAgs').selectOption('05754008');
		await coordinator.getByLabel('Name der Ansprechperson').fill('Jana Beispiel');
		await coordinator.getByLabel('E-Mail-Adresse der Ansprechperson').fill('jana.beispiel@example.org');
		await coordinator.getByLabel('Anliegen').fill('Wir möchten migrantische Vereine in unsere kommunale Entwicklungspolitik einbinden.');
		await Promise.all([
			coordinator.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/),
			coordinator.getByRole('button', { name: 'Beratung anlegen' }).click()
		]);
		consultationPath = new URL(coordinator.url()).pathname;
		reference = /MG-\d{4}-\d{4}/.exec((await coordinator.locator('h1').textContent()) ?? '')?.[0] ?? '';
		expect(reference).not.toBe('');

		await coordinator.goto(url('/app/beratungen'));
		const inbox = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: /^Neue Anfragen/ }) });
		await Promise.all([coordinator.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/), inbox.getByRole('link', { name: reference }).click()]);
		expect(new URL(coordinator.url()).pathname).toBe(consultationPath);
	});

	it('takes it into review, records goals and topics, starts matching and asks the demo advisor', async () => {
		await step(coordinator, 'In Prüfung nehmen', 'Neuer Status: In Prüfung');
		await coordinator.getByLabel('Ziele', { exact: true }).fill('Ein Dialogforum mit Vereinen und der Verwaltung; gemeinsame Maßnahmen zur Agenda 2030.');
		await coordinator.getByRole('group', { name: 'Themenfelder' }).getByRole('checkbox').first().check();
		await step(coordinator, 'Angaben speichern', 'Die Angaben wurden gespeichert.');
		await step(coordinator, 'Beratende suchen', 'Neuer Status: Beratende gesucht');
		await expectNoAxeViolations(coordinator);

		// Nobody has accepted yet: the server refuses the agreement and says why.
		await step(coordinator, 'Vereinbarung bestätigen', 'erst möglich, wenn mindestens eine beratende Person zugesagt hat');

		await coordinator.getByLabel('Beratende Person', { exact: true }).selectOption({ label: 'Samuel Mensah' });
		await coordinator.getByLabel('Nachricht an die beratende Person (optional)').fill('Passt gut zu Ihrem Schwerpunkt.');
		await step(coordinator, 'Anfrage senden', 'Die beratende Person wurde angefragt');
		expect(await coordinator.getByText('Samuel Mensah: angefragt, Antwort offen').count()).toBe(1);
	});

	it('lets the advisor find the consultation and accept', async () => {
		advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		await advisor.goto(url('/app/beratungen'));
		await expectNoAxeViolations(advisor);
		await advisor.goto(url('/app/beratungen/board'));
		await expectNoAxeViolations(advisor);
		await Promise.all([advisor.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/), advisor.getByRole('link', { name: reference }).click()]);
		await expectNoAxeViolations(advisor);
		await step(advisor, 'Zusagen', 'Sie haben zugesagt. Vielen Dank!');
		expect(await advisor.getByText('Samuel Mensah: zugesagt').count()).toBe(1);
	});

	it('lets the coordinator agree once the advisor accepted', async () => {
		await coordinator.goto(url(consultationPath));
		await step(coordinator, 'Vereinbarung bestätigen', 'Neuer Status: Vereinbart');
		await expectNoAxeViolations(coordinator);
		await coordinator.goto(url('/app/beratungen/board'));
		const agreed = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: /^Vereinbart/ }) });
		expect(await agreed.getByRole('link', { name: reference }).count()).toBe(1);
		await expectNoAxeViolations(coordinator);
	});

	it("answers 404 to a municipality user for another municipality's consultation", async () => {
		const page = await browser.page();
		await login(page, DEMO.municipality);
		const response = await page.goto(url(consultationPath));
		expect(response?.status()).toBe(404);
		await page.goto(url('/app/beratungen'));
		expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
		await expectNoAxeViolations(page);
		// The demo municipality user is bound to Bielefeld's demo consultation: it is listed and opens.
		const own = page.locator('tbody a').first();
		expect(await own.count()).toBe(1);
		await Promise.all([page.waitForURL(/\/app\/beratungen\/[0-9a-f-]{36}$/), own.click()]);
		expect(await page.locator('h1').textContent()).toContain('Bielefeld');
		expect(await page.getByText('Nur Koordination und Beratende (intern)').count()).toBe(0);
		await expectNoAxeViolations(page);
		await page.goto(url('/app/beratungen/board'));
		await expectNoAxeViolations(page);
		await page.context().close();
	});
});
