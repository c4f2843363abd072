import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser, waitForMailTo } from './browser';

const suffix = randomBytes(3).toString('hex');
const TITLE = `Sprachcafé im Rathaus ${suffix}`;
const FIRST = `ayse-${suffix}@example.org`;
const SECOND = `olena-${suffix}@example.org`;
const berlinDate = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** Decodes one MIME part body (base64 or quoted-printable) to text. */
function decodePart(headers: string, body: string): string {
	if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
		return decodeURIComponent(body.replace(/%/g, '%25').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, '%$1'));
	}
	return body;
}

/** The text and the calendar attachment of a multipart mail, as a mail program would show them. */
function mailParts(raw: string): { text: string; calendar: string | null } {
	const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
	if (!boundary) return { text: raw, calendar: null };
	const parts = raw.split(`--${boundary}`).slice(1, -1).map((p) => {
		const split = p.search(/\r?\n\r?\n/);
		const headers = p.slice(0, split);
		return { headers, body: decodePart(headers, p.slice(split).trim()) };
	});
	return {
		text: parts.filter((p) => /content-type:\s*text\/plain/i.test(p.headers)).map((p) => p.body).join('\n'),
		calendar: parts.find((p) => /content-type:\s*text\/calendar/i.test(p.headers))?.body ?? null
	};
}

describe('events: organising, registering, waiting list, cancelling, feed', () => {
	const browser = useBrowser();
	let organiser: Page;
	let eventId = '';
	let slug = '';
	let cancelLink = '';

	beforeAll(async () => {
		organiser = await browser.page();
		await login(organiser, DEMO.municipality);
	});
	afterAll(async () => {
		await organiser?.context().close();
	});

	it('lets the demo municipality user create and publish an event for Bielefeld', async () => {
		await organiser.goto(url('/app/veranstaltungen'));
		await expectNoAxeViolations(organiser);
		await Promise.all([organiser.waitForURL(/\/app\/veranstaltungen\/neu/), organiser.getByRole('link', { name: 'Neue Veranstaltung' }).click()]);
		await expectNoAxeViolations(organiser);
		// End before start: refused at the field, the title stays.
		await organiser.getByLabel('Titel', { exact: true }).fill(TITLE);
		await organiser.getByLabel('Datum (Beginn)').fill(berlinDate(40));
		await organiser.getByLabel('Uhrzeit (Beginn)').fill('17:00');
		await organiser.getByLabel('Uhrzeit (Ende)').fill('16:00');
		await organiser.getByLabel('Ort und Adresse').fill('Altes Rathaus, Niederwall 25, 33602 Bielefeld');
		await organiser.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
		await organiser.getByText('Das Ende muss nach dem Beginn liegen.').first().waitFor();
		expect(await organiser.getByLabel('Titel', { exact: true }).inputValue()).toBe(TITLE);
		await expectNoAxeViolations(organiser);

		await organiser.getByLabel('Uhrzeit (Ende)').fill('19:00');
		await organiser.getByLabel('Beschreibung').fill('Deutsch üben bei Tee und Gebäck, mit dem **Afrika-Kulturforum**.\n\n<script>alert(1)</script>');
		await organiser.getByLabel('Plätze').fill('1');
		expect(await organiser.getByLabel('Kommune').inputValue()).toBe('05711000');
		await organiser.getByLabel(/Afrika-Kulturforum Bielefeld/).check();
		await Promise.all([organiser.waitForURL(/\/app\/veranstaltungen\/[0-9a-f-]{36}\?angelegt=1/), organiser.getByRole('button', { name: 'Als Entwurf anlegen' }).click()]);
		eventId = /veranstaltungen\/([0-9a-f-]{36})/.exec(organiser.url())![1];
		await expectNoAxeViolations(organiser);
		await organiser.getByRole('button', { name: 'Veröffentlichen' }).click();
		await organiser.getByText('Die Veranstaltung ist veröffentlicht.').waitFor();
		const publicLink = organiser.getByRole('link', { name: 'Öffentliche Seite ansehen' });
		slug = /\/veranstaltungen\/([a-z0-9-]+)$/.exec((await publicLink.getAttribute('href')) ?? '')![1];
		expect(slug).toMatch(/^sprachcafe-im-rathaus-/);
	});

	it('takes a registration without JavaScript and mails the cancellation link and the .ics', async () => {
		const context = await organiser.context().browser()!.newContext({ locale: 'de-DE', javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			// axe runs in the pages with JavaScript below: it cannot inject itself where scripts are off.
			await page.goto(url('/veranstaltungen'));
			const item = page.getByTestId('event-item').filter({ hasText: TITLE });
			expect(await item.textContent()).toContain('Noch 1 Platz frei');
			await Promise.all([page.waitForURL(new RegExp(`/veranstaltungen/${slug}$`)), item.getByRole('link', { name: TITLE }).click()]);
			// The description is rendered Markdown; the script tag is shown as text, not run.
			expect(await page.locator('[itemprop="description"] strong').textContent()).toBe('Afrika-Kulturforum');
			expect(await page.locator('[itemprop="description"] script').count()).toBe(0);
			expect(await page.locator('[itemtype="https://schema.org/Event"] [itemprop="startDate"]').getAttribute('content')).toMatch(/T16:00:00\.000Z$|T15:00:00\.000Z$/);
			expect(await page.getByRole('link', { name: 'Afrika-Kulturforum Bielefeld e. V.' }).getAttribute('href')).toMatch(/^\/vereine\/[0-9a-f-]{36}$/);
			expect(await page.getByText('30 Tage nach der Veranstaltung').count()).toBe(1);

			// Missing e-mail: the field says so, the name stays.
			await page.getByLabel('Name').fill('Ayşe Yılmaz');
			await page.getByRole('button', { name: 'Anmelden' }).click();
			await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein').first().waitFor();
			expect(await page.getByLabel('Name').inputValue()).toBe('Ayşe Yılmaz');

			const since = Date.now();
			await page.getByLabel('E-Mail-Adresse').fill(FIRST);
			await page.getByRole('button', { name: 'Anmelden' }).click();
			await page.getByTestId('registration-result').waitFor();
			expect(await page.getByTestId('registration-result').textContent()).toContain('Sie sind angemeldet');

			const { text, calendar } = mailParts(await waitForMailTo(FIRST, since));
			expect(text).toContain(TITLE);
			cancelLink = /https?:\/\/\S+\/veranstaltungen\/abmelden\/[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? '';
			expect(cancelLink).not.toBe('');
			expect(calendar).not.toBeNull();
			const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(calendar!)).getFirstSubcomponent('vevent')!);
			expect(vevent.uid).toBe(`${eventId}@miglobe`);
			expect(vevent.summary).toBe(TITLE);
			expect(vevent.location).toContain('Niederwall 25');
		} finally {
			await context.close();
		}
	});

	it('puts the next person on the waiting list (with JavaScript) and refuses the same address twice', async () => {
		const page = await browser.page();
		try {
			await page.goto(url(`/veranstaltungen/${slug}`));
			expect(await page.getByText('Ausgebucht – Warteliste').count()).toBe(1);
			await expectNoAxeViolations(page);
			const since = Date.now();
			await page.getByLabel('Name').fill('Olena Kowalenko');
			await page.getByLabel('E-Mail-Adresse').fill(SECOND);
			await page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
			await page.getByText('Sie stehen auf der Warteliste').waitFor();
			await expectNoAxeViolations(page);
			const waiting = mailParts(await waitForMailTo(SECOND, since));
			expect(waiting.text).toContain('Warteliste');
			expect(waiting.calendar).toBeNull();

			await page.goto(url(`/veranstaltungen/${slug}`));
			await page.getByLabel('Name').fill('Ayşe Yılmaz');
			await page.getByLabel('E-Mail-Adresse').fill(FIRST.toUpperCase());
			await page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
			await page.getByText('schon angemeldet').waitFor();
		} finally {
			await page.context().close();
		}
	});

	it('cancels by link only after the button, and moves the waiting person up with a mail', async () => {
		const page = await browser.page();
		try {
			await page.goto(cancelLink);
			await expectNoAxeViolations(page);
			expect(await page.getByText(`Möchten Sie Ihre Anmeldung für „${TITLE}“`).count()).toBe(1);
			// Opening the link changed nothing: the organiser still sees the seat taken.
			await organiser.goto(url(`/app/veranstaltungen/${eventId}`));
			expect(await organiser.locator('table').first().textContent()).toContain(FIRST);

			const since = Date.now();
			await page.getByRole('button', { name: 'Ja, Anmeldung stornieren' }).click();
			await page.getByText('Ihre Anmeldung ist storniert.').waitFor();
			const promoted = mailParts(await waitForMailTo(SECOND, since, 20_000, /content-type: text\/calendar/i));
			expect(promoted.text).toContain('Sie sind von der Warteliste nachgerückt');
			expect(promoted.text).toMatch(/\/veranstaltungen\/abmelden\/[A-Za-z0-9_-]{43}/);
			expect(promoted.calendar).toContain(`UID:${eventId}@miglobe`);

			await organiser.goto(url(`/app/veranstaltungen/${eventId}`));
			expect(await organiser.locator('table').first().textContent()).toContain(SECOND);
			await expectNoAxeViolations(organiser);

			await page.goto(cancelLink);
			await page.getByText('Diese Anmeldung ist bereits storniert.').waitFor();
			const unknown = await page.goto(url(`/veranstaltungen/abmelden/${'A'.repeat(43)}`));
			expect(unknown?.status()).toBe(404);
			expect(await page.locator('h1').textContent()).toBe('Dieser Link ist ungültig');
			await expectNoAxeViolations(page);
		} finally {
			await page.context().close();
		}
	});

	it('publishes the event in the iCalendar feed and per event, and shows the archive', async () => {
		const feed = await fetch(url('/veranstaltungen/feed.ics'));
		expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
		const body = await feed.text();
		const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.find((e) => e.uid === `${eventId}@miglobe`)?.summary).toBe(TITLE);
		expect(body).not.toContain(FIRST);
		expect(body).not.toContain('konferenz.example.org');
		expect(events.some((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);

		const single = await fetch(url(`/veranstaltungen/${slug}/termin.ics`));
		expect(single.headers.get('content-type')).toMatch(/^text\/calendar/);
		expect(new ICAL.Component(ICAL.parse(await single.text())).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(`${eventId}@miglobe`);

		const page = await browser.page();
		try {
			await page.goto(url('/veranstaltungen'));
			await expectNoAxeViolations(page);
			await page.goto(url('/veranstaltungen/archiv'));
			await expectNoAxeViolations(page);
			expect(await page.getByTestId('event-item').count()).toBeGreaterThan(0);
			await page.goto(url('/en/veranstaltungen'));
			await expectNoAxeViolations(page);
		} finally {
			await page.context().close();
		}
	});
});
