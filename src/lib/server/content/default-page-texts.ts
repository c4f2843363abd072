import type { DefaultPage } from './default-pages';

/** The foundation's pages as every installation starts: German original and English translation. */
export const FOUNDATION_PAGES: DefaultPage[] = [
	{
		key: 'angebot',
		title: 'Unser Angebot',
		description: 'MiGlobe NRW berät Gemeinden, Städte und Kreise in Nordrhein-Westfalen kostenfrei dabei, ihre entwicklungspolitische Arbeit interkulturell zu öffnen.',
		body: `MiGlobe NRW berät Kommunen in Nordrhein-Westfalen, die ihre entwicklungspolitische Arbeit interkulturell öffnen wollen. Die Beratung ist für Sie kostenfrei.

## Für wen

Anfragen können Kommunen als Institution: Gemeinden, Städte, kreisfreie Städte und Kreise in NRW. Ansprechperson ist meist die Verwaltung, zum Beispiel die Koordination für kommunale Entwicklungspolitik, das Integrationsbüro oder die Agenda-21-Stelle.

## Themen

- Faire Beschaffung und fairer Handel
- Entwicklungspolitische Bildungsarbeit
- Agenda 2030 und lokale Nachhaltigkeitsstrategien
- Teilhabe von Geflüchteten
- Kommunale Partnerschaften mit dem Globalen Süden
- Bürgerschaftliches Engagement
- Kooperationsstrukturen mit Vereinen und Initiativen
- Feste und Veranstaltungen
- Sensibilisierung und interkulturelle Öffnung der Verwaltung

## Formate

- Erfassung der migrantischen Organisationen und Akteure in Ihrer Kommune
- Vernetzungstreffen zwischen Verwaltung, Vereinen und Initiativen
- Fachtag vor Ort oder online
- Moderierte Tischgespräche
- Unterstützung bei der Gestaltung eines Festes

## Dauer und Ablauf

Eine Beratung beginnt mit dem Dialogforum, einem ersten Gespräch vor Ort. Danach begleiten Sie meist zwei Beraterinnen oder Berater einige Monate bis etwa ein Jahr lang. Am Ende stehen Handlungsoptionen, die Ihre Kommune aufgreift und umsetzt, und eine gemeinsame Auswertung.

## Was Ihre Kommune beiträgt

Eine feste Ansprechperson in der Verwaltung, Zeit für den Dialog, Räume für Treffen vor Ort und die Bereitschaft, Ideen gemeinsam weiterzuentwickeln.

## Kosten

Die Beratung ist für Kommunen kostenfrei. Das Programm wird aus Mitteln des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) finanziert.`,
		en: {
			title: 'What we offer',
			description: 'MiGlobe NRW advises municipalities, towns, cities and districts in North Rhine-Westphalia free of charge on opening up their development policy work to intercultural perspectives.',
			body: `MiGlobe NRW advises municipalities in North Rhine-Westphalia that want to open up their development policy work to intercultural perspectives. The advice is free of charge for you.

## Who can apply

Requests can be made by municipalities as institutions: municipalities, towns, independent cities and districts in NRW. The contact person is usually someone in the administration, for example the coordinator for municipal development policy, the integration office or the Local Agenda 21 office.

## Topics

- Fair public procurement and fair trade
- Global education
- The 2030 Agenda and local sustainability strategies
- Participation of refugees
- Municipal partnerships with the Global South
- Civic engagement
- Structures for cooperation with associations and initiatives
- Festivals and events
- Awareness-raising and the intercultural opening of the administration

## Formats

- Mapping the migrant organisations and stakeholders in your municipality
- Networking meetings between the administration, associations and initiatives
- Specialist conference on site or online
- Facilitated round-table discussions
- Support in planning a festival

## Duration and process

Each advisory process begins with the Dialogue Forum, an initial meeting on site. After that, usually two advisors support you for several months up to about a year. The process ends with options for action, which your municipality takes up and implements, and a joint evaluation.

## What your municipality contributes

A designated contact person in the administration, time for dialogue, rooms for meetings on site and a willingness to develop ideas further together.

## Costs

The advice is free of charge for municipalities. The programme is financed by the Federal Ministry for Economic Cooperation and Development (BMZ).`
		}
	},
	{
		key: 'ueber-miglobe',
		title: 'Über MiGlobe NRW',
		description: 'MiGlobe steht für Migration und globale Verantwortung: ein Programm, das das Wissen von Menschen mit Migrationsbiografie in die kommunale Entwicklungspolitik einbringt.',
		body: `MiGlobe steht für Migration und globale Verantwortung. Das Programm verbindet das Wissen von Menschen mit Migrationsbiografie mit der entwicklungspolitischen Arbeit der Kommunen.

## Die Idee

Viele Menschen in Nordrhein-Westfalen bringen Erfahrungen, Sprachen und Netzwerke aus aller Welt mit. Für die kommunale Entwicklungspolitik ist das ein großer Schatz. MiGlobe NRW hilft Kommunen, diese Perspektiven einzubeziehen, den Beitrag migrantischer Vereine sichtbar zu machen und mehr Menschen an Entwicklungspolitik vor Ort zu beteiligen. Lösungen entstehen im Dialog: Beraterinnen, Berater und Kommune entwickeln sie gemeinsam.

## Das Team

Die MiGlobe-Beraterinnen und -Berater haben eine eigene Migrationsbiografie und langjährige Erfahrung in Entwicklungspolitik, Bildungsarbeit, Vereinsarbeit oder Verwaltung. Eine Koordinationsstelle nimmt Anfragen entgegen, stellt passende Tandems zusammen und begleitet jede Beratung. Einige Beraterinnen und Berater stellen sich auf der Seite [Team](/team) vor.

## Partner

Das Programm wird von der Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global gemeinsam mit zwei zivilgesellschaftlichen Partnerorganisationen getragen.

## Förderung

MiGlobe NRW wird vom Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) gefördert. Für die Kommunen ist die Beratung deshalb kostenfrei.

## Erfahrung

MiGlobe lief bereits in Nordrhein-Westfalen und in Baden-Württemberg. Allein in Baden-Württemberg führten 30 Dialogforen in 29 Kommunen zu 16 Beratungen in 13 Kommunen.`,
		en: {
			title: 'About MiGlobe NRW',
			description: 'MiGlobe stands for migration and global responsibility: a programme that brings the knowledge of people with a migration background into municipal development policy.',
			body: `MiGlobe stands for migration and global responsibility. The programme brings together the knowledge of people with a migration background and the development policy work of municipalities.

## The idea

Many people in North Rhine-Westphalia bring with them experience, languages and networks from all over the world. This is a great asset for municipal development policy. MiGlobe NRW helps municipalities to include these perspectives, to make the contribution of migrant associations visible and to involve more people in local development policy. Solutions are found through dialogue: the advisors and the municipality develop them together.

## The team

The MiGlobe advisors have a migration background of their own and many years of experience in development policy, education, voluntary associations or public administration. A coordination office receives requests, puts together suitable tandems and supports every advisory process. Some of the advisors introduce themselves on the [team page](/en/team).

## Partners

The programme is run by the Servicestelle Kommunen in der Einen Welt (SKEW) at Engagement Global together with two civil society partner organisations.

## Funding

MiGlobe NRW is funded by the Federal Ministry for Economic Cooperation and Development (BMZ). This is why the advice is free of charge for municipalities.

## Experience

MiGlobe has already run in North Rhine-Westphalia and in Baden-Württemberg. In Baden-Württemberg alone, 30 Dialogue Forums in 29 municipalities led to 16 advisory processes in 13 municipalities.`
		}
	},
	{
		key: 'kontakt',
		title: 'Kontakt',
		description: 'So erreichen Sie die Koordination von MiGlobe NRW: Anschrift, E-Mail, Telefon und der Weg zur Beratungsanfrage.',
		body: `Sie haben Fragen oder möchten eine Beratung anfragen? Die Koordination von MiGlobe NRW ist gerne für Sie da.

## Beratung anfragen

Am schnellsten geht es mit dem [Anfrageformular](/anfrage). Sie können uns auch eine E-Mail schreiben: mit dem Namen Ihrer Kommune, einer Ansprechperson und einigen Sätzen zu Ihrem Anliegen. Wir melden uns innerhalb von fünf Werktagen und vereinbaren ein erstes Gespräch.

Antworten auf häufige Fragen finden Sie in den [FAQ](/faq).`,
		en: {
			title: 'Contact',
			description: 'How to reach the MiGlobe NRW coordination team: address, email, telephone and the way to request advice.',
			body: `Do you have questions or would you like to request advice? The MiGlobe NRW coordination team will be happy to help.

## Request advice

The quickest way is the [request form](/en/anfrage). You can also send us an email with the name of your municipality, a contact person and a few sentences about what you need. We will get back to you within five working days and arrange an initial meeting.

You will find answers to common questions in the [FAQ](/en/faq).`
		}
	}
];
