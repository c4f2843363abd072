import { randomBytes } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

/**
 * The case library: a coordinator writes a story (with a script tag in the Markdown), adds an image, is refused
 * publishing without consent, records the written consent, publishes; the public pages, the feed and the open data
 * show it. One story with a unique word, so the test does not depend on the demo stories.
 */
describe('case stories', () => {
	const browser = useBrowser();
	let page: Page;
	const word = `Kolibri${randomBytes(3).toString('hex')}`;
	const title = `E2E-Beispiel ${word}: Fairer Handel im Siegerland`;
	let editPath = '';
	let slug = '';

	beforeAll(async () => {
		page = await browser.page();
		await login(page, DEMO.coordinator);
	});
	afterAll(async () => {
		await page?.context().close();
	});

	it('writes a story; the preview renders a script tag inert and saving keeps it inert', async () => {
		await page.goto(url('/app/beispiele'));
		expect(await page.locator('h1').textContent()).toContain('Beratungsbeispiele');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Neues Beratungsbeispiel' }).click();
		await page.waitForURL(/\/app\/beispiele\/neu$/);
		await expectNoAxeViolations(page);

		await page.getByLabel('Titel', { exact: true }).fill(title);
		await page.locator('#municipalityAgs').selectOption('05970040');
		await page.getByLabel('Jahr').fill('2025');
		await page.getByLabel('Faire Beschaffung und fairer Handel').check();
		await page.getByLabel('Anreißer').fill(`Der Weltladen und migrantische Vereine haben ${word} gemeinsam organisiert.`);
		await page.getByLabel('Text (Markdown)').fill(`## Ausgangslage\n\n<script>document.title = "gehackt"</script>\n\nSichtbarer Text über ${word}.`);
		await page.locator('#quoteText-0').fill('Wir machen weiter.');
		await page.locator('#quoteAttribution-0').fill('Weltladen Siegen');

		await Promise.all([page.waitForURL(/\?\/preview$/), page.getByRole('button', { name: 'Vorschau' }).click()]);
		const preview = page.getByTestId('case-preview');
		expect(await preview.locator('script').count()).toBe(0);
		expect(await preview.textContent()).toContain('<script>document.title = "gehackt"</script>');
		expect(await preview.textContent()).toContain(`Sichtbarer Text über ${word}.`);
		expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
		await expectNoAxeViolations(page);

		await Promise.all([page.waitForURL(/\/app\/beispiele\/[0-9a-f-]{36}\?angelegt$/), page.getByRole('button', { name: 'Speichern' }).click()]);
		editPath = new URL(page.url()).pathname;
		expect(await page.getByText('Das Beratungsbeispiel ist als Entwurf angelegt.').count()).toBe(1);
		expect(await page.locator('#quoteAttribution-0').inputValue()).toBe('Weltladen Siegen');
		await expectNoAxeViolations(page);
	});

	it('refuses an image without alt text at the field, then accepts it with one', async () => {
		await page.goto(url(`${editPath}/bilder`));
		await expectNoAxeViolations(page);
		const png = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#26bde2' } }).png().toBuffer();
		await page.getByLabel('Bilddatei').setInputFiles({ name: 'markt.png', mimeType: 'image/png', buffer: png });
		await page.getByRole('button', { name: 'Bild hochladen' }).click();
		await page.waitForSelector('#alt-error');
		expect(await page.locator('#alt').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#alt-error').textContent()).toContain('Bitte beschreiben Sie, was das Bild zeigt');
		await expectNoAxeViolations(page);

		await page.getByLabel('Bilddatei').setInputFiles({ name: 'markt.png', mimeType: 'image/png', buffer: png });
		await page.getByLabel('Alternativtext').fill('Blaue Fläche als Platzhalter für den Marktstand');
		await page.getByRole('button', { name: 'Bild hochladen' }).click();
		await page.getByText('Das Bild ist hochgeladen.').waitFor();
		expect(await page.locator('.images img').getAttribute('srcset')).toMatch(/\/beispiele\/bild\/[0-9a-f-]{36}\/480 480w, .*\/960 960w/);
	});

	it('refuses publishing without consent with the reason, then publishes with the recorded written consent', async () => {
		await page.goto(url(`${editPath}/status`));
		await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
		await page.getByText('Neuer Status: In Prüfung').waitFor();
		await page.getByRole('button', { name: 'Veröffentlichen' }).click();
		await page.getByText('Das Beratungsbeispiel kann noch nicht veröffentlicht werden:').waitFor();
		expect(await page.getByRole('alert').filter({ hasText: 'Es liegt keine Einwilligung der Kommune zur Veröffentlichung vor.' }).count()).toBe(1);
		await expectNoAxeViolations(page);

		await page.getByLabel('erteilt', { exact: true }).check();
		await page.getByLabel('Grundlage (Schreiben oder Formular)').fill('Schreiben der Universitätsstadt Siegen vom 01.09.2025');
		await page.getByRole('button', { name: 'Einwilligung erfassen' }).click();
		await page.getByText('Die schriftliche Einwilligung ist erfasst.').waitFor();
		await page.getByRole('button', { name: 'Veröffentlichen' }).click();
		await page.getByText('Neuer Status: Veröffentlicht').waitFor();
		await expectNoAxeViolations(page);
		const publicLink = page.getByRole('link', { name: 'Öffentliche Seite ansehen' });
		slug = ((await publicLink.getAttribute('href')) ?? '').split('/').pop() ?? '';
		expect(slug).toMatch(/^e2e-beispiel-kolibri/);
	});

	it('has accessible translation and history pages', async () => {
		await page.goto(url(`${editPath}/uebersetzung/en`));
		await expectNoAxeViolations(page);
		await page.goto(url(`${editPath}/versionen`));
		expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Fassung 1 ansehen' }).click();
		await page.waitForURL(/\/versionen\/1$/);
		await expectNoAxeViolations(page);
	});

	it('shows the published story on /beispiele with filters and the detail page inert and with microdata', async () => {
		await page.goto(url(`/beispiele?q=${word}&thema=fair-procurement&groesse=grossstadt&bezirk=059`));
		expect(await page.getByRole('status').textContent()).toContain('1 Beratungsbeispiel gefunden');
		expect(await page.getByRole('link', { name: title }).count()).toBe(1);
		await expectNoAxeViolations(page);
		await page.goto(url(`/beispiele?q=${word}&groesse=kleinstadt`));
		expect(await page.getByText('Zu diesen Filtern gibt es kein Beratungsbeispiel.').count()).toBe(1);
		await page.goto(url(`/beispiele?jahr=abc&sdg=99`));
		expect(await page.getByText('Einige Filterangaben in der Adresse waren ungültig').count()).toBe(1);

		await page.goto(url(`/beispiele/${slug}`));
		const article = page.getByTestId('case-article');
		expect(await article.getAttribute('itemtype')).toBe('https://schema.org/Article');
		expect(await article.locator('script').count()).toBe(0);
		expect(await article.textContent()).toContain('<script>document.title = "gehackt"</script>');
		expect(await page.title()).not.toContain('gehackt');
		expect(await article.locator('blockquote').textContent()).toContain('Wir machen weiter.');
		expect(await article.locator('img').getAttribute('alt')).toBe('Blaue Fläche als Platzhalter für den Marktstand');
		await expectNoAxeViolations(page);

		const image = await fetch(url(`/beispiele/bild/${(await article.locator('img').getAttribute('src'))!.split('/')[3]}/480`));
		expect(image.headers.get('content-type')).toBe('image/webp');
		expect(image.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('shows the German text with the fallback note on /en/beispiele', async () => {
		await page.goto(url(`/en/beispiele?q=${word}`));
		expect(await page.getByRole('link', { name: title }).count()).toBe(1);
		expect(await page.getByText('This content is not yet available in your language.').count()).toBe(1);
		await page.goto(url(`/en/beispiele/${slug}`));
		expect(await page.getByRole('note').textContent()).toContain('This content is not yet available in your language.');
		await expectNoAxeViolations(page);
	});

	it('lists the story in the Atom feed and the open data, which independent parsers read', async () => {
		const atom = await fetch(url('/beispiele/feed.atom'));
		expect(atom.headers.get('content-type')).toContain('application/atom+xml');
		const feed = parseFeed(await atom.text());
		expect(feed.items.some((i) => i.title === title && i.url?.endsWith(`/beispiele/${slug}`))).toBe(true);
		const enFeed = parseFeed(await (await fetch(url('/en/beispiele/feed.atom'))).text());
		expect(enFeed.items.find((i) => i.title === title)?.url).toMatch(new RegExp(`/en/beispiele/${slug}$`));

		const json = await fetch(url('/beispiele/offene-daten.json'));
		expect(json.headers.get('content-type')).toContain('application/json');
		const data = JSON.parse(await json.text());
		expect(data.license.url).toBe('https://creativecommons.org/licenses/by/4.0/');
		const item = data.items.find((i: { slug: string }) => i.slug === slug);
		expect(item).toMatchObject({ title, ags: '05970040', license: 'CC BY 4.0' });
		expect(JSON.stringify(data)).not.toContain('koordination@');

		const csv = await fetch(url('/beispiele/offene-daten.csv'));
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const rows = parseCsv(await csv.text(), { columns: true }) as Record<string, string>[];
		expect(rows.find((r) => r.slug === slug)).toMatchObject({ title, licenseUrl: 'https://creativecommons.org/licenses/by/4.0/' });
	});
});
