package org.equicity.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.search.Search.Designation;
import org.equicity.search.Search.Facet;
import org.equicity.search.Search.Kind;

/**
 * A synthetic, deterministic corpus of the search benchmark: documents as the platform would hold them (plans,
 * actions and good practices of about 600 cities in 40 countries, written in seven languages, each non-English one
 * with its English archive), and a mix of queries as readers type them. Sentences are built from small per-language
 * vocabularies of the field, aligned concept by concept so that the English archive says what the text says; words
 * appear in singular and plural, adjectives in their inflected forms, so that stemming matters. Every document has a
 * topic (its first commitment), whose words it uses most, so that words differ in how many documents they match.
 */
final class SearchCorpus {

    /** The languages in the order of the vocabulary columns; the first is the archive language. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "sv");

    /** The commitments (facet values as the index holds them: their English labels), one topic each. */
    static final List<String> COMMITMENTS = List.of(
            "Greater Vigilance against Racism",
            "Assessing Racism and Discrimination and Monitoring Municipal Policies",
            "Better Support for the Victims of Racism and Discrimination",
            "More Participation and Better-Informed City Dwellers",
            "The City as an Active Supporter of Equal Opportunity Practices",
            "The City as an Equal Opportunities Employer and Service Provider",
            "Fair Access to Housing",
            "Challenging Racism and Discrimination through Education",
            "Promoting Cultural Diversity",
            "Hate Crimes and Conflict Management");

    /** Codes of the fields of activity, as reported actions and practices carry them. */
    static final List<String> FIELDS = List.of(
            "monitoring",
            "consultation-collaboration",
            "data-collection",
            "anti-discrimination-office",
            "information-training",
            "public-procurement",
            "human-resources",
            "service-provision",
            "housing",
            "education",
            "cultural-diversity");

    static final List<String> TRACKS =
            List.of("Information and advice", "Awareness-raising", "Enforcement", "Research and innovation");

    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2026;

    /** Countries by the language their cities write in, the biggest first. */
    private static final Map<String, List<String>> COUNTRIES = Map.of(
            "en",
            List.of(
                    "GB", "IE", "PL", "CZ", "HU", "RO", "PT", "GR", "DK", "NO", "FI", "SI", "HR", "LT", "LV", "EE",
                    "BG", "CY", "MT", "US"),
            "de",
            List.of("DE", "AT", "CH", "LI"),
            "fr",
            List.of("FR", "LU", "MC", "SN"),
            "es",
            List.of("ES", "MX", "AR", "CO"),
            "it",
            List.of("IT", "SM"),
            "nl",
            List.of("NL", "BE"),
            "sv",
            List.of("SE", "AX"));

    /** How many of the cities write in each language. */
    private static final Map<String, Integer> CITIES =
            Map.of("en", 180, "de", 108, "fr", 84, "es", 72, "it", 72, "nl", 48, "sv", 36);

    /**
     * Nouns: the topic (a commitment's number, 0 for words of every topic), then singular|plural in each language of
     * {@link #LANGUAGES}.
     */
    private static final String NOUNS = """
            0;discrimination|discriminations;Diskriminierung|Diskriminierungen;discrimination|discriminations;discriminación|discriminaciones;discriminazione|discriminazioni;discriminatie|discriminaties;diskriminering|diskrimineringar
            0;racism|racisms;Rassismus|Rassismen;racisme|racismes;racismo|racismos;razzismo|razzismi;racisme|racismen;rasism|rasismer
            0;migrant|migrants;Migrantin|Migrantinnen;migrant|migrants;migrante|migrantes;migrante|migranti;migrant|migranten;migrant|migranter
            0;refugee|refugees;Geflüchtete|Geflüchteten;réfugié|réfugiés;refugiado|refugiados;rifugiato|rifugiati;vluchteling|vluchtelingen;flykting|flyktingar
            0;woman|women;Frau|Frauen;femme|femmes;mujer|mujeres;donna|donne;vrouw|vrouwen;kvinna|kvinnor
            0;equality|equalities;Gleichstellung|Gleichstellungen;égalité|égalités;igualdad|igualdades;uguaglianza|uguaglianze;gelijkheid|gelijkheden;jämlikhet|jämlikheter
            0;right|rights;Recht|Rechte;droit|droits;derecho|derechos;diritto|diritti;recht|rechten;rättighet|rättigheter
            0;city|cities;Stadt|Städte;ville|villes;ciudad|ciudades;città|città;stad|steden;stad|städer
            0;project|projects;Projekt|Projekte;projet|projets;proyecto|proyectos;progetto|progetti;project|projecten;projekt|projekten
            1;campaign|campaigns;Kampagne|Kampagnen;campagne|campagnes;campaña|campañas;campagna|campagne;campagne|campagnes;kampanj|kampanjer
            1;network|networks;Netzwerk|Netzwerke;réseau|réseaux;red|redes;rete|reti;netwerk|netwerken;nätverk|nätverken
            1;poster|posters;Plakat|Plakate;affiche|affiches;cartel|carteles;manifesto|manifesti;affiche|affiches;affisch|affischer
            2;report|reports;Bericht|Berichte;rapport|rapports;informe|informes;rapporto|rapporti;rapport|rapporten;rapport|rapporter
            2;survey|surveys;Umfrage|Umfragen;enquête|enquêtes;encuesta|encuestas;indagine|indagini;enquête|enquêtes;enkät|enkäter
            2;indicator|indicators;Indikator|Indikatoren;indicateur|indicateurs;indicador|indicadores;indicatore|indicatori;indicator|indicatoren;indikator|indikatorer
            3;victim|victims;Opfer|Opfern;victime|victimes;víctima|víctimas;vittima|vittime;slachtoffer|slachtoffers;offer|offren
            3;complaint|complaints;Beschwerde|Beschwerden;plainte|plaintes;denuncia|denuncias;denuncia|denunce;klacht|klachten;anmälan|anmälningar
            3;counselling service|counselling services;Beratungsstelle|Beratungsstellen;permanence|permanences;oficina|oficinas;sportello|sportelli;meldpunt|meldpunten;rådgivning|rådgivningar
            3;mediator|mediators;Mediatorin|Mediatorinnen;médiateur|médiateurs;mediador|mediadores;mediatore|mediatori;bemiddelaar|bemiddelaars;medlare|medlarna
            4;council|councils;Beirat|Beiräte;conseil|conseils;consejo|consejos;consiglio|consigli;raad|raden;råd|råden
            4;resident|residents;Bewohnerin|Bewohnerinnen;habitant|habitants;vecino|vecinos;abitante|abitanti;bewoner|bewoners;invånare|invånarna
            4;association|associations;Verein|Vereine;association|associations;asociación|asociaciones;associazione|associazioni;vereniging|verenigingen;förening|föreningar
            4;community|communities;Gemeinschaft|Gemeinschaften;communauté|communautés;comunidad|comunidades;comunità|comunità;gemeenschap|gemeenschappen;gemenskap|gemenskaper
            5;company|companies;Unternehmen|Unternehmen;entreprise|entreprises;empresa|empresas;impresa|imprese;bedrijf|bedrijven;företag|företagen
            5;contract|contracts;Auftrag|Aufträge;marché|marchés;contrato|contratos;appalto|appalti;opdracht|opdrachten;upphandling|upphandlingar
            5;charter|charters;Charta|Chartas;charte|chartes;carta|cartas;carta|carte;handvest|handvesten;stadga|stadgor
            6;employee|employees;Mitarbeiterin|Mitarbeiterinnen;agent|agents;funcionario|funcionarios;dipendente|dipendenti;medewerker|medewerkers;medarbetare|medarbetarna
            6;job|jobs;Arbeitsplatz|Arbeitsplätze;emploi|emplois;empleo|empleos;lavoro|lavori;baan|banen;jobb|jobben
            6;recruitment|recruitments;Einstellung|Einstellungen;recrutement|recrutements;contratación|contrataciones;assunzione|assunzioni;werving|wervingen;rekrytering|rekryteringar
            7;apartment|apartments;Wohnung|Wohnungen;logement|logements;vivienda|viviendas;alloggio|alloggi;woning|woningen;bostad|bostäder
            7;landlord|landlords;Vermieter|Vermietern;propriétaire|propriétaires;arrendador|arrendadores;proprietario|proprietari;verhuurder|verhuurders;hyresvärd|hyresvärdar
            7;neighbourhood|neighbourhoods;Stadtteil|Stadtteile;quartier|quartiers;barrio|barrios;quartiere|quartieri;wijk|wijken;stadsdel|stadsdelar
            7;family|families;Familie|Familien;famille|familles;familia|familias;famiglia|famiglie;gezin|gezinnen;familj|familjer
            8;school|schools;Schule|Schulen;école|écoles;escuela|escuelas;scuola|scuole;school|scholen;skola|skolor
            8;teacher|teachers;Lehrerin|Lehrerinnen;enseignant|enseignants;docente|docentes;insegnante|insegnanti;leraar|leraren;lärare|lärarna
            8;pupil|pupils;Schüler|Schülern;élève|élèves;alumno|alumnos;alunno|alunni;leerling|leerlingen;elev|elever
            8;course|courses;Sprachkurs|Sprachkurse;cours|cours;curso|cursos;corso|corsi;cursus|cursussen;kurs|kurser
            9;festival|festivals;Fest|Feste;fête|fêtes;fiesta|fiestas;festa|feste;feest|feesten;fest|fester
            9;museum|museums;Museum|Museen;musée|musées;museo|museos;museo|musei;museum|musea;museum|museer
            9;library|libraries;Bibliothek|Bibliotheken;bibliothèque|bibliothèques;biblioteca|bibliotecas;biblioteca|biblioteche;bibliotheek|bibliotheken;bibliotek|biblioteken
            9;exhibition|exhibitions;Ausstellung|Ausstellungen;exposition|expositions;exposición|exposiciones;mostra|mostre;tentoonstelling|tentoonstellingen;utställning|utställningar
            10;officer|officers;Polizist|Polizisten;policier|policiers;policía|policías;poliziotto|poliziotti;agent|agenten;polis|poliser
            10;incident|incidents;Vorfall|Vorfälle;incident|incidents;incidente|incidentes;episodio|episodi;incident|incidenten;händelse|händelser
            10;hate crime|hate crimes;Hassverbrechen|Hassverbrechen;crime de haine|crimes de haine;delito de odio|delitos de odio;crimine d'odio|crimini d'odio;haatmisdrijf|haatmisdrijven;hatbrott|hatbrotten
            10;training|trainings;Schulung|Schulungen;formation|formations;formación|formaciones;formazione|formazioni;opleiding|opleidingen;utbildning|utbildningar
            """;

    /** Adjectives: plain|inflected in each language. */
    private static final String ADJECTIVES = """
            social|social;sozial|sozialen;social|sociaux;social|sociales;sociale|sociali;sociaal|sociale;social|sociala
            affordable|affordable;bezahlbar|bezahlbaren;abordable|abordables;asequible|asequibles;accessibile|accessibili;betaalbaar|betaalbare;prisvärd|prisvärda
            municipal|municipal;städtisch|städtischen;municipal|municipaux;municipal|municipales;comunale|comunali;gemeentelijk|gemeentelijke;kommunal|kommunala
            local|local;lokal|lokalen;local|locaux;local|locales;locale|locali;lokaal|lokale;lokal|lokala
            young|young;jung|jungen;jeune|jeunes;joven|jóvenes;giovane|giovani;jong|jonge;ung|unga
            public|public;öffentlich|öffentlichen;public|publics;público|públicos;pubblico|pubblici;openbaar|openbare;offentlig|offentliga
            new|new;neu|neuen;nouveau|nouveaux;nuevo|nuevos;nuovo|nuovi;nieuw|nieuwe;ny|nya
            intercultural|intercultural;interkulturell|interkulturellen;interculturel|interculturels;intercultural|interculturales;interculturale|interculturali;intercultureel|interculturele;interkulturell|interkulturella
            independent|independent;unabhängig|unabhängigen;indépendant|indépendants;independiente|independientes;indipendente|indipendenti;onafhankelijk|onafhankelijke;oberoende|oberoende
            anonymous|anonymous;anonym|anonymen;anonyme|anonymes;anónimo|anónimos;anonimo|anonimi;anoniem|anonieme;anonym|anonyma
            racist|racist;rassistisch|rassistischen;raciste|racistes;racista|racistas;razzista|razzisti;racistisch|racistische;rasistisk|rasistiska
            diverse|diverse;vielfältig|vielfältigen;divers|diverses;diverso|diversos;diverso|diversi;divers|diverse;mångfaldig|mångfaldiga
            annual|annual;jährlich|jährlichen;annuel|annuels;anual|anuales;annuale|annuali;jaarlijks|jaarlijkse;årlig|årliga
            """;

    /** Verbs: third person singular|plural in each language. */
    private static final String VERBS = """
            supports|support;unterstützt|unterstützen;soutient|soutiennent;apoya|apoyan;sostiene|sostengono;ondersteunt|ondersteunen;stöder|stödjer
            promotes|promote;fördert|fördern;favorise|favorisent;fomenta|fomentan;promuove|promuovono;bevordert|bevorderen;främjar|främjar
            trains|train;schult|schulen;forme|forment;forma|forman;forma|formano;traint|trainen;utbildar|utbildar
            monitors|monitor;überwacht|überwachen;surveille|surveillent;supervisa|supervisan;monitora|monitorano;bewaakt|bewaken;övervakar|övervakar
            documents|document;dokumentiert|dokumentieren;documente|documentent;documenta|documentan;documenta|documentano;documenteert|documenteren;dokumenterar|dokumenterar
            organises|organise;organisiert|organisieren;organise|organisent;organiza|organizan;organizza|organizzano;organiseert|organiseren;organiserar|organiserar
            strengthens|strengthen;stärkt|stärken;renforce|renforcent;refuerza|refuerzan;rafforza|rafforzano;versterkt|versterken;stärker|stärker
            informs|inform;informiert|informieren;informe|informent;informa|informan;informa|informano;informeert|informeren;informerar|informerar
            funds|fund;finanziert|finanzieren;finance|financent;financia|financian;finanzia|finanziano;financiert|financieren;finansierar|finansierar
            evaluates|evaluate;evaluiert|evaluieren;évalue|évaluent;evalúa|evalúan;valuta|valutano;evalueert|evalueren;utvärderar|utvärderar
            protects|protect;schützt|schützen;protège|protègent;protege|protegen;protegge|proteggono;beschermt|beschermen;skyddar|skyddar
            involves|involve;beteiligt|beteiligen;implique|impliquent;involucra|involucran;coinvolge|coinvolgono;betrekt|betrekken;involverar|involverar
            prevents|prevent;verhindert|verhindern;prévient|préviennent;previene|previenen;previene|prevengono;voorkomt|voorkomen;förebygger|förebygger
            advises|advise;berät|beraten;conseille|conseillent;asesora|asesoran;consiglia|consigliano;adviseert|adviseren;vägleder|vägleder
            """;

    /** Articles (singular|plural), the word for "and", and prepositions, in each language. */
    private static final String ARTICLES = "the|the;die|die;le|les;el|los;il|i;de|de;den|de";

    private static final String AND = "and;und;et;y;e;en;och";

    private static final String PREPOSITIONS = """
            for;für;pour;para;per;voor;för
            with;mit;avec;con;con;met;med
            in;in;dans;en;in;in;i
            against;gegen;contre;contra;contro;tegen;mot
            of;von;de;de;di;van;av
            through;durch;par;por;attraverso;door;genom
            """;

    private static final String[] SYLLABLES = {
        "ka", "lo", "ve", "ri", "sa", "mon", "tel", "bur", "dor", "an", "li", "mar", "nes", "ost", "ber", "gi", "ro",
        "va", "len", "tor", "zu", "pe", "lin", "cas", "mi", "del", "fa", "hu", "sel", "wa"
    };

    private final String[][][] nouns = table(NOUNS, true);
    private final int[] topicOfNoun = topics(NOUNS);
    private final String[][][] adjectives = table(ADJECTIVES, false);
    private final String[][][] verbs = table(VERBS, false);
    private final String[][][] articles = table(ARTICLES, false);
    private final String[][] and = table(AND, false)[0];
    private final String[][][] prepositions = table(PREPOSITIONS, false);
    private final List<String> places;
    private final List<City> cities;
    private final int size;
    private final long seed;

    /** A city of the corpus: its documents are written in its language. */
    record City(String slug, String name, String country, String language) {}

    /** One document as the index holds it. */
    record Document(
            UUID id,
            Kind kind,
            UUID planId,
            City city,
            boolean published,
            int year,
            String title,
            String body,
            String archive,
            List<String> commitments,
            List<String> tracks,
            List<String> fields,
            Designation designation) {}

    /** A query as a reader types it, in the reader's language, with the facet values it is narrowed by. */
    record Query(String kind, String text, String language, Map<Facet, List<String>> filters) {}

    SearchCorpus(int size, long seed) {
        this.size = size;
        this.seed = seed;
        var random = new SplittableRandom(seed);
        this.places = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            places.add(capitalized(name(random, 2 + random.nextInt(2))));
        }
        this.cities = new ArrayList<>();
        for (var language : LANGUAGES) {
            var countries = COUNTRIES.get(language);
            for (int i = 0; i < CITIES.get(language); i++) {
                // The first countries of a language have the most cities.
                var country = countries.get((int) Math.min(
                        countries.size() - 1, Math.floor(countries.size() * Math.pow(random.nextDouble(), 2))));
                var name = capitalized(name(random, 2 + random.nextInt(2)));
                cities.add(new City(
                        "bench-" + name.toLowerCase(Locale.ROOT) + "-" + cities.size(), name, country, language));
            }
        }
    }

    int size() {
        return size;
    }

    List<City> cities() {
        return List.copyOf(cities);
    }

    /** Hands every document to {@code sink}, in the same order with the same content on every run. */
    void documents(Consumer<Document> sink) {
        var random = new SplittableRandom(seed + 1);
        var plans = new LinkedHashMap<City, UUID>();
        for (int i = 0; i < size; i++) {
            var city = cities.get(random.nextInt(cities.size()));
            double draw = random.nextDouble();
            var kind = draw < 0.10 ? Kind.PLAN : draw < 0.30 ? Kind.PRACTICE : Kind.ACTION;
            var id = uuid(random);
            UUID plan = null;
            if (kind == Kind.PLAN) {
                plan = id;
                plans.put(city, id);
            } else if (kind == Kind.ACTION) {
                plan = plans.computeIfAbsent(city, c -> uuid(random));
            }
            int topic = random.nextInt(COMMITMENTS.size());
            var commitments = new ArrayList<String>();
            commitments.add(COMMITMENTS.get(topic));
            int more = kind == Kind.PLAN ? 2 + random.nextInt(8) : kind == Kind.PRACTICE ? random.nextInt(2) : 0;
            for (int m = 0; m < more; m++) {
                var other = COMMITMENTS.get(random.nextInt(COMMITMENTS.size()));
                if (!commitments.contains(other)) {
                    commitments.add(other);
                }
            }
            var tracks = new ArrayList<String>();
            int trackCount = kind == Kind.PLAN ? 1 + random.nextInt(4) : random.nextInt(3) == 0 ? 0 : 1;
            for (int t = 0; t < trackCount; t++) {
                var track = TRACKS.get(random.nextInt(TRACKS.size()));
                if (!tracks.contains(track)) {
                    tracks.add(track);
                }
            }
            // Recent years have more documents.
            int year = LAST_YEAR - (int) Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.pow(random.nextDouble(), 1.6));
            int language = LANGUAGES.indexOf(city.language());
            var title = new Text(language);
            title(random, topic + 1, 5 + random.nextInt(11), title);
            var body = new Text(language);
            int words = 80 + (int) (320 * Math.pow(random.nextDouble(), 2));
            while (body.words < words) {
                sentence(random, topic + 1, body);
            }
            var english = language == 0 ? null : title.english + "\n\n" + body.english;
            var fields = new ArrayList<String>();
            if (kind != Kind.PLAN) {
                fields.add(FIELDS.get(random.nextInt(FIELDS.size())));
                var second = FIELDS.get(random.nextInt(FIELDS.size()));
                if (random.nextBoolean() && !fields.contains(second)) {
                    fields.add(second);
                }
            }
            boolean published = random.nextInt(20) != 0;
            // a practice is public once designated; the others are not (yet) designated
            var designation =
                    kind != Kind.PRACTICE ? null : published ? Designation.DESIGNATED : Designation.NOT_DESIGNATED;
            sink.accept(new Document(
                    id,
                    kind,
                    plan,
                    city,
                    published,
                    year,
                    title.text.toString(),
                    body.text.toString(),
                    english,
                    List.copyOf(commitments),
                    List.copyOf(tracks),
                    List.copyOf(fields),
                    designation));
        }
    }

    /**
     * {@code count} queries: single words, two or three words, quoted phrases, exclusions and place names, in the
     * readers' languages (in the proportions of the documents), a third without facet filters, the others narrowed
     * by one or two facets.
     */
    List<Query> queries(int count, long querySeed) {
        var random = new SplittableRandom(querySeed);
        var queries = new ArrayList<Query>();
        for (int i = 0; i < count; i++) {
            var city = cities.get(random.nextInt(cities.size()));
            int language = LANGUAGES.indexOf(city.language());
            int topic = 1 + random.nextInt(COMMITMENTS.size());
            double draw = random.nextDouble();
            String kind;
            String text;
            if (draw < 0.30) {
                kind = "word";
                text = noun(random, topic, language, random.nextInt(2));
            } else if (draw < 0.50) {
                kind = "two words";
                text = noun(random, topic, language, random.nextInt(2)) + " "
                        + noun(random, topic, language, random.nextInt(2));
            } else if (draw < 0.60) {
                kind = "three words";
                text = adjective(random, language) + " " + noun(random, topic, language, 1) + " "
                        + noun(random, topic, language, random.nextInt(2));
            } else if (draw < 0.75) {
                kind = "phrase";
                text = "\"" + adjective(random, language) + " " + noun(random, topic, language, 1) + "\"";
            } else if (draw < 0.90) {
                kind = "exclusion";
                text = noun(random, topic, language, random.nextInt(2)) + " -"
                        + noun(random, topic, language, random.nextInt(2));
            } else {
                kind = "place";
                text = place(random) + (random.nextBoolean() ? "" : " " + noun(random, topic, language, 0));
            }
            queries.add(new Query(kind, text, city.language(), filters(random, city)));
        }
        return queries;
    }

    private Map<Facet, List<String>> filters(SplittableRandom random, City city) {
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        double draw = random.nextDouble();
        int count = draw < 0.35 ? 0 : draw < 0.75 ? 1 : 2;
        var facets = List.of(
                Facet.COUNTRY,
                Facet.YEAR,
                Facet.KIND,
                Facet.COMMITMENT,
                Facet.TRACK,
                Facet.LANGUAGE,
                Facet.CITY,
                Facet.FIELD,
                Facet.DESIGNATION);
        while (filters.size() < count) {
            var facet = facets.get(random.nextInt(facets.size()));
            var value = switch (facet) {
                case COUNTRY -> city.country();
                case CITY -> city.slug();
                case YEAR -> String.valueOf(LAST_YEAR - random.nextInt(LAST_YEAR - FIRST_YEAR + 1));
                case KIND -> random.nextInt(3) == 0 ? Kind.PRACTICE.name() : Kind.ACTION.name();
                case COMMITMENT -> COMMITMENTS.get(random.nextInt(COMMITMENTS.size()));
                case TRACK -> TRACKS.get(random.nextInt(TRACKS.size()));
                case LANGUAGE -> city.language();
                case FIELD -> FIELDS.get(random.nextInt(FIELDS.size()));
                case DESIGNATION -> Designation.DESIGNATED.name();
                // the corpus's practices are all cities'
                case LEVEL -> "LOCAL";
                case OWNER -> "CITY";
            };
            filters.put(facet, List.of(value));
        }
        return filters;
    }

    /** A text in a document's language and, alongside, the same in English. */
    private static final class Text {
        final int language;
        final StringBuilder text = new StringBuilder();
        final StringBuilder english = new StringBuilder();
        int words;

        Text(int language) {
            this.language = language;
        }

        void add(String[][] word, int form, boolean capital) {
            append(text, word[language][Math.min(form, word[language].length - 1)], capital);
            append(english, word[0][Math.min(form, word[0].length - 1)], capital);
            words++;
        }

        void addSame(String word) {
            append(text, word, false);
            append(english, word, false);
            words++;
        }

        void end() {
            text.append('.');
            english.append('.');
        }

        private static void append(StringBuilder target, String word, boolean capital) {
            if (!target.isEmpty() && target.charAt(target.length() - 1) != '\n') {
                target.append(' ');
            }
            target.append(capital ? capitalized(word) : word);
        }
    }

    /** The city supports the young families with counselling services in Kalove. */
    private void sentence(SplittableRandom random, int topic, Text out) {
        int number = random.nextInt(2);
        out.add(articles[0], number, true);
        if (random.nextInt(3) == 0) {
            out.add(adjectives[random.nextInt(adjectives.length)], number, false);
        }
        out.add(nouns[nounIndex(random, topic)], number, false);
        out.add(verbs[random.nextInt(verbs.length)], number, false);
        int objectNumber = random.nextInt(2);
        out.add(articles[0], objectNumber, false);
        if (random.nextBoolean()) {
            out.add(adjectives[random.nextInt(adjectives.length)], objectNumber, false);
        }
        out.add(nouns[nounIndex(random, topic)], objectNumber, false);
        if (random.nextInt(3) == 0) {
            out.add(and, 0, false);
            out.add(nouns[nounIndex(random, topic)], 1, false);
        }
        out.add(prepositions[random.nextInt(prepositions.length)], 0, false);
        if (random.nextInt(4) == 0) {
            out.addSame(place(random));
        } else {
            int last = random.nextInt(2);
            out.add(articles[0], last, false);
            out.add(nouns[nounIndex(random, topic)], last, false);
        }
        out.end();
    }

    /** Affordable apartments for young families in Kalove through the municipal council. */
    private void title(SplittableRandom random, int topic, int words, Text out) {
        boolean first = true;
        while (out.words < words) {
            if (!first) {
                out.add(prepositions[random.nextInt(prepositions.length)], 0, false);
            }
            if (random.nextBoolean()) {
                out.add(adjectives[random.nextInt(adjectives.length)], 1, first);
                first = false;
            }
            out.add(nouns[nounIndex(random, topic)], random.nextInt(2), first);
            if (out.words < words - 2 && random.nextInt(4) == 0) {
                out.add(and, 0, false);
                out.add(nouns[nounIndex(random, topic)], 1, false);
            }
            if (out.words < words - 1 && random.nextInt(5) == 0) {
                out.add(prepositions[2], 0, false);
                out.addSame(place(random));
            }
            first = false;
        }
    }

    /** Half the nouns come from the document's topic, the others from all, the first ones more often. */
    private int nounIndex(SplittableRandom random, int topic) {
        if (random.nextBoolean()) {
            int index;
            do {
                index = random.nextInt(nouns.length);
            } while (topicOfNoun[index] != topic);
            return index;
        }
        return (int) Math.floor(nouns.length * Math.pow(random.nextDouble(), 2.5));
    }

    private String noun(SplittableRandom random, int topic, int language, int form) {
        return nouns[nounIndex(random, topic)][language][form];
    }

    private String adjective(SplittableRandom random, int language) {
        return adjectives[random.nextInt(adjectives.length)][language][1];
    }

    /** Place names are rare words: each occurs in few documents, some more than others. */
    private String place(SplittableRandom random) {
        return places.get((int) Math.floor(places.size() * Math.pow(random.nextDouble(), 1.5)));
    }

    private static String name(SplittableRandom random, int syllables) {
        var name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID(
                random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    /** Rows of words: [row][language][form]; with {@code topic} the first column is the topic. */
    private static String[][][] table(String lines, boolean topic) {
        return lines.strip()
                .lines()
                .map(line -> {
                    var columns = line.split(";");
                    int from = topic ? 1 : 0;
                    var row = new String[columns.length - from][];
                    for (int i = from; i < columns.length; i++) {
                        row[i - from] = columns[i].split("\\|");
                    }
                    return row;
                })
                .toArray(String[][][]::new);
    }

    private static int[] topics(String lines) {
        return lines.strip()
                .lines()
                .mapToInt(line -> Integer.parseInt(line.substring(0, line.indexOf(';'))))
                .toArray();
    }
}
