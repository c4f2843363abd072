import type { DefaultPage } from './default-pages';

/*
 * Leichte Sprache after the rules of the Netzwerk Leichte Sprache: short sentences, one statement per line,
 * hard words explained, long words split with a hyphen. German only, so no translations.
 */
export const EASY_LANGUAGE_PAGES: DefaultPage[] = [
	{
		key: 'leichte-sprache',
		title: 'Leichte Sprache',
		description: 'MiGlobe NRW in Leichter Sprache: Was ist MiGlobe NRW? Wer hilft? Wie bekommt eine Kommune Hilfe?',
		body: `Hier erklären wir MiGlobe NRW in Leichter Sprache.

## Was ist MiGlobe NRW?

MiGlobe NRW ist ein Angebot für Kommunen.

Kommunen sind zum Beispiel Städte und Gemeinden.

Die Kommunen sind in Nordrhein-Westfalen.

Die Abkürzung für Nordrhein-Westfalen ist: NRW.

## Wer hilft den Kommunen?

Es gibt Beraterinnen und Berater.

Sie sind selbst nach Deutschland eingewandert.

Oder ihre Familie ist eingewandert.

Sie kennen sich gut aus.

## Warum gibt es MiGlobe NRW?

In Nordrhein-Westfalen leben viele Menschen aus anderen Ländern.

Sie haben viel Wissen.

Die Kommunen sollen mit diesen Menschen zusammen-arbeiten.

Zum Beispiel bei einem Stadt-Fest.

## Was kostet das?

Die Beratung kostet nichts.

## Barrieren melden

Etwas auf der Website ist schwer für Sie?

Dann sagen Sie es uns.

Hier können Sie es uns sagen: [Seite Barriere-Freiheit](/barrierefreiheit).`
	},
	{
		key: 'leichte-sprache-angebot',
		title: 'Unser Angebot in Leichter Sprache',
		description: 'Das Angebot von MiGlobe NRW in Leichter Sprache: Wer bekommt Hilfe, wobei helfen wir, wie lange dauert es?',
		body: `Wir helfen Kommunen in Nordrhein-Westfalen.

Kommunen sind zum Beispiel Städte und Gemeinden.

Oder ein Kreis.

Ein Kreis ist eine Gruppe von Gemeinden.

## Wobei helfen wir?

Die Kommune möchte etwas für die ganze Welt tun.

Zum Beispiel:

- Die Kommune kauft faire Sachen ein.
  Fair heißt: Die Menschen bekommen genug Geld für ihre Arbeit.
- Die Kommune macht ein Fest mit Vereinen.
  Ein Verein ist eine Gruppe von Menschen mit einem gemeinsamen Ziel.
- Die Kommune hat eine Partner-Stadt in einem anderen Land.

Dabei sollen viele Menschen mit-machen.

Auch Menschen aus anderen Ländern.

Wir helfen der Kommune dabei.

## Wer hilft?

Immer 2 Beraterinnen oder Berater.

Ein anderes Wort für Beraterin oder Berater ist: Fach-Person.

Die Fach-Personen kommen selbst aus einem anderen Land.

Oder ihre Familie kommt aus einem anderen Land.

## Wie läuft das ab?

Zuerst gibt es ein Treffen in der Kommune.

Das Treffen heißt: Dialog-Forum.

Dialog heißt: Menschen reden miteinander.

Dann treffen wir uns öfter.

Das dauert ein paar Monate.

Oder ein Jahr.

Am Ende sprechen wir zusammen:

Was hat gut geklappt?

Was machen wir beim nächsten Mal anders?

## Was kostet das?

Die Hilfe kostet nichts.

Das Geld dafür kommt vom Staat.`
	},
	{
		key: 'leichte-sprache-anfrage',
		title: 'Hilfe anfragen in Leichter Sprache',
		description: 'So fragt eine Kommune Hilfe von MiGlobe NRW an: Schritt für Schritt in Leichter Sprache.',
		body: `Eine Kommune möchte Hilfe von MiGlobe NRW?

Dann muss die Kommune uns fragen.

Das nennt man: Anfrage.

So geht das:

## Schritt 1: Überlegen

Was möchte die Kommune machen?

Wer in der Kommune ist die Ansprech-Person?

Die Ansprech-Person ist für uns da.

Wir sprechen immer mit dieser Person.

## Schritt 2: Uns fragen

Es gibt 3 Wege.

- Sie füllen das Formular im Internet aus.
  Das Formular ist in schwerer Sprache.
- Sie schreiben uns eine E-Mail.
- Sie rufen uns an.

Die E-Mail-Adresse und die Telefon-Nummer stehen unten auf dieser Seite.

Schreiben Sie in die E-Mail:

- den Namen von der Kommune
- den Namen von der Ansprech-Person
- was die Kommune machen möchte

## Schritt 3: Wir antworten

Sie bekommen eine Antwort.

Die Antwort kommt in 5 Arbeits-Tagen.

Arbeits-Tage sind Montag bis Freitag.

Dann machen wir einen Termin.

Bei dem Termin reden wir über alles.`
	},
	{
		key: 'leichte-sprache-kontakt',
		title: 'Kontakt in Leichter Sprache',
		description: 'So erreichen Sie MiGlobe NRW: Adresse, E-Mail und Telefon in Leichter Sprache.',
		body: `Sie haben eine Frage?

Dann schreiben Sie uns.

Oder rufen Sie uns an.

Wir helfen Ihnen gerne.

Hier steht unsere Adresse.

Und unsere E-Mail-Adresse.

Und unsere Telefon-Nummer.`
	}
];

/** The page in Deutsche Gebärdensprache: the slot text until the video exists, and the video's content as text. */
export const SIGN_LANGUAGE_PAGE: DefaultPage = {
	key: 'gebaerdensprache',
	title: 'Informationen in Deutscher Gebärdensprache',
	description: 'MiGlobe NRW in Deutscher Gebärdensprache (DGS): das Video mit Untertiteln und sein Inhalt als Text.',
	body: `Auf dieser Seite stellen wir MiGlobe NRW in Deutscher Gebärdensprache (DGS) vor.

**Das Video in Gebärdensprache wird zurzeit produziert.** Bis es fertig ist, finden Sie seinen Inhalt unten als Text. Sie haben Fragen? Schreiben Sie uns eine E-Mail – die Adresse steht auf der Seite [Kontakt](/kontakt). Wenn Sie für ein Gespräch mit uns eine Gebärdensprachdolmetschung brauchen, sagen Sie es uns bitte bei Ihrer Anfrage.

## Der Inhalt des Videos als Text

MiGlobe NRW ist ein Beratungsangebot für Kommunen in Nordrhein-Westfalen: für Gemeinden, Städte und Kreise.

Beraterinnen und Berater mit eigener Migrationsgeschichte begleiten eine Kommune einige Monate bis etwa ein Jahr lang. Gemeinsam mit Vereinen und Initiativen vor Ort entwickeln sie Ideen für eine Entwicklungspolitik, an der viele Menschen teilhaben – zum Beispiel ein Fest, faire Beschaffung oder eine Partnerschaft mit einer Stadt im Globalen Süden.

Die Beratung ist für Kommunen kostenfrei. Eine Kommune fragt über das [Anfrageformular](/anfrage) an, per E-Mail oder telefonisch.

Auf dieser Website gibt es außerdem Informationen in [Leichter Sprache](/leichte-sprache).`,
	en: {
		title: 'Information in German Sign Language',
		description: 'MiGlobe NRW in German Sign Language (DGS): the video with captions and its content as text.',
		body: `On this page we present MiGlobe NRW in German Sign Language (Deutsche Gebärdensprache, DGS).

**The video in sign language is currently being produced.** Until it is ready, you will find its content below as text. Do you have questions? Send us an email – you will find the address on the [contact page](/en/kontakt). If you need a sign language interpreter for a conversation with us, please tell us in your request.

## The content of the video as text

MiGlobe NRW offers advice to municipalities in North Rhine-Westphalia: municipalities, towns, cities and districts.

Advisors with a migration background of their own support a municipality for several months up to about a year. Together with local associations and initiatives, they develop ideas for a development policy in which many people take part – for example a festival, fair procurement or a partnership with a town in the Global South.

The advice is free of charge for municipalities. A municipality makes a request with the [request form](/en/anfrage), by email or by telephone.

This website also has information in German Easy Read ([Leichte Sprache](/leichte-sprache)).`
	}
};
