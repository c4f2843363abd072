import MarkdownIt from 'markdown-it';

/**
 * Markdown of editable content (pages, case stories, events) as HTML. Raw HTML is never passed through (`html:
 * false` escapes it), and markdown-it's link validation leaves `javascript:`, `vbscript:`, `file:` and non-image
 * `data:` links as plain text. External links open in the same tab and carry no referrer.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_PROTOCOL = /^(https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i;

// A second guard beside markdown-it's own: only the protocols a public page needs.
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && (SAFE_PROTOCOL.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	const href = String(tokens[idx].attrGet('href') ?? '');
	if (/^https?:\/\//i.test(href)) tokens[idx].attrSet('rel', 'noopener noreferrer');
	tokens[idx].attrJoin('class', 'kern-link');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Headings in content start at h2: the page's own title is the only h1. */
md.core.ruler.push('shift_headings', (state) => {
	for (const token of state.tokens) {
		if ((token.type === 'heading_open' || token.type === 'heading_close') && token.tag === 'h1') token.tag = 'h2';
	}
});

export function renderMarkdown(source: string): string {
	return md.render(source);
}

/** Plain text of a Markdown source, e.g. for descriptions, feeds and search snippets. */
export function markdownToText(source: string): string {
	return md
		.render(source)
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}
