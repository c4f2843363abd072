import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, url, useBrowser } from './browser';

const PUBLIC_PAGES = [
	'/',
	'/angebot',
	'/ueber-miglobe',
	'/kontakt',
	'/impressum',
	'/datenschutz',
	'/barrierefreiheit',
	'/leichte-sprache',
	'/anmelden',
	'/anmelden/link',
	'/passwort-vergessen',
	'/passwort-neu?token=abc'
];

describe('public pages', () => {
	const browser = useBrowser();

	for (const locale of ['de', 'en'] as const) {
		for (const path of PUBLIC_PAGES) {
			const href = locale === 'de' ? path : `/en${path === '/' ? '' : path}`;
			it(`${href} renders in ${locale} with one h1, a skip link and no axe violations`, async () => {
				const page = await browser.page();
				const response = await page.goto(url(href));
				expect(response?.status()).toBe(200);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				await expect.poll(() => page.locator('h1').count()).toBe(1);
				expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');
				await expectNoAxeViolations(page);
				await page.context().close();
			});
		}
	}

	it('shows the German start page with the offer, three example requests and the call to request', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		await expect.poll(() => page.locator('h1').textContent()).toContain('Interkulturell gestalten');
		expect(await page.getByRole('heading', { name: 'Wobei wir Sie begleiten' }).count()).toBe(1);
		expect(await page.locator('#examples ~ ul li, section[aria-labelledby="examples"] li').count()).toBe(3);
		expect(await page.getByRole('link', { name: 'Beratung anfragen' }).count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('renders the 404 page in the design with a way home and no axe violations', async () => {
		const page = await browser.page();
		const response = await page.goto(url('/gibt-es-nicht'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toContain('Seite nicht gefunden');
		expect(await page.getByRole('link', { name: 'Zur Startseite' }).count()).toBe(1);
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	it('switches language on every page and keeps the path', async () => {
		const page = await browser.page();
		await page.goto(url('/angebot'));
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/\/en\/angebot$/);
		expect(await page.locator('h1').textContent()).toBe('What we offer');
		await page.getByRole('link', { name: 'Deutsch' }).click();
		await page.waitForURL(/\/angebot$/);
		expect(await page.locator('h1').textContent()).toBe('Unser Angebot');
		await page.context().close();
	});

	it('sends security headers and a CSP without unsafe-inline scripts', async () => {
		const res = await fetch(url('/'));
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(res.headers.get('permissions-policy')).toContain('camera=()');
	});

	it('answers /healthz and /readyz', async () => {
		expect((await fetch(url('/healthz'))).status).toBe(200);
		const ready = await fetch(url('/readyz'));
		expect(ready.status).toBe(200);
		expect(await ready.json()).toMatchObject({ status: 'ready', upToDate: true });
	});

	it('loads nothing from third parties', async () => {
		const page = await browser.page();
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(url(''))) foreign.push(r.url());
		});
		for (const p of ['/', '/kontakt', '/barrierefreiheit']) await page.goto(url(p), { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		await page.context().close();
	});
});
