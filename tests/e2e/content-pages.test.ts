import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, expectNoAxeViolations, login, url, useBrowser } from './browser';

const PUBLIC = [
	'/angebot',
	'/ueber-miglobe',
	'/faq',
	'/kontakt',
	'/leichte-sprache',
	'/leichte-sprache/angebot',
	'/leichte-sprache/anfrage',
	'/leichte-sprache/kontakt',
	'/gebaerdensprache',
	'/en/faq',
	'/en/leichte-sprache/anfrage',
	'/ar/gebaerdensprache',
	'/tr/faq'
];

/** A browser without JavaScript: the editor must work with plain form posts. */
async function noScriptPage(browser: ReturnType<typeof useBrowser>): Promise<Page> {
	const first = await browser.page();
	const context = await first.context().browser()!.newContext({ locale: 'de-DE', javaScriptEnabled: false });
	await first.context().close();
	return context.newPage();
}

describe('editable content pages', () => {
	const browser = useBrowser();

	for (const path of PUBLIC) {
		it(`${path} renders from the database with one h1 and no axe violations`, async () => {
			const page = await browser.page();
			const response = await page.goto(url(path));
			expect(response?.status()).toBe(200);
			await expect.poll(() => page.locator('h1').count()).toBe(1);
			expect((await page.locator('[data-testid="content-body"]').innerText()).length).toBeGreaterThan(50);
			if (path.includes('leichte-sprache')) expect(await page.locator('.content-page').getAttribute('lang')).toBe('de');
			await expectNoAxeViolations(page);
			await page.context().close();
		});
	}

	it('shows a server-rendered preview without JavaScript and keeps what was typed', async () => {
		const page = await noScriptPage(browser);
		await login(page, DEMO.coordinator);
		await page.goto(url('/app/inhalte/faq'));
		const body = `## Vorschau ohne Skript ${Date.now()}\n\n- Kosten\n- Dauer`;
		await page.getByLabel('Text (Markdown)').fill(body);
		await page.getByRole('button', { name: 'Vorschau' }).click();
		await page.waitForLoadState('load');
		const preview = page.locator('[data-testid="page-preview"]');
		expect(await preview.locator('h2', { hasText: 'Vorschau ohne Skript' }).count()).toBe(1);
		expect(await preview.locator('li').count()).toBe(2);
		expect(await page.getByLabel('Text (Markdown)').inputValue()).toBe(body);
		await page.goto(url('/faq'));
		expect(await page.locator('[data-testid="content-body"]').innerText()).not.toContain('Vorschau ohne Skript');
		await page.context().close();
	}, 120_000);

	it('a coordinator edits /angebot: preview, save, inert public page, revision history', async () => {
		const page = await browser.page();
		await login(page, DEMO.coordinator);
		await page.goto(url('/app/inhalte'));
		await expectNoAxeViolations(page);
		await Promise.all([page.waitForURL(/\/app\/inhalte\/angebot$/), page.getByRole('link', { name: 'Unser Angebot', exact: true }).click()]);
		await expectNoAxeViolations(page);

		const marker = `Stadtfest-Kooperation ${Date.now()}`;
		const body = `## ${marker}\n\nHallo <script>alert(1)</script> und <img src=x onerror=alert(1)> und [klick](javascript:alert(1)).`;
		await page.getByLabel('Text (Markdown)').fill(body);
		await page.getByRole('button', { name: 'Vorschau' }).click();
		await page.locator('[data-testid="page-preview"]').waitFor();
		const preview = page.locator('[data-testid="page-preview"]');
		expect(await preview.locator('h2', { hasText: marker }).count()).toBe(1);
		expect(await preview.locator('script, img').count()).toBe(0);
		expect(await page.getByLabel('Text (Markdown)').inputValue()).toBe(body);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Speichern' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Die Seite wurde gespeichert' }).count()).toBe(1);

		await page.goto(url('/angebot'));
		const content = page.locator('[data-testid="content-body"]');
		expect(await content.locator('h2', { hasText: marker }).count()).toBe(1);
		expect(await content.innerText()).toContain('<script>alert(1)</script>');
		expect(await content.innerText()).toContain('<img src=x onerror=alert(1)>');
		expect(await content.locator('script, img').count()).toBe(0);
		const hrefs = await content.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.some((h) => /^\s*javascript:/i.test(h))).toBe(false);
		expect(await page.getByRole('link', { name: 'Beratung anfragen' }).count()).toBeGreaterThan(0);

		await page.goto(url('/app/inhalte/angebot/versionen'));
		const first = page.locator('[data-testid="revisions"] tr').first();
		expect(await first.innerText()).toContain('Dilara Yıldız');
		expect(await first.innerText()).toContain('aktuelle Version');
		await expectNoAxeViolations(page);
		await Promise.all([page.waitForURL(/\/versionen\/\d+$/), first.getByRole('link').click()]);
		await page.locator('[data-testid="revision-body"]').waitFor();
		expect(await page.locator('[data-testid="revision-body"] h2', { hasText: marker }).count()).toBe(1);
		await expectNoAxeViolations(page);
		await page.context().close();
	}, 180_000);

	it('shows the English translation, and German with a note where Turkish is missing', async () => {
		const page = await browser.page();
		await page.goto(url('/en/angebot'));
		expect(await page.locator('h1').textContent()).toBe('What we offer');
		expect(await page.locator('[data-testid="translation-missing"]').count()).toBe(0);
		expect(await page.locator('[data-testid="content-body"]').innerText()).toContain('Who can apply');

		await page.goto(url('/tr/angebot'));
		expect(await page.locator('html').getAttribute('lang')).toBe('tr');
		expect(await page.locator('h1').textContent()).toBe('Unser Angebot');
		expect(await page.locator('h1').getAttribute('lang')).toBe('de');
		expect(await page.locator('[data-testid="translation-missing"]').isVisible()).toBe(true);
		expect(await page.locator('[data-testid="translation-missing"]').innerText()).toContain('Almanca');
		await page.context().close();
	});

	it('offers translation and history pages to coordinators and keeps others out', async () => {
		const page = await browser.page();
		await login(page, DEMO.coordinator);
		for (const path of ['/app/inhalte/faq/uebersetzung/en', '/app/inhalte/faq/uebersetzung/ar', '/app/inhalte/leichte-sprache']) {
			await page.goto(url(path));
			await expect.poll(() => page.locator('h1').count()).toBe(1);
			await expectNoAxeViolations(page);
		}
		expect(await page.getByLabel('Titel').inputValue()).toBe('Leichte Sprache');
		expect((await page.goto(url('/app/inhalte/leichte-sprache/uebersetzung/en')))?.status()).toBe(404);
		expect((await page.goto(url('/app/inhalte/gibt-es-nicht')))?.status()).toBe(404);
		await page.context().close();

		const advisor = await browser.page();
		await login(advisor, DEMO.advisor);
		expect((await advisor.goto(url('/app/inhalte')))?.status()).toBe(403);
		await advisor.context().close();
	});

	it('renders the sign-language slot text without a video', async () => {
		const page = await browser.page();
		await page.goto(url('/gebaerdensprache'));
		expect(await page.locator('h1').textContent()).toBe('Informationen in Deutscher Gebärdensprache');
		expect(await page.locator('[data-testid="content-body"]').innerText()).toContain('wird zurzeit produziert');
		expect(await page.locator('video').count()).toBe(0);
		expect((await fetch(url('/gebaerdensprache/video.mp4'))).status).toBe(404);
		await page.context().close();
	});

	it('serves a well-formed sitemap.xml with language alternates and a robots.txt that links it', async () => {
		const res = await fetch(url('/sitemap.xml'));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/xml');
		const xml = await res.text();
		const page = await browser.page();
		await page.goto(url('/'));
		const parsed = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'application/xml');
			const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
			return {
				error: doc.getElementsByTagName('parsererror').length,
				locs: [...doc.getElementsByTagNameNS(ns, 'loc')].map((n) => n.textContent ?? ''),
				alternates: [...doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].length
			};
		}, xml);
		await page.context().close();
		expect(parsed.error).toBe(0);
		const base = url('');
		expect(parsed.locs).toEqual(expect.arrayContaining([`${base}/angebot`, `${base}/en/faq`, `${base}/ar/gebaerdensprache`, `${base}/uk/kontakt`, `${base}/leichte-sprache/anfrage`]));
		expect(parsed.locs).not.toContain(`${base}/en/leichte-sprache`);
		expect(parsed.locs.some((l) => l.includes('/app'))).toBe(false);
		expect(parsed.alternates).toBeGreaterThan(0);

		const robots = await fetch(url('/robots.txt'));
		expect(robots.headers.get('content-type')).toContain('text/plain');
		const text = await robots.text();
		expect(text).toMatch(/^User-agent: \*$/m);
		for (const path of ['/app/', '/api/', '/anmelden', '/einladung/', '/kalender/', '/veranstaltungen/abmelden/', '/anfrage/status/']) expect(text).toContain(`Disallow: ${path}\n`);
		expect(text).toContain(`Sitemap: ${base}/sitemap.xml`);
	});
});
