/** The roles of DESIGN §2. Pure module: no I/O, safe to import anywhere. */
export const ROLES = ['municipality', 'advisor', 'organisation', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
	return wanted.some((r) => held.includes(r));
}
