package storyline.generate;

import java.util.List;

/**
 * The words synthetic stories are made of. Place and person names are invented from syllables;
 * countries are real so that places land on the map, inside rough boxes of their land.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A country and a box inside it where invented places are put. */
  record Country(String name, double south, double north, double west, double east) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("Ukraine", 47.2, 51.2, 24.5, 38.0),
          new Country("Russia", 51.5, 56.5, 34.0, 44.5),
          new Country("Poland", 50.5, 53.5, 16.5, 23.0),
          new Country("Romania", 44.8, 47.3, 22.5, 27.5),
          new Country("Moldova", 46.3, 47.9, 27.8, 29.4),
          new Country("Belarus", 52.2, 55.2, 24.5, 30.0),
          new Country("Georgia", 41.7, 42.8, 42.0, 45.8),
          new Country("Armenia", 39.7, 40.9, 44.0, 45.8),
          new Country("Azerbaijan", 39.8, 41.4, 46.5, 49.2),
          new Country("Turkey", 37.8, 40.3, 29.0, 39.5),
          new Country("Bulgaria", 42.2, 43.7, 23.0, 27.5),
          new Country("Hungary", 46.3, 47.9, 17.2, 21.8));

  static final List<String> PLACE_STARTS =
      List.of(
          "Novo", "Staro", "Verkh", "Zelen", "Kamian", "Bilo", "Chorno", "Vysoko", "Lys", "Krasno",
          "Myro", "Pol", "Dobro", "Rivne", "Solo", "Hor", "Sosno", "Ozer", "Bereh", "Lypo", "Yasen",
          "Dub", "Kozel", "Orlo");

  static final List<String> PLACE_ENDS =
      List.of(
          "ivka", "ske", "horod", "ove", "ytsia", "ka", "ivske", "ynka", "pil", "hirsk", "ets",
          "ivtsi", "yne", "ani", "ovo", "ino");

  static final List<String> FIRST_NAMES =
      List.of(
          "Olena",
          "Andriy",
          "Mikhail",
          "Irina",
          "Piotr",
          "Ana",
          "Giorgi",
          "Armen",
          "Elif",
          "Stefan",
          "Maria",
          "Viktor",
          "Natalia",
          "Dmitri",
          "Katarzyna",
          "Levan",
          "Aylin",
          "Ivan",
          "Sofia",
          "Tomasz",
          "Nino",
          "Aram",
          "Leyla",
          "Bogdan",
          "Yulia",
          "Oleksandr");

  static final List<String> LAST_NAMES =
      List.of(
          "Kovalenko",
          "Petrov",
          "Nowak",
          "Popescu",
          "Ceban",
          "Kuznetsov",
          "Beridze",
          "Sargsyan",
          "Aliyev",
          "Yilmaz",
          "Ivanov",
          "Horvath",
          "Shevchenko",
          "Melnyk",
          "Wisniewski",
          "Rusu",
          "Lomidze",
          "Hakobyan",
          "Mammadov",
          "Demir",
          "Bondarenko",
          "Sokolov",
          "Dimitrov",
          "Tkachenko");

  static final List<String> PERSON_ROLES =
      List.of(
          "President",
          "Prime Minister",
          "Foreign Minister",
          "Defence Minister",
          "Energy Minister",
          "Spokesperson of the foreign ministry",
          "Regional governor",
          "Commander of the eastern group",
          "Head of the border service",
          "Presidential envoy");

  static final List<String> ORGANIZATIONS =
      List.of(
          "Ministry of Defence of %s",
          "Border Guard of %s",
          "General Staff of %s",
          "Ministry of Foreign Affairs of %s",
          "State Emergency Service of %s",
          "Energy Ministry of %s");

  static final List<String> INTERNATIONAL =
      List.of(
          "United Nations",
          "OSCE Monitoring Mission",
          "International Committee of the Red Cross",
          "European Union",
          "International Atomic Energy Agency",
          "World Food Programme");

  static final List<String> PUBLISHERS =
      List.of(
          "Northern Daily",
          "Metro Wire",
          "Frontline Monitor",
          "Coast Herald",
          "Evening Ledger",
          "Open Map Collective",
          "Regional Radio",
          "Continental Press");

  static final List<String> STORY_TOPICS =
      List.of(
          "Ceasefire talks over %s",
          "Fighting around %s",
          "Energy strikes across %s",
          "Grain corridor through %s",
          "Prisoner exchanges near %s",
          "Border crisis at %s",
          "Dam and water supply at %s",
          "Evacuations from %s");

  static final List<String> SUBJECTS =
      List.of(
          "substation",
          "fuel depot",
          "railway bridge",
          "grain terminal",
          "power plant",
          "water pumping station",
          "border crossing",
          "supply convoy",
          "field hospital",
          "energy infrastructure",
          "military airfield",
          "ammunition store",
          "port",
          "gas pipeline");

  static final List<String> DETAILS =
      List.of(
          "Local officials said power was cut to several districts overnight.",
          "Residents reported long queues for fuel and bread.",
          "Repair crews reached the site the following morning.",
          "The claim could not be independently verified.",
          "Satellite images published later showed damage to the roof.",
          "Talks on a wider ceasefire were due to resume within days.",
          "Humanitarian groups asked for a safe corridor for civilians.",
          "Both sides accused each other of breaking the energy truce.",
          "Monitors said they were denied access to the area.",
          "Schools in the district moved lessons online.",
          "The railway line reopened after two days.",
          "Officials promised compensation for damaged homes.");

  static final List<String> CLAIMS =
      List.of(
          "Our forces struck only military targets.",
          "The attack hit civilian energy infrastructure.",
          "No strike took place on that day.",
          "The other side shelled its own positions to blame us.",
          "The convoy carried weapons, not aid.",
          "The agreement was respected on our side.",
          "Drones were launched from across the border.",
          "The casualty figures have been exaggerated.");

  static final List<String> QUOTES =
      List.of(
          "We will not negotiate while the shelling continues.",
          "Every city deserves light and heat this winter.",
          "The corridor must stay open for as long as people need it.",
          "Our patience has limits.",
          "We are ready to talk, but not at any price.",
          "The truth about that night will come out.");

  /** A generated incident's title: what happened, and to what. */
  static String incidentTitle(String type, String subject) {
    return switch (type) {
      case "strike" -> "Drone strike on " + subject;
      case "ground_combat" -> "Fighting near " + subject;
      case "diplomacy" -> "Talks on " + subject;
      case "agreement" -> "Truce covering " + subject;
      case "statement" -> "Statement on " + subject;
      case "humanitarian" -> "Aid convoy reaches " + subject;
      case "sanctions" -> "Sanctions over " + subject;
      default -> "Incident at " + subject;
    };
  }

  /** The codes of the types the generator gives incidents, those a new site starts with. */
  static final String[] TYPES = {
    "diplomacy",
    "agreement",
    "statement",
    "strike",
    "ground_combat",
    "humanitarian",
    "sanctions",
    "other"
  };
}
