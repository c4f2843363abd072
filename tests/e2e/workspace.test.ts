import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimplePdf } from '../../src/lib/server/documents/simple-pdf';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

/**
 * The advisor's workspace and the time and expense entries: the demo advisor records time on the Köln demo
 * consultation (MG-…-0005), the coordinator rejects and later approves it, and the approved entry is locked. A second
 * advisor (invited by the admin for this test) gets 404 for the demo advisor's entry, its receipt and for recording
 * time on a consultation that is not theirs (Bielefeld in review, MG-…-0002).
 */
describe('advisor workspace and time entries', () => {
	const browser = useBrowser();
	let advisor: Page;
	let coordinator: Page;
	let entryPath = '';
	const description = 'Dialogforum Ehrenfeld mit Diaspora-Vereinen (E2E)';
	const reason = 'Bitte die Reisezeit getrennt als Reisezeit erfassen.';
	const pdf = buildSimplePdf('Fahrkarte', ['Köln Hbf – Köln-Ehrenfeld', '3,20 EUR']);
	const origin = () => new URL(url('/')).origin;

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

	/** The row of the test's entry in a table of the current page. */
	const row = (page: Page) => page.locator('tbody tr', { hasText: description });

	it('shows the advisor’s workspace on the start page', async () => {
		await advisor.goto(url('/app'));
		for (const name of ['Mein Arbeitsbereich', 'Meine Beratungen', 'Offene Maßnahmen', 'Neueste Nachrichten']) {
			expect(await advisor.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
		}
		expect(await advisor.getByRole('heading', { name: /^Anfragen, die auf Ihre Antwort warten/ }).count()).toBe(1);
		// The demo advisor accompanies Köln; its open measures and their overdue marks are listed.
		expect(await advisor.locator('section', { has: advisor.getByRole('heading', { name: 'Meine Beratungen' }) }).getByText('Köln').count()).toBeGreaterThan(0);
		expect(await advisor.getByText('Erstes Netzwerktreffen Diaspora und Städtepartnerschaften').count()).toBeGreaterThan(0);
		await expectNoAxeViolations(advisor);
		// Other roles see their start page as before.
		await coordinator.goto(url('/app'));
		expect(await coordinator.getByRole('heading', { name: 'Mein Arbeitsbereich' }).count()).toBe(0);
	});

	it('refuses 25 hours at the field, then records a valid entry with a PDF receipt', async () => {
		await advisor.goto(url('/app/zeiten'));
		expect(await advisor.locator('h1').textContent()).toBe('Zeiten und Auslagen');
		await expectNoAxeViolations(advisor);
		const koeln = await advisor.locator('#consultationId option', { hasText: 'Köln' }).first().getAttribute('value');
		await advisor.locator('#consultationId').selectOption(koeln!);
		await advisor.getByLabel('Stunden', { exact: true }).fill('25');
		await advisor.getByLabel('Tätigkeit', { exact: true }).selectOption('session');
		await advisor.getByLabel('Beschreibung (optional)').fill(description);
		await advisor.getByRole('button', { name: 'Eintrag speichern und einreichen' }).click();
		await advisor.locator('#hours-error').waitFor();
		expect(await advisor.locator('#hours-error').textContent()).toContain('Ein Tag hat höchstens 24 Stunden');
		expect(await advisor.getByLabel('Beschreibung (optional)').inputValue()).toBe(description);
		await expectNoAxeViolations(advisor);

		await advisor.getByLabel('Stunden', { exact: true }).fill('2,5');
		await advisor.getByLabel('Gefahrene Kilometer (optional)').fill('2500');
		await advisor.getByRole('button', { name: 'Eintrag speichern und einreichen' }).click();
		await advisor.locator('#kilometres-error').waitFor();
		expect(await advisor.locator('#kilometres-error').textContent()).toContain('höchstens 2.000 Kilometer');

		await advisor.getByLabel('Gefahrene Kilometer (optional)').fill('24');
		await advisor.getByLabel('Auslagen in Euro (optional)').fill('3,20');
		await advisor.getByLabel('Beleg (optional)').setInputFiles({ name: 'Fahrkarte.pdf', mimeType: 'application/pdf', buffer: pdf });
		await Promise.all([advisor.waitForURL(/\/app\/zeiten\?monat=\d{4}-\d{2}&erfasst=1$/), advisor.getByRole('button', { name: 'Eintrag speichern und einreichen' }).click()]);
		await advisor.getByText('Der Eintrag wurde gespeichert und zur Prüfung eingereicht.').waitFor();
		expect(await row(advisor).getByText('Eingereicht, Prüfung offen').count()).toBe(1);
		expect(await row(advisor).textContent()).toContain('2,5 Std.');
		const receipt = await row(advisor).getByRole('link', { name: /^Beleg/ }).getAttribute('href');
		const download = await advisor.request.get(url(receipt!));
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toBe('application/pdf');
		entryPath = (await row(advisor).getByRole('link', { name: /bearbeiten$/ }).getAttribute('href'))!;
		expect(entryPath).toMatch(/\/app\/zeiten\/[0-9a-f-]{36}$/);
		await expectNoAxeViolations(advisor);
	});

	it('lets the coordinator reject it with a reason; the advisor sees the reason and corrects it', async () => {
		// The demo advisor reads notices in the daily digest, so the reason is checked on the page (mails: unit tests).
		await coordinator.goto(url('/app/zeiten/pruefen'));
		await expectNoAxeViolations(coordinator);
		await Promise.all([coordinator.waitForURL(/ablehnen=/), row(coordinator).getByRole('link', { name: /zurückweisen$/ }).click()]);
		await expectNoAxeViolations(coordinator);
		await coordinator.getByRole('button', { name: 'Eintrag zurückweisen' }).click();
		await coordinator.locator('#reason-error').waitFor();
		await expectNoAxeViolations(coordinator);
		await coordinator.getByLabel('Begründung der Zurückweisung').fill(reason);
		await coordinator.getByRole('button', { name: 'Eintrag zurückweisen' }).click();
		await coordinator.getByText('Der Eintrag wurde zurückgewiesen.', { exact: false }).waitFor();

		await advisor.goto(url('/app/zeiten'));
		expect(await row(advisor).getByText('Zurückgewiesen').count()).toBe(1);
		expect(await row(advisor).textContent()).toContain(reason);
		await advisor.goto(url(entryPath));
		expect(await advisor.getByText(reason).count()).toBe(1);
		await expectNoAxeViolations(advisor);
		await advisor.getByLabel('Stunden', { exact: true }).fill('2');
		await advisor.getByRole('button', { name: 'Änderungen speichern und einreichen' }).click();
		await advisor.getByText('Die Änderungen wurden gespeichert.', { exact: false }).waitFor();
		expect(await advisor.getByText('Eingereicht, Prüfung offen').count()).toBe(1);
	});

	it('lets the coordinator approve it; the advisor can no longer change it, not even by a forged form', async () => {
		await coordinator.goto(url('/app/zeiten/pruefen'));
		await row(coordinator).getByRole('button', { name: /freigeben$/ }).click();
		await coordinator.getByText('Der Eintrag wurde freigegeben.', { exact: false }).waitFor();
		const history = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: /^Entschieden im/ }) });
		expect(await history.locator('tbody tr', { hasText: 'Freigegeben' }).count()).toBeGreaterThan(0);
		await expectNoAxeViolations(coordinator);

		await advisor.goto(url(entryPath));
		expect(await advisor.getByRole('heading', { name: 'Eintrag bearbeiten' }).count()).toBe(0);
		expect(await advisor.getByRole('button', { name: 'Änderungen speichern und einreichen' }).count()).toBe(0);
		expect(await advisor.getByText('Freigegeben', { exact: true }).count()).toBe(1);
		await expectNoAxeViolations(advisor);
		await advisor.goto(url('/app/zeiten'));
		expect(await row(advisor).getByRole('link', { name: /bearbeiten$/ }).count()).toBe(0);

		const forged = await advisor.request.post(url(`${entryPath}?/update`), {
			headers: { origin: origin(), accept: 'text/html' },
			form: { version: '99', consultationId: '00000000-0000-4000-8000-000000000000', workDate: '2026-01-01', hours: '8', activity: 'other' }
		});
		expect(forged.status()).toBe(409);
		expect(await forged.text()).toContain('bereits freigegeben am');
		await advisor.goto(url(entryPath));
		expect(await advisor.getByText('2 Std.', { exact: true }).count()).toBe(1);
	});

	it('counts the approved entry in this month’s statement, whose PDF shows the hours and the total of the page', async () => {
		const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
		await advisor.goto(url(`/app/abrechnungen?monat=${month}`));
		const hours = ((await advisor.locator('[data-total="hours"]').textContent()) ?? '').trim();
		const total = ((await advisor.locator('[data-total="grand"]').textContent()) ?? '').trim();
		expect(Number(hours.replace(/\./g, '').replace(',', '.'))).toBeGreaterThanOrEqual(2);
		const href = await advisor.getByRole('link', { name: /als PDF herunterladen$/ }).getAttribute('href');
		const response = await advisor.request.get(url(href!));
		expect(response.status()).toBe(200);
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.body())), { mergePages: true });
		expect(text.replace(/\s+/g, ' ')).toContain(hours);
		expect(text.replace(/\s+/g, ' ')).toContain(total);
	});

	it('answers 404 to another advisor for the entry, its receipt and a consultation not theirs', async () => {
		const since = Date.now();
		const admin = await browser.page();
		await login(admin, DEMO.admin);
		await admin.goto(url('/app/admin/benutzer'));
		const email = `zweite-beraterin-${Date.now()}@example.org`;
		await admin.getByLabel('Name', { exact: true }).fill('Zweite Beraterin (E2E)');
		await admin.getByLabel('E-Mail-Adresse').fill(email);
		await admin.getByLabel('Berater*in').check();
		await admin.getByRole('button', { name: 'Einladung senden' }).click();
		await expect.poll(() => admin.getByText(`Die Einladung an ${email} ist versandt.`).count()).toBe(1);
		await admin.context().close();
		const link = (await waitForMailTo(email, since)).match(/https?:\/\/\S+\/passwort-neu\?token=[\w-]+/)![0];
		const other = await browser.page();
		await other.goto(link);
		await other.getByLabel('Neues Passwort', { exact: true }).fill('Ein sicherer Satz fuer die Zweite');
		await other.getByLabel('Neues Passwort wiederholen').fill('Ein sicherer Satz fuer die Zweite');
		await other.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect.poll(() => other.getByText('Ihr Passwort ist gespeichert').count()).toBe(1);
		await login(other, email, 'Ein sicherer Satz fuer die Zweite');

		await other.goto(url('/app'));
		expect(await other.getByText('Sie begleiten zurzeit keine laufende Beratung.').count()).toBe(1);
		await expectNoAxeViolations(other);
		expect((await other.goto(url(entryPath)))?.status()).toBe(404);
		expect((await other.request.get(url(`${entryPath}/beleg`))).status()).toBe(404);
		await other.goto(url('/app/zeiten'));
		expect(await other.getByText('Sie können Zeiten erfassen, sobald Sie bei einer Beratung zugesagt haben.').count()).toBe(1);
		await expectNoAxeViolations(other);

		// A consultation that is not theirs: 404 for the page and for recording time on it, nothing stored.
		// The demo's own consultations carry this year's numbers (the demo history has earlier years).
		const reference = `MG-${new Date().getFullYear()}-0002`;
		await coordinator.goto(url(`/app/beratungen?q=${reference}`));
		const href = await coordinator.getByRole('link', { name: reference, exact: true }).getAttribute('href');
		const foreign = /[0-9a-f-]{36}/.exec(href ?? '')![0];
		expect((await advisor.goto(url(`/app/beratungen/${foreign}`)))?.status()).toBe(404);
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
		const post = await advisor.request.post(url('/app/zeiten?/create'), {
			headers: { origin: origin(), accept: 'text/html' },
			form: { consultationId: foreign, workDate: today, hours: '1', activity: 'other', description: 'Fremde Beratung (E2E)' }
		});
		expect(post.status()).toBe(404);
		await advisor.goto(url('/app/zeiten'));
		expect(await advisor.getByText('Fremde Beratung (E2E)').count()).toBe(0);
		// Coordinators do not record time, and a municipality user may not open the review.
		expect((await coordinator.goto(url('/app/zeiten')))?.status()).toBe(403);
		await other.context().close();
	});
});
