import type { Role } from '$lib/roles';

/** One demo account per role (DESIGN §2). Only ever created in demo mode. */
export const DEMO_PASSWORD = 'MiGlobe-Demo-2026';

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
	{ email: 'admin@demo.miglobe.de', name: 'Alex Admin', roles: ['admin'] },
	{ email: 'koordination@demo.miglobe.de', name: 'Dilara Yıldız', roles: ['coordinator'] },
	{ email: 'beratung@demo.miglobe.de', name: 'Samuel Mensah', roles: ['advisor'] },
	{ email: 'kommune@demo.miglobe.de', name: 'Petra Schulte (Stadt Bielefeld)', roles: ['municipality'] },
	{ email: 'verein@demo.miglobe.de', name: 'Olena Kovalenko (Ukrainischer Kulturverein Köln e. V.)', roles: ['organisation'] }
];
