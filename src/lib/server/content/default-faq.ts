import type { DefaultPage } from './default-pages';

/** The questions municipalities ask most often before they request a consultation. */
export const FAQ_PAGE: DefaultPage = {
	key: 'faq',
	title: 'Häufige Fragen',
	description: 'Antworten auf häufige Fragen zu MiGlobe NRW: Kosten, Dauer, wer berät, Datenschutz, Sprachen, Agenda 2030 und wie Ihre Kommune eine Beratung anfragt.',
	body: `Hier beantworten wir die Fragen, die uns Kommunen am häufigsten stellen. Ihre Frage ist nicht dabei? Dann [schreiben Sie uns](/kontakt).

## Was kostet die Beratung?

Nichts. Die Beratung ist für Kommunen kostenfrei, weil das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) das Programm finanziert. Ihre Kommune trägt nur eigene Kosten, etwa für Räume oder die Bewirtung bei einem Fest.

## Wer kann eine Beratung anfragen?

Gemeinden, Städte, kreisfreie Städte und Kreise in Nordrhein-Westfalen. Meist fragt die Verwaltung an, zum Beispiel die Koordination für kommunale Entwicklungspolitik, das Integrationsbüro oder die Agenda-21-Stelle. Vereine und Initiativen können ihre Kommune auf das Angebot aufmerksam machen und sich im [Vereinsverzeichnis](/vereine) eintragen.

## Wie lange dauert eine Beratung?

Sie beginnt mit dem Dialogforum, einem ersten Gespräch vor Ort. Danach begleiten wir Ihre Kommune einige Monate bis etwa ein Jahr lang. Wie oft wir uns treffen, vereinbaren wir gemeinsam.

## Wer berät uns?

Meist ein Tandem aus zwei Beraterinnen oder Beratern. Sie haben eine eigene Migrationsbiografie und langjährige Erfahrung in Entwicklungspolitik, Bildungsarbeit, Vereinsarbeit oder Verwaltung. Die Koordination wählt sie nach Ihren Themen, Ihrer Region und den gewünschten Sprachen aus. Einige stellen sich auf der Seite [Team](/team) vor.

## Was muss unsere Kommune beitragen?

Eine feste Ansprechperson in der Verwaltung, Zeit für den Dialog, Räume für Treffen vor Ort und die Bereitschaft, Ideen gemeinsam weiterzuentwickeln und umzusetzen.

## Was ist die Agenda 2030?

Die Agenda 2030 der Vereinten Nationen beschreibt 17 Ziele für nachhaltige Entwicklung (Sustainable Development Goals, SDGs): von der Bekämpfung der Armut über Bildung und Gleichberechtigung bis zum Klimaschutz. Viele Kommunen in NRW haben sich mit einer Musterresolution zu diesen Zielen bekannt. MiGlobe NRW hilft, sie vor Ort gemeinsam mit Menschen umzusetzen, die Verbindungen in alle Welt haben – zum Beispiel bei fairer Beschaffung oder kommunalen Partnerschaften.

## In welchen Sprachen findet die Beratung statt?

Die Beratung findet in der Regel auf Deutsch statt. Viele unserer Beraterinnen und Berater sprechen weitere Sprachen, zum Beispiel Türkisch, Arabisch, Ukrainisch, Englisch oder Französisch. Das hilft besonders bei Treffen mit migrantischen Vereinen. Diese Website gibt es auf Deutsch, Englisch, Türkisch, Arabisch und Ukrainisch sowie in [Leichter Sprache](/leichte-sprache).

## Was geschieht mit unseren Daten?

Wir verarbeiten die Angaben Ihrer Anfrage nur, um die Beratung vorzubereiten und durchzuführen. Die Daten liegen auf Servern in Deutschland und werden nicht an Dritte weitergegeben. Ein Beratungsbeispiel veröffentlichen wir nur, wenn Ihre Kommune ausdrücklich zugestimmt hat. Einzelheiten stehen in der [Datenschutzerklärung](/datenschutz).

## Wie fragen wir eine Beratung an?

Füllen Sie das [Anfrageformular](/anfrage) aus. Das dauert etwa zehn Minuten. Sie erhalten sofort eine Bestätigung per E-Mail und einen Link, unter dem Sie den Stand Ihrer Anfrage sehen. Innerhalb von fünf Werktagen meldet sich die Koordination bei Ihnen.

## Gibt es Beispiele aus anderen Kommunen?

Ja. In den [Beratungsbeispielen](/beispiele) berichten Kommunen aus Nordrhein-Westfalen, was sie mit MiGlobe NRW erreicht haben.`,
	en: {
		title: 'Frequently asked questions',
		description: 'Answers to frequently asked questions about MiGlobe NRW: costs, duration, who advises, data protection, languages, the 2030 Agenda and how your municipality requests advice.',
		body: `Here we answer the questions municipalities ask us most often. Your question is not here? Then [write to us](/en/kontakt).

## What does the advice cost?

Nothing. The advice is free of charge for municipalities because the Federal Ministry for Economic Cooperation and Development (BMZ) finances the programme. Your municipality only bears its own costs, for example for rooms or catering at a festival.

## Who can request advice?

Municipalities, towns, independent cities and districts in North Rhine-Westphalia. Usually the administration makes the request, for example the coordinator for municipal development policy, the integration office or the Local Agenda 21 office. Associations and initiatives can point their municipality to the programme and register in the [directory of associations](/en/vereine).

## How long does an advisory process take?

It begins with the Dialogue Forum, an initial meeting on site. After that we support your municipality for several months up to about a year. We agree together how often we meet.

## Who advises us?

Usually a tandem of two advisors. They have a migration background of their own and many years of experience in development policy, education, voluntary associations or public administration. The coordination team chooses them according to your topics, your region and the languages you need. Some of them introduce themselves on the [team page](/en/team).

## What does our municipality contribute?

A designated contact person in the administration, time for dialogue, rooms for meetings on site and a willingness to develop ideas further and put them into practice together.

## What is the 2030 Agenda?

The United Nations' 2030 Agenda sets out 17 Sustainable Development Goals (SDGs): from ending poverty through education and equality to climate action. Many municipalities in NRW have committed to these goals by signing a model resolution. MiGlobe NRW helps to put them into practice locally together with people who have connections all over the world – for example in fair procurement or municipal partnerships.

## In which languages does the advice take place?

The advice usually takes place in German. Many of our advisors speak other languages as well, for example Turkish, Arabic, Ukrainian, English or French. This helps especially in meetings with migrant associations. This website is available in German, English, Turkish, Arabic and Ukrainian, and in German Easy Read ([Leichte Sprache](/leichte-sprache)).

## What happens to our data?

We process the information in your request only to prepare and carry out the advisory process. The data are stored on servers in Germany and are not passed on to third parties. We publish a case story only if your municipality has expressly agreed. You will find the details in the [privacy policy](/en/datenschutz).

## How do we request advice?

Fill in the [request form](/en/anfrage). It takes about ten minutes. You will receive a confirmation by email straight away, with a link where you can see the status of your request. The coordination team will contact you within five working days.

## Are there examples from other municipalities?

Yes. In the [case stories](/en/beispiele), municipalities in North Rhine-Westphalia report what they have achieved with MiGlobe NRW.`
	}
};
