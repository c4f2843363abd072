import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'MiGlobe-Demo-2026';
export const DEMO = {
	admin: 'admin@demo.miglobe.de',
	coordinator: 'koordination@demo.miglobe.de',
	advisor: 'beratung@demo.miglobe.de',
	municipality: 'kommune@demo.miglobe.de',
	organisation: 'verein@demo.miglobe.de'
} as const;

export const url = (p: string) => inject('baseUrl') + p;

/**
 * Records every request a page makes to a host other than the platform's own (issue #6: no request to any third
 * party). data: and blob: URLs stay inside the page and are not requests to anyone.
 */
function watchForeignRequests(context: BrowserContext, foreign: string[]) {
	const own = new URL(inject('baseUrl')).host;
	context.on('request', (request) => {
		const target = new URL(request.url());
		if (['http:', 'https:', 'ws:', 'wss:'].includes(target.protocol) && target.host !== own) foreign.push(`${request.url()} (from ${request.frame().url()})`);
	});
}

/**
 * One Debian chromium per test file; the Playwright browser download does not work here. Every context made from
 * it, also by `page.context().browser()!.newContext(…)` in a test, is watched for third-party requests, and each
 * test fails if its pages made one.
 */
export function useBrowser() {
	let browser: Browser;
	const foreign: string[] = [];
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		});
		const newContext = browser.newContext.bind(browser);
		browser.newContext = async (options) => {
			const context = await newContext(options);
			watchForeignRequests(context, foreign);
			return context;
		};
	});
	afterEach(() => {
		const seen = foreign.splice(0);
		expect(seen, 'requests to hosts other than the platform').toEqual([]);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		async page(): Promise<Page> {
			const context = await browser.newContext({ locale: 'de-DE' });
			return context.newPage();
		}
	};
}

/** WCAG 2.1 A and AA rules of axe-core; a page passes with zero violations. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto(url('/anmelden'));
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await Promise.all([page.waitForURL(/\/app/), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

/**
 * Headers plus the decoded text body of an .eml file. Nodemailer picks quoted-printable or base64 by content,
 * so a test must decode both to find the links.
 */
function decodeMail(raw: string): string {
	const split = raw.search(/\r?\n\r?\n/);
	const headers = raw.slice(0, split);
	const body = raw.slice(split).trim();
	if (/^content-transfer-encoding:\s*base64/im.test(headers)) {
		return `${headers}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
	}
	if (/^content-transfer-encoding:\s*quoted-printable/im.test(headers)) {
		// Keep literal % signs, then turn =XX octets into %XX so that decodeURIComponent reassembles UTF-8.
		const bytes = body.replace(/%/g, '%25').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, '%$1');
		return `${headers}\n\n${decodeURIComponent(bytes)}`;
	}
	return raw;
}

/** Only the To header counts: other mails (e.g. the coordination's notice) may quote the address in their text. */
function isAddressedTo(raw: string, recipient: string): boolean {
	const headers = raw.slice(0, raw.search(/\r?\n\r?\n/));
	return headers.split(/\r?\n/).some((line) => /^to:/i.test(line) && line.toLowerCase().includes(recipient.toLowerCase()));
}

/** Mails written by the file transport to DATA_DIR/mail, newest last, decoded enough to find links. */
function mailsTo(recipient: string, since: number): string[] {
	const dir = path.join(inject('e2eDataDir'), 'mail');
	let files: string[];
	try {
		files = readdirSync(dir).map((f) => path.join(dir, f));
	} catch {
		return [];
	}
	return files
		.map((f) => ({ mtime: statSync(f).mtimeMs, text: readFileSync(f, 'utf8') }))
		.filter((m) => m.mtime >= since && isAddressedTo(m.text, recipient))
		.sort((a, b) => a.mtime - b.mtime)
		.map((m) => decodeMail(m.text));
}

/** The newest mail to `recipient` since `since`; with `pattern`, the newest one whose decoded text matches it. */
export async function waitForMailTo(recipient: string, since: number, timeoutMs = 20_000, pattern?: RegExp): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const mail = mailsTo(recipient, since)
			.filter((m) => !pattern || pattern.test(m))
			.at(-1);
		if (mail) return mail;
		if (Date.now() > deadline) throw new Error(`No mail to ${recipient}${pattern ? ` matching ${pattern}` : ''}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}
