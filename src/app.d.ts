import type { Role } from '$lib/roles';

declare global {
	namespace App {
		interface Locals {
			user: { id: string; name: string; email: string } | null;
			sessionId: string | null;
			roles: Role[];
		}
		interface Error {
			message: string;
			errorId?: string;
		}
	}
}

export {};
