/** better-auth endpoints reachable from outside: only the links we put into mails. Pure. */
export function isAllowedAuthPath(method: string, pathname: string): boolean {
	if (method !== 'GET') return false;
	return pathname === '/api/auth/magic-link/verify' || /^\/api\/auth\/reset-password\/[^/]+$/.test(pathname);
}
