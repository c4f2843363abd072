import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationSession, organisation } from '../db/schema';
import type { SessionFormat } from '../db/schema/consultation-sessions';
import type { ConsultationState } from '../consultations/lifecycle';
import { appendTimeline } from '../consultations/timeline';
import { berlinToInstant, BERLIN } from '../sessions/session-time';

interface DemoSession {
	title: string;
	format: SessionFormat;
	/** Days from today (Berlin) and the Berlin wall-clock time. */
	inDays: number;
	at: string;
	durationMinutes: number;
	place: string;
	onlineUrl?: string;
	agenda: string;
	participantCount?: number;
	organisationsText?: string;
	notesShared?: string;
	notesInternal?: string;
}

interface DemoGroup {
	ags: string;
	state: ConsultationState;
	sessions: DemoSession[];
}

const DEMO: DemoGroup[] = [
	{
		ags: '05315000',
		state: 'in_dialogue',
		sessions: [
			{ title: 'Dialogforum „Partnerschaften mit der Diaspora“', format: 'dialogforum', inDays: -35, at: '17:30', durationMinutes: 150, place: 'Historisches Rathaus Köln, Piazzetta, Rathausplatz 2, 50667 Köln', agenda: 'Begrüßung durch die Stadt\nVorstellung von MiGlobe NRW\nTischgespräche: Was brauchen Diaspora-Vereine von den Städtepartnerschaften?\nVerabredungen für das Netzwerktreffen', participantCount: 34, organisationsText: 'Partnerschaftsverein Köln–Rio, Kölner Forum für Städtepartnerschaften', notesShared: 'Gute Beteiligung aus zwölf Vereinen. Wunsch nach festen Ansprechpersonen im Büro für Städtepartnerschaften und nach Treffen am frühen Abend.', notesInternal: 'Zwei Vereine sehen sich bei Förderanträgen benachteiligt; im nächsten Workshop behutsam ansprechen.' },
			{ title: 'Workshop: Netzwerk Diaspora und Städtepartnerschaften', format: 'workshop', inDays: 14, at: '18:00', durationMinutes: 180, place: 'Bürgerzentrum Alte Feuerwache, Melchiorstraße 3, 50670 Köln', onlineUrl: 'https://meet.example.org/miglobe-koeln-netzwerk', agenda: 'Rückblick auf das Dialogforum\nZiele und Regeln des Netzwerks\nZwei Treffen pro Jahr: Termine und Gastgeber\nNächste Schritte', notesShared: 'Bitte bringen Sie Ideen für gemeinsame Projekte mit den Partnerstädten mit.' }
		]
	},
	{
		ags: '05711000',
		state: 'evaluation',
		sessions: [
			{ title: 'Workshop: Fairer Handel vielfältig gestalten', format: 'workshop', inDays: -120, at: '16:00', durationMinutes: 180, place: 'Welthaus Bielefeld, August-Bebel-Straße 62, 33602 Bielefeld', agenda: 'Kennenlernen der Fairtrade-Steuerungsgruppe\nErfahrungen migrantischer Händlerinnen und Händler\nWas hält vom Mitmachen ab?', participantCount: 22, organisationsText: 'Steuerungsgruppe Fairtrade-Stadt, Bielefelder Marktgemeinschaft', notesShared: 'Hürden: Sitzungen tagsüber, Fachsprache, fehlende persönliche Einladung. Vorschlag: Sitzungen abends und ein Patensystem.', notesInternal: 'Steuerungsgruppe anfangs skeptisch; nach dem Workshop offen für neue Mitglieder.' },
			{ title: 'Workshop: Planung des Fairen Marktes', format: 'workshop', inDays: -75, at: '17:00', durationMinutes: 150, place: 'Neue Schmiede, Handwerkerstraße 7, 33617 Bielefeld', agenda: 'Konzept Fairer Markt im Frühjahr\nStände, Programm und Sprachen\nAufgaben und Zuständigkeiten', participantCount: 17, organisationsText: 'Welthaus Bielefeld', notesShared: 'Drei migrantische Organisationen übernehmen Stände und ein Kulturprogramm. Einladungen auch auf Türkisch und Französisch.' }
		]
	},
	{
		ags: '05566076',
		state: 'agreed',
		sessions: [
			{ title: 'Dialogforum Stadtfest 2027', format: 'dialogforum', inDays: 30, at: '18:00', durationMinutes: 120, place: 'Rathaus Rheine, Ratssaal, Klosterstraße 14, 48431 Rheine', agenda: 'Begrüßung durch den Bürgermeister\nIdeen für das Stadtfest 2027\nWer macht mit? Erste Verabredungen', notesShared: 'Einladung geht über das Kulturamt und die Moscheegemeinden an alle Vereine.' }
		]
	},
	{
		ags: '05515000',
		state: 'completed',
		sessions: [
			{ title: 'Dialogforum Interkulturelle Öffnung der Bürgerämter', format: 'dialogforum', inDays: -300, at: '10:00', durationMinutes: 180, place: 'Stadthaus 1, Klemensstraße 10, 48143 Münster', agenda: 'Erfahrungen von Bürgerinnen und Bürgern mit Migrationsgeschichte\nSicht der Beschäftigten\nHandlungsfelder', participantCount: 28, organisationsText: 'Integrationsrat der Stadt Münster', notesShared: 'Wichtigste Themen: mehrsprachige Hinweise, Terminvergabe, Ansprechpersonen.' },
			{ title: 'Workshop Leitfaden für die Bürgerämter', format: 'workshop', inDays: -240, at: '09:30', durationMinutes: 240, place: 'Stadthaus 1, Klemensstraße 10, 48143 Münster', onlineUrl: 'https://meet.example.org/miglobe-muenster-leitfaden', agenda: 'Entwurf des Leitfadens\nRückmeldungen aus den Bürgerämtern\nAbstimmung der Maßnahmen', participantCount: 15, notesShared: 'Der Leitfaden wird in vier Bürgerämtern erprobt.' },
			{ title: 'Abschlusstreffen', format: 'meeting', inDays: -150, at: '14:00', durationMinutes: 90, place: 'Stadthaus 1, Klemensstraße 10, 48143 Münster', agenda: 'Ergebnisse, Auswertung, Dank', participantCount: 9 }
		]
	}
];

/** The Berlin date `days` from today at a wall-clock time; the demo times avoid the hours of the clock change. */
function demoInstant(now: Date, days: number, at: string): Date {
	const day = format(addDays(new TZDate(now, BERLIN), days), 'yyyy-MM-dd');
	const r = berlinToInstant(day, at);
	if (!r.ok) throw new Error(`demo session time ${day} ${at}: ${r.problem}`);
	return r.instant;
}

/**
 * Sessions of the demo consultations, found at run time by AGS and state; skipped where the consultation is
 * missing or already has sessions. Directory organisations of the town are linked where there are some.
 */
export async function seedDemoSessions(db: Db, now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		for (const group of DEMO) {
			const [c] = await tx
				.select({ id: consultation.id })
				.from(consultation)
				.where(and(eq(consultation.municipalityAgs, group.ags), eq(consultation.state, group.state)))
				.limit(1);
			if (!c) continue;
			const existing = await tx.select({ id: consultationSession.id }).from(consultationSession).where(eq(consultationSession.consultationId, c.id)).limit(1);
			if (existing.length > 0) continue;
			const orgs = await tx
				.select({ id: organisation.id })
				.from(organisation)
				.where(and(eq(organisation.municipalityAgs, group.ags), eq(organisation.status, 'published')))
				.limit(3);
			for (const s of group.sessions) {
				const startsAt = demoInstant(now, s.inDays, s.at);
				const past = startsAt.getTime() < now.getTime();
				const [row] = await tx
					.insert(consultationSession)
					.values({
						consultationId: c.id,
						title: s.title,
						format: s.format,
						startsAt,
						durationMinutes: s.durationMinutes,
						place: s.place,
						onlineUrl: s.onlineUrl ?? null,
						agenda: s.agenda,
						participantCount: s.participantCount ?? null,
						organisationIds: past ? orgs.map((o) => o.id) : [],
						organisationsText: s.organisationsText ?? '',
						notesShared: s.notesShared ?? '',
						notesInternal: s.notesInternal ?? '',
						// Past sessions had their reminder; the sweep must not send it now.
						reminderSentAt: past ? startsAt : null
					})
					.returning({ id: consultationSession.id });
				await appendTimeline(tx, { consultationId: c.id, actorId: null, kind: 'session', visibility: 'all', data: { action: 'created', title: s.title, id: row.id } });
			}
		}
	});
}
