import { z } from 'zod';

/**
 * Operator settings shown on Kontakt, Impressum, Datenschutz and Barrierefreiheit.
 * Pure: schema and defaults only. Messages for the admin form are keyed by field name.
 */
const req = { error: 'text_required' };
const long = { error: 'text_too_long' };
const line = z.string(req).trim().max(300, long);
const text = z.string(req).trim().max(2000, long);
const email = z.string(req).trim().max(254, { error: 'email_invalid' }).pipe(z.email({ error: 'email_invalid' }));
const url = z.string(req).trim().max(500, { error: 'url_invalid' }).pipe(z.url({ protocol: /^https?$/, error: 'url_invalid' }));

export const settingsSchema = z.object({
	coordinationName: line.min(1, req),
	coordinationEmail: email,
	coordinationPhone: line,
	coordinationAddress: text.min(1, req),
	coordinationHours: line,
	operatorName: line.min(1, req),
	operatorAddress: text.min(1, req),
	operatorRepresentative: line.min(1, req),
	operatorRegister: line,
	operatorVatId: line,
	contentResponsible: line.min(1, req),
	privacyOfficer: text.min(1, req),
	supervisoryAuthority: text.min(1, req),
	conciliationBody: line.min(1, req),
	conciliationUrl: url,
	accessibilityReviewedOn: z.iso.date({ error: 'date_invalid' })
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
	coordinationName: 'Koordination MiGlobe NRW',
	coordinationEmail: 'miglobe@example.org',
	coordinationPhone: '+49 228 20717-0',
	coordinationAddress: 'Servicestelle Kommunen in der Einen Welt\nFriedrich-Ebert-Allee 40\n53113 Bonn',
	coordinationHours: 'Montag bis Donnerstag 9–16 Uhr, Freitag 9–13 Uhr',
	operatorName: 'Engagement Global gGmbH – Service für Entwicklungsinitiativen',
	operatorAddress: 'Friedrich-Ebert-Allee 40\n53113 Bonn',
	operatorRepresentative: 'die Geschäftsführung',
	operatorRegister: 'Amtsgericht Bonn, HRB 18317',
	operatorVatId: '',
	contentResponsible: 'Koordination MiGlobe NRW (Anschrift wie oben)',
	privacyOfficer: 'Datenschutzbeauftragte*r der Engagement Global gGmbH\nFriedrich-Ebert-Allee 40, 53113 Bonn\ndatenschutz@example.org',
	supervisoryAuthority:
		'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen\nKavalleriestraße 2–4, 40213 Düsseldorf',
	conciliationBody: 'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)',
	conciliationUrl: 'https://www.schlichtungsstelle-bgg.de',
	accessibilityReviewedOn: '2026-11-25'
};
