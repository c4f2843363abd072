import { z } from 'zod';
import { ROLES } from '$lib/roles';

/** Server-side validation of the admin user forms; messages are message keys resolved in the route. */
export const rolesField = z.array(z.enum(ROLES), { error: 'roles_required' }).min(1, { error: 'roles_required' });

export const inviteUserSchema = z.object({
	name: z.string().trim().min(2, { error: 'name_required' }).max(120, { error: 'name_too_long' }),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(254, { error: 'email_invalid' })
		.pipe(z.email({ error: 'email_invalid' })),
	roles: rolesField
});

export type InviteUserInput = z.infer<typeof inviteUserSchema>;
