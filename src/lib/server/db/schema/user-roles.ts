import { pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../roles';
import { user } from './users';

export const roleEnum = pgEnum('role', ROLES);

/** The roles of DESIGN §2; a person may hold several. */
export const userRole = pgTable(
	'user_role',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: roleEnum('role').notNull(),
		grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
		grantedBy: text('granted_by')
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] })]
);
