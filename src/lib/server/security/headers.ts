/**
 * Response headers of every page. The Content-Security-Policy itself comes from SvelteKit's
 * CSP support (svelte.config.js), which hashes its own inline scripts.
 */
export function securityHeaders(https: boolean): Record<string, string> {
	const h: Record<string, string> = {
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		'Cross-Origin-Opener-Policy': 'same-origin'
	};
	if (https) h['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
	return h;
}
