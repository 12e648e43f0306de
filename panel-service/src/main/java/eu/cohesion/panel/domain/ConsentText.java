package eu.cohesion.panel.domain;

import java.util.Map;

/**
 * The text a member agrees to before their population groups are recorded. Versioned: a consent
 * names the version it was given to, and a new wording is a new version (the old ones stay here, so
 * a recorded consent can always be shown as it was given).
 */
public record ConsentText(String version, Map<String, String> texts) {

  public static final ConsentText V1 =
      new ConsentText(
          "consent-v1",
          Map.ofEntries(
              Map.entry(
                  "en",
                  "I agree that the Local Panel of Stakeholders records the population groups I"
                      + " declare I speak for. They are used only to check that the panel is"
                      + " balanced; only my town's coordinators and the network's administrators"
                      + " see them, and the public only sees counts of five or more. I can"
                      + " withdraw this consent at any time, and my groups are then deleted."),
              Map.entry(
                  "da",
                  "Jeg accepterer, at det lokale interessentpanel registrerer de"
                      + " befolkningsgrupper, jeg erklærer at tale for. De bruges kun til at"
                      + " kontrollere, at panelet er afbalanceret; kun min bys koordinatorer og"
                      + " netværkets administratorer ser dem, og offentligheden ser kun antal på"
                      + " fem eller flere. Jeg kan til enhver tid trække samtykket tilbage, og så"
                      + " slettes mine grupper."),
              Map.entry(
                  "de",
                  "Ich bin einverstanden, dass das lokale Stakeholder-Gremium die"
                      + " Bevölkerungsgruppen speichert, für die ich nach eigener Angabe spreche."
                      + " Sie dienen nur dazu, die Ausgewogenheit des Gremiums zu prüfen; nur die"
                      + " Koordinatorinnen und Koordinatoren meiner Stadt und die Verwaltung des"
                      + " Netzwerks sehen sie, die Öffentlichkeit sieht nur Zahlen ab fünf. Ich"
                      + " kann diese Einwilligung jederzeit widerrufen; meine Gruppen werden dann"
                      + " gelöscht."),
              Map.entry(
                  "et",
                  "Nõustun, et kohalik huvirühmade kogu salvestab rahvastikurühmad, mille"
                      + " eest ma enda sõnul räägin. Neid kasutatakse ainult selleks, et"
                      + " kontrollida kogu tasakaalu; neid näevad ainult minu linna"
                      + " koordinaatorid ja võrgustiku haldurid ning avalikkus näeb ainult"
                      + " vähemalt viiest koosnevaid arve. Võin selle nõusoleku igal ajal tagasi"
                      + " võtta ja siis mu rühmad kustutatakse."),
              Map.entry(
                  "fr",
                  "J'accepte que le panel local des parties prenantes enregistre les groupes de"
                      + " population au nom desquels je déclare parler. Ils servent uniquement à"
                      + " vérifier l'équilibre du panel ; seuls les coordinateurs de ma ville et"
                      + " les administrateurs du réseau les voient, et le public ne voit que des"
                      + " effectifs d'au moins cinq. Je peux retirer ce consentement à tout"
                      + " moment ; mes groupes sont alors supprimés."),
              Map.entry(
                  "it",
                  "Acconsento che il panel locale dei portatori di interesse registri i gruppi"
                      + " di popolazione a nome dei quali dichiaro di parlare. Servono solo a"
                      + " verificare che il panel sia equilibrato; li vedono solo i coordinatori"
                      + " della mia città e gli amministratori della rete, e il pubblico vede"
                      + " solo conteggi di almeno cinque. Posso revocare questo consenso in"
                      + " qualsiasi momento e i miei gruppi vengono allora cancellati."),
              Map.entry(
                  "lt",
                  "Sutinku, kad vietos suinteresuotųjų šalių grupė įrašytų gyventojų grupes,"
                      + " kurių vardu, mano teigimu, kalbu. Jos naudojamos tik grupės"
                      + " pusiausvyrai patikrinti; jas mato tik mano miesto koordinatoriai ir"
                      + " tinklo administratoriai, o visuomenė mato tik ne mažesnius nei penkių"
                      + " skaičius. Šį sutikimą galiu bet kada atšaukti, tada mano grupės"
                      + " ištrinamos."),
              Map.entry(
                  "lv",
                  "Es piekrītu, ka vietējā ieinteresēto pušu padome reģistrē iedzīvotāju"
                      + " grupas, kuru vārdā es apliecinu runājam. Tās izmanto tikai, lai"
                      + " pārbaudītu padomes līdzsvaru; tās redz tikai manas pilsētas"
                      + " koordinatori un tīkla administratori, bet sabiedrība redz tikai"
                      + " skaitus no pieciem. Es jebkurā laikā varu atsaukt šo piekrišanu, un"
                      + " tad manas grupas tiek dzēstas."),
              Map.entry(
                  "nl",
                  "Ik ga ermee akkoord dat het lokale stakeholderspanel de bevolkingsgroepen"
                      + " vastlegt namens wie ik verklaar te spreken. Ze dienen alleen om na te"
                      + " gaan of het panel evenwichtig is samengesteld; alleen de coördinatoren"
                      + " van mijn stad en de beheerders van het netwerk zien ze, en het publiek"
                      + " ziet alleen aantallen vanaf vijf. Ik kan deze toestemming op elk moment"
                      + " intrekken; mijn groepen worden dan gewist."),
              Map.entry(
                  "sl",
                  "Strinjam se, da lokalni svet deležnikov zabeleži skupine prebivalstva, v"
                      + " imenu katerih po lastni izjavi govorim. Uporabljajo se samo za"
                      + " preverjanje uravnoteženosti sveta; vidijo jih samo koordinatorji"
                      + " mojega mesta in skrbniki mreže, javnost pa vidi le števila od pet"
                      + " naprej. To privolitev lahko kadar koli prekličem in moje skupine so"
                      + " takrat izbrisane."),
              Map.entry(
                  "sq",
                  "Pranoj që paneli vendor i palëve të interesit të regjistrojë grupet e"
                      + " popullsisë në emër të të cilave deklaroj se flas. Ato përdoren vetëm"
                      + " për të kontrolluar nëse paneli është i balancuar; i shohin vetëm"
                      + " koordinatorët e qytetit tim dhe administratorët e rrjetit, ndërsa"
                      + " publiku sheh vetëm numra prej pesë e lart. Mund ta tërheq këtë"
                      + " pëlqim në çdo kohë dhe atëherë grupet e mia fshihen.")));

  /** The version a new consent is given to. */
  public static final ConsentText CURRENT = V1;
}
