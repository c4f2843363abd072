import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, url, useBrowser, waitForMailTo } from './browser';

const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
const prefix = (locale: string) => (locale === 'de' ? '' : `/${locale}`);
const unique = () => Math.random().toString(36).slice(2, 8);
const h1 = async (page: Page) => (await page.locator('h1').first().textContent())?.trim() ?? '';

describe('the public site in five languages', () => {
	const browser = useBrowser();

	it('serves the start page and the request form in every language, right to left in Arabic, without axe findings', async () => {
		const page = await browser.page();
		const titles: Record<string, string[]> = {};
		for (const locale of LOCALES) {
			for (const path of ['/', '/anfrage']) {
				const response = await page.goto(url(`${prefix(locale)}${path}`));
				expect(response?.status(), `${locale} ${path}`).toBe(200);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
				await expectNoAxeViolations(page);
				(titles[path] ??= []).push(await h1(page));
			}
		}
		// Each language has its own heading: nothing falls back to German on these pages.
		for (const path of ['/', '/anfrage']) expect(new Set(titles[path]).size, path).toBe(LOCALES.length);
		await page.context().close();
	});

	it('lays Arabic out from right to left in the browser', async () => {
		const page = await browser.page();
		await page.goto(url('/ar/'));
		expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
		// The main navigation runs from right to left: its first item stands to the right of its second.
		const items = page.locator('nav.site-nav li');
		const [first, second] = [await items.nth(0).boundingBox(), await items.nth(1).boundingBox()];
		expect(first!.x).toBeGreaterThan(second!.x);
		await page.goto(url('/en/'));
		const [firstEn, secondEn] = [await items.nth(0).boundingBox(), await items.nth(1).boundingBox()];
		expect(firstEn!.x).toBeLessThan(secondEn!.x);
		await page.context().close();
	});

	it('links the language versions with hreflang and a canonical address', async () => {
		const page = await browser.page();
		await page.goto(url('/tr/anfrage'));
		const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
			Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]))
		);
		expect(alternates).toEqual({ de: '/anfrage', en: '/en/anfrage', tr: '/tr/anfrage', ar: '/ar/anfrage', uk: '/uk/anfrage', 'x-default': '/anfrage' });
		expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe('/tr/anfrage');
		expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('tr_TR');
		expect(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).host).toBe(new URL(url('/')).host);
		await page.context().close();
	});

	it('switches the language on every page, remembers the choice, and never guesses from the browser', async () => {
		// A browser that prefers Ukrainian still gets German at a German address.
		const first = await browser.page();
		const context = await first.context().browser()!.newContext({ locale: 'uk-UA', extraHTTPHeaders: { 'Accept-Language': 'uk-UA,uk;q=0.9' } });
		await first.context().close();
		const page = await context.newPage();
		await page.goto(url('/angebot'));
		expect(await page.locator('html').getAttribute('lang')).toBe('de');

		await Promise.all([page.waitForURL(/\/tr\/angebot$/), page.getByRole('link', { name: 'Türkçe' }).click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('tr');
		// Coming back to the home page later: Turkish, as chosen.
		await page.goto(url('/'));
		expect(new URL(page.url()).pathname).toBe('/tr');
		// A German address other than the home page is still German: the URL wins.
		await page.goto(url('/kontakt'));
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
		// Choosing German again is remembered as well.
		await page.goto(url('/tr/kontakt'));
		await Promise.all([page.waitForURL((u) => u.pathname === '/kontakt'), page.getByRole('link', { name: 'Deutsch' }).click()]);
		await page.goto(url('/'));
		expect(new URL(page.url()).pathname).toBe('/');
		await context.close();
	});

	it('keeps the back office in German and English', async () => {
		const page = await browser.page();
		const response = await page.request.get(url('/ar/app'), { maxRedirects: 0 });
		expect(response.status()).toBe(307);
		expect(response.headers().location).toBe('/app');
		await page.goto(url('/anmelden'));
		expect(await page.locator('nav[aria-label] a[hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))).toEqual(['en', 'tr', 'ar', 'uk']);
		await page.context().close();
	});

	it('takes a request in Turkish and confirms it by mail in Turkish with a Turkish status link', async () => {
		const page = await browser.page();
		await page.goto(url('/tr/anfrage'));
		await page.locator('#client').selectOption('05358');
		await page.locator('[name="contactName"]').fill('Ayşe Yılmaz');
		await page.locator('[name="contactFunction"]').fill('Uyum Koordinatörü');
		const email = `tr-${unique()}@example.org`;
		await page.locator('[name="contactEmail"]').fill(email);
		await page.locator('[name="topics"]').first().check();
		await page.locator('[name="concern"]').fill('Göçmen derneklerini kalıcı olarak katılımcı yapmak istiyoruz.');
		await page.locator('#consentProcessing').check();
		const since = Date.now();
		await Promise.all([page.waitForURL(/\/tr\/anfrage\/danke\?ref=MG-\d{4}-\d{4}/), page.locator('form[method="POST"] button[type="submit"]').last().click()]);
		await expectNoAxeViolations(page);
		const mail = await waitForMailTo(email, since);
		const link = /https?:\/\/\S+\/tr\/anfrage\/status\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0];
		expect(link).toBeTruthy();
		// The mail speaks Turkish: it is not the German confirmation text.
		expect(mail).not.toContain('vielen Dank für Ihre Anfrage');
		await page.goto(link!);
		expect(await page.locator('html').getAttribute('lang')).toBe('tr');
		await expectNoAxeViolations(page);
		await page.context().close();
	});
});
