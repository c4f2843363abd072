import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../db/client';
import { consultation, consultationDocument, user } from '../db/schema';
import { appendTimeline } from '../consultations/timeline';
import type { ConsultationState } from '../consultations/lifecycle';
import { buildSimplePdf } from '../documents/simple-pdf';
import { createFileStorage } from '../files/create-file-storage';

const COORDINATOR = 'koordination@demo.miglobe.de';
const ADVISOR = 'beratung@demo.miglobe.de';
const MUNICIPALITY_USER = 'kommune@demo.miglobe.de';

interface DemoDocument {
	ags: string;
	state: ConsultationState;
	fileName: string;
	title: string;
	visibility: 'all' | 'internal';
	uploader: string;
	mediaType: string;
	bytes: () => Promise<Buffer>;
}

/** A photo of a pin board with coloured cards, drawn without text so that no font is needed. */
async function pinBoardPhoto(): Promise<Buffer> {
	const colours = ['#f6d55c', '#3caea3', '#ed553b', '#20639b', '#f6d55c', '#3caea3', '#ed553b', '#20639b', '#f6d55c'];
	const cards = colours
		.map((c, i) => `<rect x="${40 + (i % 3) * 190}" y="${40 + Math.floor(i / 3) * 110}" width="160" height="80" rx="4" fill="${c}" transform="rotate(${(i % 2 ? 2 : -2)} ${120 + (i % 3) * 190} ${80 + Math.floor(i / 3) * 110})"/>`)
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="#c8a97e"/>${cards}</svg>`;
	return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

const pdf = (title: string, lines: string[]) => async () => buildSimplePdf(title, lines);

const DEMO: DemoDocument[] = [
	{
		ags: '05315000',
		state: 'in_dialogue',
		fileName: 'Protokoll Dialogforum Köln.pdf',
		title: 'Protokoll Dialogforum',
		visibility: 'all',
		uploader: ADVISOR,
		mediaType: 'application/pdf',
		bytes: pdf('Protokoll Dialogforum Köln', [
			'Ort: Historisches Rathaus, Spanischer Bau',
			'Teilnehmende: 18 (Verwaltung, Diaspora- und Partnerschaftsvereine)',
			'1. Erwartungen an ein Netzwerk der Städtepartnerschaften',
			'2. Ideen: gemeinsamer Stand beim Tag der Partnerschaften, Mentoring für Vereine',
			'3. Nächste Schritte: Netzwerktreffen im Frühjahr, Einladung durch die Stadt'
		])
	},
	{
		ags: '05711000',
		state: 'evaluation',
		fileName: 'Foto Stellwand Workshop.png',
		title: 'Foto Stellwand Workshop',
		visibility: 'all',
		uploader: ADVISOR,
		mediaType: 'image/png',
		bytes: pinBoardPhoto
	},
	{
		ags: '05711000',
		state: 'evaluation',
		fileName: 'Einladung Fairer Markt.pdf',
		title: 'Einladung zum Fairen Markt',
		visibility: 'all',
		uploader: MUNICIPALITY_USER,
		mediaType: 'application/pdf',
		bytes: pdf('Einladung zum Fairen Markt auf dem Jahnplatz', [
			'Die Fairtrade-Steuerungsgruppe lädt migrantische Händlerinnen, Händler und Vereine ein.',
			'Samstag, 10 bis 16 Uhr; Anmeldung beim Büro für Internationale Beziehungen.'
		])
	},
	{
		ags: '05711000',
		state: 'evaluation',
		fileName: 'Notizen Auswertung.txt',
		title: 'Notizen zur Auswertung (intern)',
		visibility: 'internal',
		uploader: COORDINATOR,
		mediaType: 'text/plain; charset=utf-8',
		bytes: async () =>
			Buffer.from('Auswertungsgespräch vorbereiten:\n- drei neue Mitglieder der Steuerungsgruppe bestätigen\n- Stunden der Beratung nachtragen\n', 'utf8')
	},
	{
		ags: '05515000',
		state: 'completed',
		fileName: 'Leitfaden interkulturelle Öffnung.pdf',
		title: 'Leitfaden interkulturelle Öffnung der Bürgerämter',
		visibility: 'all',
		uploader: ADVISOR,
		mediaType: 'application/pdf',
		bytes: pdf('Leitfaden interkulturelle Öffnung', ['Ergebnis der Beratung mit dem Amt für Mobilität und Internationales', 'Mehrsprachige Wegweiser, Sprechstunden mit Integrationsrat'])
	}
];

/**
 * Demo documents of the demo consultations, stored under dataDir/files through the storage interface.
 * Consultations and accounts are found at run time (AGS + state, email); without them nothing is written,
 * and a consultation that already has documents is left alone.
 */
export async function seedDemoDocuments(db: Db, dataDir: string): Promise<void> {
	const storage = createFileStorage({ dataDir });
	const people = await db
		.select({ id: user.id, email: user.email })
		.from(user)
		.where(inArray(user.email, [COORDINATOR, ADVISOR, MUNICIPALITY_USER]));
	const seeded = new Set<string>();
	for (const d of DEMO) {
		const [target] = await db
			.select({ id: consultation.id })
			.from(consultation)
			.where(and(eq(consultation.municipalityAgs, d.ags), eq(consultation.state, d.state)));
		if (!target) continue;
		if (!seeded.has(target.id)) {
			const existing = await db.select({ id: consultationDocument.id }).from(consultationDocument).where(eq(consultationDocument.consultationId, target.id)).limit(1);
			if (existing.length > 0) continue;
			seeded.add(target.id);
		}
		const bytes = await d.bytes();
		const storageKey = `documents/${target.id}/${randomBytes(16).toString('hex')}`;
		await storage.put(storageKey, bytes);
		const uploadedBy = people.find((p) => p.email === d.uploader)?.id ?? null;
		const [row] = await db
			.insert(consultationDocument)
			.values({
				consultationId: target.id,
				fileName: d.fileName,
				mediaType: d.mediaType,
				sizeBytes: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex'),
				storageKey,
				title: d.title,
				visibility: d.visibility,
				uploadedBy
			})
			.returning({ id: consultationDocument.id });
		await appendTimeline(db, {
			consultationId: target.id,
			actorId: uploadedBy,
			kind: 'document',
			visibility: d.visibility,
			data: { action: 'created', title: d.title, id: row.id }
		});
	}
}
