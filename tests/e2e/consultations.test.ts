import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const DAY = 86_400_000;
const berlinDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * DAY));
const berlinWallClock = (d: Date) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);

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
	const started = Date.now();
	const contact = 'jana.beispiel@example.org';

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

	it('runs the dialogue: a session that downloads as a calendar file, then a measure', async () => {
		await coordinator.goto(url(consultationPath));
		await step(coordinator, 'Dialog beginnen', 'Neuer Status: Im Dialog');
		await Promise.all([coordinator.waitForURL(/\/termine$/), coordinator.getByRole('link', { name: 'Termine', exact: true }).click()]);
		const date = berlinDate(14);
		await coordinator.getByLabel('Titel', { exact: true }).fill('Dialogforum im Rathaus Gütersloh');
		await coordinator.getByLabel('Format', { exact: true }).selectOption('dialogforum');
		await coordinator.getByLabel('Datum', { exact: true }).fill(date);
		await coordinator.getByLabel('Beginn (Uhrzeit)').fill('18:00');
		await coordinator.getByLabel('Dauer in Minuten').fill('120');
		await coordinator.getByLabel('Ort (Adresse und Raum)').fill('Rathaus Gütersloh, Ratssaal');
		await coordinator.getByRole('button', { name: 'Termin anlegen' }).click();
		await coordinator.getByText('Der Termin „Dialogforum im Rathaus Gütersloh“ wurde angelegt').waitFor();
		await Promise.all([coordinator.waitForURL(/\/termine\/[0-9a-f-]{36}$/), coordinator.getByRole('link', { name: 'Dialogforum im Rathaus Gütersloh' }).first().click()]);
		const [download] = await Promise.all([
			coordinator.waitForEvent('download'),
			coordinator.getByRole('link', { name: 'Termin als Kalenderdatei (.ics) herunterladen' }).click()
		]);
		const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
		const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(event.summary).toContain('Dialogforum im Rathaus Gütersloh');
		expect(berlinWallClock(event.startDate.toJSDate())).toBe(`${date} 18:00`);
		expect(event.location).toContain('Ratssaal');

		// The overview lists it under the next dates.
		await coordinator.goto(url(consultationPath));
		expect(await coordinator.getByRole('link', { name: /Dialogforum im Rathaus Gütersloh/ }).count()).toBe(1);
		await step(coordinator, 'Umsetzung beginnen', 'Neuer Status: Umsetzung');

		await coordinator.goto(url(`${consultationPath}/massnahmen/neu`));
		await coordinator.getByLabel('Titel', { exact: true }).fill('Runder Tisch mit migrantischen Vereinen');
		await coordinator.getByLabel('Fällig bis').fill(berlinDate(60));
		await coordinator.getByLabel('Verantwortlich').fill('Fachbereich Bildung und Integration');
		await Promise.all([coordinator.waitForURL(/\/massnahmen\/[0-9a-f-]{36}\?angelegt=1$/), coordinator.getByRole('button', { name: 'Maßnahme anlegen' }).click()]);
		await coordinator.getByRole('radio', { name: 'Umgesetzt', exact: true }).check();
		await coordinator.getByRole('button', { name: 'Status ändern' }).click();
		await coordinator.getByText('Neuer Status: Umgesetzt').waitFor();

		await coordinator.goto(url(consultationPath));
		await step(coordinator, 'Auswertung beginnen', 'Neuer Status: Auswertung');
		// Neither questionnaire is in: completing is refused with the reason.
		await coordinator.getByRole('button', { name: 'Abschließen', exact: true }).click();
		await coordinator.locator('.kern-alert').first().waitFor();
		expect(await coordinator.locator('h1').textContent()).toContain(reference);
		expect(await coordinator.getByText('Neuer Status: Abgeschlossen').count()).toBe(0);
	});

	it('collects both evaluations, the municipality signing in through its invitation, and completes', async () => {
		await advisor.goto(url(`${consultationPath}/auswertung`));
		// Counts are suggested from the session and the measure.
		expect(await advisor.getByLabel('Wie viele neue Kooperationen sind entstanden?').count()).toBe(1);
		await advisor.getByLabel('Wie viele neue Kooperationen sind entstanden?').fill('2');
		await advisor.getByRole('button', { name: 'Fragebogen absenden' }).click();
		await advisor.getByText('Vielen Dank! Der Fragebogen wurde gespeichert.').waitFor();

		// Taking the request into review gave the contact person an account; the invitation sets a password.
		const invitation = await waitForMailTo(contact, started, 20_000, /\/passwort-neu\?token=/);
		const link = invitation.match(/https?:\/\/\S+\/passwort-neu\?token=[\w-]+/)?.[0];
		expect(link).toBeTruthy();
		const client = await browser.page();
		await client.goto(link!);
		await client.getByLabel('Neues Passwort', { exact: true }).fill('Guetersloh-Dialog-2026');
		await client.getByLabel('Neues Passwort wiederholen').fill('Guetersloh-Dialog-2026');
		await client.getByRole('button', { name: 'Passwort speichern' }).click();
		await client.getByText('Ihr Passwort ist gespeichert').waitFor();
		await login(client, contact, 'Guetersloh-Dialog-2026');
		await client.goto(url(`${consultationPath}/auswertung`));
		await client.getByRole('group', { name: 'Wie zufrieden ist die Kommune insgesamt mit der Beratung?' }).getByLabel('5 – sehr zufrieden').check();
		await client.getByRole('group', { name: 'Die Perspektiven und das Fachwissen von Menschen mit Migrationsbiografie wurden einbezogen.' }).getByLabel('4 – überwiegend').check();
		await client.getByRole('group', { name: 'Ihr Beitrag zur Gesellschaft wurde sichtbar wertgeschätzt.' }).getByLabel('4 – überwiegend').check();
		await client.getByRole('group', { name: 'Ihre Möglichkeiten zur Teilhabe wurden erweitert.' }).getByLabel('3 – teilweise').check();
		await client.getByRole('group', { name: 'Würde die Kommune MiGlobe anderen Kommunen empfehlen?' }).getByLabel('Ja').check();
		await client.getByRole('button', { name: 'Fragebogen absenden' }).click();
		await client.getByText('Vielen Dank! Der Fragebogen wurde gespeichert.').waitFor();
		await expectNoAxeViolations(client);
		await client.context().close();

		await coordinator.goto(url(consultationPath));
		await step(coordinator, 'Abschließen', 'Neuer Status: Abgeschlossen');
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
