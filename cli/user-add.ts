import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { openAppContext } from '../src/lib/server/app-context';
import { ROLES, type Role } from '../src/lib/roles';
import { user, userRole } from '../src/lib/server/db/schema';
import { createInvitedUser } from '../src/lib/server/users/invite-user';
import { createJobHandlers } from '../src/lib/server/jobs/handlers';
import { runDueJobs } from '../src/lib/server/jobs/runner';
import { recordAudit } from '../src/lib/server/audit/record-audit';
import type { Command } from './commands';

const input = z.object({
	email: z.string().trim().toLowerCase().pipe(z.email()),
	roles: z.array(z.enum(ROLES)).min(1),
	name: z.string().trim().min(2).max(120)
});

export const userAddCommand: Command = {
	summary: 'Create an account (or add roles to an existing one) and send the invitation mail.',
	usage: 'user:add --email E --role R [--role R2] [--name N]',
	options: { email: { type: 'string' }, role: { type: 'string', multiple: true }, name: { type: 'string' } },
	async run(config, values) {
		const email = String(values.email ?? '');
		const parsed = input.safeParse({
			email,
			roles: (values.role as string[] | undefined) ?? [],
			name: (values.name as string | undefined) ?? email.split('@')[0]
		});
		if (!parsed.success) {
			const field = String(parsed.error.issues[0]?.path[0] ?? '');
			const why =
				field === 'roles'
					? `--role must be one of: ${ROLES.join(', ')}`
					: field === 'email'
						? '--email must be a valid email address'
						: '--name must be 2 to 120 characters';
			process.stderr.write(`${why}.\n`);
			return 2;
		}
		const { roles, name } = parsed.data;
		const ctx = await openAppContext(config, { migrate: true });
		try {
			const db = ctx.database.db;
			const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, parsed.data.email));
			if (existing) {
				await db
					.insert(userRole)
					.values(roles.map((role: Role) => ({ userId: existing.id, role })))
					.onConflictDoNothing();
				await recordAudit(db, { actorId: null, action: 'user.roles.add', targetType: 'user', targetId: existing.id, details: { roles } });
				process.stdout.write(`Account ${parsed.data.email} exists; roles now include ${roles.join(', ')}.\n`);
				return 0;
			}
			await createInvitedUser(db, { name, email: parsed.data.email, roles }, null);
			await ctx.auth.api.requestPasswordReset({ body: { email: parsed.data.email, redirectTo: '/passwort-neu' } });
			const { handlers, onGiveUp } = createJobHandlers(config);
			await runDueJobs(db, handlers, { onGiveUp });
			const where = config.smtpUrl ? 'sent by SMTP' : `written to ${config.dataDir}/mail`;
			process.stdout.write(`Account ${parsed.data.email} created with roles ${roles.join(', ')}; invitation ${where}.\n`);
			return 0;
		} finally {
			await ctx.close();
		}
	}
};
