import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

const DAY = 86_400_000;
/** A Berlin calendar date `days` from today, as the date input wants it (YYYY-MM-DD). */
const berlinDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * DAY));
const berlinWallClock = (d: Date) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

/**
 * Sessions of a consultation: the coordinator plans one for Bielefeld's fair-trade consultation (demo data,
 * state evaluation, the demo municipality user is a member), downloads it as .ics; the municipality user sees
 * it without the internal notes and subscribes to the personal calendar feed. Köln's consultation is not theirs.
 */
describe('sessions and calendars', () => {
	const browser = useBrowser();
	let coordinator: Page;
	let client: Page;
	let termine = '';
	let sessionPath = '';
	let koelnTermine = '';
	let koelnIcs = '';
	const title = `Workshop Fairer Markt ${Math.random().toString(36).slice(2, 7)}`;
	const date = berlinDate(10);

	beforeAll(async () => {
		coordinator = await browser.page();
		await login(coordinator, DEMO.coordinator);
	});
	afterAll(async () => {
		await coordinator?.context().close();
		await client?.context().close();
	});

	const consultationIn = async (page: Page, state: RegExp) => {
		await page.goto(url('/app/beratungen/board'));
		const section = page.locator('section', { has: page.getByRole('heading', { name: state }) });
		const href = await section.locator('a[href*="/app/beratungen/"]').first().getAttribute('href');
		return new URL(href!, url('/')).pathname;
	};

	it('refuses a date in the past at the field, then plans the session', async () => {
		termine = `${await consultationIn(coordinator, /^Auswertung/)}/termine`;
		const koeln = await consultationIn(coordinator, /^Im Dialog/);
		koelnTermine = `${koeln}/termine`;
		await coordinator.goto(url(koelnTermine));
		const koelnSession = await coordinator.locator('tbody a').first().getAttribute('href');
		koelnIcs = `${new URL(koelnSession!, url('/')).pathname}/termin.ics`;

		await coordinator.goto(url(termine));
		expect(await coordinator.getByRole('heading', { name: 'Vergangene Termine' }).count()).toBe(1);
		expect(await coordinator.getByText('Workshop: Planung des Fairen Marktes').count()).toBe(1);
		await expectNoAxeViolations(coordinator);

		await coordinator.getByLabel('Titel', { exact: true }).fill(title);
		await coordinator.getByLabel('Format', { exact: true }).selectOption('workshop');
		await coordinator.getByLabel('Datum', { exact: true }).fill(berlinDate(-1));
		await coordinator.getByLabel('Beginn (Uhrzeit)').fill('10:30');
		await coordinator.getByLabel('Dauer in Minuten').fill('150');
		await coordinator.getByLabel('Ort (Adresse und Raum)').fill('Welthaus Bielefeld, Saal');
		await coordinator.getByLabel('Notizen für alle Beteiligten').fill('Gemeinsame Notiz: Stände bis 9 Uhr aufbauen.');
		await coordinator.getByLabel('Interne Notizen').fill('Interne Notiz: Budget noch offen.');
		await coordinator.getByRole('button', { name: 'Termin anlegen' }).click();
		const fieldError = coordinator.locator('#date-error');
		await fieldError.waitFor();
		expect(await fieldError.textContent()).toContain('Datum und Uhrzeit liegen in der Vergangenheit');
		expect(await coordinator.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
		await expectNoAxeViolations(coordinator);

		await coordinator.getByLabel('Datum', { exact: true }).fill(date);
		await coordinator.getByRole('button', { name: 'Termin anlegen' }).click();
		await coordinator.getByText(`Der Termin „${title}“ wurde angelegt`).waitFor();
		await Promise.all([coordinator.waitForURL(/\/termine\/[0-9a-f-]{36}$/), coordinator.getByRole('link', { name: title }).first().click()]);
		sessionPath = new URL(coordinator.url()).pathname;
		expect(await coordinator.getByText('Interne Notiz: Budget noch offen.').count()).toBe(1);
		await expectNoAxeViolations(coordinator);
	});

	it('downloads the session as an .ics file that a calendar parser reads in Berlin time', async () => {
		const [download] = await Promise.all([
			coordinator.waitForEvent('download'),
			coordinator.getByRole('link', { name: 'Termin als Kalenderdatei (.ics) herunterladen' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`termin-${date}.ics`);
		const text = readFileSync((await download.path())!, 'utf8');
		const [event] = events(text);
		const sessionId = sessionPath.split('/').at(-1);
		expect(event.uid).toBe(`${sessionId}@miglobe`);
		expect(event.summary).toContain(title);
		expect(berlinWallClock(event.startDate.toJSDate())).toBe(`${date} 10:30`);
		expect(berlinWallClock(event.endDate.toJSDate())).toBe(`${date} 13:00`);
		expect(event.description).toContain('Stände bis 9 Uhr');
		expect(text).not.toContain('Budget noch offen');
	});

	it('shows the municipality user the shared notes but never the internal ones, and no edit form', async () => {
		client = await browser.page();
		await login(client, DEMO.municipality);
		await client.goto(url(termine));
		expect(await client.getByRole('link', { name: title }).count()).toBe(1);
		expect(await client.getByRole('button', { name: 'Termin anlegen' }).count()).toBe(0);
		await expectNoAxeViolations(client);
		await client.goto(url(sessionPath));
		expect(await client.getByText('Gemeinsame Notiz: Stände bis 9 Uhr aufbauen.').count()).toBe(1);
		expect(await client.content()).not.toContain('Budget noch offen');
		expect(await client.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);
		await expectNoAxeViolations(client);
		const ics = await client.request.get(url(`${sessionPath}/termin.ics`));
		expect(ics.status()).toBe(200);
		expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(await ics.text()).not.toContain('Budget noch offen');
	});

	it('creates a private feed URL that a calendar program can read without logging in; renewing stops the old one', async () => {
		await client.goto(url('/app/konto/kalender'));
		await expectNoAxeViolations(client);
		await client.getByRole('button', { name: 'Kalenderadresse erstellen' }).click();
		await client.getByText('Ihre neue Kalenderadresse wurde erstellt.').waitFor();
		await expectNoAxeViolations(client);
		const feedUrl = await client.getByLabel('Dieselbe Adresse als https-Link').inputValue();
		expect(await client.getByLabel('Adresse zum Abonnieren (webcal)').inputValue()).toBe(feedUrl.replace(/^https?:/, 'webcal:'));

		const feed = await fetch(feedUrl); // no cookie, like Outlook or Thunderbird
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(feed.headers.get('cache-control')).toContain('private');
		const text = await feed.text();
		const uids = events(text).map((e) => e.uid);
		expect(uids).toContain(`${sessionPath.split('/').at(-1)}@miglobe`);
		expect(text).not.toContain('Budget noch offen');
		expect(text).not.toContain('Diaspora'); // Köln's sessions are not this user's

		await client.getByRole('button', { name: 'Kalenderadresse erneuern' }).click();
		await client.getByText('Ihre neue Kalenderadresse wurde erstellt.').waitFor();
		expect(await client.getByLabel('Dieselbe Adresse als https-Link').inputValue()).not.toBe(feedUrl);
		expect((await fetch(feedUrl)).status).toBe(404);
	});

	it("answers 404 for another consultation's sessions page and its .ics file", async () => {
		const page = await client.goto(url(koelnTermine));
		expect(page?.status()).toBe(404);
		await expectNoAxeViolations(client);
		expect((await client.request.get(url(koelnIcs))).status()).toBe(404);
		// The coordinator may read it.
		expect((await coordinator.request.get(url(koelnIcs))).status()).toBe(200);
	});

	it('edits with field errors and a version check, then cancels the session', async () => {
		await coordinator.goto(url(sessionPath));
		const other = await coordinator.context().newPage();
		await other.goto(url(sessionPath));

		await coordinator.getByLabel('Titel', { exact: true }).fill('');
		await coordinator.getByLabel('Link zur Online-Teilnahme (optional)').fill('meet.example.org');
		await coordinator.getByRole('button', { name: 'Änderungen speichern' }).click();
		await coordinator.locator('#onlineUrl-error').waitFor();
		expect(await coordinator.locator('#title-error').count()).toBe(1);
		await expectNoAxeViolations(coordinator);
		await coordinator.getByLabel('Titel', { exact: true }).fill(`${title} (neu)`);
		await coordinator.getByLabel('Link zur Online-Teilnahme (optional)').fill('https://meet.example.org/fairer-markt');
		await coordinator.getByRole('button', { name: 'Änderungen speichern' }).click();
		await coordinator.getByText('Die Änderungen wurden gespeichert.').waitFor();

		// The second tab still shows the old version: its save is refused and keeps what was typed.
		await other.getByLabel('Anzahl der Teilnehmenden (optional)').fill('21');
		await other.getByRole('button', { name: 'Änderungen speichern' }).click();
		await other.getByText('Der Termin wurde inzwischen von jemand anderem geändert').waitFor();
		expect(await other.getByLabel('Anzahl der Teilnehmenden (optional)').inputValue()).toBe('21');
		await expectNoAxeViolations(other);
		await other.close();

		await coordinator.goto(url(sessionPath));
		expect(await coordinator.locator('h1').textContent()).toBe(`${title} (neu)`);
		await coordinator.getByRole('button', { name: 'Termin absagen' }).click();
		await coordinator.getByText('Der Termin wurde abgesagt.').waitFor();
		expect(await coordinator.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);
		await expectNoAxeViolations(coordinator);
		await coordinator.goto(url(termine));
		const row = coordinator.getByRole('row', { name: new RegExp(`${title} \\(neu\\)`) });
		expect(await row.getByText('Abgesagt').count()).toBe(1);
	});
});
