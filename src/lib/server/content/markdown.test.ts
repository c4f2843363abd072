import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders headings (shifted below the page title), lists, emphasis and safe links', () => {
		const html = renderMarkdown('# Ziele\n\n- **Faire** Beschaffung\n\n[Kontakt](/kontakt) und [Land](https://www.land.nrw)');
		expect(html).toContain('<h2>Ziele</h2>');
		expect(html).toContain('<li><strong>Faire</strong> Beschaffung</li>');
		expect(html).toContain('<a href="/kontakt" class="kern-link">Kontakt</a>');
		expect(html).toContain('href="https://www.land.nrw" rel="noopener noreferrer" class="kern-link"');
	});

	it('escapes raw HTML, so a script tag or an event handler stays inert text', () => {
		const html = renderMarkdown('Hallo <script>alert(1)</script> <img src=x onerror="alert(2)">');
		expect(html).not.toMatch(/<script|<img/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd'])(
		'leaves the unsafe link %s without an href',
		(url) => {
			const html = renderMarkdown(`[klick](${url})`);
			expect(html).not.toContain('href=');
		}
	);

	it('keeps mailto and tel links', () => {
		expect(renderMarkdown('[Mail](mailto:info@miglobe.de)')).toContain('href="mailto:info@miglobe.de"');
		expect(renderMarkdown('[Telefon](tel:+4921112345)')).toContain('href="tel:+4921112345"');
	});
});

describe('markdownToText', () => {
	it('strips the markup and decodes entities', () => {
		expect(markdownToText('## Fairer Handel\n\n**Köln & Bonn** <b>')).toBe('Fairer Handel Köln & Bonn <b>');
	});
});
