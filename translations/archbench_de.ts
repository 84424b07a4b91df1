<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JsonReader</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp with zone (e.g. 2026-11-28T09:00:00Z)</source>
        <translation>„%1“ ist kein Zeitstempel mit Zeitzone (z. B. 2026-11-28T09:00:00Z)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>muss eine ganze Zahl von mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be a name or an object with a name and a role</source>
        <translation>muss ein Name oder ein Objekt mit Name und Rolle sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of decision-maker, consulted, informed</source>
        <translation>„%1“ ist keiner der Werte decision-maker, consulted, informed</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>archbench::Main</name>
    <message>
        <source>Run &quot;archbench --help&quot; for usage.</source>
        <translation>Aufruf: siehe „archbench --help“.</translation>
    </message>
    <message>
        <source>archbench: cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>archbench: Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>archbench::cli</name>
    <message>
        <source>Convert a project between .archbench and .json</source>
        <translation>Ein Projekt zwischen .archbench und .json umwandeln</translation>
    </message>
    <message>
        <source>Check a project file and report the first problem</source>
        <translation>Eine Projektdatei prüfen und das erste Problem melden</translation>
    </message>
    <message>
        <source>Weighted scores, ranks and sensitivity of decisions</source>
        <translation>Gewichtete Bewertungen, Ränge und Sensitivität von Entscheidungen</translation>
    </message>
    <message>
        <source>Risk counts of Well-Architected reviews</source>
        <translation>Risikozahlen von Well-Architected-Reviews</translation>
    </message>
    <message>
        <source>Verdicts of disaster-recovery drills</source>
        <translation>Ergebnisse von Notfallübungen</translation>
    </message>
    <message>
        <source>Figures of cost models</source>
        <translation>Kennzahlen von Kostenmodellen</translation>
    </message>
    <message>
        <source>Export a Markdown or PDF report</source>
        <translation>Einen Bericht als Markdown oder PDF exportieren</translation>
    </message>
    <message>
        <source>Converts a project between the .archbench file and its .json interchange form.</source>
        <translation>Wandelt ein Projekt zwischen der .archbench-Datei und ihrer JSON-Austauschform um.</translation>
    </message>
    <message>
        <source>The project to read (.archbench or .json).</source>
        <translation>Das zu lesende Projekt (.archbench oder .json).</translation>
    </message>
    <message>
        <source>Prints the figures of every cost model of a project: cost per millisecond saved and return for latency steps, the loads where the cheapest compute option changes, and what reserved capacity saves.</source>
        <translation>Gibt die Kennzahlen jedes Kostenmodells eines Projekts aus: Kosten je eingesparter Millisekunde und Rendite von Latenzschritten, die Lasten, bei denen die günstigste Rechenoption wechselt, und was reservierte Kapazität einspart.</translation>
    </message>
    <message>
        <source>Print JSON in the shape of INTERCHANGE.md.</source>
        <translation>JSON in der Form aus INTERCHANGE.md ausgeben.</translation>
    </message>
    <message>
        <source>archbench cost: %1: %2
</source>
        <translation>archbench cost: %1: %2
</translation>
    </message>
    <message>
        <source>Judges every disaster-recovery drill of a project against its RTO and RPO targets and tells when the next drill is due.</source>
        <translation>Bewertet jede Notfallübung eines Projekts gegen ihre RTO- und RPO-Ziele und sagt, wann die nächste Notfallübung fällig ist.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The project (.archbench or .json).</source>
        <translation>Das Projekt (.archbench oder .json).</translation>
    </message>
    <message>
        <source>md or pdf (default: from the output file name).</source>
        <translation>md oder pdf (Standard: aus dem Namen der Ausgabedatei).</translation>
    </message>
    <message>
        <source>Export only the item with this id (the project id: the project overview).</source>
        <translation>Nur das Element mit dieser ID exportieren (die Projekt-ID: die Projektübersicht).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>Date printed on the report, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).</source>
        <translation>Auf dem Bericht gedrucktes Datum, JJJJ-MM-TT (Standard: SOURCE_DATE_EPOCH, sonst heute).</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>archbench review: %1: %2
</source>
        <translation>archbench review: %1: %2
</translation>
    </message>
    <message>
        <source>Checks a project file (.archbench or .json) and reports the first problem.</source>
        <translation>Prüft eine Projektdatei (.archbench oder .json) und meldet das erste Problem.</translation>
    </message>
    <message>
        <source>The project to check.</source>
        <translation>Das zu prüfende Projekt.</translation>
    </message>
    <message>
        <source>no project file given</source>
        <translation>keine Projektdatei angegeben</translation>
    </message>
    <message>
        <source>give exactly one project file</source>
        <translation>genau eine Projektdatei angeben</translation>
    </message>
    <message>
        <source>expected %1 files, got %2</source>
        <translation>%1 Dateien erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>The project has no decisions: nothing written.
</source>
        <translation>Das Projekt hat keine Entscheidungen: nichts geschrieben.
</translation>
    </message>
    <message>
        <source>--adr-dir writes Markdown files of its own: leave out -o, --item, --page-size and --format pdf</source>
        <translation>--adr-dir schreibt eigene Markdown-Dateien: -o, --item, --page-size und --format pdf weglassen</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>das Datum „%1“ ist nicht JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>keine Ausgabedatei angegeben (-o AUSGABE)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use md or pdf)</source>
        <translation>unbekanntes Format „%1“ (md oder pdf verwenden)</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; add --format md or --format pdf</source>
        <translation>das Format ist aus „%1“ nicht erkennbar; --format md oder --format pdf angeben</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use a4 or letter)</source>
        <translation>unbekanntes Papierformat „%1“ (a4 oder letter verwenden)</translation>
    </message>
    <message>
        <source>Prints the risk counts of the Well-Architected reviews in a project.</source>
        <translation>Gibt die Risikozahlen der Well-Architected-Reviews eines Projekts aus.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Checks a Well-Architected lens (AWS custom-lens JSON) for its authors: which answers no risk rule rates (they would be unrated) and which rules never decide the risk. A lens that cannot be imported is refused with the reason.</source>
        <translation>Prüft eine Well-Architected-Linse (AWS-Custom-Lens-JSON) für ihre Autorinnen und Autoren: welche Antworten keine Risikoregel bewertet (sie blieben unbewertet) und welche Regeln nie über das Risiko entscheiden. Eine Linse, die nicht importiert werden kann, wird mit dem Grund abgewiesen.</translation>
    </message>
    <message>
        <source>check: load the lens and check its risk rules.</source>
        <translation>check: die Linse laden und ihre Risikoregeln prüfen.</translation>
    </message>
    <message>
        <source>The lens file (.json).</source>
        <translation>Die Linsendatei (.json).</translation>
    </message>
    <message>
        <source>Print the warnings as JSON.</source>
        <translation>Die Warnungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>no action given (check is the only one)</source>
        <translation>keine Aktion angegeben (check ist die einzige)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (check is the only one)</source>
        <translation>unbekannte Aktion „%1“ (check ist die einzige)</translation>
    </message>
    <message>
        <source>no lens file given</source>
        <translation>keine Linsendatei angegeben</translation>
    </message>
    <message>
        <source>give exactly one lens file</source>
        <translation>genau eine Linsendatei angeben</translation>
    </message>
    <message>
        <source>archbench lens: %1: cannot be read (%2)
</source>
        <translation>archbench lens: %1: kann nicht gelesen werden (%2)
</translation>
    </message>
    <message>
        <source>archbench lens: %1: larger than %2 MB, not a lens
</source>
        <translation>archbench lens: %1: größer als %2 MB, keine Linse
</translation>
    </message>
    <message>
        <source>archbench lens: %1: %2
</source>
        <translation>archbench lens: %1: %2
</translation>
    </message>
    <message>
        <source>Check a lens file for lens authors (lens check LENS.json)</source>
        <translation>Eine Linsendatei für ihre Autoren prüfen (lens check LINSE.json)</translation>
    </message>
    <message>
        <source>it is not in the form Archbench writes, so it is left as it is (the numbers are found again through the ids in the ADR files; convert it once with archbench convert to keep them in the file)</source>
        <translation>die Datei hat nicht die Form, die Archbench schreibt, und bleibt daher unverändert (die Nummern werden über die IDs in den ADR-Dateien wiedergefunden; einmal mit archbench convert umwandeln, um sie in der Datei zu behalten)</translation>
    </message>
    <message>
        <source>Removed %1 (the decision&apos;s title changed)
</source>
        <translation>%1 entfernt (der Titel der Entscheidung hat sich geändert)
</translation>
    </message>
    <message>
        <source>archbench export: note: the new ADR numbers are not kept in %1: %2
</source>
        <translation>archbench export: Hinweis: die neuen ADR-Nummern werden nicht in %1 gespeichert: %2
</translation>
    </message>
    <message>
        <source>Kept 1 new ADR number in %1
</source>
        <translation>1 neue ADR-Nummer in %1 gespeichert
</translation>
    </message>
    <message>
        <source>Kept %1 new ADR numbers in %2
</source>
        <translation>%1 neue ADR-Nummern in %2 gespeichert
</translation>
    </message>
    <message>
        <source>The report file to write; - writes to standard output.</source>
        <translation>Die zu schreibende Berichtsdatei; - schreibt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write every decision as its own ADR (NNNN-title.md) into this folder, e.g. the repository&apos;s docs/decisions. Numbers already in the folder are respected; a decision keeps its number for life (kept in FILE).</source>
        <translation>Jede Entscheidung als eigenen ADR (NNNN-titel.md) in diesen Ordner schreiben, z. B. docs/decisions des Repositorys. Nummern, die schon im Ordner stehen, werden respektiert; eine Entscheidung behält ihre Nummer auf Dauer (gespeichert in FILE).</translation>
    </message>
    <message>
        <source>unknown flavour &quot;%1&quot; (use madr or nygard)</source>
        <translation>unbekannte Variante „%1“ (madr oder nygard verwenden)</translation>
    </message>
    <message>
        <source>--flavour applies to --adr-dir only</source>
        <translation>--flavour gilt nur zusammen mit --adr-dir</translation>
    </message>
    <message>
        <source>archbench export: cannot write to standard output
</source>
        <translation>archbench export: in die Standardausgabe kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>Read a folder of ADR files (MADR, adr-tools, log4brains) into a project</source>
        <translation>Einen Ordner mit ADR-Dateien (MADR, adr-tools, log4brains) in ein Projekt einlesen</translation>
    </message>
    <message>
        <source>Left %1 as it is: it still says what the decision holds
</source>
        <translation>%1 bleibt unverändert: die Datei sagt noch, was die Entscheidung enthält
</translation>
    </message>
    <message>
        <source>With --adr-dir: madr (MADR 4) or nygard (the format of adr-tools). Default: the shape of the records already in the folder; madr for a new folder.</source>
        <translation>Mit --adr-dir: madr (MADR 4) oder nygard (das Format von adr-tools). Standard: die Form der Dokumente, die schon im Ordner liegen; madr für einen neuen Ordner.</translation>
    </message>
    <message>
        <source>What needs attention across the projects of a folder</source>
        <translation>Was in den Projekten eines Ordners Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>A pipeline gate: exit 1 when a project needs attention</source>
        <translation>Ein Pipeline-Tor: Exit-Code 1, wenn ein Projekt Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Record current values of revisit-trigger metrics</source>
        <translation>Aktuelle Werte der Messgrößen von Überprüfungsauslösern festhalten</translation>
    </message>
    <message>
        <source>Exports a project as a Markdown or PDF report, or its decisions as ADR files. Given a folder, exports the portfolio of every project in it: a summary, then what needs attention in each project.</source>
        <translation>Exportiert ein Projekt als Markdown- oder PDF-Bericht oder seine Entscheidungen als ADR-Dateien. Mit einem Ordner wird das Portfolio aller Projekte darin exportiert: eine Übersicht, dann was in jedem Projekt Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>The project (.archbench or .json), or a folder of projects.</source>
        <translation>Das Projekt (.archbench oder .json) oder ein Ordner mit Projekten.</translation>
    </message>
    <message>
        <source>--item exports one item of one project; give a project file, not a folder</source>
        <translation>--item exportiert ein Element eines Projekts; geben Sie eine Projektdatei an, keinen Ordner</translation>
    </message>
    <message>
        <source>The file to write (.archbench or .json); - or none writes the JSON form to standard output (git&apos;s textconv).</source>
        <translation>Die zu schreibende Datei (.archbench oder .json); - oder keine schreibt die JSON-Form auf die Standardausgabe (textconv von git).</translation>
    </message>
    <message>
        <source>give INPUT and OUTPUT, or INPUT alone for JSON on standard output</source>
        <translation>geben Sie EINGABE und AUSGABE an, oder nur EINGABE für JSON auf der Standardausgabe</translation>
    </message>
    <message>
        <source>What changed between two versions of a project</source>
        <translation>Was sich zwischen zwei Fassungen eines Projekts geändert hat</translation>
    </message>
    <message>
        <source>Three-way merge of two versions of a project (a git merge driver)</source>
        <translation>Drei-Wege-Zusammenführung zweier Fassungen eines Projekts (ein Merge-Treiber für git)</translation>
    </message>
    <message>
        <source>Export a participant&apos;s ballot to fill in apart, or import filled ballots</source>
        <translation>Stimmzettel eines Teilnehmers zum Ausfüllen exportieren oder ausgefüllte importieren</translation>
    </message>
    <message>
        <source>Set up a team server on PostgreSQL: init, check, grant</source>
        <translation>Einen Team-Server auf PostgreSQL einrichten: init, check, grant</translation>
    </message>
    <message>
        <source>Publish a project to a team server, or save it back there with a merge</source>
        <translation>Ein Projekt auf einem Team-Server veröffentlichen oder dorthin zurückspeichern, mit Zusammenführung</translation>
    </message>
    <message>
        <source>Fetch a project from a team server into a file</source>
        <translation>Ein Projekt von einem Team-Server in eine Datei holen</translation>
    </message>
    <message>
        <source>List the projects on a team server</source>
        <translation>Die Projekte auf einem Team-Server auflisten</translation>
    </message>
</context>
<context>
    <name>archbench::cli::Ballot</name>
    <message>
        <source>Writes one participant&apos;s ballot for a decision: its options, criteria and scale and an empty value for every cell (their earlier ballot, if they have one). Fill it in Archbench (File &gt; Open) or any editor and bring it back with `archbench ballot import`.</source>
        <translation>Schreibt den Stimmzettel eines Teilnehmers für eine Entscheidung: Optionen, Kriterien und Skala und einen leeren Wert für jede Zelle (oder seinen bisherigen Stimmzettel). In Archbench (Datei &gt; Öffnen) oder einem beliebigen Editor ausfüllen und mit `archbench ballot import` zurückholen.</translation>
    </message>
    <message>
        <source>The decision&apos;s id or title.</source>
        <translation>Kennung oder Titel der Entscheidung.</translation>
    </message>
    <message>
        <source>Whose ballot it is.</source>
        <translation>Wessen Stimmzettel es ist.</translation>
    </message>
    <message>
        <source>The ballot file to write (- for standard output).</source>
        <translation>Die zu schreibende Stimmzettel-Datei (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>The project (.archbench or .json).</source>
        <translation>Das Projekt (.archbench oder .json).</translation>
    </message>
    <message>
        <source>give --decision, --participant and -o</source>
        <translation>--decision, --participant und -o angeben</translation>
    </message>
    <message>
        <source>archbench ballot export: %1: no decision with id or title &quot;%2&quot;
</source>
        <translation>archbench ballot export: %1: keine Entscheidung mit Kennung oder Titel „%2“
</translation>
    </message>
    <message>
        <source>archbench ballot export: %1: &quot;%2&quot; has no options or no criteria to score
</source>
        <translation>archbench ballot export: %1: „%2“ hat keine Optionen oder keine Kriterien zum Bewerten
</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s ballot for &quot;%2&quot; to %3
</source>
        <translation>Stimmzettel von %1 für „%2“ nach %3 geschrieben
</translation>
    </message>
    <message>
        <source>Brings filled-in ballot files back into a project, each as its participant&apos;s ballot on its decision. All or nothing: a ballot for another project or an unknown decision, option or criterion, a value outside the scale, or two ballots from one participant refuse the whole import and nothing is written.</source>
        <translation>Holt ausgefüllte Stimmzettel-Dateien in ein Projekt zurück, jede als Stimmzettel ihres Teilnehmers zu ihrer Entscheidung. Alles oder nichts: Ein Stimmzettel für ein anderes Projekt oder eine unbekannte Entscheidung, Option oder ein unbekanntes Kriterium, ein Wert außerhalb der Skala oder zwei Stimmzettel eines Teilnehmers lehnen den ganzen Import ab, und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Replace the earlier ballot of a participant who already has one.</source>
        <translation>Den bisherigen Stimmzettel eines Teilnehmers ersetzen, der schon einen hat.</translation>
    </message>
    <message>
        <source>Ballot files written by `ballot export`.</source>
        <translation>Mit `ballot export` geschriebene Stimmzettel-Dateien.</translation>
    </message>
    <message>
        <source>give a project file and at least one ballot file</source>
        <translation>eine Projektdatei und mindestens eine Stimmzettel-Datei angeben</translation>
    </message>
    <message>
        <source>archbench ballot import: %1: %2; nothing imported
</source>
        <translation>archbench ballot import: %1: %2; nichts importiert
</translation>
    </message>
    <message>
        <source>archbench ballot import: %1 already has a ballot; pass --replace to replace it; nothing imported
</source>
        <translation>archbench ballot import: %1 hat schon einen Stimmzettel; mit --replace wird er ersetzt; nichts importiert
</translation>
    </message>
    <message>
        <source>archbench ballot import: %1; nothing imported
</source>
        <translation>archbench ballot import: %1; nichts importiert
</translation>
    </message>
    <message>
        <source>Imported %1&apos;s ballot (1 score)
</source>
        <translation>Stimmzettel von %1 importiert (1 Bewertung)
</translation>
    </message>
    <message>
        <source>Imported %1&apos;s ballot (%2 scores)
</source>
        <translation>Stimmzettel von %1 importiert (%2 Bewertungen)
</translation>
    </message>
    <message>
        <source>Replaced the earlier ballot of %1
</source>
        <translation>Bisherigen Stimmzettel von %1 ersetzt
</translation>
    </message>
    <message>
        <source>Added %1 to the decision&apos;s people as consulted
</source>
        <translation>%1 als konsultiert zu den Beteiligten der Entscheidung hinzugefügt
</translation>
    </message>
    <message>
        <source>One participant&apos;s ballot as a file to fill in apart from the meeting (export), and filled ballots back into the project (import). `archbench ballot export --help` and `archbench ballot import --help` tell more.</source>
        <translation>Der Stimmzettel eines Teilnehmers als Datei zum Ausfüllen außerhalb der Sitzung (export) und ausgefüllte Stimmzettel zurück ins Projekt (import). `archbench ballot export --help` und `archbench ballot import --help` erklären mehr.</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export oder import.</translation>
    </message>
    <message>
        <source>give export or import</source>
        <translation>export oder import angeben</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
</context>
<context>
    <name>archbench::cli::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Start the window without showing it, save a PNG of it to OUT once it has painted, and exit.</source>
        <translation>Das Fenster unsichtbar starten, es als PNG nach AUSGABE speichern, sobald es gezeichnet ist, und beenden.</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>AUSGABE.png</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>Log level: %1 (default info; the ARCHBENCH_LOG variable sets it too).</source>
        <translation>Protokollstufe: %1 (Standard info; auch über die Variable ARCHBENCH_LOG).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Language of the interface, such as de or en (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche, etwa de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Archbench, a workbench for architecture design reviews.</source>
        <translation>Archbench, eine Werkbank für Architektur-Reviews.</translation>
    </message>
    <message>
        <source>A project to open: an .archbench file or an interchange .json file.</source>
        <translation>Ein zu öffnendes Projekt: eine .archbench-Datei oder eine JSON-Austauschdatei.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>Too many arguments: %1. Give at most one project file.</source>
        <translation>Zu viele Argumente: %1. Höchstens eine Projektdatei angeben.</translation>
    </message>
    <message>
        <source>--size only applies together with --screenshot.</source>
        <translation>--size gilt nur zusammen mit --screenshot.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size such as 1600x1000 (each side %2 to %3 pixels).</source>
        <translation>--size: „%1“ ist keine Größe wie 1600x1000 (jede Seite %2 bis %3 Pixel).</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must name a .png file.</source>
        <translation>--screenshot: „%1“ muss eine .png-Datei sein.</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):</source>
        <translation>Unterbefehle (laufen ohne Bildschirm):</translation>
    </message>
    <message>
        <source>Run &quot;archbench SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>„archbench UNTERBEFEHL --help“ zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>archbench::cli::ImportAdr</name>
    <message>
        <source>%1 ADR files read: %2 added, %3 updated, %4 unchanged.
</source>
        <translation>%1 ADR-Dateien gelesen: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.
</translation>
    </message>
    <message>
        <source>archbench import-adr: the folder&apos;s decisions do not fit %1: %2
</source>
        <translation>archbench import-adr: die Entscheidungen des Ordners passen nicht zu %1: %2
</translation>
    </message>
    <message>
        <source>Reads a folder of architecture decision records (MADR, adr-tools/Nygard, log4brains, or Archbench&apos;s own export) into a new project (-o), into an existing one (--into: decisions matched by id, ADR number or title, never duplicated), or, with neither, says what an import would do.</source>
        <translation>Liest einen Ordner mit Architecture Decision Records (MADR, adr-tools/Nygard, log4brains oder Archbenchs eigener Export) in ein neues Projekt (-o) oder in ein bestehendes (--into: Entscheidungen werden über ID, ADR-Nummer oder Titel zugeordnet, nie verdoppelt); ohne beides sagt es, was ein Import tun würde.</translation>
    </message>
    <message>
        <source>A new project file to write (.archbench or .json); it must not exist.</source>
        <translation>Eine neue Projektdatei (.archbench oder .json); sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>An existing project to import into (.archbench or .json).</source>
        <translation>Ein bestehendes Projekt, in das importiert wird (.archbench oder .json).</translation>
    </message>
    <message>
        <source>Report as JSON on standard output.</source>
        <translation>Den Bericht als JSON in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The folder that holds the ADR files (docs/decisions, doc/adr, …).</source>
        <translation>Der Ordner mit den ADR-Dateien (docs/decisions, doc/adr, …).</translation>
    </message>
    <message>
        <source>give either -o or --into, not both</source>
        <translation>entweder -o oder --into angeben, nicht beides</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: hinzugefügt</translation>
    </message>
    <message>
        <source>archbench import-adr: %1 exists; use --into to import into it
</source>
        <translation>archbench import-adr: %1 existiert bereits; mit --into hinein importieren
</translation>
    </message>
</context>
<context>
    <name>archbench::cli::Merge</name>
    <message>
        <source>Says what changed from project A to project B, by entity and field: scores, weights, titles, answers, action items. Exits 0 when they are equal, 1 when they differ, 2 when a file is refused.</source>
        <translation>Sagt, was sich von Projekt A zu Projekt B geändert hat, nach Element und Feld: Bewertungen, Gewichte, Titel, Antworten, Maßnahmen. Endet mit 0, wenn sie gleich sind, mit 1, wenn sie sich unterscheiden, mit 2, wenn eine Datei abgelehnt wird.</translation>
    </message>
    <message>
        <source>Print the changes as JSON (INTERCHANGE.md).</source>
        <translation>Die Änderungen als JSON ausgeben (INTERCHANGE.md).</translation>
    </message>
    <message>
        <source>The project before (.archbench or .json).</source>
        <translation>Das Projekt vorher (.archbench oder .json).</translation>
    </message>
    <message>
        <source>The project after.</source>
        <translation>Das Projekt nachher.</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>Keine Unterschiede.
</translation>
    </message>
    <message>
        <source>Three-way merge of two versions of a project that both started from BASE: every change of either side that does not conflict applies; a conflict (both sides changed one field differently, or one deleted what the other changed) keeps ours and is listed. Exits 0 when clean, 1 with conflicts, 2 when a file is refused. As git&apos;s merge driver: archbench merge %O %A %B -o %A.</source>
        <translation>Drei-Wege-Zusammenführung zweier Fassungen eines Projekts, die beide von BASIS ausgingen: Jede Änderung einer Seite ohne Konflikt wird übernommen; bei einem Konflikt (beide Seiten änderten ein Feld verschieden, oder eine löschte, was die andere änderte) bleibt unsere Fassung, und er wird aufgeführt. Endet mit 0 ohne Konflikte, 1 mit Konflikten, 2, wenn eine Datei abgelehnt wird. Als Merge-Treiber für git: archbench merge %O %A %B -o %A.</translation>
    </message>
    <message>
        <source>The merged project to write; its extension, else OURS, decides the format.</source>
        <translation>Das zusammengeführte Projekt; seine Endung, sonst UNSERE, bestimmt das Format.</translation>
    </message>
    <message>
        <source>Report the conflicts as JSON (INTERCHANGE.md).</source>
        <translation>Die Konflikte als JSON ausgeben (INTERCHANGE.md).</translation>
    </message>
    <message>
        <source>The version both sides started from.</source>
        <translation>Die Fassung, von der beide Seiten ausgingen.</translation>
    </message>
    <message>
        <source>Our version (kept where the sides conflict).</source>
        <translation>Unsere Fassung (bleibt, wo die Seiten in Konflikt stehen).</translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation>Ihre Fassung.</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>keine Ausgabedatei angegeben (-o AUSGABE)</translation>
    </message>
    <message>
        <source>archbench merge: these are not versions of one project (project ids %1, %2, %3); a merge needs the version both sides started from
</source>
        <translation>archbench merge: Das sind keine Fassungen eines Projekts (Projekt-IDs %1, %2, %3); eine Zusammenführung braucht die Fassung, von der beide Seiten ausgingen
</translation>
    </message>
    <message>
        <source>conflict: %1: base %2, ours %3, theirs %4 (kept ours)
</source>
        <translation>Konflikt: %1: Basis %2, unsere %3, ihre %4 (unsere behalten)
</translation>
    </message>
    <message>
        <source>Merged cleanly: %1 changes taken from theirs.
</source>
        <translation>Ohne Konflikte zusammengeführt: %1 Änderungen von ihrer Seite übernommen.
</translation>
    </message>
    <message>
        <source>Merged with %1 conflicts (ours kept for each): %2 changes taken from theirs.
</source>
        <translation>Mit %1 Konflikten zusammengeführt (jeweils unsere behalten): %2 Änderungen von ihrer Seite übernommen.
</translation>
    </message>
    <message>
        <source>Merged with 1 conflict (ours kept): %1 changes taken from theirs.
</source>
        <translation>Mit 1 Konflikt zusammengeführt (unsere behalten): %1 Änderungen von ihrer Seite übernommen.
</translation>
    </message>
    <message>
        <source>archbench merge: %1 was saved after %2, so it is not the version both sides started from
</source>
        <translation>archbench merge: %1 wurde nach %2 gespeichert und ist daher nicht die Fassung, von der beide Seiten ausgingen
</translation>
    </message>
</context>
<context>
    <name>archbench::cli::Portfolio</name>
    <message>
        <source>The day to judge by (YYYY-MM-DD; default: today), for reproducible runs.</source>
        <translation>Der Stichtag (JJJJ-MM-TT; Vorgabe: heute), für reproduzierbare Läufe.</translation>
    </message>
    <message>
        <source>A JSON object of current metric values ({&quot;rps&quot;: 12000}) that triggers with those metric names use for this run.</source>
        <translation>Ein JSON-Objekt mit aktuellen Messwerten ({&quot;rps&quot;: 12000}), die Auslöser mit diesen Messgrößen für diesen Lauf verwenden.</translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date like 2026-12-05</source>
        <translation>--today „%1“ ist kein Datum wie 2026-12-05</translation>
    </message>
    <message>
        <source>Print JSON (INTERCHANGE.md) instead of a table.</source>
        <translation>JSON (INTERCHANGE.md) statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>A pipeline gate: exits 0 when nothing needs attention, 1 when something does and 2 when a file or an argument is refused. It prints exactly what counts.</source>
        <translation>Ein Pipeline-Tor: endet mit 0, wenn nichts Aufmerksamkeit braucht, mit 1, wenn etwas sie braucht, und mit 2, wenn eine Datei oder ein Argument abgelehnt wird. Es gibt genau das aus, was zählt.</translation>
    </message>
    <message>
        <source>What counts, comma-separated: triggers (fired), due (triggers due within 30 days), checks (decision quality), risks (high), drills (overdue or failed), actions (overdue). Default: triggers,checks,actions,drills.</source>
        <translation>Was zählt, durch Kommas getrennt: triggers (ausgelöst), due (Auslöser in 30 Tagen fällig), checks (Entscheidungsqualität), risks (hoch), drills (überfällig oder nicht bestanden), actions (überfällig). Vorgabe: triggers,checks,actions,drills.</translation>
    </message>
    <message>
        <source>text (default), json, github (workflow annotations) or junit (XML).</source>
        <translation>text (Vorgabe), json, github (Workflow-Anmerkungen) oder junit (XML).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text, json, github or junit)</source>
        <translation>unbekanntes Format „%1“ (text, json, github oder junit verwenden)</translation>
    </message>
    <message>
        <source>Records current values of revisit-trigger metrics in a project (rps=12000 monthly_cost=31000): every trigger whose metric has that name gets the value. Names match without regard to case, unit, spaces, &apos;_&apos; and &apos;-&apos;. A name that no trigger measures is refused and nothing is written.</source>
        <translation>Hält aktuelle Werte der Messgrößen von Überprüfungsauslösern in einem Projekt fest (rps=12000 monthly_cost=31000): Jeder Auslöser, dessen Messgröße so heißt, erhält den Wert. Namen passen ohne Rücksicht auf Groß- und Kleinschreibung, Einheit, Leerzeichen, &apos;_&apos; und &apos;-&apos;. Ein Name, den kein Auslöser misst, wird abgelehnt, und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>The project (.archbench or .json).</source>
        <translation>Das Projekt (.archbench oder .json).</translation>
    </message>
    <message>
        <source>A metric reading, e.g. rps=12000.</source>
        <translation>Ein Messwert, z. B. rps=12000.</translation>
    </message>
    <message>
        <source>give a project file and at least one NAME=VALUE</source>
        <translation>geben Sie eine Projektdatei und mindestens ein NAME=WERT an</translation>
    </message>
    <message>
        <source>archbench set-metric: %1: no revisit trigger measures %2; nothing written
</source>
        <translation>archbench set-metric: %1: Kein Überprüfungsauslöser misst %2; nichts geschrieben
</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; now %3 (%4)
</source>
        <translation>%1: „%2“ jetzt %3 (%4)
</translation>
    </message>
    <message>
        <source>Lists every project under FOLDER (searched recursively for .archbench and .json projects) with what needs attention: fired and due revisit triggers, high risks, the latest drill and the next one due, overdue action items, failed decision-quality checks. Files that cannot be read are listed with the reason. Given a team server&apos;s URL (postgresql://...), lists the projects there that you are a member of.</source>
        <translation>Listet jedes Projekt unter ORDNER (rekursiv nach .archbench- und .json-Projekten durchsucht) mit dem, was Aufmerksamkeit braucht: ausgelöste und fällige Überprüfungsauslöser, hohe Risiken, die letzte Notfallübung und die nächste fällige, überfällige Maßnahmen, nicht bestandene Qualitätsprüfungen. Dateien, die nicht gelesen werden können, werden mit dem Grund aufgeführt. Mit der URL eines Team-Servers (postgresql://...) werden die Projekte dort aufgeführt, bei denen Sie Mitglied sind.</translation>
    </message>
    <message>
        <source>The folder to search, one project file, or a team server.</source>
        <translation>Der zu durchsuchende Ordner, eine Projektdatei oder ein Team-Server.</translation>
    </message>
    <message>
        <source>A project file, a folder searched recursively, or a team server (postgresql://...).</source>
        <translation>Eine Projektdatei, ein rekursiv durchsuchter Ordner oder ein Team-Server (postgresql://...).</translation>
    </message>
</context>
<context>
    <name>archbench::cli::ScoreCommand</name>
    <message>
        <source>Prints the weighted score, rank, flip shares and robustness of each decision in FILE.</source>
        <translation>Gibt für jede Entscheidung in DATEI die gewichtete Bewertung, den Rang, die Kippanteile und die Robustheit aus.</translation>
    </message>
    <message>
        <source>Only the decision with this id.</source>
        <translation>Nur die Entscheidung mit dieser ID.</translation>
    </message>
    <message>
        <source>archbench score: %1 has no decision with the id &quot;%2&quot;
</source>
        <translation>archbench score: %1 hat keine Entscheidung mit der ID „%2“
</translation>
    </message>
    <message>
        <source>Print JSON in the shape of INTERCHANGE.md.</source>
        <translation>JSON in der Form aus INTERCHANGE.md ausgeben.</translation>
    </message>
    <message>
        <source>The project (.archbench or .json).</source>
        <translation>Das Projekt (.archbench oder .json).</translation>
    </message>
</context>
<context>
    <name>archbench::cli::Server</name>
    <message>
        <source>The server: postgresql://user@host:port/database (?host=/socket/dir, ?sslmode=verify-full). The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Der Server: postgresql://benutzer@host:port/datenbank (?host=/socket/ordner, ?sslmode=verify-full). Das Passwort kommt aus ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is already at version %1; nothing to do.
</source>
        <translation>Das Schema des Servers ist schon auf Version %1; nichts zu tun.
</translation>
    </message>
    <message>
        <source>Created the Archbench schema, version %1, on %2.
</source>
        <translation>Archbench-Schema in Version %1 auf %2 angelegt.
</translation>
    </message>
    <message>
        <source>Upgraded the server&apos;s schema from version %1 to %2.
</source>
        <translation>Schema des Servers von Version %1 auf %2 gebracht.
</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is not owner, editor or viewer</source>
        <translation>die Rolle „%1“ ist nicht owner, editor oder viewer</translation>
    </message>
    <message>
        <source>%1 is now %2 of the project &quot;%3&quot;.
</source>
        <translation>%1 ist jetzt %2 des Projekts „%3“.
</translation>
    </message>
    <message>
        <source>Sets up a team server on PostgreSQL (docs/team-server.md). &quot;init&quot; creates the Archbench schema in a database, or upgrades it, one step per transaction; &quot;check&quot; says its version and whether this program can use it (exit 0 yes, 1 no); &quot;grant&quot; makes a user owner, editor or viewer of a project (only its owners may).</source>
        <translation>Richtet einen Team-Server auf PostgreSQL ein (docs/team-server.md). „init“ legt das Archbench-Schema in einer Datenbank an oder bringt es auf den neuen Stand, eine Stufe je Transaktion; „check“ nennt seine Version und ob dieses Programm es nutzen kann (Exit-Code 0 ja, 1 nein); „grant“ macht einen Benutzer zu owner, editor oder viewer eines Projekts (nur dessen Eigentümer dürfen das).</translation>
    </message>
    <message>
        <source>check: print the result as JSON.</source>
        <translation>check: das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>init, check or grant.</source>
        <translation>init, check oder grant.</translation>
    </message>
    <message>
        <source>say init, check or grant</source>
        <translation>init, check oder grant angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not init, check or grant</source>
        <translation>„%1“ ist nicht init, check oder grant</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>falsche Zahl von Argumenten für „%1“</translation>
    </message>
    <message>
        <source>Sends a project to a team server. A file that was never there is published as a new project you own. A file pulled from (or pushed to) that server is saved as its next version; when others saved in the meantime, their changes are merged into yours first (conflicts keep your value and are recorded in the project), and the file is updated to what the server now holds. Exits 0 when saved, 1 when saved with conflicts to resolve.</source>
        <translation>Schickt ein Projekt an einen Team-Server. Eine Datei, die noch nie dort war, wird als neues Projekt veröffentlicht, das Ihnen gehört. Eine von diesem Server geholte (oder dorthin geschickte) Datei wird als nächste Version gespeichert; haben andere inzwischen gespeichert, werden deren Änderungen zuerst mit Ihren zusammengeführt (bei Konflikten bleibt Ihr Wert, der andere wird im Projekt festgehalten), und die Datei erhält den Stand, den der Server nun hat. Exit-Code 0 wenn gespeichert, 1 wenn gespeichert mit noch zu klärenden Konflikten.</translation>
    </message>
    <message>
        <source>The project (.archbench or .json).</source>
        <translation>Das Projekt (.archbench oder .json).</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) others had saved:
</source>
        <translation>
            <numerusform>%n Änderung zusammengeführt, die andere gespeichert hatten:
</numerusform>
            <numerusform>%n Änderungen zusammengeführt, die andere gespeichert hatten:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both changed the same field; yours was kept and theirs recorded in the project:
</source>
        <translation>
            <numerusform>%n Konflikt: beide haben dasselbe Feld geändert; Ihr Wert blieb, der andere ist im Projekt festgehalten:
</numerusform>
            <numerusform>%n Konflikte: beide haben dieselben Felder geändert; Ihre Werte blieben, die anderen sind im Projekt festgehalten:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: yours %2, theirs %3
</source>
        <translation>  %1: Ihrer %2, deren %3
</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as version %2 on %3.
</source>
        <translation>„%1“ als Version %2 auf %3 gespeichert.
</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; (id %2) on %3; you own it.
</source>
        <translation>„%1“ (ID %2) auf %3 veröffentlicht; es gehört Ihnen.
</translation>
    </message>
    <message>
        <source>Note: a .json file cannot remember the server; pull the project into an .archbench file to save it back with merges.
</source>
        <translation>Hinweis: Eine .json-Datei kann sich den Server nicht merken; holen Sie das Projekt in eine .archbench-Datei, um mit Zusammenführung zurückzuspeichern.
</translation>
    </message>
    <message>
        <source>archbench push: the server has version %1, but %2 could not be updated: %3; pull it again.
</source>
        <translation>archbench push: Der Server hat Version %1, aber %2 konnte nicht aktualisiert werden: %3; holen Sie das Projekt erneut.
</translation>
    </message>
    <message>
        <source>Fetches a project from a team server into a file. An .archbench file remembers the server and version, so &quot;archbench push&quot; saves it back and merges what others saved meanwhile.</source>
        <translation>Holt ein Projekt von einem Team-Server in eine Datei. Eine .archbench-Datei merkt sich Server und Version, sodass „archbench push“ sie zurückspeichert und zusammenführt, was andere inzwischen gespeichert haben.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, wenn es existiert.</translation>
    </message>
    <message>
        <source>The project&apos;s id (archbench projects URL lists them).</source>
        <translation>Die ID des Projekts (archbench projects URL listet sie auf).</translation>
    </message>
    <message>
        <source>The file to write (.archbench or .json).</source>
        <translation>Die zu schreibende Datei (.archbench oder .json).</translation>
    </message>
    <message>
        <source>%1 exists already; give another name, or --force to replace it</source>
        <translation>%1 existiert schon; geben Sie einen anderen Namen an oder --force, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>Pulled &quot;%1&quot; version %2 into %3; you are %4 of it.
</source>
        <translation>„%1“ Version %2 nach %3 geholt; Sie sind %4.
</translation>
    </message>
    <message>
        <source>Lists the projects on a team server that you are a member of, with their version, last change and your role.</source>
        <translation>Listet die Projekte auf einem Team-Server, bei denen Sie Mitglied sind, mit Version, letzter Änderung und Ihrer Rolle.</translation>
    </message>
    <message>
        <source>Print the list as JSON (INTERCHANGE.md).</source>
        <translation>Die Liste als JSON ausgeben (INTERCHANGE.md).</translation>
    </message>
    <message>
        <source>No projects on %1 that %2 is a member of.
</source>
        <translation>Keine Projekte auf %1, bei denen %2 Mitglied ist.
</translation>
    </message>
    <message>
        <source>%1  %2  version %3, saved %4 by %5, you: %6
</source>
        <translation>%1  %2  Version %3, gespeichert %4 von %5, Sie: %6
</translation>
    </message>
</context>
<context>
    <name>archbench::core::AdrFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The decisions &quot;%1&quot; and &quot;%2&quot; would both be ADR %3: their records in %4 disagree with the project.</source>
        <translation>Die Entscheidungen „%1“ und „%2“ wären beide ADR %3: ihre Dateien in %4 widersprechen dem Projekt.</translation>
    </message>
    <message>
        <source>Cannot write decision &quot;%1&quot; as ADR %2: %3 already has that number and is not its record. Move or renumber that file, or export into another folder.</source>
        <translation>Die Entscheidung „%1“ kann nicht als ADR %2 geschrieben werden: %3 hat diese Nummer schon und gehört nicht zu ihr. Diese Datei verschieben oder umnummerieren, oder in einen anderen Ordner exportieren.</translation>
    </message>
    <message>
        <source>Cannot remove the old record %1 of decision &quot;%2&quot; (now %3).</source>
        <translation>Die alte Datei %1 der Entscheidung „%2“ (jetzt %3) kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>archbench::core::AdrImport</name>
    <message>
        <source>the %1 is larger than %2 KiB</source>
        <translation>%1 ist größer als %2 KiB</translation>
    </message>
    <message>
        <source>the %1 nests deeper than %2 levels</source>
        <translation>%1 ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the %1 is not a set of keys and values</source>
        <translation>%1 besteht nicht aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>the %1 is not valid YAML (line %2: %3)</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>the %1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one Archbench knows; read as proposed</source>
        <translation>der Status „%1“ ist Archbench nicht bekannt; gelesen als vorgeschlagen</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date (YYYY-MM-DD); left empty</source>
        <translation>das Datum „%1“ ist kein Datum (JJJJ-MM-TT); bleibt leer</translation>
    </message>
    <message>
        <source>the front matter opened by &quot;---&quot; on line 1 is never closed</source>
        <translation>die mit „---“ in Zeile 1 geöffnete Front Matter wird nie geschlossen</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>die Front Matter</translation>
    </message>
    <message>
        <source>Archbench comment</source>
        <translation>der Archbench-Kommentar</translation>
    </message>
    <message>
        <source>no title; named after the file</source>
        <translation>kein Titel; nach der Datei benannt</translation>
    </message>
    <message>
        <source>no status; read as accepted</source>
        <translation>kein Status; gelesen als angenommen</translation>
    </message>
    <message>
        <source>the options or criteria do not match the ids in the Archbench block; they get new ids</source>
        <translation>die Optionen oder Kriterien passen nicht zu den IDs im Archbench-Block; sie erhalten neue IDs</translation>
    </message>
    <message>
        <source>a score lies outside the scale; the scale now runs from %1 to %2</source>
        <translation>eine Bewertung liegt außerhalb der Skala; die Skala reicht jetzt von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1: status %2 → %3</source>
        <translation>%1: Status %2 → %3</translation>
    </message>
    <message>
        <source>%1: superseded by %2 → %3</source>
        <translation>%1: abgelöst durch %2 → %3</translation>
    </message>
    <message>
        <source>%1: date %2 → %3</source>
        <translation>%1: Datum %2 → %3</translation>
    </message>
    <message>
        <source>%1: door type %2 → %3</source>
        <translation>%1: Türtyp %2 → %3</translation>
    </message>
    <message>
        <source>decision-makers</source>
        <translation>Entscheidungsbefugte</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>konsultiert</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>informiert</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>Randbedingungen</translation>
    </message>
    <message>
        <source>trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>chosen option</source>
        <translation>gewählte Option</translation>
    </message>
    <message>
        <source>%1: option %2 added</source>
        <translation>%1: Option %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: option %2 changed</source>
        <translation>%1: Option %2 geändert</translation>
    </message>
    <message>
        <source>%1: option %2 removed</source>
        <translation>%1: Option %2 entfernt</translation>
    </message>
    <message>
        <source>%1: criterion %2 added</source>
        <translation>%1: Kriterium %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: weight of %2 %3 → %4</source>
        <translation>%1: Gewicht von %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: criterion %2 changed</source>
        <translation>%1: Kriterium %2 geändert</translation>
    </message>
    <message>
        <source>%1: criterion %2 removed</source>
        <translation>%1: Kriterium %2 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 scored %3</source>
        <translation>%1: %2 bewertet mit %3</translation>
    </message>
    <message>
        <source>%1: %2 rationale %3 → %4</source>
        <translation>%1: %2 Begründung %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 × %3 no longer scored</source>
        <translation>%1: %2 × %3 nicht mehr bewertet</translation>
    </message>
    <message>
        <source>%1: hard constraints changed</source>
        <translation>%1: harte Randbedingungen geändert</translation>
    </message>
    <message>
        <source>%1: trade-offs accepted changed</source>
        <translation>%1: akzeptierte Abwägungen geändert</translation>
    </message>
    <message>
        <source>%1: risks changed</source>
        <translation>%1: Risiken geändert</translation>
    </message>
    <message>
        <source>%1: revisit triggers changed</source>
        <translation>%1: Wiedervorlage-Auslöser geändert</translation>
    </message>
    <message>
        <source>%1: scale %2–%3 → %4–%5</source>
        <translation>%1: Skala %2–%3 → %4–%5</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file holds binary data</source>
        <translation>die Datei enthält Binärdaten</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot list the folder %1.</source>
        <translation>Der Ordner %1 kann nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>a symbolic link to a file outside the folder; not read</source>
        <translation>ein symbolischer Link auf eine Datei außerhalb des Ordners; nicht gelesen</translation>
    </message>
    <message>
        <source>not a regular file; not read</source>
        <translation>keine reguläre Datei; nicht gelesen</translation>
    </message>
    <message>
        <source>holds the same decision id as another file; read as a separate decision</source>
        <translation>hat dieselbe Entscheidungs-ID wie eine andere Datei; als eigene Entscheidung gelesen</translation>
    </message>
    <message>
        <source>the link to %1 leaves the folder; not followed</source>
        <translation>der Link auf %1 verlässt den Ordner; nicht verfolgt</translation>
    </message>
    <message>
        <source>superseded by %1, which is not in the folder</source>
        <translation>abgelöst durch %1, das nicht im Ordner liegt</translation>
    </message>
    <message>
        <source>its supersede links go round in a circle; the link is dropped</source>
        <translation>ihre Ablösungs-Links bilden einen Kreis; der Link wird verworfen</translation>
    </message>
    <message>
        <source>%1: added from %2</source>
        <translation>%1: aus %2 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>archbench::core::AdrWriter</name>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source>Problem being solved:</source>
        <translation>Zu lösendes Problem:</translation>
    </message>
    <message>
        <source>No context recorded.</source>
        <translation>Kein Kontext erfasst.</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>Must hold: %1</source>
        <translation>Muss gelten: %1</translation>
    </message>
    <message>
        <source>No criteria recorded.</source>
        <translation>Keine Kriterien erfasst.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>No options recorded.</source>
        <translation>Keine Optionen erfasst.</translation>
    </message>
    <message>
        <source>The decision matrix: scores on a scale of %1 to %2; the weighted score is Σ(weight × score) ÷ Σ(weight).</source>
        <translation>Die Entscheidungsmatrix: Bewertungen auf einer Skala von %1 bis %2; die gewichtete Bewertung ist Σ(Gewicht × Bewertung) ÷ Σ(Gewicht).</translation>
    </message>
    <message>
        <source>No option leads the matrix: none is both complete and still in the running.</source>
        <translation>Keine Option führt die Matrix an: keine ist vollständig und noch im Rennen.</translation>
    </message>
    <message>
        <source>%1 leads the weighted matrix with %2 of %3 (%4 %).</source>
        <translation>%1 führt die gewichtete Matrix mit %2 von %3 an (%4 %).</translation>
    </message>
    <message>
        <source>It stays first under %1 of random weightings of the criteria.</source>
        <translation>Sie bleibt bei %1 zufälliger Gewichtungen der Kriterien vorn.</translation>
    </message>
    <message>
        <source>No option chosen yet.</source>
        <translation>Noch keine Option gewählt.</translation>
    </message>
    <message>
        <source>it comes out best in the decision matrix</source>
        <translation>sie in der Entscheidungsmatrix am besten abschneidet</translation>
    </message>
    <message>
        <source>of the reasons below, although it does not lead the decision matrix</source>
        <translation>der unten genannten Gründe, obwohl sie die Entscheidungsmatrix nicht anführt</translation>
    </message>
    <message>
        <source>we accept this trade-off: %1</source>
        <translation>wir diesen Kompromiss in Kauf nehmen: %1</translation>
    </message>
    <message>
        <source>of the risk: %1</source>
        <translation>des Risikos: %1</translation>
    </message>
    <message>
        <source>(mitigation: %1)</source>
        <translation>(Gegenmaßnahme: %1)</translation>
    </message>
    <message>
        <source>No trade-offs or risks recorded.</source>
        <translation>Keine Kompromisse oder Risiken erfasst.</translation>
    </message>
    <message>
        <source>No revisit triggers recorded.</source>
        <translation>Keine Wiedervorlage-Auslöser erfasst.</translation>
    </message>
    <message>
        <source>(no condition)</source>
        <translation>(keine Bedingung)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>, %1 when recorded</source>
        <translation>, %1 bei Erfassung</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>prüfen bis %1</translation>
    </message>
    <message>
        <source>Look at this decision again when one of these holds:</source>
        <translation>Diese Entscheidung erneut prüfen, wenn eine dieser Bedingungen eintritt:</translation>
    </message>
    <message>
        <source>it has no score on %1</source>
        <translation>sie keine Bewertung für %1 hat</translation>
    </message>
    <message>
        <source>it scores %1 of %2 on %3</source>
        <translation>sie bei %3 %1 von %2 erreicht</translation>
    </message>
    <message>
        <source>it fails the hard constraint “%1” and is out of the running</source>
        <translation>sie die harte Bedingung „%1“ verletzt und ausscheidet</translation>
    </message>
    <message>
        <source>Do nothing.</source>
        <translation>Nichts tun.</translation>
    </message>
    <message>
        <source>Door type: %1</source>
        <translation>Türtyp: %1</translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Supersedes %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <source>Decision drivers:</source>
        <translation>Entscheidungstreiber:</translation>
    </message>
    <message>
        <source>Considered options:</source>
        <translation>Betrachtete Optionen:</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) scored the options on their own ballots.</source>
        <translation>
            <numerusform>%n Teilnehmer hat die Optionen auf einem eigenen Stimmzettel bewertet.</numerusform>
            <numerusform>%n Teilnehmer haben die Optionen auf eigenen Stimmzetteln bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s leader stays first under every participant&apos;s own weights.</source>
        <translation>Die Spitze der Gruppe bleibt auch mit den eigenen Gewichten jedes Teilnehmers vorn.</translation>
    </message>
    <message>
        <source>Under the own weights of %1 another option leads.</source>
        <translation>Mit den eigenen Gewichten von %1 liegt eine andere Option vorn.</translation>
    </message>
    <message>
        <source>The weights come from pairwise comparison (consistency ratio %1%2).</source>
        <translation>Die Gewichte stammen aus paarweisem Vergleich (Konsistenzverhältnis %1%2).</translation>
    </message>
    <message>
        <source>, above 0.10</source>
        <translation>, über 0,10</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>Attended the review: %1</source>
        <translation>Beim Review anwesend: %1</translation>
    </message>
</context>
<context>
    <name>archbench::core::Availability</name>
    <message>
        <source>The SLA must be a percentage from 0 to 100.</source>
        <translation>Die SLA muss ein Prozentsatz von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>Downtime must be between 0 and 8,766 hours (one year).</source>
        <translation>Die Ausfallzeit muss zwischen 0 und 8.766 Stunden (ein Jahr) liegen.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>archbench::core::CostModelSections</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Baseline p99</source>
        <translation>p99 Ausgangswert</translation>
    </message>
    <message>
        <source>Target p99</source>
        <translation>p99 Zielwert</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Conversion gain per 100 ms</source>
        <translation>Konversionsgewinn je 100 ms</translation>
    </message>
    <message>
        <source>✖ No step reaches the target.</source>
        <translation>✖ Kein Schritt erreicht das Ziel.</translation>
    </message>
    <message>
        <source>✔ The baseline already meets the target; every step is beyond it.</source>
        <translation>✔ Der Ausgangswert erfüllt das Ziel bereits; jeder Schritt geht darüber hinaus.</translation>
    </message>
    <message>
        <source>✔ Target met after step %1</source>
        <translation>✔ Ziel erreicht nach Schritt %1</translation>
    </message>
    <message>
        <source> (%1) for %2 a month.</source>
        <translation> (%1) für %2 pro Monat.</translation>
    </message>
    <message>
        <source>What each step buys</source>
        <translation>Was jeder Schritt bringt</translation>
    </message>
    <message>
        <source>No optimisation steps yet.</source>
        <translation>Noch keine Optimierungsschritte.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Adds / month</source>
        <translation>Zusätzlich / Monat</translation>
    </message>
    <message>
        <source>Total / month</source>
        <translation>Gesamt / Monat</translation>
    </message>
    <message>
        <source>p99 after</source>
        <translation>p99 danach</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Eingespart</translation>
    </message>
    <message>
        <source>Per ms saved</source>
        <translation>Je eingesparter ms</translation>
    </message>
    <message>
        <source>Value / month</source>
        <translation>Wert / Monat</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Gegenüber Ziel</translation>
    </message>
    <message>
        <source>beyond target</source>
        <translation>über das Ziel hinaus</translation>
    </message>
    <message>
        <source>✔ meets target</source>
        <translation>✔ erfüllt das Ziel</translation>
    </message>
    <message>
        <source>short of target</source>
        <translation>verfehlt das Ziel</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Cost per ms saved is the step&apos;s monthly cost divided by the milliseconds it takes off; a rising figure means diminishing returns. Value is monthly revenue × conversion gain per 100 ms × ms saved ÷ 100.</source>
        <translation>Die Kosten je eingesparter ms sind die monatlichen Kosten des Schritts geteilt durch die Millisekunden, die er einspart; ein steigender Wert bedeutet abnehmenden Nutzen. Der Wert ist Monatsumsatz × Konversionsgewinn je 100 ms × eingesparte ms ÷ 100.</translation>
    </message>
    <message>
        <source>What does each step buy?</source>
        <translation>Was bringt jeder Schritt?</translation>
    </message>
    <message>
        <source>Load range</source>
        <translation>Lastbereich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>Verglichene Optionen</translation>
    </message>
    <message>
        <source>Compute options</source>
        <translation>Rechenoptionen</translation>
    </message>
    <message>
        <source>No compute options yet.</source>
        <translation>Noch keine Rechenoptionen.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Unit prices</source>
        <translation>Stückpreise</translation>
    </message>
    <message>
        <source>Fixed / month</source>
        <translation>Fix / Monat</translation>
    </message>
    <message>
        <source>%1 per million requests; %2 ms at %3 GB, %4 per GB-second</source>
        <translation>%1 pro Million Anfragen; %2 ms bei %3 GB, %4 pro GB-Sekunde</translation>
    </message>
    <message>
        <source>%1 per instance a month for %2; at least %3 instances</source>
        <translation>%1 pro Instanz und Monat für %2; mindestens %3 Instanzen</translation>
    </message>
    <message>
        <source>; %1 reserved discount</source>
        <translation>; %1 Rabatt für Reservierung</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>pro Anfrage</translation>
    </message>
    <message>
        <source>per instance</source>
        <translation>pro Instanz</translation>
    </message>
    <message>
        <source>Which option is cheapest at each load</source>
        <translation>Welche Option ist bei welcher Last am günstigsten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Cheapest option</source>
        <translation>Günstigste Option</translation>
    </message>
    <message>
        <source>Monthly cost at the upper end</source>
        <translation>Monatskosten am oberen Ende</translation>
    </message>
    <message>
        <source>No crossover: %1 is the cheapest over the whole range.</source>
        <translation>Kein Schnittpunkt: %1 ist über den ganzen Bereich am günstigsten.</translation>
    </message>
    <message>
        <source>The cheapest option changes at %1.</source>
        <translation>Die günstigste Option wechselt bei %1.</translation>
    </message>
    <message>
        <source>Which compute option is cheapest at each load?</source>
        <translation>Welche Rechenoption ist bei welcher Last am günstigsten?</translation>
    </message>
    <message>
        <source>On-demand cost a month</source>
        <translation>On-Demand-Kosten pro Monat</translation>
    </message>
    <message>
        <source>Monthly cost of each commitment</source>
        <translation>Monatskosten jeder Bindung</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Ersparnis pro Monat</translation>
    </message>
    <message>
        <source>Saves a year</source>
        <translation>Ersparnis pro Jahr</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>1-year reservation</source>
        <translation>1-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>3-year reservation</source>
        <translation>3-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>Savings plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>What each way of paying costs a month</source>
        <translation>Was jede Zahlungsweise pro Monat kostet</translation>
    </message>
    <message>
        <source>Untitled cost model</source>
        <translation>Unbenanntes Kostenmodell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>✖ The figures cannot be computed: %1</source>
        <translation>✖ Die Kennzahlen können nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>archbench::core::CostTexts</name>
    <message>
        <source>Cost vs latency</source>
        <translation>Kosten gegen Latenz</translation>
    </message>
    <message>
        <source>Load vs cost crossover</source>
        <translation>Kostenschnittpunkt über der Last</translation>
    </message>
    <message>
        <source>Reserved vs on demand</source>
        <translation>Reserviert gegen On-Demand</translation>
    </message>
</context>
<context>
    <name>archbench::core::Dashboard</name>
    <message>
        <source>Framing: %1 of %2 questions answered</source>
        <translation>Rahmen: %1 von %2 Fragen beantwortet</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Noch keine Entscheidungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n vorgeschlagen</numerusform>
            <numerusform>%n vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n angenommen</numerusform>
            <numerusform>%n angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n superseded</source>
        <translation>
            <numerusform>%n abgelöst</numerusform>
            <numerusform>%n abgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation>Entscheidungen: %1</translation>
    </message>
    <message>
        <source>Revisit triggers: none fired or due soon</source>
        <translation>Wiedervorlage-Auslöser: keiner ausgelöst oder bald fällig</translation>
    </message>
    <message>
        <source>Revisit triggers: %1 fired, %2 due soon</source>
        <translation>Wiedervorlage-Auslöser: %1 ausgelöst, %2 bald fällig</translation>
    </message>
    <message>
        <source>Fired: %1 — %2 (%3)</source>
        <translation>Ausgelöst: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Due soon: %1 — %2 (%3)</source>
        <translation>Bald fällig: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No Well-Architected review yet.</source>
        <translation>Noch kein Well-Architected-Review.</translation>
    </message>
    <message>
        <source>Review &quot;%1&quot;: cannot be assessed (%2)</source>
        <translation>Review „%1“: kann nicht bewertet werden (%2)</translation>
    </message>
    <message>
        <source>Review &quot;%1&quot;: %2 high, %3 medium risks</source>
        <translation>Review „%1“: %2 hohe, %3 mittlere Risiken</translation>
    </message>
    <message>
        <source>; %1 of %2 questions unanswered</source>
        <translation>; %1 von %2 Fragen unbeantwortet</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>met with %1 to spare</source>
        <translation>eingehalten mit %1 Reserve</translation>
    </message>
    <message>
        <source>missed by %1</source>
        <translation>um %1 verfehlt</translation>
    </message>
    <message numerus="yes">
        <source>Next drill due %1, in %n day</source>
        <translation>
            <numerusform>Nächste Notfallübung fällig am %1, in %n Tag</numerusform>
            <numerusform>Nächste Notfallübung fällig am %1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next drill due %1, in %n days</source>
        <translation>
            <numerusform>Nächste Notfallübung fällig am %1, in %n Tag</numerusform>
            <numerusform>Nächste Notfallübung fällig am %1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No disaster-recovery drill recorded yet.</source>
        <translation>Noch keine Notfallübung erfasst.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Latest drill &quot;%1&quot; (%2) %3: RTO %4, RPO %5</source>
        <translation>Letzte Notfallübung „%1“ (%2) %3: RTO %4, RPO %5</translation>
    </message>
    <message numerus="yes">
        <source>Next drill was due %1: overdue by %n day</source>
        <translation>
            <numerusform>Nächste Notfallübung war am %1 fällig: %n Tag überfällig</numerusform>
            <numerusform>Nächste Notfallübung war am %1 fällig: %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next drill was due %1: overdue by %n days</source>
        <translation>
            <numerusform>Nächste Notfallübung war am %1 fällig: %n Tag überfällig</numerusform>
            <numerusform>Nächste Notfallübung war am %1 fällig: %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Next drill due today (%1)</source>
        <translation>Nächste Notfallübung heute fällig (%1)</translation>
    </message>
    <message>
        <source>Action items: none open</source>
        <translation>Maßnahmen: keine offen</translation>
    </message>
    <message>
        <source>Action items: %1 open, %2 overdue</source>
        <translation>Maßnahmen: %1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>Overdue since %1: %2 (%3, from &quot;%4&quot;)</source>
        <translation>Überfällig seit %1: %2 (%3, aus „%4“)</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot; on &quot;%2&quot;: %3</source>
        <translation>Prüfung „%1“ für „%2“: %3</translation>
    </message>
    <message>
        <source>Decision-quality checks: all pass</source>
        <translation>Qualitätsprüfungen der Entscheidungen: alle bestanden</translation>
    </message>
    <message>
        <source>Decision-quality checks: %1 failed</source>
        <translation>Qualitätsprüfungen der Entscheidungen: %1 nicht bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger fired</source>
        <translation>
            <numerusform>%n Auslöser ausgelöst</numerusform>
            <numerusform>%n Auslöser ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggers fired</source>
        <translation>
            <numerusform>%n Auslöser ausgelöst</numerusform>
            <numerusform>%n Auslöser ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action overdue</source>
        <translation>
            <numerusform>%n Maßnahme überfällig</numerusform>
            <numerusform>%n Maßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions overdue</source>
        <translation>
            <numerusform>%n Maßnahme überfällig</numerusform>
            <numerusform>%n Maßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 answered but unrated by the lens</source>
        <translation>; %1 beantwortet, aber von der Linse nicht bewertet</translation>
    </message>
</context>
<context>
    <name>archbench::core::DecisionLifecycle</name>
    <message>
        <source>A decision cannot supersede itself.</source>
        <translation>Eine Entscheidung kann sich nicht selbst ablösen.</translation>
    </message>
    <message>
        <source>The successor &quot;%1&quot; is not a decision of this project.</source>
        <translation>Die Nachfolgerin „%1“ ist keine Entscheidung dieses Projekts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself superseded, directly or through others, by this decision.</source>
        <translation>„%1“ wird selbst, direkt oder über andere, von dieser Entscheidung abgelöst.</translation>
    </message>
</context>
<context>
    <name>archbench::core::DecisionMatrix</name>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Keep the current state and decide later.</source>
        <translation>Den jetzigen Zustand beibehalten und später entscheiden.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Es gibt nichts einzufügen.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>Row %1, column %2 of the pasted block</source>
        <translation>Zeile %1, Spalte %2 des eingefügten Blocks</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative.</source>
        <translation>%1: Ein Gewicht kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale %3 to %4.</source>
        <translation>%1: %2 liegt außerhalb der Skala %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>archbench::core::DecisionSections</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>incomplete: no score for %1</source>
        <translation>unvollständig: keine Bewertung für %1</translation>
    </message>
    <message>
        <source>not ranked: all weights are zero</source>
        <translation>nicht eingestuft: alle Gewichte sind null</translation>
    </message>
    <message>
        <source>✔ rank 1 of %1</source>
        <translation>✔ Rang 1 von %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>Rang %1 von %2</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Organizational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>✖ fired: %1</source>
        <translation>✖ ausgelöst: %1</translation>
    </message>
    <message>
        <source>▲ due soon: %1</source>
        <translation>▲ bald fällig: %1</translation>
    </message>
    <message>
        <source>✔ not fired: %1</source>
        <translation>✔ nicht ausgelöst: %1</translation>
    </message>
    <message>
        <source>watch: %1</source>
        <translation>beobachten: %1</translation>
    </message>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source> by </source>
        <translation> durch </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Gewählte Option</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>%1 (do nothing)</source>
        <translation>%1 (Nichts tun)</translation>
    </message>
    <message>
        <source>Problem being solved</source>
        <translation>Zu lösendes Problem</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Randbedingungen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>Recommendation and why</source>
        <translation>Empfehlung und Begründung</translation>
    </message>
    <message>
        <source>Door type</source>
        <translation>Türtyp</translation>
    </message>
    <message>
        <source>Hard constraint</source>
        <translation>Harte Randbedingung</translation>
    </message>
    <message>
        <source>Options that fail it</source>
        <translation>Optionen, die sie verletzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Betrachtete Optionen</translation>
    </message>
    <message>
        <source>No options recorded yet.</source>
        <translation>Noch keine Optionen erfasst.</translation>
    </message>
    <message>
        <source>Scores on a scale of %1 to %2; the weighted score is Σ(weight × score) ÷ Σ(weight).</source>
        <translation>Bewertungen auf einer Skala von %1 bis %2; die gewichtete Bewertung ist Σ(Gewicht × Bewertung) ÷ Σ(Gewicht).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>1 ✔</source>
        <translation>1 ✔</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Do nothing.</source>
        <translation>Nichts tun.</translation>
    </message>
    <message>
        <source>Do nothing. %1</source>
        <translation>Nichts tun. %1</translation>
    </message>
    <message>
        <source>Which option scores best, criterion by criterion?</source>
        <translation>Welche Option schneidet am besten ab, Kriterium für Kriterium?</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why each score was given:</source>
        <translation>Warum jede Bewertung vergeben wurde:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>noch keine gewählt</translation>
    </message>
    <message>
        <source>Leader by score</source>
        <translation>Spitzenreiter nach Bewertung</translation>
    </message>
    <message>
        <source>none: no option is both complete and still in the running</source>
        <translation>keiner: Keine Option ist vollständig und zugleich noch im Rennen</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustheit</translation>
    </message>
    <message>
        <source>%1 stays first under %2 of weightings</source>
        <translation>%1 bleibt vorn in %2 der Gewichtungen</translation>
    </message>
    <message>
        <source>not measured: only one option is ranked</source>
        <translation>nicht gemessen: nur eine Option ist eingestuft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>▲ the chosen option is not the leader by score</source>
        <translation>▲ die gewählte Option ist nicht der Spitzenreiter nach Bewertung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Leader changes at</source>
        <translation>Spitzenreiter wechselt bei</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>share %1: %2 leads</source>
        <translation>Anteil %1: %2 liegt vorn</translation>
    </message>
    <message>
        <source>How far each criterion&apos;s share of the total weight can move before another option leads:</source>
        <translation>Wie weit sich der Anteil jedes Kriteriums am Gesamtgewicht verschieben kann, bevor eine andere Option vorn liegt:</translation>
    </message>
    <message>
        <source>How much can each weight move before the leader changes?</source>
        <translation>Wie weit kann sich jedes Gewicht verschieben, bevor der Spitzenreiter wechselt?</translation>
    </message>
    <message>
        <source>Trade-offs accepted</source>
        <translation>Akzeptierte Abwägungen</translation>
    </message>
    <message>
        <source>No trade-offs recorded.</source>
        <translation>Keine Abwägungen erfasst.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Keine Risiken erfasst.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Revisit triggers</source>
        <translation>Wiedervorlage-Auslöser</translation>
    </message>
    <message>
        <source>No revisit triggers recorded.</source>
        <translation>Keine Wiedervorlage-Auslöser erfasst.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>State on %1</source>
        <translation>Zustand am %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>, now %1</source>
        <translation>, jetzt %1</translation>
    </message>
    <message>
        <source>, no current value</source>
        <translation>, kein aktueller Wert</translation>
    </message>
    <message>
        <source>✖ Triggers fired: %1. This decision is due for another look.</source>
        <translation>✖ Ausgelöste Wiedervorlage-Auslöser: %1. Diese Entscheidung muss erneut betrachtet werden.</translation>
    </message>
    <message>
        <source>Triggers fired: %1. The decision is no longer in force.</source>
        <translation>Ausgelöste Wiedervorlage-Auslöser: %1. Die Entscheidung ist nicht mehr in Kraft.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungsdokumentation</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Abgelöst durch</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Löst ab</translation>
    </message>
    <message>
        <source>Decision-quality checks</source>
        <translation>Qualitätsprüfungen der Entscheidung</translation>
    </message>
    <message>
        <source>Not checked: this decision is no longer in force.</source>
        <translation>Nicht geprüft: Diese Entscheidung ist nicht mehr in Kraft.</translation>
    </message>
    <message>
        <source>✔ All decision-quality checks pass.</source>
        <translation>✔ Alle Qualitätsprüfungen der Entscheidung sind bestanden.</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>Checks that fail: %1</source>
        <translation>Nicht bestandene Prüfungen: %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>One-way door (Type 1): costly to reverse</source>
        <translation>Einwegtür (Typ 1): nur teuer umkehrbar</translation>
    </message>
    <message>
        <source>Two-way door (Type 2): cheap to reverse</source>
        <translation>Zweiwegtür (Typ 2): leicht umkehrbar</translation>
    </message>
    <message>
        <source>Partially reversible</source>
        <translation>Teilweise umkehrbar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a hard constraint quoted</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>✖ eliminated: fails %1</source>
        <translation>✖ ausgeschieden: verletzt %1</translation>
    </message>
    <message>
        <source>Options %1 to %2 of %3</source>
        <translation>Optionen %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>✔ rank 1, the only ranked option</source>
        <translation>✔ Rang 1, die einzige Option mit Rang</translation>
    </message>
    <message numerus="yes">
        <source>✔ rank 1 of %n ranked options</source>
        <translation>
            <numerusform>✔ Rang 1 von %n Option mit Rang</numerusform>
            <numerusform>✔ Rang 1 von %n Optionen mit Rang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank %1 of %n ranked options</source>
        <translation>
            <numerusform>Rang %1 von %n Option mit Rang</numerusform>
            <numerusform>Rang %1 von %n Optionen mit Rang</numerusform>
        </translation>
    </message>
    <message>
        <source>How to read a score: %1 means the option serves the criterion poorly, %2 adequately and %3 as well as one could wish. Higher is better on every criterion, so on a cost criterion the cheapest option scores highest.</source>
        <translation>So ist eine Bewertung zu lesen: %1 heißt, die Option erfüllt das Kriterium schlecht, %2 ausreichend und %3 so gut, wie man es sich nur wünschen kann. Höher ist bei jedem Kriterium besser; bei einem Kostenkriterium bekommt also die günstigste Option die höchste Bewertung.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Was es misst</translation>
    </message>
    <message>
        <source>The criteria the options are weighed on:</source>
        <translation>Die Kriterien, nach denen die Optionen gewogen werden:</translation>
    </message>
    <message>
        <source>How to read these figures:</source>
        <translation>So sind diese Zahlen zu lesen:</translation>
    </message>
    <message>
        <source>Weights are a judgement, so the options were also scored under %1 weightings drawn at random, every way of sharing the total weight among the criteria being equally likely. “%2 stays first under %3 of weightings” means that %2 came out on top in %4 of every 100 of them: the lower the figure, the more the result rests on the exact weights chosen.</source>
        <translation>Gewichte sind eine Einschätzung; deshalb wurden die Optionen zusätzlich unter %1 zufällig gezogenen Gewichtungen bewertet, wobei jede Aufteilung des Gesamtgewichts auf die Kriterien gleich wahrscheinlich ist. „%2 bleibt vorn in %3 der Gewichtungen“ heißt, dass %2 in %4 von 100 dieser Gewichtungen vorn lag: Je niedriger die Zahl, desto mehr hängt das Ergebnis an genau den gewählten Gewichten.</translation>
    </message>
    <message>
        <source>A criterion&apos;s share is its weight divided by the sum of all weights. Its flip point is the share at which another option would take the lead if only that weight moved, the other criteria keeping their proportions: a flip point close to the current share means that a small change of that one weight changes the outcome, and “never” means that no share from 0 to 100 % would.</source>
        <translation>Der Anteil eines Kriteriums ist sein Gewicht geteilt durch die Summe aller Gewichte. Sein Kipppunkt ist der Anteil, bei dem eine andere Option vorn läge, wenn sich nur dieses Gewicht verschöbe und die übrigen Kriterien ihr Verhältnis behielten: Ein Kipppunkt nahe am jetzigen Anteil heißt, dass schon eine kleine Änderung dieses einen Gewichts das Ergebnis ändert, und „nie“ heißt, dass kein Anteil von 0 bis 100 % es ändern würde.</translation>
    </message>
    <message>
        <source>%1 with %2 (%3)</source>
        <translation>%1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>How to read the robustness figure and the flip points: see the note under </source>
        <translation>Wie Robustheit und Kipppunkte zu lesen sind, steht in der Anmerkung unter </translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends the sentence with the link</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Entscheidungsbefugte</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The group&apos;s view</source>
        <translation>Die Sicht der Gruppe</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation>geometrisches Mittel</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>%1, combined by %2</source>
        <translation>%1, zusammengefasst per %2</translation>
    </message>
    <message>
        <source>Group&apos;s leader</source>
        <translation>Spitze der Gruppe</translation>
    </message>
    <message>
        <source>none: a tie or nothing ranked</source>
        <translation>keine: Gleichstand oder nichts in der Rangfolge</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>Each one&apos;s leader</source>
        <translation>Vorne bei jedem Einzelnen</translation>
    </message>
    <message>
        <source>Own weights</source>
        <translation>Eigene Gewichte</translation>
    </message>
    <message>
        <source>✔ the leader stays first under every participant&apos;s weights</source>
        <translation>✔ die Spitze bleibt mit den Gewichten jedes Teilnehmers vorn</translation>
    </message>
    <message>
        <source>▲ another option leads under the weights of %1</source>
        <translation>▲ mit den Gewichten von %1 liegt eine andere Option vorn</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Niedrigster</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Where the ballots lie furthest apart:</source>
        <translation>Wo die Stimmzettel am weitesten auseinanderliegen:</translation>
    </message>
    <message>
        <source>The matrix above holds the agreed scores; the ballots are each participant&apos;s own view.</source>
        <translation>Die Matrix oben enthält die vereinbarten Bewertungen; die Stimmzettel sind die eigene Sicht jedes Teilnehmers.</translation>
    </message>
    <message>
        <source>Pairwise weights: %1 pair(s) of criteria not yet compared</source>
        <translation>Paarweise Gewichte: %1 Kriterienpaar(e) noch nicht verglichen</translation>
    </message>
    <message>
        <source>Pairwise weights: consistency ratio %1 (λmax %2). </source>
        <translation>Paarweise Gewichte: Konsistenzverhältnis %1 (λmax %2). </translation>
    </message>
    <message>
        <source>✔ consistent (at most 0.10)</source>
        <translation>✔ konsistent (höchstens 0,10)</translation>
    </message>
    <message>
        <source>▲ above 0.10: the judgments of %1 contradict each other most</source>
        <translation>▲ über 0,10: die Urteile zu %1 widersprechen sich am meisten</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Abweichende Meinung</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
</context>
<context>
    <name>archbench::core::DrillSections</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>✔ passed, exactly on target</source>
        <translation>✔ bestanden, genau im Ziel</translation>
    </message>
    <message>
        <source>✔ passed, %1 to spare</source>
        <translation>✔ bestanden, %1 Puffer</translation>
    </message>
    <message>
        <source>✖ missed by %1</source>
        <translation>✖ um %1 verfehlt</translation>
    </message>
    <message>
        <source>✔ passed: both targets met</source>
        <translation>✔ bestanden: beide Ziele eingehalten</translation>
    </message>
    <message>
        <source>✖ failed: missed both targets, recovery time (RTO) and data loss (RPO)</source>
        <translation>✖ nicht bestanden: beide Ziele verfehlt, Wiederherstellungszeit (RTO) und Datenverlust (RPO)</translation>
    </message>
    <message>
        <source>✖ failed: missed the recovery time (RTO) target</source>
        <translation>✖ nicht bestanden: Ziel für die Wiederherstellungszeit (RTO) verfehlt</translation>
    </message>
    <message>
        <source>✖ failed: missed the data loss (RPO) target</source>
        <translation>✖ nicht bestanden: Ziel für den Datenverlust (RPO) verfehlt</translation>
    </message>
    <message>
        <source>incomplete: a target or a measurement is missing</source>
        <translation>unvollständig: ein Ziel oder ein Messwert fehlt</translation>
    </message>
    <message>
        <source>(untitled drill)</source>
        <translation>(unbenannte Notfallübung)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Was getestet wurde</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>What was failed</source>
        <translation>Herbeigeführter Ausfall</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>DR tier</source>
        <translation>DR-Stufe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Targets and what we observed</source>
        <translation>Ziele und was wir beobachtet haben</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>Recovery time (RTO)</source>
        <translation>Wiederherstellungszeit (RTO)</translation>
    </message>
    <message>
        <source>Data loss (RPO)</source>
        <translation>Datenverlust (RPO)</translation>
    </message>
    <message>
        <source>Recovery phase</source>
        <translation>Wiederherstellungsphase</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Observed RTO (sum)</source>
        <translation>Beobachtete RTO (Summe)</translation>
    </message>
    <message>
        <source>Where did the recovery time go?</source>
        <translation>Wofür wurde die Wiederherstellungszeit gebraucht?</translation>
    </message>
    <message>
        <source>How much data did we lose?</source>
        <translation>Wie viele Daten haben wir verloren?</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No timeline recorded.</source>
        <translation>Keine Zeitleiste erfasst.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>What worked and what did not</source>
        <translation>Was funktioniert hat und was nicht</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation>%1: %2 bei einem Ziel von %3</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>✔ What worked</source>
        <translation>✔ Was funktioniert hat</translation>
    </message>
    <message>
        <source>✖ What did not</source>
        <translation>✖ Was nicht funktioniert hat</translation>
    </message>
    <message>
        <source>No findings recorded.</source>
        <translation>Keine Befunde erfasst.</translation>
    </message>
    <message>
        <source>The plan says</source>
        <translation>Laut Plan</translation>
    </message>
    <message>
        <source>The drill revealed</source>
        <translation>Die Notfallübung zeigte</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>Status am %1</translation>
    </message>
    <message>
        <source>✖ %1, overdue</source>
        <translation>✖ %1, überfällig</translation>
    </message>
    <message>
        <source>▲ %1, due soon</source>
        <translation>▲ %1, bald fällig</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>✖ Overdue action items: %1.</source>
        <translation>✖ Überfällige Maßnahmen: %1.</translation>
    </message>
    <message>
        <source>Trend across drills</source>
        <translation>Trend über die Notfallübungen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>Observed RTO</source>
        <translation>Beobachtete RTO</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO-Ziel</translation>
    </message>
    <message>
        <source>Observed RPO</source>
        <translation>Beobachtete RPO</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ nicht bestanden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>The drills up to this one, oldest first:</source>
        <translation>Die Notfallübungen bis zu dieser, die älteste zuerst:</translation>
    </message>
    <message>
        <source>Is recovery getting faster?</source>
        <translation>Wird die Wiederherstellung schneller?</translation>
    </message>
    <message>
        <source>Is data loss shrinking?</source>
        <translation>Wird der Datenverlust kleiner?</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Erledigt</translation>
    </message>
</context>
<context>
    <name>archbench::core::DrillTexts</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>Partial production</source>
        <translation>Teil des Produktionsverkehrs</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Backup &amp; restore</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Pilot light</source>
        <translation>Pilot Light</translation>
    </message>
    <message>
        <source>Warm standby</source>
        <translation>Warm Standby</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Aktiv-aktiv</translation>
    </message>
    <message>
        <source>very low cost</source>
        <translation>sehr geringe Kosten</translation>
    </message>
    <message>
        <source>low to medium cost</source>
        <translation>geringe bis mittlere Kosten</translation>
    </message>
    <message>
        <source>medium cost</source>
        <translation>mittlere Kosten</translation>
    </message>
    <message>
        <source>high cost (about twice the infrastructure)</source>
        <translation>hohe Kosten (etwa die doppelte Infrastruktur)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>typically RTO %1, RPO %2, %3</source>
        <translation>typischerweise RTO %1, RPO %2, %3</translation>
    </message>
    <message>
        <source>%1, %2 % of traffic</source>
        <translation>%1, %2 % des Verkehrs</translation>
    </message>
</context>
<context>
    <name>archbench::core::DrillsReport</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>No drills recorded.
</source>
        <translation>Keine Notfallübungen erfasst.
</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Observed RTO</source>
        <translation>Beobachtete RTO</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Next drill due: no dated drill yet.
</source>
        <translation>Nächste Notfallübung fällig: noch keine datierte Notfallübung.
</translation>
    </message>
    <message>
        <source>Next drill due: %1 (OVERDUE by %2 day)
</source>
        <translation>Nächste Notfallübung fällig: %1 (ÜBERFÄLLIG seit %2 Tag)
</translation>
    </message>
    <message>
        <source>Next drill due: %1 (OVERDUE by %2 days)
</source>
        <translation>Nächste Notfallübung fällig: %1 (ÜBERFÄLLIG seit %2 Tagen)
</translation>
    </message>
    <message>
        <source>Next drill due: %1 (today)
</source>
        <translation>Nächste Notfallübung fällig: %1 (heute)
</translation>
    </message>
    <message>
        <source>Next drill due: %1 (in %2 day)
</source>
        <translation>Nächste Notfallübung fällig: %1 (in %2 Tag)
</translation>
    </message>
    <message>
        <source>Next drill due: %1 (in %2 days)
</source>
        <translation>Nächste Notfallübung fällig: %1 (in %2 Tagen)
</translation>
    </message>
</context>
<context>
    <name>archbench::core::ExpectedLoss</name>
    <message>
        <source>%1: must be a finite number</source>
        <translation>%1: muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <source>Value per transaction</source>
        <translation>Wert je Transaktion</translation>
    </message>
    <message>
        <source>Years between disasters</source>
        <translation>Jahre zwischen Katastrophen</translation>
    </message>
    <message>
        <source>Years between disasters: must be more than zero</source>
        <translation>Jahre zwischen Katastrophen: muss größer als null sein</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Expected annual loss</source>
        <translation>Erwarteter jährlicher Verlust</translation>
    </message>
    <message>
        <source>Yearly cost of the option</source>
        <translation>Jährliche Kosten der Option</translation>
    </message>
</context>
<context>
    <name>archbench::core::FramingQuestions</name>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Who will use it, and what do they need to get done?</source>
        <translation>Wer wird es nutzen, und was müssen diese Menschen erledigen?</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>How much traffic today, at peak, and in two years?</source>
        <translation>Wie viel Verkehr gibt es heute, in Spitzenzeiten und in zwei Jahren?</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>What data is kept, how much, how fast does it grow, how long is it kept?</source>
        <translation>Welche Daten werden gespeichert, wie viele, wie schnell wachsen sie, wie lange werden sie aufbewahrt?</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>How fast must it answer, and what does a slow answer cost?</source>
        <translation>Wie schnell muss es antworten, und was kostet eine langsame Antwort?</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>How much downtime can the business live with?</source>
        <translation>Mit wie viel Ausfallzeit kann das Geschäft leben?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What may it cost to build and to run each month?</source>
        <translation>Was darf der Aufbau kosten und was der Betrieb pro Monat?</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Who builds and operates it, and what do they know well?</source>
        <translation>Wer baut und betreibt es, und was beherrschen diese Leute gut?</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When must it be live, and what dates cannot move?</source>
        <translation>Wann muss es live sein, und welche Termine stehen fest?</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Which systems does it talk to, and which talk to it?</source>
        <translation>Mit welchen Systemen spricht es, und welche sprechen mit ihm?</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Which rules, audits or data-residency terms apply?</source>
        <translation>Welche Regeln, Audits oder Vorgaben zum Datenstandort gelten?</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Nicht im Umfang</translation>
    </message>
    <message>
        <source>What are we deliberately not solving here?</source>
        <translation>Was lösen wir hier bewusst nicht?</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>How will we know it worked?</source>
        <translation>Woran erkennen wir, dass es funktioniert hat?</translation>
    </message>
</context>
<context>
    <name>archbench::core::GroupScore</name>
    <message>
        <source>%1 of %2 rank %3 first</source>
        <translation>%1 von %2 sehen %3 vorn</translation>
    </message>
</context>
<context>
    <name>archbench::core::ItemCopy</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>archbench::core::ItemKinds</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Architecture decision record</source>
        <translation>Architekturentscheidung (ADR)</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Well-Architected reviews</source>
        <translation>Well-Architected-Reviews</translation>
    </message>
    <message>
        <source>Well-Architected review</source>
        <translation>Well-Architected-Review</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Lenses</source>
        <translation>Linsen</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>Disaster-recovery drills</source>
        <translation>Notfallübungen</translation>
    </message>
    <message>
        <source>Disaster-recovery drill report</source>
        <translation>Bericht zur Notfallübung</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Cost models</source>
        <translation>Kostenmodelle</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>revisit trigger</source>
        <translation>Überprüfungsauslöser</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>pairwise judgment</source>
        <translation>Paarvergleich</translation>
    </message>
    <message>
        <source>dissent</source>
        <translation>abweichende Meinung</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 Review</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 Reviews</translation>
    </message>
    <message>
        <source>1 lens</source>
        <translation>1 Linse</translation>
    </message>
    <message>
        <source>%1 lenses</source>
        <translation>%1 Linsen</translation>
    </message>
    <message>
        <source>1 drill</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 drills</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>1 cost model</source>
        <translation>1 Kostenmodell</translation>
    </message>
    <message>
        <source>%1 cost models</source>
        <translation>%1 Kostenmodelle</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
</context>
<context>
    <name>archbench::core::LensCheck</name>
    <message>
        <source>question %1 (%2)</source>
        <translation>Frage %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 sampled combinations of choices</source>
        <translation>%1 von %2 stichprobenartig geprüften Kombinationen der Auswahl</translation>
    </message>
    <message>
        <source>%1 of %2 combinations of choices</source>
        <translation>%1 von %2 Kombinationen der Auswahl</translation>
    </message>
    <message>
        <source>choice %1 matches no rule, so such an answer is unrated (%2)</source>
        <translation>Auswahl %1 passt zu keiner Regel, eine solche Antwort bleibt unbewertet (%2)</translation>
    </message>
    <message>
        <source>choices %1 match no rule, so such an answer is unrated (%2)</source>
        <translation>Auswahl %1 passt zu keiner Regel, eine solche Antwort bleibt unbewertet (%2)</translation>
    </message>
    <message>
        <source>%1 never decides the risk: it comes after the default rule riskRules[%2]</source>
        <translation>%1 entscheidet nie über das Risiko: Sie steht hinter der Standardregel riskRules[%2]</translation>
    </message>
    <message>
        <source>%1 never decides the risk: its condition holds only with nothing ticked, and a question with nothing ticked is unanswered, not rated</source>
        <translation>%1 entscheidet nie über das Risiko: Ihre Bedingung gilt nur, wenn nichts angekreuzt ist, und eine Frage ohne Kreuz ist unbeantwortet, nicht bewertet</translation>
    </message>
    <message>
        <source>%1 did not decide the risk in any of %2 sampled combinations of choices: its condition held in none of them</source>
        <translation>%1 hat in keiner der %2 Stichproben-Kombinationen über das Risiko entschieden: Ihre Bedingung galt in keiner davon</translation>
    </message>
    <message>
        <source>%1 never decides the risk: its condition holds for no combination of choices</source>
        <translation>%1 entscheidet nie über das Risiko: Ihre Bedingung gilt für keine Kombination der Auswahl</translation>
    </message>
    <message>
        <source>%1 did not decide the risk in any of %2 sampled combinations of choices: where its condition held, an earlier rule matched first (%3)</source>
        <translation>%1 hat in keiner der %2 Stichproben-Kombinationen über das Risiko entschieden: Wo ihre Bedingung galt, passte zuerst eine frühere Regel (%3)</translation>
    </message>
    <message>
        <source>%1 never decides the risk: wherever its condition holds, an earlier rule matches first (%2)</source>
        <translation>%1 entscheidet nie über das Risiko: Wo immer ihre Bedingung gilt, passt zuerst eine frühere Regel (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>every combination of choices tried in all %1 questions</source>
        <translation>jede Kombination der Auswahl in allen %1 Fragen geprüft</translation>
    </message>
    <message>
        <source>every combination of choices tried in %1 of %2 questions, the other %3 sampled</source>
        <translation>jede Kombination der Auswahl in %1 von %2 Fragen geprüft, die übrigen %3 stichprobenartig</translation>
    </message>
    <message>
        <source>lens %1: %2; %3</source>
        <translation>Linse %1: %2; %3</translation>
    </message>
    <message>
        <source>; %1 more questions not checked: the lens is too large to check whole</source>
        <translation>; %1 weitere Fragen nicht geprüft: Die Linse ist zu groß, um sie ganz zu prüfen</translation>
    </message>
</context>
<context>
    <name>archbench::core::LensLoader</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a lens must be a JSON object</source>
        <translation>eine Linse muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>lens %1%2: %3</source>
        <translation>Linse %1%2: %3</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>duplicate pillar id %1</source>
        <translation>doppelte Säulen-ID %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>must be an object with displayText and url</source>
        <translation>muss ein Objekt mit displayText und url sein</translation>
    </message>
    <message>
        <source>pillar %1 (%2)</source>
        <translation>Säule %1 (%2)</translation>
    </message>
    <message>
        <source>question %1 (%2)</source>
        <translation>Frage %1 (%2)</translation>
    </message>
    <message>
        <source>duplicate question id %1</source>
        <translation>doppelte Fragen-ID %1</translation>
    </message>
    <message>
        <source>the lens has more than %1 questions</source>
        <translation>die Linse hat mehr als %1 Fragen</translation>
    </message>
    <message>
        <source>duplicate choice id %1</source>
        <translation>doppelte Auswahl-ID %1</translation>
    </message>
    <message>
        <source>a second &quot;None of these&quot; choice (%1 and %2 both end in _no)</source>
        <translation>eine zweite Auswahl „Keine davon“ (%1 und %2 enden beide auf _no)</translation>
    </message>
    <message>
        <source>must be an object with condition and risk</source>
        <translation>muss ein Objekt mit condition und risk sein</translation>
    </message>
    <message>
        <source>%1 is not one of HIGH_RISK, MEDIUM_RISK, NO_RISK</source>
        <translation>%1 ist keiner der Werte HIGH_RISK, MEDIUM_RISK, NO_RISK</translation>
    </message>
    <message>
        <source>%1, character %2</source>
        <translation>%1, Zeichen %2</translation>
    </message>
    <message>
        <source>unknown choice id %1</source>
        <translation>unbekannte Auswahl-ID %1</translation>
    </message>
    <message>
        <source>a second default rule (the first is riskRules[%1])</source>
        <translation>eine zweite Standardregel (die erste ist riskRules[%1])</translation>
    </message>
</context>
<context>
    <name>archbench::core::Logging</name>
    <message>
        <source>%1: unknown log level &quot;%2&quot;; expected one of %3</source>
        <translation>%1: unbekannte Protokollstufe „%2“; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>cannot create the log folder &quot;%1&quot;; logging to the console only</source>
        <translation>Der Protokollordner „%1“ kann nicht angelegt werden; es wird nur auf die Konsole protokolliert</translation>
    </message>
    <message>
        <source>cannot open the log file &quot;%1&quot; (%2); logging to the console only</source>
        <translation>Die Protokolldatei „%1“ kann nicht geöffnet werden (%2); es wird nur auf die Konsole protokolliert</translation>
    </message>
</context>
<context>
    <name>archbench::core::MarkdownWriter</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>archbench::core::PortfolioOutput</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>Hohe Risiken</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Latest drill</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project read</source>
        <translation>
            <numerusform>%n Projekt gelesen</numerusform>
            <numerusform>%n Projekt gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects read</source>
        <translation>
            <numerusform>%n Projekte gelesen</numerusform>
            <numerusform>%n Projekte gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 unreadable</source>
        <translation>, %1 nicht lesbar</translation>
    </message>
    <message>
        <source>unknown --fail-on &quot;%1&quot; (use triggers, due, checks, risks, drills, actions or all)</source>
        <translation>unbekanntes --fail-on „%1“ (triggers, due, checks, risks, drills, actions oder all verwenden)</translation>
    </message>
    <message>
        <source>--fail-on needs at least one of triggers, due, checks, risks, drills, actions</source>
        <translation>--fail-on braucht mindestens eines von triggers, due, checks, risks, drills, actions</translation>
    </message>
    <message>
        <source>Archbench: unreadable project</source>
        <translation>Archbench: nicht lesbares Projekt</translation>
    </message>
    <message>
        <source>Archbench %1: %2</source>
        <translation>Archbench %1: %2</translation>
    </message>
    <message>
        <source>%1 items need attention</source>
        <translation>%1 Punkte brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Project can be read</source>
        <translation>Projekt ist lesbar</translation>
    </message>
    <message>
        <source>No project files found in %1.</source>
        <translation>Keine Projektdateien in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n project checked: nothing needs attention.</source>
        <translation>
            <numerusform>%n Projekt geprüft: Nichts braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Projekt geprüft: Nichts braucht Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects checked: nothing needs attention.</source>
        <translation>
            <numerusform>%n Projekte geprüft: Nichts braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Projekte geprüft: Nichts braucht Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 projects checked needs attention: 1 item.</source>
        <translation>%1 von %2 geprüften Projekten braucht Aufmerksamkeit: 1 Punkt.</translation>
    </message>
    <message>
        <source>%1 of %2 projects checked need attention: %3 items.</source>
        <translation>%1 von %2 geprüften Projekten brauchen Aufmerksamkeit: %3 Punkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be read.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Datei konnte nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read.</source>
        <translation>
            <numerusform>%n Dateien konnten nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archbench::core::PortfolioReport</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Architecture portfolio</source>
        <translation>Architektur-Portfolio</translation>
    </message>
    <message>
        <source>What needs attention in 1 project</source>
        <translation>Was in 1 Projekt Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>What needs attention across %1 projects</source>
        <translation>Was in %1 Projekten Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>architecture portfolio</source>
        <translation>Architektur-Portfolio</translation>
    </message>
    <message>
        <source>revisit triggers</source>
        <translation>Überprüfungsauslöser</translation>
    </message>
    <message>
        <source>drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 projects read as of %2; %3 need attention (fired revisit triggers, failed decision-quality checks, overdue action items or drills).</source>
        <translation>%1 Projekte gelesen, Stand %2; %3 brauchen Aufmerksamkeit (ausgelöste Überprüfungsauslöser, nicht bestandene Qualitätsprüfungen, überfällige Maßnahmen oder Übungen).</translation>
    </message>
    <message>
        <source>1 file could not be read; it is listed at the end.</source>
        <translation>1 Datei konnte nicht gelesen werden; sie steht am Ende.</translation>
    </message>
    <message>
        <source>%1 files could not be read; they are listed at the end.</source>
        <translation>%1 Dateien konnten nicht gelesen werden; sie stehen am Ende.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>Hohe Risiken</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Latest drill</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 accepted, %2 proposed</source>
        <translation>%1 angenommen, %2 vorgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next drill due</source>
        <translation>Nächste Übung fällig</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>archbench::core::PortfolioScan</name>
    <message>
        <source>Fired revisit triggers</source>
        <translation>Ausgelöste Überprüfungsauslöser</translation>
    </message>
    <message>
        <source>Revisit triggers due</source>
        <translation>Fällige Überprüfungsauslöser</translation>
    </message>
    <message>
        <source>Failed decision-quality checks</source>
        <translation>Nicht bestandene Qualitätsprüfungen</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>Hohe Risiken</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>%1: no such folder or file</source>
        <translation>%1: Diesen Ordner oder diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: not a project file (.archbench or .json) or a folder</source>
        <translation>%1: weder eine Projektdatei (.archbench oder .json) noch ein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read</source>
        <translation>%1: Der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Decision &quot;%1&quot;: revisit trigger &quot;%2&quot; fired (%3)</source>
        <translation>Entscheidung „%1“: Überprüfungsauslöser „%2“ ausgelöst (%3)</translation>
    </message>
    <message>
        <source>Decision &quot;%1&quot;: revisit trigger &quot;%2&quot; is due (%3)</source>
        <translation>Entscheidung „%1“: Überprüfungsauslöser „%2“ ist fällig (%3)</translation>
    </message>
    <message>
        <source>Decision &quot;%1&quot;: check &quot;%2&quot; failed: %3</source>
        <translation>Entscheidung „%1“: Prüfung „%2“ nicht bestanden: %3</translation>
    </message>
    <message>
        <source>Review &quot;%1&quot;: &quot;%2&quot; (%3) is at high risk</source>
        <translation>Review „%1“: „%2“ (%3) hat ein hohes Risiko</translation>
    </message>
    <message>
        <source>RTO by %1</source>
        <translation>RTO um %1</translation>
    </message>
    <message>
        <source>RPO by %1</source>
        <translation>RPO um %1</translation>
    </message>
    <message>
        <source>Latest drill &quot;%1&quot; (%2) missed its targets: %3</source>
        <translation>Letzte Übung „%1“ (%2) hat ihre Ziele verfehlt: %3</translation>
    </message>
    <message numerus="yes">
        <source>The next drill was due %1: overdue by %n day</source>
        <translation>
            <numerusform>Die nächste Übung war am %1 fällig: %n Tag überfällig</numerusform>
            <numerusform>Die nächste Übung war am %1 fällig: %n Tag überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next drill was due %1: overdue by %n days</source>
        <translation>
            <numerusform>Die nächste Übung war am %1 fällig: %n Tage überfällig</numerusform>
            <numerusform>Die nächste Übung war am %1 fällig: %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; (%2, from &quot;%3&quot;) overdue since %4</source>
        <translation>Maßnahme „%1“ (%2, aus „%3“) überfällig seit %4</translation>
    </message>
    <message>
        <source>%1: no such metrics file</source>
        <translation>%1: Diese Messwertdatei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: a metrics file larger than 4 MiB is refused</source>
        <translation>%1: Eine Messwertdatei über 4 MiB wird abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: kein gültiges JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <source>%1: expected one object of metric names and numbers, e.g. {&quot;rps&quot;: 12000}</source>
        <translation>%1: erwartet wird ein Objekt aus Messwertnamen und Zahlen, z. B. {&quot;rps&quot;: 12000}</translation>
    </message>
    <message>
        <source>%1: metric &quot;%2&quot; is not a finite number</source>
        <translation>%1: Messwert „%2“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1: a metric needs a name</source>
        <translation>%1: Ein Messwert braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected NAME=VALUE, e.g. rps=12000</source>
        <translation>„%1“: erwartet wird NAME=WERT, z. B. rps=12000</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>„%1“: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Overdue drills</source>
        <translation>Überfällige Übungen</translation>
    </message>
    <message>
        <source>Drills that missed their targets</source>
        <translation>Übungen, die ihre Ziele verfehlt haben</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; and &quot;%3&quot; name the same metric</source>
        <translation>%1: „%2“ und „%3“ bezeichnen dieselbe Messgröße</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; name the same metric</source>
        <translation>„%1“ und „%2“ bezeichnen dieselbe Messgröße</translation>
    </message>
</context>
<context>
    <name>archbench::core::ProjectMerge</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; added</source>
        <translation>%1 „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; removed</source>
        <translation>%1 „%2“ entfernt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the merged project would not be valid: %1</source>
        <translation>das zusammengeführte Projekt wäre nicht gültig: %1</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1: no such field in the project</source>
        <translation>%1: Dieses Feld gibt es im Projekt nicht</translation>
    </message>
    <message>
        <source>%1 cannot take that value: %2</source>
        <translation>%1 kann diesen Wert nicht annehmen: %2</translation>
    </message>
    <message>
        <source>order of the %1 list changed</source>
        <translation>Reihenfolge der Liste %1 geändert</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>archbench::core::ProjectSections</name>
    <message>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Noch keine Beschreibung.</translation>
    </message>
    <message>
        <source>Where the review stands</source>
        <translation>Wo das Review steht</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>%1 of %2 framing questions answered.</source>
        <translation>%1 von %2 Rahmenfragen beantwortet.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 (%2) allows at most %3 of downtime a year, %4 a month.</source>
        <translation>%1 (%2) erlaubt höchstens %3 Ausfallzeit pro Jahr, %4 pro Monat.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>No requirements recorded yet.</source>
        <translation>Noch keine Anforderungen erfasst.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <source>No requirement yet for: %1.</source>
        <translation>Noch keine Anforderung für: %1.</translation>
    </message>
    <message>
        <source>Which qualities do the requirements cover?</source>
        <translation>Welche Qualitäten decken die Anforderungen ab?</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Scalability</source>
        <translation>Skalierbarkeit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Durability (RPO)</source>
        <translation>Dauerhaftigkeit (RPO)</translation>
    </message>
    <message>
        <source>Recovery (RTO)</source>
        <translation>Wiederherstellung (RTO)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Maintainability</source>
        <translation>Wartbarkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>archbench::core::QualityChecks</name>
    <message>
        <source>Only one option</source>
        <translation>Nur eine Option</translation>
    </message>
    <message>
        <source>No revisit trigger</source>
        <translation>Kein Wiedervorlage-Auslöser</translation>
    </message>
    <message>
        <source>One-way door without alternatives</source>
        <translation>Einwegtür ohne Alternativen</translation>
    </message>
    <message>
        <source>One-way door without trade-offs</source>
        <translation>Einwegtür ohne Abwägungen</translation>
    </message>
    <message>
        <source>All weights are zero</source>
        <translation>Alle Gewichte sind null</translation>
    </message>
    <message>
        <source>Accepted without a chosen option</source>
        <translation>Angenommen ohne gewählte Option</translation>
    </message>
    <message>
        <source>Two-way door without a time-box</source>
        <translation>Zweiwegtür ohne Frist</translation>
    </message>
    <message>
        <source>No option is listed yet. Consider at least two; &quot;do nothing&quot; can be one of them.</source>
        <translation>Noch keine Option erfasst. Ziehen Sie mindestens zwei in Betracht; „Nichts tun“ kann eine davon sein.</translation>
    </message>
    <message>
        <source>Only one option is considered. Add at least one alternative; &quot;do nothing&quot; can be one of them.</source>
        <translation>Nur eine Option wird betrachtet. Fügen Sie mindestens eine Alternative hinzu; „Nichts tun“ kann eine davon sein.</translation>
    </message>
    <message>
        <source>No revisit trigger says when this decision must be looked at again, so it will stay by inertia.</source>
        <translation>Kein Wiedervorlage-Auslöser sagt, wann diese Entscheidung erneut betrachtet werden muss; so bleibt sie aus Trägheit bestehen.</translation>
    </message>
    <message>
        <source>This is a one-way door, costly to reverse, but fewer than two real options (not counting &quot;do nothing&quot;) were weighed.</source>
        <translation>Dies ist eine Einwegtür, teuer rückgängig zu machen, aber es wurden weniger als zwei echte Optionen (ohne „Nichts tun“) abgewogen.</translation>
    </message>
    <message>
        <source>This is a one-way door, costly to reverse, but no trade-off is recorded: say what is given up in exchange for what.</source>
        <translation>Dies ist eine Einwegtür, teuer rückgängig zu machen, aber es ist keine Abwägung erfasst: Halten Sie fest, was wofür aufgegeben wird.</translation>
    </message>
    <message>
        <source>Every criterion weighs zero, so no option can be scored or ranked.</source>
        <translation>Jedes Kriterium hat das Gewicht null, daher kann keine Option bewertet oder eingestuft werden.</translation>
    </message>
    <message>
        <source>The decision is accepted but names no chosen option.</source>
        <translation>Die Entscheidung ist angenommen, nennt aber keine gewählte Option.</translation>
    </message>
    <message>
        <source>A two-way door is cheap to reverse only if someone checks it: add a calendar trigger or a review-by date.</source>
        <translation>Eine Zweiwegtür ist nur dann leicht umkehrbar, wenn jemand sie überprüft: Fügen Sie einen Kalenderauslöser oder einen Wiedervorlagetermin hinzu.</translation>
    </message>
    <message>
        <source>No option yet</source>
        <translation>Noch keine Option</translation>
    </message>
    <message>
        <source>Accepted without a complete ranking</source>
        <translation>Angenommen ohne vollständige Rangfolge</translation>
    </message>
    <message>
        <source>The decision is accepted but its matrix has no criteria, so no option is ranked. Add the criteria the choice was made on and score every option.</source>
        <translation>Die Entscheidung ist angenommen, aber ihre Matrix hat keine Kriterien, daher hat keine Option einen Rang. Fügen Sie die Kriterien hinzu, nach denen gewählt wurde, und bewerten Sie jede Option.</translation>
    </message>
    <message>
        <source>The decision is accepted but no option is ranked: every option is missing scores or is eliminated. Score the missing cells so the choice rests on a complete ranking.</source>
        <translation>Die Entscheidung ist angenommen, aber keine Option hat einen Rang: Jeder Option fehlen Bewertungen oder sie ist ausgeschieden. Bewerten Sie die fehlenden Zellen, damit die Wahl auf einer vollständigen Rangfolge beruht.</translation>
    </message>
    <message>
        <source>The decision is accepted but one option still misses scores, so the ranking behind the choice is incomplete. Score the missing cells, or eliminate the option with a hard constraint.</source>
        <translation>Die Entscheidung ist angenommen, aber einer Option fehlen noch Bewertungen; die Rangfolge hinter der Wahl ist daher unvollständig. Bewerten Sie die fehlenden Zellen oder schließen Sie die Option mit einer harten Randbedingung aus.</translation>
    </message>
    <message>
        <source>The decision is accepted but %1 options still miss scores, so the ranking behind the choice is incomplete. Score the missing cells, or eliminate those options with a hard constraint.</source>
        <translation>Die Entscheidung ist angenommen, aber %1 Optionen fehlen noch Bewertungen; die Rangfolge hinter der Wahl ist daher unvollständig. Bewerten Sie die fehlenden Zellen oder schließen Sie diese Optionen mit einer harten Randbedingung aus.</translation>
    </message>
    <message>
        <source>%1 tie for first place: the weights as they stand pick no leader, and the smallest change of one weight decides between them. Agree the weights with the participants, or add a criterion that separates the options.</source>
        <translation>%1 teilen sich den ersten Platz: Die Gewichte, wie sie stehen, bestimmen keinen Spitzenreiter, und schon die kleinste Änderung eines Gewichts entscheidet zwischen ihnen. Stimmen Sie die Gewichte mit den Beteiligten ab oder ergänzen Sie ein Kriterium, das die Optionen unterscheidet.</translation>
    </message>
    <message>
        <source>%1 stays first under only %2 of weightings, less than %3.</source>
        <translation>%1 bleibt nur in %2 der Gewichtungen vorn, weniger als %3.</translation>
    </message>
    <message>
        <source>Giving “%1” %2 of the total weight instead of %3 makes %4 the leader.</source>
        <translation>Bekommt „%1“ %2 des Gesamtgewichts statt %3, liegt %4 vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%n other criterion is as close to changing the leader.</source>
        <translation>
            <numerusform>%n weiteres Kriterium ist ebenso nah daran, den Spitzenreiter zu ändern.</numerusform>
            <numerusform>%n weitere Kriterien sind ebenso nah daran, den Spitzenreiter zu ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other criteria are as close to changing the leader.</source>
        <translation>
            <numerusform>%n weiteres Kriterium ist ebenso nah daran, den Spitzenreiter zu ändern.</numerusform>
            <numerusform>%n weitere Kriterien sind ebenso nah daran, den Spitzenreiter zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before relying on this lead, agree the weights with the participants or add a criterion that separates the options.</source>
        <translation>Bevor Sie sich auf diesen Vorsprung verlassen, stimmen Sie die Gewichte mit den Beteiligten ab oder ergänzen Sie ein Kriterium, das die Optionen unterscheidet.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>a fired trigger: its condition (why it fired)</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>The decision is accepted, but its revisit trigger %1 has fired. Look at it again: confirm it with a new threshold or review-by date, or supersede it.</source>
        <translation>Die Entscheidung ist angenommen, aber ihr Wiedervorlage-Auslöser %1 hat ausgelöst. Betrachten Sie sie erneut: Bestätigen Sie sie mit einem neuen Schwellenwert oder Wiedervorlagedatum, oder lösen Sie sie ab.</translation>
    </message>
    <message numerus="yes">
        <source>The decision is accepted, but %n of its revisit triggers have fired: %1. Look at it again: confirm it with new thresholds or review-by dates, or supersede it.</source>
        <translation>
            <numerusform>Die Entscheidung ist angenommen, aber %n ihrer Wiedervorlage-Auslöser hat ausgelöst: %1. Betrachten Sie sie erneut: Bestätigen Sie sie mit neuen Schwellenwerten oder Wiedervorlagedaten, oder lösen Sie sie ab.</numerusform>
            <numerusform>Die Entscheidung ist angenommen, aber %n ihrer Wiedervorlage-Auslöser haben ausgelöst: %1. Betrachten Sie sie erneut: Bestätigen Sie sie mit neuen Schwellenwerten oder Wiedervorlagedaten, oder lösen Sie sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fragile leader</source>
        <translation>Knapper Spitzenreiter</translation>
    </message>
    <message>
        <source>Accepted, but revisit triggers fired</source>
        <translation>Angenommen, aber Wiedervorlage-Auslöser ausgelöst</translation>
    </message>
</context>
<context>
    <name>archbench::core::ReportBuilder</name>
    <message>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Architecture review report</source>
        <translation>Bericht zum Architektur-Review</translation>
    </message>
    <message>
        <source>This build cannot report the details of this kind of item yet.</source>
        <translation>Diese Version kann die Details dieser Art von Element noch nicht berichten.</translation>
    </message>
    <message>
        <source>The project has no item with the id &quot;%1&quot;.</source>
        <translation>Das Projekt hat kein Element mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be exported: this build has no report for it.</source>
        <translation>%1 „%2“ kann nicht exportiert werden: Diese Version hat keinen Bericht dafür.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>architecture review</source>
        <translation>Architekturreview</translation>
    </message>
</context>
<context>
    <name>archbench::core::ReportExport</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>archbench::core::ReviewReport</name>
    <message>
        <source>review &quot;%1&quot; (%2)</source>
        <translation>Review „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1: lens &quot;%2&quot; is not in the project</source>
        <translation>%1: Die Linse „%2“ ist nicht im Projekt</translation>
    </message>
    <message>
        <source>The project has no reviews.
</source>
        <translation>Das Projekt hat keine Reviews.
</translation>
    </message>
    <message>
        <source>%1 (%2), lens: %3
</source>
        <translation>%1 (%2), Linse: %3
</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>High risk:
</source>
        <translation>Hohes Risiko:
</translation>
    </message>
    <message>
        <source>Medium risk:
</source>
        <translation>Mittleres Risiko:
</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Unrated (answered, but no rule of the lens matches):
</source>
        <translation>Unbewertet (beantwortet, aber keine Regel der Linse passt):
</translation>
    </message>
</context>
<context>
    <name>archbench::core::ReviewSections</name>
    <message>
        <source>✖ high risk</source>
        <translation>✖ hohes Risiko</translation>
    </message>
    <message>
        <source>▲ medium risk</source>
        <translation>▲ mittleres Risiko</translation>
    </message>
    <message>
        <source>✔ no risk</source>
        <translation>✔ kein Risiko</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>business priorities</source>
        <translation>geschäftliche Prioritäten</translation>
    </message>
    <message>
        <source>architecture constraints</source>
        <translation>Architekturvorgaben</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Risks by pillar</source>
        <translation>Risiken nach Säule</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Alle Säulen</translation>
    </message>
    <message>
        <source>Where are the risks?</source>
        <translation>Wo liegen die Risiken?</translation>
    </message>
    <message>
        <source>Questions at risk</source>
        <translation>Fragen mit Risiko</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Practices missing</source>
        <translation>Fehlende Praktiken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No question of this review is at high or medium risk.</source>
        <translation>Keine Frage dieses Reviews hat ein hohes oder mittleres Risiko.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>No improvement items yet.</source>
        <translation>Noch keine Verbesserungen.</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ erledigt</translation>
    </message>
    <message>
        <source>✖ %1, overdue</source>
        <translation>✖ %1, überfällig</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%1 items, %2 open, %3 overdue.</source>
        <translation>%1 Einträge, %2 offen, %3 überfällig.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Are risks going down?</source>
        <translation>Gehen die Risiken zurück?</translation>
    </message>
    <message>
        <source>Changes since &quot;%1&quot; (%2):</source>
        <translation>Änderungen seit „%1“ (%2):</translation>
    </message>
    <message>
        <source>No question changed its risk.</source>
        <translation>Keine Frage hat ihr Risiko geändert.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>✔ improved</source>
        <translation>✔ verbessert</translation>
    </message>
    <message>
        <source>✖ regressed</source>
        <translation>✖ verschlechtert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenanntes Review</translation>
    </message>
    <message>
        <source>The risks of this review cannot be shown: %1</source>
        <translation>Die Risiken dieses Reviews können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>? unrated</source>
        <translation>? unbewertet</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Unrated questions</source>
        <translation>Unbewertete Fragen</translation>
    </message>
    <message>
        <source>These questions are answered, but no risk rule of the lens matches the practices ticked, so the lens gives no risk for them. Judge them by hand.</source>
        <translation>Diese Fragen sind beantwortet, aber keine Risikoregel der Linse passt zu den angekreuzten Praktiken; die Linse nennt daher kein Risiko. Beurteilen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Practices ticked</source>
        <translation>Angekreuzte Praktiken</translation>
    </message>
    <message>
        <source>All questions and answers</source>
        <translation>Alle Fragen und Antworten</translation>
    </message>
    <message>
        <source>Every question of the lens, pillar by pillar: the practices the review found in place and the risk they leave, or why the question was not answered or does not apply.</source>
        <translation>Jede Frage der Linse, Säule für Säule: die Praktiken, die das Review umgesetzt vorfand, und das Risiko, das bleibt, oder warum die Frage nicht beantwortet wurde oder nicht zutrifft.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Practices in place</source>
        <translation>Umgesetzte Praktiken</translation>
    </message>
    <message>
        <source>not applicable: %1</source>
        <translation>nicht anwendbar: %1</translation>
    </message>
</context>
<context>
    <name>archbench::core::RiskCondition</name>
    <message>
        <source>the condition is longer than %1 characters</source>
        <translation>die Bedingung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne passende &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;&amp;&amp;&apos;, &apos;||&apos; or the end of the condition</source>
        <translation>&apos;&amp;&amp;&apos;, &apos;||&apos; oder das Ende der Bedingung erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written twice: &apos;%1%1&apos;</source>
        <translation>&apos;%1&apos; muss doppelt geschrieben werden: &apos;%1%1&apos;</translation>
    </message>
    <message>
        <source>the condition is nested too deeply</source>
        <translation>die Bedingung ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the condition ends where a choice id, &apos;!&apos; or &apos;(&apos; is expected</source>
        <translation>die Bedingung endet, wo eine Auswahl-ID, &apos;!&apos; oder &apos;(&apos; erwartet wird</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; for the &apos;(&apos; at character %1</source>
        <translation>&apos;)&apos; fehlt zur &apos;(&apos; bei Zeichen %1</translation>
    </message>
    <message>
        <source>&apos;default&apos; must be the whole condition</source>
        <translation>&apos;default&apos; muss die ganze Bedingung sein</translation>
    </message>
    <message>
        <source>expected a choice id, &apos;!&apos; or &apos;(&apos; before &apos;)&apos;</source>
        <translation>vor &apos;)&apos; wird eine Auswahl-ID, &apos;!&apos; oder &apos;(&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a choice id, &apos;!&apos; or &apos;(&apos; before &apos;%1&apos;</source>
        <translation>vor &apos;%1&apos; wird eine Auswahl-ID, &apos;!&apos; oder &apos;(&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>archbench::core::ScoreReport</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source>No leader: no option is both complete and still in the running.</source>
        <translation>Kein Spitzenreiter: Keine Option ist vollständig und zugleich noch im Rennen.</translation>
    </message>
    <message>
        <source>Leader: %1, first under %2 of weightings</source>
        <translation>Spitzenreiter: %1, vorn in %2 der Gewichtungen</translation>
    </message>
    <message>
        <source>Leader: %1 (the only ranked option)</source>
        <translation>Spitzenreiter: %1 (die einzige eingestufte Option)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>eliminated: fails %1</source>
        <translation>ausgeschieden: verletzt %1</translation>
    </message>
    <message>
        <source>incomplete: scores missing for %1 of %2 criteria</source>
        <translation>unvollständig: Bewertungen fehlen für %1 von %2 Kriterien</translation>
    </message>
    <message>
        <source>not weighted: all weights are zero</source>
        <translation>nicht gewichtet: alle Gewichte sind null</translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, unvollständig</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Noch keine Optionen.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Leader changes at</source>
        <translation>Spitzenreiter wechselt bei</translation>
    </message>
    <message>
        <source>%1 (%2 leads)</source>
        <translation>%1 (%2 liegt vorn)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No decisions.</source>
        <translation>Keine Entscheidungen.</translation>
    </message>
</context>
<context>
    <name>archbench::core::TriggerEvaluation</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>%1 %2 %3, no current value</source>
        <translation>%1 %2 %3, kein aktueller Wert</translation>
    </message>
    <message>
        <source>review by %1 passed yesterday</source>
        <translation>Wiedervorlagetermin %1 ist gestern verstrichen</translation>
    </message>
    <message>
        <source>review by %1 passed %2 days ago</source>
        <translation>Wiedervorlagetermin %1 ist vor %2 Tagen verstrichen</translation>
    </message>
    <message>
        <source>review by %1 is today</source>
        <translation>Wiedervorlagetermin %1 ist heute</translation>
    </message>
    <message>
        <source>review by %1 is tomorrow</source>
        <translation>Wiedervorlagetermin %1 ist morgen</translation>
    </message>
    <message>
        <source>review by %1, in %2 days</source>
        <translation>Wiedervorlagetermin %1, in %2 Tagen</translation>
    </message>
    <message>
        <source>no measurement or date: watch for the condition</source>
        <translation>kein Messwert und kein Datum: auf die Bedingung achten</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Not fired</source>
        <translation>Nicht ausgelöst</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
</context>
<context>
    <name>archbench::core::cost</name>
    <message>
        <source>Checkout p99 latency</source>
        <translation>p99-Latenz im Checkout</translation>
    </message>
    <message>
        <source>Cache in front of the product catalog</source>
        <translation>Cache vor dem Produktkatalog</translation>
    </message>
    <message>
        <source>Multi-region with a CDN</source>
        <translation>Multi-Region mit CDN</translation>
    </message>
    <message>
        <source>Faster database volumes</source>
        <translation>Schnellere Datenbank-Volumes</translation>
    </message>
    <message>
        <source>API compute at scale</source>
        <translation>API-Rechenleistung bei großer Last</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Containers (reserved)</source>
        <translation>Container (reserviert)</translation>
    </message>
    <message>
        <source>Baseline fleet: three general-purpose instances</source>
        <translation>Grundausstattung: drei Allzweck-Instanzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cost vs latency</source>
        <translation>Kosten gegen Latenz</translation>
    </message>
    <message>
        <source>  Not computed: %1</source>
        <translation>  Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not met by any step</source>
        <translation>von keinem Schritt erreicht</translation>
    </message>
    <message>
        <source>already met before any step</source>
        <translation>schon vor jedem Schritt erreicht</translation>
    </message>
    <message>
        <source>met after step %1</source>
        <translation>erreicht nach Schritt %1</translation>
    </message>
    <message>
        <source>  Baseline p99 %1, target %2: %3.</source>
        <translation>  p99-Ausgangswert %1, Ziel %2: %3.</translation>
    </message>
    <message>
        <source>  No optimisation steps.</source>
        <translation>  Keine Optimierungsschritte.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Eingespart</translation>
    </message>
    <message>
        <source>Per ms saved</source>
        <translation>Je eingesparter ms</translation>
    </message>
    <message>
        <source>Value/month</source>
        <translation>Wert/Monat</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>%1 (beyond target)</source>
        <translation>%1 (über das Ziel hinaus)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>load vs cost</source>
        <translation>Last gegen Kosten</translation>
    </message>
    <message>
        <source>  Load range %1 to %2.</source>
        <translation>  Lastbereich %1 bis %2.</translation>
    </message>
    <message>
        <source>  No compute options.</source>
        <translation>  Keine Rechenoptionen.</translation>
    </message>
    <message>
        <source>  No crossover: %1 is the cheapest over the whole range.</source>
        <translation>  Kein Schnittpunkt: %1 ist über den ganzen Bereich am günstigsten.</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Schnittpunkt</translation>
    </message>
    <message>
        <source>Cheapest below</source>
        <translation>Am günstigsten darunter</translation>
    </message>
    <message>
        <source>Cheapest above</source>
        <translation>Am günstigsten darüber</translation>
    </message>
    <message>
        <source>Cheapest option</source>
        <translation>Günstigste Option</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>reserved vs on demand</source>
        <translation>Reserviert gegen On-Demand</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Saves/month</source>
        <translation>Ersparnis/Monat</translation>
    </message>
    <message>
        <source>Saves/year</source>
        <translation>Ersparnis/Jahr</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>1-year reservation</source>
        <translation>1-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>3-year reservation</source>
        <translation>3-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>Savings plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>No cost models.</source>
        <translation>Keine Kostenmodelle.</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at least 0 and below 100 (percent)</source>
        <translation>muss mindestens 0 und kleiner als 100 sein (Prozent)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be greater than loadRange.from</source>
        <translation>muss größer als loadRange.from sein</translation>
    </message>
    <message>
        <source>repeats the name &quot;%1&quot;; crossovers name options, so each needs its own name</source>
        <translation>wiederholt den Namen „%1“; Schnittpunkte nennen Optionen beim Namen, daher braucht jede einen eigenen</translation>
    </message>
    <message>
        <source>is too small for the load range: the options change instance count more than %1 times; narrow the load range or raise the capacity per instance</source>
        <translation>ist für den Lastbereich zu klein: Die Optionen ändern ihre Instanzzahl mehr als %1-mal; den Lastbereich eingrenzen oder die Kapazität je Instanz erhöhen</translation>
    </message>
</context>
<context>
    <name>archbench::core::interchange</name>
    <message>
        <source>must be a whole number between 0 and 1000000</source>
        <translation>muss eine ganze Zahl zwischen 0 und 1000000 sein</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Archbench project (expected &quot;archbench-project&quot;)</source>
        <translation>„%1“ ist kein Archbench-Projekt (erwartet wird „archbench-project“)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>made by a newer Archbench (interchange version %1); this version reads up to %2</source>
        <translation>von einer neueren Archbench-Version erstellt (Austauschversion %1); diese Version liest bis %2</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>unbekannte ID „%1“</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>min must be less than max</source>
        <translation>min muss kleiner als max sein</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3</source>
        <translation>%1 liegt außerhalb der Skala %2 bis %3</translation>
    </message>
    <message>
        <source>a second score for option &quot;%1&quot; and criterion &quot;%2&quot;</source>
        <translation>eine zweite Bewertung für Option „%1“ und Kriterium „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered twice</source>
        <translation>„%1“ ist zweimal beantwortet</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of linear, log</source>
        <translation>„%1“ ist weder linear noch log</translation>
    </message>
    <message>
        <source>%1 is already the ADR number of decisions[%2] (&quot;%3&quot;)</source>
        <translation>%1 ist schon die ADR-Nummer von decisions[%2] („%3“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant of the decision</source>
        <translation>„%1“ ist nicht an der Entscheidung beteiligt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a second ballot</source>
        <translation>„%1“ hat einen zweiten Stimmzettel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is weighted twice</source>
        <translation>„%1“ ist doppelt gewichtet</translation>
    </message>
    <message>
        <source>a criterion is not compared with itself</source>
        <translation>ein Kriterium wird nicht mit sich selbst verglichen</translation>
    </message>
    <message>
        <source>%1 is outside Saaty&apos;s scale 1/9 to 9</source>
        <translation>%1 liegt außerhalb von Saatys Skala 1/9 bis 9</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are compared twice</source>
        <translation>„%1“ und „%2“ sind doppelt verglichen</translation>
    </message>
</context>
<context>
    <name>archbench::core::interchange::BallotFile</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a ballot: the document is not a JSON object</source>
        <translation>kein Stimmzettel: das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a ballot: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>kein Stimmzettel: „format“ ist nicht „%1“</translation>
    </message>
    <message>
        <source>a ballot of format version %1, newer than this program reads (%2)</source>
        <translation>ein Stimmzettel im Format %1, neuer als dieses Programm liest (%2)</translation>
    </message>
    <message>
        <source>must name the participant</source>
        <translation>muss den Teilnehmer nennen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>larger than a ballot can be (%1 MiB)</source>
        <translation>größer als ein Stimmzettel sein kann (%1 MiB)</translation>
    </message>
    <message>
        <source>the ballot belongs to another project (id &quot;%1&quot;, this one is &quot;%2&quot;)</source>
        <translation>der Stimmzettel gehört zu einem anderen Projekt (Kennung „%1“, dieses ist „%2“)</translation>
    </message>
    <message>
        <source>decision: the project has no decision &quot;%1&quot;%2</source>
        <translation>decision: das Projekt hat keine Entscheidung „%1“%2</translation>
    </message>
    <message>
        <source>%1.criterion: &quot;%2&quot; is not a criterion of &quot;%3&quot;</source>
        <translation>%1.criterion: „%2“ ist kein Kriterium von „%3“</translation>
    </message>
    <message>
        <source>%1.weight: must be a number of at least 0</source>
        <translation>%1.weight: muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1.criterion: &quot;%2&quot; is weighted twice</source>
        <translation>%1.criterion: „%2“ ist doppelt gewichtet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an option of &quot;%3&quot;</source>
        <translation>%1: „%2“ ist keine Option von „%3“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a criterion of &quot;%3&quot;</source>
        <translation>%1: „%2“ ist kein Kriterium von „%3“</translation>
    </message>
    <message>
        <source>%1.value: %2 is outside the scale %3 to %4</source>
        <translation>%1.value: %2 liegt außerhalb der Skala %3 bis %4</translation>
    </message>
    <message>
        <source>%1: the cell is scored twice</source>
        <translation>%1: die Zelle ist doppelt bewertet</translation>
    </message>
    <message>
        <source>a second ballot from %1 in this import</source>
        <translation>ein zweiter Stimmzettel von %1 in diesem Import</translation>
    </message>
    <message>
        <source>%1 already has a ballot on &quot;%2&quot;; confirm to replace it</source>
        <translation>%1 hat schon einen Stimmzettel zu „%2“; zum Ersetzen bestätigen</translation>
    </message>
</context>
<context>
    <name>archbench::core::server::ServerText</name>
    <message>
        <source>the server %1 refused the password for %2</source>
        <translation>der Server %1 hat das Passwort für %2 abgelehnt</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>diesen Benutzer</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: give it when asked, or keep it in ~/.pgpass</source>
        <translation>der Server %1 verlangt ein Passwort: geben Sie es auf Nachfrage ein oder legen Sie es in ~/.pgpass ab</translation>
    </message>
    <message>
        <source>the server has no database &quot;%1&quot; (%2): an administrator creates it, see docs/team-server.md</source>
        <translation>der Server hat keine Datenbank „%1“ (%2): eine Administratorin legt sie an, siehe docs/team-server.md</translation>
    </message>
    <message>
        <source>the server %1 has no user &quot;%2&quot;: an administrator creates it</source>
        <translation>der Server %1 kennt keinen Benutzer „%2“: eine Administratorin legt ihn an</translation>
    </message>
    <message>
        <source>the server %1 does not let this user in: %2</source>
        <translation>der Server %1 lässt diesen Benutzer nicht hinein: %2</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached: %2</source>
        <translation>der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>connecting to %1 failed: %2</source>
        <translation>die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server already holds that: %1</source>
        <translation>das hat der Server schon: %1</translation>
    </message>
    <message>
        <source>the server refused it: %1</source>
        <translation>der Server hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server %1 went away: %2</source>
        <translation>die Verbindung zum Server %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>the server reported: %1</source>
        <translation>der Server meldet: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: installieren Sie das Debian-Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>This database holds no Archbench schema yet: an administrator runs &quot;archbench server init %1&quot;.</source>
        <translation>Diese Datenbank enthält noch kein Archbench-Schema: eine Administratorin führt „archbench server init %1“ aus.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1; this program needs version %2. An administrator upgrades it with &quot;archbench server init %3&quot;.</source>
        <translation>Das Schema des Servers hat Version %1; dieses Programm braucht Version %2. Eine Administratorin bringt es mit „archbench server init %3“ auf den neuen Stand.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (up to %2): use a newer Archbench with this server.</source>
        <translation>Das Schema des Servers hat Version %1, neuer als dieses Programm kennt (bis %2): verwenden Sie mit diesem Server ein neueres Archbench.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1; this program can use it.</source>
        <translation>Das Schema des Servers hat Version %1; dieses Programm kann es nutzen.</translation>
    </message>
    <message>
        <source>the server&apos;s schema is version %1, newer than this program knows (up to %2): it is left as it is</source>
        <translation>das Schema des Servers hat Version %1, neuer als dieses Programm kennt (bis %2): es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>upgrading the server to schema %1 failed: %2</source>
        <translation>das Aktualisieren des Servers auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; is not usable: %2</source>
        <translation>die Serveradresse „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql:// (for example postgresql://dana@db.example/archbench)</source>
        <translation>sie muss mit postgresql:// beginnen (zum Beispiel postgresql://dana@db.example/archbench)</translation>
    </message>
    <message>
        <source>it has a fragment (#...)</source>
        <translation>sie hat einen Fragmentteil (#...)</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains a slash</source>
        <translation>der Datenbankname „%1“ enthält einen Schrägstrich</translation>
    </message>
    <message>
        <source>it contains a password; keep passwords in ~/.pgpass or let Archbench ask for them</source>
        <translation>sie enthält ein Passwort; legen Sie Passwörter in ~/.pgpass ab oder lassen Sie Archbench danach fragen</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>der IPv6-Adresse fehlt die schließende ]</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the address</source>
        <translation>unerwartetes „%1“ nach der Adresse</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value</source>
        <translation>der Parameter „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; contains a semicolon or a line break</source>
        <translation>der Parameter „%1“ enthält ein Semikolon oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode „%1“ ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter Archbench passes on</source>
        <translation>„%1“ ist kein Verbindungsparameter, den Archbench weitergibt</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>(default database)</source>
        <translation>(Standarddatenbank)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
</context>
<context>
    <name>archbench::core::server::TeamServer</name>
    <message>
        <source>the project &quot;%1&quot; could not be merged with version %2 on the server: %3</source>
        <translation>das Projekt „%1“ ließ sich nicht mit Version %2 auf dem Server zusammenführen: %3</translation>
    </message>
    <message>
        <source>the project &quot;%1&quot; changed on the server %2 times while saving; nothing was lost, try again</source>
        <translation>das Projekt „%1“ hat sich beim Speichern %2-mal auf dem Server geändert; nichts ging verloren, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>the server %1 has no project &quot;%2&quot; that %3 may see</source>
        <translation>der Server %1 hat kein Projekt „%2“, das %3 sehen darf</translation>
    </message>
    <message>
        <source>the project &quot;%1&quot; on the server %2 is not a valid project: %3</source>
        <translation>das Projekt „%1“ auf dem Server %2 ist kein gültiges Projekt: %3</translation>
    </message>
    <message>
        <source>the server no longer keeps version %1 of the project &quot;%2&quot;</source>
        <translation>der Server bewahrt Version %1 des Projekts „%2“ nicht mehr auf</translation>
    </message>
    <message>
        <source>version %1 of the project &quot;%2&quot; on the server is not a valid project: %3</source>
        <translation>Version %1 des Projekts „%2“ auf dem Server ist kein gültiges Projekt: %3</translation>
    </message>
    <message>
        <source>the project has no id, so it cannot be published</source>
        <translation>das Projekt hat keine ID und kann daher nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>the server %1 already holds a project with the id &quot;%2&quot;%3</source>
        <translation>der Server %1 hat schon ein Projekt mit der ID „%2“%3</translation>
    </message>
    <message>
        <source>; pull it, or push the file it was pulled into</source>
        <translation>; holen Sie es, oder schicken Sie die Datei, in die es geholt wurde</translation>
    </message>
    <message>
        <source>, which you are not a member of</source>
        <translation>, bei dem Sie nicht Mitglied sind</translation>
    </message>
    <message>
        <source>the project&apos;s id &quot;%1&quot; is not the server&apos;s &quot;%2&quot;</source>
        <translation>die ID des Projekts „%1“ ist nicht die des Servers „%2“</translation>
    </message>
    <message>
        <source>%1 is a viewer of the project &quot;%2&quot; on the server: a viewer reads it but cannot save it (an owner can make you an editor)</source>
        <translation>%1 ist Leser des Projekts „%2“ auf dem Server: Leser können es lesen, aber nicht speichern (ein Eigentümer kann Sie zum Bearbeiter machen)</translation>
    </message>
    <message>
        <source>only an owner of the project &quot;%1&quot; can change its members; %2 is %3</source>
        <translation>nur Eigentümer des Projekts „%1“ können seine Mitglieder ändern; %2 ist %3</translation>
    </message>
    <message>
        <source>the server has no user &quot;%1&quot;: an administrator creates it first</source>
        <translation>der Server kennt keinen Benutzer „%1“: eine Administratorin legt ihn zuerst an</translation>
    </message>
    <message>
        <source>the project &quot;%1&quot; cannot be saved by %2</source>
        <translation>das Projekt „%1“ kann von %2 nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>archbench::core::storage</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a file in its folder (%1)</source>
        <translation>in seinem Ordner kann keine Datei angelegt werden (%1)</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk</source>
        <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the project record is missing</source>
        <translation>der Projektdatensatz fehlt</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; the name must end in .archbench or .json</source>
        <translation>%1: unbekannte Dateiart; der Name muss auf .archbench oder .json enden</translation>
    </message>
    <message>
        <source>%1: input and output are the same file</source>
        <translation>%1: Eingabe und Ausgabe sind dieselbe Datei</translation>
    </message>
    <message>
        <source>the project has no file yet; choose one with Save As</source>
        <translation>das Projekt hat noch keine Datei; wählen Sie eine mit Speichern unter</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the file was changed by someone else since it was opened</source>
        <translation>die Datei wurde seit dem Öffnen von jemand anderem geändert</translation>
    </message>
    <message>
        <source>a project is saved as .archbench; use Save a Copy for JSON</source>
        <translation>ein Projekt wird als .archbench gespeichert; für JSON Kopie speichern verwenden</translation>
    </message>
    <message>
        <source>this is the project&apos;s own file; use Save</source>
        <translation>das ist die eigene Datei des Projekts; Speichern verwenden</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB)</source>
        <translation>die Datei ist zu groß (%1 MB)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the working copy is gone</source>
        <translation>die Arbeitskopie ist verschwunden</translation>
    </message>
    <message>
        <source>the session that owns this working copy is still running</source>
        <translation>die Sitzung, der diese Arbeitskopie gehört, läuft noch</translation>
    </message>
    <message>
        <source>it is in use by another session</source>
        <translation>es wird von einer anderen Sitzung benutzt</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created (is the folder read-only?)</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (ist der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <source>the lock cannot be removed while its session is still running</source>
        <translation>die Sperre kann nicht entfernt werden, solange ihre Sitzung noch läuft</translation>
    </message>
    <message>
        <source>it is in use by %1 on %2 since %3</source>
        <translation>es wird seit %3 von %1 auf %2 benutzt</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>%1.%2 holds the unknown value &quot;%3&quot;</source>
        <translation>%1.%2 enthält den unbekannten Wert „%3“</translation>
    </message>
    <message>
        <source>%1.%2 holds a value that is not a date</source>
        <translation>%1.%2 enthält einen Wert, der kein Datum ist</translation>
    </message>
    <message>
        <source>%1 has a row without its parent</source>
        <translation>%1 hat eine Zeile ohne ihren Elterneintrag</translation>
    </message>
    <message>
        <source>the definition of lens &quot;%1&quot; is not a JSON object</source>
        <translation>die Definition der Linse „%1“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is a folder, not a project file</source>
        <translation>es ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not an Archbench project (not a database file)</source>
        <translation>es ist kein Archbench-Projekt (keine Datenbankdatei)</translation>
    </message>
    <message>
        <source>it is not an Archbench project (a database made by another program)</source>
        <translation>es ist kein Archbench-Projekt (eine Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>it uses write-ahead logging, which Archbench project files never do</source>
        <translation>es nutzt Write-Ahead-Logging, was Archbench-Projektdateien nie tun</translation>
    </message>
    <message>
        <source>the file is damaged (its header is invalid)</source>
        <translation>die Datei ist beschädigt (ihr Dateikopf ist ungültig)</translation>
    </message>
    <message>
        <source>the file is damaged (it is incomplete)</source>
        <translation>die Datei ist beschädigt (sie ist unvollständig)</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>einen Trigger „%1“</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>eine View „%1“</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>einen Index „%1“</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>eine Tabelle „%1“</translation>
    </message>
    <message>
        <source>it contains %1, which Archbench project files never have</source>
        <translation>es enthält %1, was Archbench-Projektdateien nie haben</translation>
    </message>
    <message>
        <source>the file is damaged (%1 is missing)</source>
        <translation>die Datei ist beschädigt (%1 fehlt)</translation>
    </message>
    <message>
        <source>the file is damaged (%1 is not as Archbench defines it)</source>
        <translation>die Datei ist beschädigt (%1 entspricht nicht der Archbench-Definition)</translation>
    </message>
    <message>
        <source>the file is damaged (unexpected schema)</source>
        <translation>die Datei ist beschädigt (unerwartetes Schema)</translation>
    </message>
    <message>
        <source>the file is damaged (%1 has rows without their parent)</source>
        <translation>die Datei ist beschädigt (%1 hat Zeilen ohne ihren Elterneintrag)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it was created by a newer Archbench (schema %1); this version reads up to %2</source>
        <translation>es wurde von einer neueren Archbench-Version erstellt (Schema %1); diese Version liest bis %2</translation>
    </message>
    <message>
        <source>the file is damaged (it has no schema version)</source>
        <translation>die Datei ist beschädigt (sie hat keine Schemaversion)</translation>
    </message>
    <message>
        <source>upgrading the file to schema %1 failed: %2</source>
        <translation>das Aktualisieren der Datei auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite hat eine Sicherheitseinstellung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file holds a value larger than Archbench accepts</source>
        <translation>die Datei enthält einen Wert, der größer ist, als Archbench zulässt</translation>
    </message>
    <message>
        <source>the file tries to do something Archbench does not allow</source>
        <translation>die Datei versucht etwas, das Archbench nicht erlaubt</translation>
    </message>
    <message>
        <source>the file was left half-written by another program (a journal lies beside it)</source>
        <translation>die Datei wurde von einem anderen Programm halb geschrieben zurückgelassen (daneben liegt ein Journal)</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot; to store</source>
        <translation>kein Element „%1“ zum Speichern</translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK (%2)</translation>
    </message>
    <message>
        <source>%1 has rows without their parent</source>
        <translation>%1 hat Zeilen ohne ihren Elterneintrag</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ActionItemsDock</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the drill or review it belongs to</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Notfallübung oder das Review, zu dem sie gehört</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>%1 open, none overdue.</source>
        <translation>%1 offen, keine überfällig.</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue.</source>
        <translation>%1 offen, %2 überfällig.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ActionItemsModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Notfallübung: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>archbench::ui::AdrImportAction</name>
    <message>
        <source>The ADR folder was not imported. %1</source>
        <translation>Der ADR-Ordner wurde nicht importiert. %1</translation>
    </message>
    <message>
        <source>The ADR folder was not imported: its decisions do not fit the project (%1).</source>
        <translation>Der ADR-Ordner wurde nicht importiert: seine Entscheidungen passen nicht zum Projekt (%1).</translation>
    </message>
    <message>
        <source>Import ADR folder %1</source>
        <translation>ADR-Ordner %1 importieren</translation>
    </message>
    <message>
        <source>Imported %1: %2 decisions added, %3 updated, %4 unchanged.</source>
        <translation>%1 importiert: %2 Entscheidungen hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on the files:</source>
        <translation>
            <numerusform>%n Hinweis zu den Dateien:</numerusform>
            <numerusform>%n Hinweise zu den Dateien:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more; &quot;archbench import-adr %2&quot; lists them all.</source>
        <translation>… und %1 weitere; „archbench import-adr %2“ listet alle auf.</translation>
    </message>
    <message>
        <source>Import ADR Folder</source>
        <translation>ADR-Ordner importieren</translation>
    </message>
    <message>
        <source>The ADR folder %1 was not written. %2</source>
        <translation>Der ADR-Ordner %1 wurde nicht geschrieben. %2</translation>
    </message>
    <message>
        <source>The project has no decisions: nothing written to %1.</source>
        <translation>Das Projekt hat keine Entscheidungen: nichts nach %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ADR file(s) to %1</source>
        <translation>
            <numerusform>%n ADR-Datei nach %1 geschrieben</numerusform>
            <numerusform>%n ADR-Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (they still say what the decision holds)</source>
        <translation>
            <numerusform>%n unverändert gelassen (sie sagen noch, was die Entscheidung enthält)</numerusform>
            <numerusform>%n unverändert gelassen (sie sagen noch, was die Entscheidung enthält)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old file(s) of renamed decisions removed</source>
        <translation>
            <numerusform>%n alte Datei umbenannter Entscheidungen entfernt</numerusform>
            <numerusform>%n alte Dateien umbenannter Entscheidungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep ADR numbers</source>
        <translation>ADR-Nummern behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n new number(s) kept in the project.</source>
        <translation>
            <numerusform>%n neue Nummer im Projekt festgehalten.</numerusform>
            <numerusform>%n neue Nummern im Projekt festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is read-only, so the new numbers are not kept in it; the files carry the ids, so the next export finds them again.</source>
        <translation>Das Projekt ist schreibgeschützt, daher werden die neuen Nummern nicht darin festgehalten; die Dateien tragen die IDs, so findet der nächste Export sie wieder.</translation>
    </message>
    <message>
        <source>Export ADR Folder</source>
        <translation>ADR-Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>archbench::ui::AvailabilityHelper</name>
    <message>
        <source> h a year</source>
        <translation> h pro Jahr</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Allowed downtime</source>
        <translation>Erlaubte Ausfallzeit</translation>
    </message>
    <message>
        <source>%1 a year · %2 a month · %3 a week</source>
        <translation>%1 pro Jahr · %2 pro Monat · %3 pro Woche</translation>
    </message>
    <message>
        <source>The project&apos;s target, from the framing answer on availability.</source>
        <translation>Das Ziel des Projekts, aus der Antwort zur Verfügbarkeit in der Einordnung.</translation>
    </message>
    <message>
        <source>The project&apos;s target, from the requirement “%1”.</source>
        <translation>Das Ziel des Projekts, aus der Anforderung „%1“.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::BallotFormDialog</name>
    <message>
        <source>Ballot: %1</source>
        <translation>Stimmzettel: %1</translation>
    </message>
    <message>
        <source>Score each option on each criterion from %1 (worst) to %2 (best); leave a cell empty to leave it to the group. A weight of your own is optional. Save (Ctrl+S) and send the file back.</source>
        <translation>Bewerten Sie jede Option bei jedem Kriterium von %1 (schlechteste) bis %2 (beste); eine leere Zelle überlassen Sie der Gruppe. Ein eigenes Gewicht ist freiwillig. Speichern (Strg+S) und die Datei zurückschicken.</translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation>Ihr Gewicht</translation>
    </message>
    <message>
        <source>The decision&apos;s weight is %1</source>
        <translation>Das Gewicht der Entscheidung ist %1</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Bitte zuerst Ihren Namen eingeben.</translation>
    </message>
    <message>
        <source>Your weight for %1: &quot;%2&quot; is not a number of at least 0.</source>
        <translation>Ihr Gewicht für %1: „%2“ ist keine Zahl von mindestens 0.</translation>
    </message>
    <message>
        <source>%1 × %2: &quot;%3&quot; is not a score from %4 to %5.</source>
        <translation>%1 × %2: „%3“ ist keine Bewertung von %4 bis %5.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n score(s)). Send it to the facilitator.</source>
        <translation>
            <numerusform>%1 gespeichert (%n Bewertung). Schicken Sie die Datei an die Moderation.</numerusform>
            <numerusform>%1 gespeichert (%n Bewertungen). Schicken Sie die Datei an die Moderation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a ballot: %2</source>
        <translation>%1 lässt sich nicht als Stimmzettel öffnen: %2</translation>
    </message>
</context>
<context>
    <name>archbench::ui::BallotImportAction</name>
    <message>
        <source>No ballot was imported. %1: %2</source>
        <translation>Kein Stimmzettel wurde importiert. %1: %2</translation>
    </message>
    <message>
        <source>No ballot was imported.</source>
        <translation>Kein Stimmzettel wurde importiert.</translation>
    </message>
    <message>
        <source>No ballot was imported. %1</source>
        <translation>Kein Stimmzettel wurde importiert. %1</translation>
    </message>
    <message>
        <source>Import ballot</source>
        <translation>Stimmzettel importieren</translation>
    </message>
    <message>
        <source>Import %1 ballots</source>
        <translation>%1 Stimmzettel importieren</translation>
    </message>
    <message>
        <source>Imported the ballot of %1. It stays hidden until you reveal the ballots (Meeting page).</source>
        <translation>Stimmzettel von %1 importiert. Er bleibt verdeckt, bis Sie die Stimmzettel aufdecken (Seite Sitzung).</translation>
    </message>
    <message>
        <source>Imported %1 ballots (%2). They stay hidden until you reveal the ballots (Meeting page).</source>
        <translation>%1 Stimmzettel importiert (%2). Sie bleiben verdeckt, bis Sie die Stimmzettel aufdecken (Seite Sitzung).</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Ersetzt: %1.</translation>
    </message>
    <message>
        <source>Added as consulted: %1.</source>
        <translation>Als konsultiert hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation>Stimmzettel importieren</translation>
    </message>
    <message>
        <source>Ballots (*.json);;All files (*)</source>
        <translation>Stimmzettel (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace Ballots</source>
        <translation>Stimmzettel ersetzen</translation>
    </message>
    <message>
        <source>These participants already have a ballot:
%1

Replace their earlier ballots with the ones from the files?</source>
        <translation>Diese Teilnehmer haben schon einen Stimmzettel:
%1

Ihre bisherigen Stimmzettel durch die aus den Dateien ersetzen?</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Failed decision-quality checks</source>
        <translation>Nicht bestandene Qualitätsprüfungen von Entscheidungen</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ChecksModel</name>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CompareDialog</name>
    <message>
        <source>Project &quot;%1&quot;</source>
        <translation>Projekt „%1“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>No differences: %1 holds the same project as the one open.</source>
        <translation>Keine Unterschiede: %1 enthält dasselbe Projekt wie das geöffnete.</translation>
    </message>
    <message>
        <source>From %1 to the project open now: %2 changes in %3 items. Return or a double-click opens the item.</source>
        <translation>Von %1 zum jetzt geöffneten Projekt: %2 Änderungen in %3 Elementen. Eingabe oder ein Doppelklick öffnet das Element.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ComputeOptionsModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>%1 / million req.</source>
        <translation>%1 / Mio. Anfragen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 / GB-second</source>
        <translation>%1 / GB-Sekunde</translation>
    </message>
    <message>
        <source>Capacity / instance</source>
        <translation>Kapazität / Instanz</translation>
    </message>
    <message>
        <source>%1 / instance / month</source>
        <translation>%1 / Instanz / Monat</translation>
    </message>
    <message>
        <source>Min. instances</source>
        <translation>Min. Instanzen</translation>
    </message>
    <message>
        <source>Reserved discount</source>
        <translation>Rabatt für Reservierung</translation>
    </message>
    <message>
        <source>Fixed / month</source>
        <translation>Fix / Monat</translation>
    </message>
    <message>
        <source>Per request: pay for every request and its compute time (a straight line). Per instance: pay for running instances (a staircase).</source>
        <translation>Pro Anfrage: Jede Anfrage und ihre Rechenzeit wird bezahlt (eine Gerade). Pro Instanz: Laufende Instanzen werden bezahlt (eine Treppe).</translation>
    </message>
    <message>
        <source>Request charge per million requests (gateway and invocation)</source>
        <translation>Anfragegebühr pro Million Anfragen (Gateway und Aufruf)</translation>
    </message>
    <message>
        <source>Average compute time of one request, in milliseconds</source>
        <translation>Durchschnittliche Rechenzeit einer Anfrage in Millisekunden</translation>
    </message>
    <message>
        <source>Memory given to each invocation, in GB</source>
        <translation>Jedem Aufruf zugewiesener Speicher in GB</translation>
    </message>
    <message>
        <source>Compute charge per GB-second</source>
        <translation>Rechengebühr pro GB-Sekunde</translation>
    </message>
    <message>
        <source>Sustained load one instance carries, in %1</source>
        <translation>Dauerlast, die eine Instanz trägt, in %1</translation>
    </message>
    <message>
        <source>On-demand price of one instance for a month (730 hours)</source>
        <translation>On-Demand-Preis einer Instanz für einen Monat (730 Stunden)</translation>
    </message>
    <message>
        <source>Instances that run even at the lowest load (redundancy)</source>
        <translation>Instanzen, die selbst bei niedrigster Last laufen (Redundanz)</translation>
    </message>
    <message>
        <source>Discount on the instance price from a reservation or savings plan</source>
        <translation>Rabatt auf den Instanzpreis durch eine Reservierung oder einen Savings Plan</translation>
    </message>
    <message>
        <source>Monthly cost that does not depend on load (load balancer, NAT, support)</source>
        <translation>Monatliche Kosten, die nicht von der Last abhängen (Load Balancer, NAT, Support)</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>pro Anfrage</translation>
    </message>
    <message>
        <source>per instance</source>
        <translation>pro Instanz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Applies to per-instance pricing only</source>
        <translation>Gilt nur für die Abrechnung pro Instanz</translation>
    </message>
    <message>
        <source>Applies to per-request pricing only</source>
        <translation>Gilt nur für die Abrechnung pro Anfrage</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>Option umbenennen</translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation>Preismodell ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Reorder options</source>
        <translation>Optionen umsortieren</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflicts. When a merge finds a field both sides changed differently, it is listed here to decide.</source>
        <translation>Keine Konflikte. Findet eine Zusammenführung ein Feld, das beide Seiten verschieden geändert haben, steht es hier zur Entscheidung.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ours (now)</source>
        <translation>Unsere (jetzt)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Keep what the project holds now (edit the field first to settle on a third value)</source>
        <translation>Behalten, was das Projekt jetzt enthält (das Feld vorher bearbeiten, um einen dritten Wert zu wählen)</translation>
    </message>
    <message>
        <source>Put their value into the project</source>
        <translation>Ihren Wert ins Projekt übernehmen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Keep ours for %1</source>
        <translation>Unsere behalten für %1</translation>
    </message>
    <message>
        <source>Their value cannot be taken: %1</source>
        <translation>Ihr Wert kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Ihre übernehmen für %1</translation>
    </message>
    <message>
        <source>Keep Ours (Ctrl+1)</source>
        <translation>Unsere behalten (Strg+1)</translation>
    </message>
    <message>
        <source>Take Theirs (Ctrl+2)</source>
        <translation>Ihre übernehmen (Strg+2)</translation>
    </message>
    <message>
        <source>Their value for %1 is not readable (&quot;%2&quot;); keep ours or edit the field.</source>
        <translation>Ihr Wert für %1 ist nicht lesbar („%2“); behalten Sie unsere oder bearbeiten Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ConstraintsModel</name>
    <message>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>Fails this constraint: eliminated from the ranking. Space to change.</source>
        <translation>Verletzt diese Randbedingung: aus der Rangfolge ausgeschieden. Leertaste zum Ändern.</translation>
    </message>
    <message>
        <source>Meets this constraint. Space to mark it as failing.</source>
        <translation>Erfüllt diese Randbedingung. Leertaste markiert sie als verletzt.</translation>
    </message>
    <message>
        <source>Hard constraint</source>
        <translation>Harte Randbedingung</translation>
    </message>
    <message>
        <source>Edit constraint</source>
        <translation>Randbedingung bearbeiten</translation>
    </message>
    <message>
        <source>Mark constraint as met</source>
        <translation>Randbedingung als erfüllt markieren</translation>
    </message>
    <message>
        <source>Mark constraint as failed</source>
        <translation>Randbedingung als verletzt markieren</translation>
    </message>
    <message>
        <source>Add constraint</source>
        <translation>Randbedingung hinzufügen</translation>
    </message>
    <message>
        <source>New constraint</source>
        <translation>Neue Randbedingung</translation>
    </message>
    <message>
        <source>Remove constraint</source>
        <translation>Randbedingung entfernen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CostChartDock</name>
    <message>
        <source>Open a latency cost model to see what each optimisation step buys.</source>
        <translation>Öffnen Sie ein Latenz-Kostenmodell, um zu sehen, was jeder Optimierungsschritt bringt.</translation>
    </message>
    <message>
        <source>Open a crossover cost model to see which compute option is cheapest at each load.</source>
        <translation>Öffnen Sie ein Schnittpunkt-Kostenmodell, um zu sehen, welche Rechenoption bei welcher Last am günstigsten ist.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Schnittpunkt</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CostCharts</name>
    <message>
        <source>Which compute option is cheapest at each load?</source>
        <translation>Welche Rechenoption ist bei welcher Last am günstigsten?</translation>
    </message>
    <message>
        <source>Cannot draw the costs: %1</source>
        <translation>Die Kosten können nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>No compute options yet: add one to draw its cost.</source>
        <translation>Noch keine Rechenoptionen: Fügen Sie eine hinzu, um ihre Kosten zu zeichnen.</translation>
    </message>
    <message>
        <source>Sustained load (%1)</source>
        <translation>Dauerlast (%1)</translation>
    </message>
    <message>
        <source>Monthly cost (%1)</source>
        <translation>Monatskosten (%1)</translation>
    </message>
    <message>
        <source>Cheapest: %1</source>
        <translation>Am günstigsten: %1</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Schnittpunkt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cheapest: %1</source>
        <translation>am günstigsten: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Cost per ms saved: %1 a month</source>
        <translation>Kosten je eingesparter ms: %1 pro Monat</translation>
    </message>
    <message>
        <source>Cost per ms saved: none, this step saves no time</source>
        <translation>Kosten je eingesparter ms: keine, dieser Schritt spart keine Zeit</translation>
    </message>
    <message>
        <source>Adds %1 a month (%2 in total)</source>
        <translation>Zusätzlich %1 pro Monat (%2 insgesamt)</translation>
    </message>
    <message>
        <source>p99 %1 to %2 (%3 saved)</source>
        <translation>p99 von %1 auf %2 (%3 eingespart)</translation>
    </message>
    <message>
        <source>Revenue value %1 a month, return %2×</source>
        <translation>Umsatzwert %1 pro Monat, Rendite %2×</translation>
    </message>
    <message>
        <source>Beyond the target: diminishing returns</source>
        <translation>Über das Ziel hinaus: abnehmender Nutzen</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Erfüllt das Ziel</translation>
    </message>
    <message>
        <source>What does each step buy?</source>
        <translation>Was bringt jeder Schritt?</translation>
    </message>
    <message>
        <source>Cannot draw the curve: %1</source>
        <translation>Die Kurve kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>p99 after each step</source>
        <translation>p99 nach jedem Schritt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Short of target</source>
        <translation>Verfehlt das Ziel</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Erfüllt das Ziel</translation>
    </message>
    <message>
        <source>Beyond target</source>
        <translation>Über das Ziel hinaus</translation>
    </message>
    <message>
        <source>Total monthly cost (%1)</source>
        <translation>Monatliche Gesamtkosten (%1)</translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Baseline %1 ms</source>
        <translation>Ausgangswert %1 ms</translation>
    </message>
    <message>
        <source>Target %1 ms</source>
        <translation>Ziel %1 ms</translation>
    </message>
    <message>
        <source>%1 (beyond target)</source>
        <translation>%1 (über das Ziel hinaus)</translation>
    </message>
    <message>
        <source>What each way of paying costs a month</source>
        <translation>Was jede Zahlungsweise pro Monat kostet</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Savings plan (-%1 %)</source>
        <translation>Savings Plan (-%1 %)</translation>
    </message>
    <message>
        <source>3-year reservation (-%1 %)</source>
        <translation>3-Jahres-Reservierung (-%1 %)</translation>
    </message>
    <message>
        <source>1-year reservation (-%1 %)</source>
        <translation>1-Jahres-Reservierung (-%1 %)</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatskosten</translation>
    </message>
    <message>
        <source>%1 (saves %2)</source>
        <translation>%1 (spart %2)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CostEditorBase</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Baseline p99</source>
        <translation>p99 Ausgangswert</translation>
    </message>
    <message>
        <source>Target p99</source>
        <translation>p99 Zielwert</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <source>Conversion gain per 100 ms</source>
        <translation>Konversionsgewinn je 100 ms</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>added monthly cost</source>
        <translation>zusätzliche Monatskosten</translation>
    </message>
    <message>
        <source>p99 after</source>
        <translation>p99 danach</translation>
    </message>
    <message>
        <source>Load unit</source>
        <translation>Lasteinheit</translation>
    </message>
    <message>
        <source>Load from</source>
        <translation>Last von</translation>
    </message>
    <message>
        <source>Load to</source>
        <translation>Last bis</translation>
    </message>
    <message>
        <source>price per million requests</source>
        <translation>Preis pro Million Anfragen</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>price per GB-second</source>
        <translation>Preis pro GB-Sekunde</translation>
    </message>
    <message>
        <source>capacity per instance</source>
        <translation>Kapazität je Instanz</translation>
    </message>
    <message>
        <source>price per instance</source>
        <translation>Preis je Instanz</translation>
    </message>
    <message>
        <source>minimum instances</source>
        <translation>Mindestanzahl Instanzen</translation>
    </message>
    <message>
        <source>reserved discount</source>
        <translation>Rabatt für Reservierung</translation>
    </message>
    <message>
        <source>fixed monthly cost</source>
        <translation>fixe Monatskosten</translation>
    </message>
    <message>
        <source>On-demand cost a month</source>
        <translation>On-Demand-Kosten pro Monat</translation>
    </message>
    <message>
        <source>1-year reservation discount</source>
        <translation>Rabatt für 1-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>3-year reservation discount</source>
        <translation>Rabatt für 3-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>Savings plan discount</source>
        <translation>Rabatt für Savings Plan</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Rename cost model</source>
        <translation>Kostenmodell umbenennen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The figures cannot be computed. %1. Correct this input and the figures and the chart come back.</source>
        <translation>Die Kennzahlen können nicht berechnet werden. %1. Korrigieren Sie diese Eingabe, dann erscheinen die Kennzahlen und das Diagramm wieder.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CostModule</name>
    <message>
        <source>New latency model</source>
        <translation>Neues Latenzmodell</translation>
    </message>
    <message>
        <source>New crossover model</source>
        <translation>Neues Schnittpunktmodell</translation>
    </message>
    <message>
        <source>New reserved-capacity model</source>
        <translation>Neues Modell für reservierte Kapazität</translation>
    </message>
    <message>
        <source>New &amp;Latency Model</source>
        <translation>Neues La&amp;tenzmodell</translation>
    </message>
    <message>
        <source>New &amp;Crossover Model</source>
        <translation>Neues &amp;Schnittpunktmodell</translation>
    </message>
    <message>
        <source>Add a cost-vs-latency curve, starting from the guide&apos;s checkout example</source>
        <translation>Eine Kurve „Kosten gegen Latenz“ hinzufügen, ausgehend vom Checkout-Beispiel des Leitfadens</translation>
    </message>
    <message>
        <source>Add a load-vs-cost comparison of compute options</source>
        <translation>Einen Vergleich „Last gegen Kosten“ für Rechenoptionen hinzufügen</translation>
    </message>
    <message>
        <source>Add a comparison of on-demand, reserved and savings-plan prices</source>
        <translation>Einen Vergleich von On-Demand-, Reservierungs- und Savings-Plan-Preisen hinzufügen</translation>
    </message>
    <message>
        <source>New Reserved-C&amp;apacity Model</source>
        <translation>Neues Modell für reservierte &amp;Kapazität</translation>
    </message>
</context>
<context>
    <name>archbench::ui::CrossoverModelEditor</name>
    <message>
        <source>&amp;Add Option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Option</source>
        <translation>Option &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Change load unit</source>
        <translation>Lasteinheit ändern</translation>
    </message>
    <message>
        <source>What the load counts per second, e.g. rps (requests per second) or events</source>
        <translation>Was die Last pro Sekunde zählt, z. B. rps (Anfragen pro Sekunde) oder Ereignisse</translation>
    </message>
    <message>
        <source>Change load range</source>
        <translation>Lastbereich ändern</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scales</source>
        <translation>&amp;Logarithmische Skalen</translation>
    </message>
    <message>
        <source>Change chart scale</source>
        <translation>Diagrammskala ändern</translation>
    </message>
    <message>
        <source>Draw load and cost on logarithmic axes, for ranges that span several orders of magnitude</source>
        <translation>Last und Kosten auf logarithmischen Achsen zeichnen, für Bereiche über mehrere Größenordnungen</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>bi&amp;s</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>E&amp;inheit:</translation>
    </message>
    <message>
        <source>No compute options yet: add the ways you could run this workload.</source>
        <translation>Noch keine Rechenoptionen: Fügen Sie die Möglichkeiten hinzu, wie dieser Workload betrieben werden könnte.</translation>
    </message>
    <message>
        <source>%1 is the cheapest over the whole range, %2 to %3: no crossover.</source>
        <translation>%1 ist über den ganzen Bereich von %2 bis %3 am günstigsten: kein Schnittpunkt.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>Cheapest: %1.</source>
        <translation>Am günstigsten: %1.</translation>
    </message>
    <message>
        <source>Load f&amp;rom:</source>
        <translation>Last &amp;von:</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DashboardPanel</name>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Doppelklick oder Eingabetaste öffnet</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DecisionChartDock</name>
    <message>
        <source>Open a decision to see this chart.</source>
        <translation>Öffnen Sie eine Entscheidung, um dieses Diagramm zu sehen.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DecisionEditor</name>
    <message>
        <source>Decision title</source>
        <translation>Titel der Entscheidung</translation>
    </message>
    <message>
        <source>What is being decided?</source>
        <translation>Worüber wird entschieden?</translation>
    </message>
    <message>
        <source>Rename decision</source>
        <translation>Entscheidung umbenennen</translation>
    </message>
    <message>
        <source>Decision-quality checks</source>
        <translation>Qualitätsprüfungen der Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Dok&amp;umentation</translation>
    </message>
    <message>
        <source>Revisit &amp;triggers</source>
        <translation>Wieder&amp;vorlage</translation>
    </message>
    <message>
        <source>This decision was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Diese Entscheidung wurde entfernt. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>The project is open read-only: nothing here can be changed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: Hier lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Revisit &amp;triggers (%1 fired)</source>
        <translation>Wieder&amp;vorlage (%1 ausgelöst)</translation>
    </message>
    <message>
        <source>No leader yet: add options and criteria, then score them.</source>
        <translation>Noch kein Spitzenreiter: Optionen und Kriterien hinzufügen und dann bewerten.</translation>
    </message>
    <message>
        <source>No leader yet: every option is incomplete or eliminated.</source>
        <translation>Noch kein Spitzenreiter: Jede Option ist unvollständig oder ausgeschieden.</translation>
    </message>
    <message>
        <source>Leader: %1 with %2, first under %3 of weightings.</source>
        <translation>Spitzenreiter: %1 mit %2, vorn in %3 der Gewichtungen.</translation>
    </message>
    <message>
        <source>Leader: %1 with %2, the only option still ranked.</source>
        <translation>Spitzenreiter: %1 mit %2, die einzige noch eingestufte Option.</translation>
    </message>
    <message>
        <source>Incomplete options: %1.</source>
        <translation>Unvollständige Optionen: %1.</translation>
    </message>
    <message>
        <source>Passed: every decision-quality check</source>
        <translation>Bestanden: alle Qualitätsprüfungen der Entscheidung</translation>
    </message>
    <message>
        <source>No checks: this decision is no longer in force</source>
        <translation>Keine Prüfungen: Diese Entscheidung ist nicht mehr in Kraft</translation>
    </message>
    <message>
        <source>Check: %1. %2</source>
        <translation>Prüfung: %1. %2</translation>
    </message>
    <message>
        <source>Enter or double-click to go to the part of the decision this is about.</source>
        <translation>Eingabetaste oder Doppelklick springt zu dem Teil der Entscheidung, um den es geht.</translation>
    </message>
    <message>
        <source>No clear leader: %1 tie for first place with %2.</source>
        <translation>Kein klarer Spitzenreiter: %1 teilen sich den ersten Platz mit %2.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Ballots, the group&apos;s view, pairwise weights and the minutes (%1)</source>
        <translation>Stimmzettel, Sicht der Gruppe, paarweise Gewichte und Protokoll (%1)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DecisionModule</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>New &amp;Decision</source>
        <translation>Neue &amp;Entscheidung</translation>
    </message>
    <message>
        <source>Add a decision to the project and open its matrix</source>
        <translation>Eine Entscheidung zum Projekt hinzufügen und ihre Matrix öffnen</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Import A&amp;DR Folder…</source>
        <translation>A&amp;DR-Ordner importieren…</translation>
    </message>
    <message>
        <source>Read a folder of decision records (MADR, adr-tools, log4brains) into the project</source>
        <translation>Einen Ordner mit Entscheidungsdokumenten (MADR, adr-tools, log4brains) in das Projekt einlesen</translation>
    </message>
    <message>
        <source>Record &amp;Metric Readings…</source>
        <translation>&amp;Messwerte erfassen…</translation>
    </message>
    <message>
        <source>Type current monitoring values (rps, monthly cost, …) for the revisit triggers that measure them</source>
        <translation>Aktuelle Monitoring-Werte (rps, monatliche Kosten, …) für die Überprüfungsauslöser eintragen, die sie messen</translation>
    </message>
    <message>
        <source>Import &amp;Ballots…</source>
        <translation>Stimmzettel i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Bring filled-in ballot files back as participants&apos; ballots</source>
        <translation>Ausgefüllte Stimmzettel-Dateien als Stimmzettel der Teilnehmer zurückholen</translation>
    </message>
    <message>
        <source>Show the decisions full screen in large type for the projector (Esc leaves)</source>
        <translation>Die Entscheidungen im Vollbild in großer Schrift für den Beamer zeigen (Esc beendet)</translation>
    </message>
    <message>
        <source>Nothing to present: the project has no decisions.</source>
        <translation>Nichts zu präsentieren: Das Projekt hat keine Entscheidungen.</translation>
    </message>
    <message>
        <source>Pr&amp;esent</source>
        <translation>P&amp;räsentieren</translation>
    </message>
    <message>
        <source>E&amp;xport ADR Folder…</source>
        <translation>ADR-Ordner e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every decision as its ADR file into a folder (MADR, or the shape of the records already there)</source>
        <translation>Jede Entscheidung als ihre ADR-Datei in einen Ordner schreiben (MADR oder die Form der Dokumente, die schon dort liegen)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DialogFilePrompts</name>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Projects (*.archbench *.json);;Archbench projects (*.archbench);;Interchange JSON (*.json)</source>
        <translation>Projekte (*.archbench *.json);;Archbench-Projekte (*.archbench);;JSON-Austauschdateien (*.json)</translation>
    </message>
    <message>
        <source>Archbench project (*.archbench)</source>
        <translation>Archbench-Projekt (*.archbench)</translation>
    </message>
    <message>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON-Austauschdatei (*.json)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>%1 is open in another Archbench session.</source>
        <translation>%1 ist in einer anderen Archbench-Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>%1 is open in another session: %2 on %3 has had it open since %4.</source>
        <translation>%1 ist in einer anderen Sitzung geöffnet: %2 auf %3 hat die Datei seit %4 offen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>einem unbekannten Rechner</translation>
    </message>
    <message>
        <source>Project In Use</source>
        <translation>Projekt in Benutzung</translation>
    </message>
    <message>
        <source>Open it read-only to look without changing it. Opening it anyway lets both of you save, and the later save wins.</source>
        <translation>Schreibgeschützt öffnen, um es anzusehen, ohne es zu ändern. Trotzdem öffnen lässt Sie beide speichern; es gilt, wer zuletzt speichert.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours. Save as Copy keeps both.</source>
        <translation>Überschreiben ersetzt die andere Fassung durch Ihre. Als Kopie speichern behält beide.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Save as &amp;Copy...</source>
        <translation>Als &amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Ohne Speichern gehen die Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Ungespeicherte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>Throw away the unsaved work on “%1”? It cannot be brought back.</source>
        <translation>Die ungespeicherte Arbeit an „%1“ verwerfen? Sie lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Passwort für den Team-Server</translation>
    </message>
    <message>
        <source>%1

Password for %2 (kept only while Archbench runs):</source>
        <translation>%1

Passwort für %2 (nur aufbewahrt, solange Archbench läuft):</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DocumentTabs</name>
    <message>
        <source>Open items</source>
        <translation>Geöffnete Elemente</translation>
    </message>
    <message>
        <source>Overview of the project</source>
        <translation>Übersicht über das Projekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillActionItemsModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1 (bald fällig)</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Change action item owner</source>
        <translation>Verantwortliche der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Change action item due date</source>
        <translation>Fälligkeitsdatum der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>Status der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Remove action items</source>
        <translation>Maßnahmen entfernen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillChartDock</name>
    <message>
        <source>Open a drill to see whether it met its targets.</source>
        <translation>Öffnen Sie eine Notfallübung, um zu sehen, ob sie ihre Ziele erreicht hat.</translation>
    </message>
    <message>
        <source>Drills with a date appear here in date order.</source>
        <translation>Notfallübungen mit Datum erscheinen hier in Datumsreihenfolge.</translation>
    </message>
    <message>
        <source>This drill</source>
        <translation>Diese Notfallübung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Notfallübungen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillCharts</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Recovered within the RTO?</source>
        <translation>Innerhalb der RTO wiederhergestellt?</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Minutes to recover</source>
        <translation>Minuten bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
    </message>
    <message>
        <source>Data loss within the RPO?</source>
        <translation>Datenverlust innerhalb der RPO?</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Seconds of writes lost</source>
        <translation>Sekunden verlorener Schreibvorgänge</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>n/m</source>
        <translation>n. g.</translation>
    </message>
    <message>
        <source>Drills in date order</source>
        <translation>Notfallübungen in Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Is recovery getting faster?</source>
        <translation>Wird die Wiederherstellung schneller?</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>Is data loss within the RPO?</source>
        <translation>Liegt der Datenverlust innerhalb der RPO?</translation>
    </message>
    <message>
        <source>Within RPO</source>
        <translation>Innerhalb der RPO</translation>
    </message>
    <message>
        <source>Over RPO</source>
        <translation>Über der RPO</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO-Ziel</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillEditor</name>
    <message>
        <source>Empty (—) when not set; clear the field to unset it</source>
        <translation>Leer (—), wenn nicht gesetzt; Feld leeren, um den Wert zu entfernen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Add &amp;timeline event</source>
        <translation>&amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>S&amp;ort by time</source>
        <translation>Nach Zeit s&amp;ortieren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Add fi&amp;nding</source>
        <translation>Befu&amp;nd hinzufügen</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Befund entfernen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add a&amp;ction item</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Fill typical targets</source>
        <translation>Typische Ziele eintragen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>e.g. Q4 regional failover drill</source>
        <translation>z. B. regionale Failover-Übung Q4</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>What was failed, and how (e.g. stopped the primary database in us-east-1)</source>
        <translation>Was ausgeschaltet wurde und wie (z. B. primäre Datenbank in us-east-1 gestoppt)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of traffic sent through the failover</source>
        <translation>Anteil des Verkehrs, der über den Failover lief</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;What was failed:</source>
        <translation>He&amp;rbeigeführter Ausfall:</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Verkehr:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Set the RTO and RPO targets to what this tier typically achieves</source>
        <translation>RTO- und RPO-Ziel auf das setzen, was diese Stufe typischerweise erreicht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>DR tie&amp;r:</source>
        <translation>DR-Stu&amp;fe:</translation>
    </message>
    <message>
        <source>RTO tar&amp;get:</source>
        <translation>RTO-&amp;Ziel:</translation>
    </message>
    <message>
        <source>RPO target:</source>
        <translation>RPO-Ziel:</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Time to detect:</source>
        <translation>Zeit bis zur Erkennung:</translation>
    </message>
    <message>
        <source>Time to decide:</source>
        <translation>Zeit bis zur Entscheidung:</translation>
    </message>
    <message>
        <source>Time to recover:</source>
        <translation>Zeit bis zur Wiederherstellung:</translation>
    </message>
    <message>
        <source>Phases in minutes</source>
        <translation>Phasen in Minuten</translation>
    </message>
    <message>
        <source>Clock times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Seconds of writes missing after the failover (the observed RPO)</source>
        <translation>Sekunden an Schreibvorgängen, die nach dem Failover fehlten (die beobachtete RPO)</translation>
    </message>
    <message>
        <source>Data &amp;loss observed:</source>
        <translation>Beobachteter Daten&amp;verlust:</translation>
    </message>
    <message>
        <source>Observed RTO:</source>
        <translation>Beobachtete RTO:</translation>
    </message>
    <message>
        <source>Rename drill</source>
        <translation>Notfallübung umbenennen</translation>
    </message>
    <message>
        <source>Change drill date</source>
        <translation>Datum der Notfallübung ändern</translation>
    </message>
    <message>
        <source>Change scenario</source>
        <translation>Szenario ändern</translation>
    </message>
    <message>
        <source>Describe what was failed</source>
        <translation>Herbeigeführten Ausfall beschreiben</translation>
    </message>
    <message>
        <source>Change traffic</source>
        <translation>Verkehr ändern</translation>
    </message>
    <message>
        <source>Change traffic share</source>
        <translation>Verkehrsanteil ändern</translation>
    </message>
    <message>
        <source>Change RTO target</source>
        <translation>RTO-Ziel ändern</translation>
    </message>
    <message>
        <source>Change RPO target</source>
        <translation>RPO-Ziel ändern</translation>
    </message>
    <message>
        <source>Change time to detect</source>
        <translation>Zeit bis zur Erkennung ändern</translation>
    </message>
    <message>
        <source>Change time to decide</source>
        <translation>Zeit bis zur Entscheidung ändern</translation>
    </message>
    <message>
        <source>Change time to recover</source>
        <translation>Zeit bis zur Wiederherstellung ändern</translation>
    </message>
    <message>
        <source>Change data loss</source>
        <translation>Datenverlust ändern</translation>
    </message>
    <message>
        <source>Record phase times</source>
        <translation>Phasenzeiten erfassen</translation>
    </message>
    <message>
        <source>Change DR tier</source>
        <translation>DR-Stufe ändern</translation>
    </message>
    <message>
        <source>%1 usually targets an RTO of %2 and an RPO of %3. Use these targets? You can still edit them afterwards.</source>
        <translation>%1 zielt üblicherweise auf eine RTO von %2 und eine RPO von %3. Diese Ziele übernehmen? Sie können sie danach weiterhin ändern.</translation>
    </message>
    <message>
        <source>This drill is no longer in the project.</source>
        <translation>Diese Notfallübung ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>Untitled drill</source>
        <translation>Unbenannte Notfallübung</translation>
    </message>
    <message>
        <source>%1 (detect + decide + recover)</source>
        <translation>%1 (Erkennen + Entscheiden + Wiederherstellen)</translation>
    </message>
    <message>
        <source>needs all three phases</source>
        <translation>braucht alle drei Phasen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillListSection</name>
    <message>
        <source>%1 (Insert)</source>
        <translation>%1 (Einfg)</translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation>%1 (Entf)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillModule</name>
    <message>
        <source>New drill</source>
        <translation>Neue Notfallübung</translation>
    </message>
    <message>
        <source>Record a disaster-recovery drill</source>
        <translation>Eine Notfallübung erfassen</translation>
    </message>
    <message>
        <source>New Dr&amp;ill</source>
        <translation>Neue Notfall&amp;übung</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillResultBanner</name>
    <message>
        <source>%1 to spare</source>
        <translation>%1 Puffer</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 über dem Ziel</translation>
    </message>
    <message>
        <source>exactly on target</source>
        <translation>genau im Ziel</translation>
    </message>
    <message>
        <source>RTO: recovered in %1 against a target of %2, %3</source>
        <translation>RTO: wiederhergestellt in %1 bei einem Ziel von %2, %3</translation>
    </message>
    <message>
        <source>RTO: no target set</source>
        <translation>RTO: kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>RTO: target %1; still to measure: %2</source>
        <translation>RTO: Ziel %1; noch zu messen: %2</translation>
    </message>
    <message>
        <source>RPO: %1 of writes lost against a target of %2, %3</source>
        <translation>RPO: %1 an Schreibvorgängen verloren bei einem Ziel von %2, %3</translation>
    </message>
    <message>
        <source>RPO: no target set</source>
        <translation>RPO: kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>RPO: target %1; data loss not measured yet</source>
        <translation>RPO: Ziel %1; Datenverlust noch nicht gemessen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>All action items are done.</source>
        <translation>Alle Maßnahmen sind erledigt.</translation>
    </message>
    <message>
        <source>1 action item still open.</source>
        <translation>1 Maßnahme ist noch offen.</translation>
    </message>
    <message>
        <source>%1 action items still open.</source>
        <translation>%1 Maßnahmen sind noch offen.</translation>
    </message>
    <message>
        <source>Next drill OVERDUE since %1 (1 day)</source>
        <translation>Nächste Notfallübung ÜBERFÄLLIG seit %1 (1 Tag)</translation>
    </message>
    <message>
        <source>Next drill OVERDUE since %1 (%2 days)</source>
        <translation>Nächste Notfallübung ÜBERFÄLLIG seit %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Next drill due today (%1)</source>
        <translation>Nächste Notfallübung heute fällig (%1)</translation>
    </message>
    <message>
        <source>Next drill due %1 (tomorrow)</source>
        <translation>Nächste Notfallübung fällig am %1 (morgen)</translation>
    </message>
    <message>
        <source>Next drill due %1 (in %2 days)</source>
        <translation>Nächste Notfallübung fällig am %1 (in %2 Tagen)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::DrillVerdict</name>
    <message>
        <source>NOT MEASURED</source>
        <translation>NICHT GEMESSEN</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ExpectedLossPanel</name>
    <message>
        <source>Expected annual loss</source>
        <translation>Erwarteter jährlicher Verlust</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source> TPS</source>
        <translation> TPS</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Write transactions per second at the time a disaster strikes</source>
        <translation>Schreibtransaktionen pro Sekunde zum Zeitpunkt einer Katastrophe</translation>
    </message>
    <message>
        <source>What one lost transaction costs the business</source>
        <translation>Was eine verlorene Transaktion das Unternehmen kostet</translation>
    </message>
    <message>
        <source>How often a disaster that triggers failover happens, e.g. once every 2.5 years</source>
        <translation>Wie oft eine Katastrophe eintritt, die einen Failover auslöst, z. B. alle 2,5 Jahre</translation>
    </message>
    <message>
        <source>Yearly cost of the option that removes the loss, e.g. synchronous replication</source>
        <translation>Jährliche Kosten der Option, die den Verlust beseitigt, z. B. synchrone Replikation</translation>
    </message>
    <message>
        <source>Transactions per second:</source>
        <translation>Transaktionen pro Sekunde:</translation>
    </message>
    <message>
        <source>Value per transaction:</source>
        <translation>Wert je Transaktion:</translation>
    </message>
    <message>
        <source>Years between disasters:</source>
        <translation>Jahre zwischen Katastrophen:</translation>
    </message>
    <message>
        <source>Yearly cost to remove the loss:</source>
        <translation>Jährliche Kosten, um den Verlust zu beseitigen:</translation>
    </message>
    <message>
        <source>At the RPO target:</source>
        <translation>Beim RPO-Ziel:</translation>
    </message>
    <message>
        <source>At the observed loss:</source>
        <translation>Beim beobachteten Verlust:</translation>
    </message>
    <message>
        <source>cannot be computed: check the inputs</source>
        <translation>kann nicht berechnet werden: Eingaben prüfen</translation>
    </message>
    <message>
        <source>%1 a year (%2 of writes lost, %3 per disaster)</source>
        <translation>%1 pro Jahr (%2 an Schreibvorgängen verloren, %3 je Katastrophe)</translation>
    </message>
    <message>
        <source>no RPO target set</source>
        <translation>kein RPO-Ziel gesetzt</translation>
    </message>
    <message>
        <source>data loss not measured</source>
        <translation>Datenverlust nicht gemessen</translation>
    </message>
    <message>
        <source>the observed loss</source>
        <translation>dem beobachteten Verlust</translation>
    </message>
    <message>
        <source>the loss at the RPO target</source>
        <translation>dem Verlust beim RPO-Ziel</translation>
    </message>
    <message>
        <source>Enter the yearly cost of removing the loss to compare it with the expected loss.</source>
        <translation>Geben Sie die jährlichen Kosten für die Beseitigung des Verlusts ein, um sie mit dem erwarteten Verlust zu vergleichen.</translation>
    </message>
    <message>
        <source>Removing the loss for %1 a year pays for itself: it saves %2 a year more than it costs, judged by %3.</source>
        <translation>Den Verlust für %1 pro Jahr zu beseitigen, rechnet sich: Es spart %2 pro Jahr mehr, als es kostet, gemessen an %3.</translation>
    </message>
    <message>
        <source>Removing the loss costs %1 a year, %2× %3: not worth it on lost transactions alone (compliance may still require it).</source>
        <translation>Den Verlust zu beseitigen kostet %1 pro Jahr, gemessen an %3 das %2-Fache: allein wegen verlorener Transaktionen nicht lohnend (Compliance kann es dennoch verlangen).</translation>
    </message>
    <message>
        <source>Removing the loss costs %1 a year and there is no expected loss to remove.</source>
        <translation>Den Verlust zu beseitigen kostet %1 pro Jahr, und es gibt keinen erwarteten Verlust, der beseitigt würde.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF-Dokument (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>The &amp;whole project</source>
        <translation>Das &amp;ganze Projekt</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>The current &amp;item (none open)</source>
        <translation>Das aktuelle E&amp;lement (keins geöffnet)</translation>
    </message>
    <message>
        <source>The current &amp;item: %1</source>
        <translation>Das aktuelle E&amp;lement: %1</translation>
    </message>
    <message>
        <source>This build cannot report this kind of item on its own yet.</source>
        <translation>Diese Version kann diese Art von Element noch nicht einzeln berichten.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau …</translation>
    </message>
    <message>
        <source>Show the pages of the PDF before writing</source>
        <translation>Die Seiten des PDF vor dem Schreiben anzeigen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>Wählen Sie eine Datei, in die der Bericht geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::FileController</name>
    <message>
        <source>A new project could not be started: %1</source>
        <translation>Ein neues Projekt konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Your work is safe in the working copy; try again, or save it somewhere else.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Ihre Arbeit ist in der Arbeitskopie sicher; versuchen Sie es erneut oder speichern Sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>Recovered “%1” as it was after the last edit. Save it to keep it.</source>
        <translation>„%1“ wurde im Stand nach der letzten Änderung wiederhergestellt. Speichern Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Merge changes saved by someone else</source>
        <translation>Von jemand anderem gespeicherte Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 was saved by someone else since you opened it. Their change was merged into yours before saving (Undo takes it out again):</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem gespeichert. Die Änderung wurde vor dem Speichern mit Ihrer Fassung zusammengeführt (Rückgängig nimmt sie wieder heraus):</translation>
    </message>
    <message>
        <source>%1 was saved by someone else since you opened it. Their %2 changes were merged into yours before saving (Undo takes them out again):</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem gespeichert. Die %2 Änderungen wurden vor dem Speichern mit Ihrer Fassung zusammengeführt (Rückgängig nimmt sie wieder heraus):</translation>
    </message>
    <message>
        <source>%1 was saved by someone else since you opened it; nothing of theirs differs from yours.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem gespeichert; nichts davon unterscheidet sich von Ihrer Fassung.</translation>
    </message>
    <message>
        <source>1 conflict: both changed the same field; yours was kept:</source>
        <translation>1 Konflikt: Beide haben dasselbe Feld geändert; Ihre Fassung blieb:</translation>
    </message>
    <message>
        <source>%1 conflicts: both changed the same fields; yours were kept:</source>
        <translation>%1 Konflikte: Beide haben dieselben Felder geändert; Ihre Fassung blieb:</translation>
    </message>
    <message>
        <source>• %1: yours %2, theirs %3</source>
        <translation>• %1: Ihre %2, deren %3</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>Saved with 1 merge conflict still to resolve: decide it in the Conflicts dock.</source>
        <translation>Gespeichert, mit 1 noch offenen Konflikt der Zusammenführung: entscheiden Sie ihn im Bereich Konflikte.</translation>
    </message>
    <message>
        <source>Saved with %1 merge conflicts still to resolve: decide them in the Conflicts dock.</source>
        <translation>Gespeichert, mit %1 noch offenen Konflikten der Zusammenführung: entscheiden Sie sie im Bereich Konflikte.</translation>
    </message>
    <message>
        <source>The project could not be opened from the server: %1</source>
        <translation>Das Projekt konnte nicht vom Server geöffnet werden: %1</translation>
    </message>
    <message>
        <source>You are a viewer of this project on %1: you can read it but not change it. An owner can make you an editor; Save As makes a copy of your own.</source>
        <translation>Sie sind Leser dieses Projekts auf %1: Sie können es lesen, aber nicht ändern. Ein Eigentümer kann Sie zum Bearbeiter machen; Speichern unter macht eine eigene Kopie.</translation>
    </message>
    <message>
        <source>On %1 (%2)</source>
        <translation>Auf %1 (%2)</translation>
    </message>
    <message>
        <source> · also open: %1</source>
        <translation> · ebenfalls geöffnet: %1</translation>
    </message>
    <message>
        <source>Version %1 on the server. Save sends your changes there; what others saved meanwhile is merged in first.</source>
        <translation>Version %1 auf dem Server. Speichern schickt Ihre Änderungen dorthin; was andere inzwischen gespeichert haben, wird zuerst zusammengeführt.</translation>
    </message>
    <message>
        <source>The project could not be saved to %1: %2. Your work is safe in the working copy; Save As keeps a file of your own.</source>
        <translation>Das Projekt konnte nicht auf %1 gespeichert werden: %2. Ihre Arbeit ist in der Arbeitskopie sicher; Speichern unter hält eine eigene Datei fest.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>Merge changes saved by others on the server</source>
        <translation>Auf dem Server von anderen gespeicherte Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>Saved to %1 (version %2) now that it is back</source>
        <translation>Auf %1 gespeichert (Version %2), jetzt, da er wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Saved to %1 (version %2)</source>
        <translation>Auf %1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>Others saved this project on the server meanwhile. Their change was merged into yours before saving (Undo takes it out again):</source>
        <translation>Andere haben dieses Projekt inzwischen auf dem Server gespeichert. Ihre Änderung wurde vor dem Speichern mit Ihrer zusammengeführt (Rückgängig nimmt sie wieder heraus):</translation>
    </message>
    <message>
        <source>Others saved this project on the server meanwhile. Their %1 changes were merged into yours before saving (Undo takes them out again):</source>
        <translation>Andere haben dieses Projekt inzwischen auf dem Server gespeichert. Ihre %1 Änderungen wurden vor dem Speichern mit Ihren zusammengeführt (Rückgängig nimmt sie wieder heraus):</translation>
    </message>
    <message>
        <source>The project was not saved: %1. Your work is safe in the working copy, even if Archbench closes; saving is tried again every %2 seconds.</source>
        <translation>Das Projekt wurde nicht gespeichert: %1. Ihre Arbeit ist in der Arbeitskopie sicher, auch wenn Archbench beendet wird; das Speichern wird alle %2 Sekunden erneut versucht.</translation>
    </message>
    <message>
        <source>Saved as %1. Save now writes this file; archbench push sends it back to the server.</source>
        <translation>Gespeichert als %1. Speichern schreibt jetzt diese Datei; archbench push sendet sie zurück an den Server.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::FindingsModel</name>
    <message>
        <source>Edit finding</source>
        <translation>Befund bearbeiten</translation>
    </message>
    <message>
        <source>The plan says</source>
        <translation>Laut Plan</translation>
    </message>
    <message>
        <source>The drill revealed</source>
        <translation>Die Notfallübung zeigte</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Befund hinzufügen</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Befund entfernen</translation>
    </message>
    <message>
        <source>Remove findings</source>
        <translation>Befunde entfernen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::FramingForm</name>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>Edit framing: %1</source>
        <translation>Rahmen bearbeiten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
</context>
<context>
    <name>archbench::ui::FreezeMilestoneDialog</name>
    <message>
        <source>Freeze Milestone</source>
        <translation>Meilenstein einfrieren</translation>
    </message>
    <message>
        <source>A milestone keeps a copy of today&apos;s answers so later progress can be compared with it.</source>
        <translation>Ein Meilenstein bewahrt eine Kopie der heutigen Antworten, damit spätere Fortschritte damit verglichen werden können.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ImprovementPlanModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit improvement text</source>
        <translation>Text der Verbesserung bearbeiten</translation>
    </message>
    <message>
        <source>Set improvement owner</source>
        <translation>Verantwortliche der Verbesserung festlegen</translation>
    </message>
    <message>
        <source>Set improvement due date</source>
        <translation>Fälligkeitsdatum der Verbesserung festlegen</translation>
    </message>
    <message>
        <source>Set improvement status to %1</source>
        <translation>Status der Verbesserung auf %1 setzen</translation>
    </message>
    <message>
        <source>%1
The answers no longer make this question a high or medium risk: mark the item done or remove it.</source>
        <translation>%1
Nach den Antworten ist diese Frage kein hohes oder mittleres Risiko mehr: Markieren Sie die Maßnahme als erledigt oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 (question no longer at risk)</source>
        <translation>%1 (Frage nicht mehr riskant)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ImprovementPlanView</name>
    <message>
        <source>F2 or typing edits a cell, Delete clears owner or due date, Enter confirms</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle, Entf leert Verantwortlich oder Fälligkeitsdatum, Eingabetaste bestätigt</translation>
    </message>
    <message>
        <source>&amp;Generate from risks</source>
        <translation>Aus Risiken &amp;erzeugen</translation>
    </message>
    <message>
        <source>Add the missing practices of every high- and medium-risk question as plan items</source>
        <translation>Die fehlenden Praktiken jeder Frage mit hohem oder mittlerem Risiko als Planeinträge hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Eintrag entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Items added: %1.</source>
        <translation>Hinzugefügte Einträge: %1.</translation>
    </message>
    <message>
        <source>Nothing to add: the plan already holds every missing practice of the risky questions.</source>
        <translation>Nichts hinzuzufügen: Der Plan enthält bereits jede fehlende Praktik der Fragen mit Risiko.</translation>
    </message>
    <message>
        <source>Generate improvement items from risks (%1)</source>
        <translation>Verbesserungen aus Risiken erzeugen (%1)</translation>
    </message>
    <message>
        <source>Remove improvement items (%1)</source>
        <translation>Verbesserungen entfernen (%1)</translation>
    </message>
    <message>
        <source>The review&apos;s lens is not loaded: the plan cannot be compared with the answers.</source>
        <translation>Die Linse des Reviews ist nicht geladen: Der Plan kann nicht mit den Antworten verglichen werden.</translation>
    </message>
    <message>
        <source>1 missing practice of a risky question is not in the plan yet — Generate adds it.</source>
        <translation>1 fehlende Praktik einer riskanten Frage steht noch nicht im Plan — „Aus Risiken erzeugen“ fügt sie hinzu.</translation>
    </message>
    <message>
        <source>%1 missing practices of risky questions are not in the plan yet — Generate adds them.</source>
        <translation>%1 fehlende Praktiken riskanter Fragen stehen noch nicht im Plan — „Aus Risiken erzeugen“ fügt sie hinzu.</translation>
    </message>
    <message>
        <source>The plan holds every missing practice of the risky questions.</source>
        <translation>Der Plan enthält jede fehlende Praktik der riskanten Fragen.</translation>
    </message>
    <message>
        <source>1 item&apos;s question is no longer at risk (shown muted).</source>
        <translation>Bei 1 Eintrag ist die Frage nicht mehr riskant (abgeblendet).</translation>
    </message>
    <message>
        <source>%1 items&apos; questions are no longer at risk (shown muted).</source>
        <translation>Bei %1 Einträgen ist die Frage nicht mehr riskant (abgeblendet).</translation>
    </message>
</context>
<context>
    <name>archbench::ui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Select an item in the Project tree to see its properties.</source>
        <translation>Wählen Sie ein Element im Projektbaum, um seine Eigenschaften zu sehen.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ItemActions</name>
    <message>
        <source>Dup&amp;licate Item</source>
        <translation>Element &amp;duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected item, with new ids, right after it</source>
        <translation>Das ausgewählte Element mit neuen IDs direkt dahinter kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>Element &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected item (Undo brings it back)</source>
        <translation>Das ausgewählte Element löschen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation>Element nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Item Do&amp;wn</source>
        <translation>Element nach &amp;unten</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>„%1“ gelöscht. Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Deleted “%1”; %2 no longer names it as superseding. Undo brings both back.</source>
        <translation>„%1“ gelöscht; %2 nennt es nicht mehr als Ablösung. Rückgängig holt beides zurück.</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliziert als „%1“.</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ItemProperties</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Abgelöst durch</translation>
    </message>
    <message>
        <source>Door type</source>
        <translation>Türtyp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Gewählte Option</translation>
    </message>
    <message>
        <source>Revisit triggers</source>
        <translation>Wiedervorlage-Auslöser</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>DR tier</source>
        <translation>DR-Stufe</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO-Ziel</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Baseline p99</source>
        <translation>p99 Ausgangswert</translation>
    </message>
    <message>
        <source>Target p99</source>
        <translation>p99 Zielwert</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Load range</source>
        <translation>Lastbereich</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <source>Compute options</source>
        <translation>Rechenoptionen</translation>
    </message>
    <message>
        <source>On-demand bill</source>
        <translation>On-Demand-Kosten</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Entscheidungsbefugte</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Untitled decision</source>
        <translation>Unbenannte Entscheidung</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ItemTitles</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Untitled decision</source>
        <translation>Unbenannte Entscheidung</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenanntes Review</translation>
    </message>
    <message>
        <source>Untitled drill</source>
        <translation>Unbenannte Notfallübung</translation>
    </message>
    <message>
        <source>Untitled cost model</source>
        <translation>Unbenanntes Kostenmodell</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Lenses</source>
        <translation>Linsen</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Notfallübungen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>Cost models</source>
        <translation>Kostenmodelle</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>archbench::ui::LatencyModelEditor</name>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Change baseline latency</source>
        <translation>Ausgangslatenz ändern</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>p99 latency today, before any of the steps</source>
        <translation>p99-Latenz heute, vor allen Schritten</translation>
    </message>
    <message>
        <source>Change target latency</source>
        <translation>Ziellatenz ändern</translation>
    </message>
    <message>
        <source>The p99 latency the business asks for</source>
        <translation>Die p99-Latenz, die das Geschäft verlangt</translation>
    </message>
    <message>
        <source>Change monthly revenue</source>
        <translation>Monatsumsatz ändern</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Change conversion gain</source>
        <translation>Konversionsgewinn ändern</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of revenue won back for every 100 ms taken off p99 (often about 1 %)</source>
        <translation>Anteil des Umsatzes, der für je 100 ms weniger p99 zurückgewonnen wird (oft etwa 1 %)</translation>
    </message>
    <message>
        <source>Tar&amp;get p99:</source>
        <translation>p99-&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Baseline p99:</source>
        <translation>p99-A&amp;usgangswert:</translation>
    </message>
    <message>
        <source>&amp;Conversion gain per 100 ms:</source>
        <translation>&amp;Konversionsgewinn je 100 ms:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No steps yet: add the first optimisation and what it does to p99.</source>
        <translation>Noch keine Schritte: Fügen Sie die erste Optimierung hinzu und was sie an p99 bewirkt.</translation>
    </message>
    <message>
        <source>No step reaches the %1 target: after all %2 steps p99 is %3 for %4 a month.</source>
        <translation>Kein Schritt erreicht das Ziel von %1: Nach allen %2 Schritten liegt p99 bei %3 für %4 pro Monat.</translation>
    </message>
    <message>
        <source>The baseline already meets the %1 target: every step is beyond it.</source>
        <translation>Der Ausgangswert erfüllt das Ziel von %1 bereits: Jeder Schritt geht darüber hinaus.</translation>
    </message>
    <message>
        <source>Target met after step %1 (%2) for %3 a month.</source>
        <translation>Ziel erreicht nach Schritt %1 (%2) für %3 pro Monat.</translation>
    </message>
    <message>
        <source>The step beyond it adds %1 a month for another %2.</source>
        <translation>Der Schritt danach kostet zusätzlich %1 pro Monat für weitere %2.</translation>
    </message>
    <message>
        <source>The %1 steps beyond it add %2 a month for another %3.</source>
        <translation>Die %1 Schritte danach kosten zusätzlich %2 pro Monat für weitere %3.</translation>
    </message>
    <message>
        <source>&amp;Monthly revenue:</source>
        <translation>&amp;Monatsumsatz:</translation>
    </message>
    <message>
        <source>Revenue that passes through this path each month; clear the field to leave the revenue value out</source>
        <translation>Umsatz, der monatlich über diesen Pfad läuft; Feld leeren, um den Umsatzwert wegzulassen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::LatencyStepsModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Adds / month</source>
        <translation>Zusätzlich / Monat</translation>
    </message>
    <message>
        <source>p99 after</source>
        <translation>p99 danach</translation>
    </message>
    <message>
        <source>Total / month</source>
        <translation>Gesamt / Monat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Eingespart</translation>
    </message>
    <message>
        <source>Per ms saved</source>
        <translation>Je eingesparter ms</translation>
    </message>
    <message>
        <source>Value / month</source>
        <translation>Wert / Monat</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Gegenüber Ziel</translation>
    </message>
    <message>
        <source>What this step adds to the monthly bill</source>
        <translation>Was dieser Schritt der Monatsrechnung hinzufügt</translation>
    </message>
    <message>
        <source>p99 latency once this step is in place</source>
        <translation>p99-Latenz, sobald dieser Schritt umgesetzt ist</translation>
    </message>
    <message>
        <source>Monthly cost of this step and every step before it</source>
        <translation>Monatliche Kosten dieses Schritts und aller Schritte davor</translation>
    </message>
    <message>
        <source>Milliseconds this step takes off the latency before it</source>
        <translation>Millisekunden, die dieser Schritt von der Latenz davor abzieht</translation>
    </message>
    <message>
        <source>The step&apos;s monthly cost divided by the milliseconds it saves; rising figures mean diminishing returns</source>
        <translation>Monatliche Kosten des Schritts geteilt durch die eingesparten Millisekunden; steigende Werte bedeuten abnehmenden Nutzen</translation>
    </message>
    <message>
        <source>Monthly revenue × conversion gain per 100 ms × ms saved ÷ 100</source>
        <translation>Monatsumsatz × Konversionsgewinn je 100 ms × eingesparte ms ÷ 100</translation>
    </message>
    <message>
        <source>Monthly value divided by the step&apos;s monthly cost</source>
        <translation>Monatlicher Wert geteilt durch die monatlichen Kosten des Schritts</translation>
    </message>
    <message>
        <source>Whether the step is short of the target, meets it, or comes after it was met</source>
        <translation>Ob der Schritt das Ziel verfehlt, es erfüllt oder erst nach dem Erreichen kommt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>beyond target</source>
        <translation>über das Ziel hinaus</translation>
    </message>
    <message>
        <source>meets target</source>
        <translation>erfüllt das Ziel</translation>
    </message>
    <message>
        <source>short of target</source>
        <translation>verfehlt das Ziel</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Change step cost</source>
        <translation>Kosten des Schritts ändern</translation>
    </message>
    <message>
        <source>Change step latency</source>
        <translation>Latenz des Schritts ändern</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Reorder steps</source>
        <translation>Schritte umsortieren</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This project is open read-only: edits are blocked. Save As makes a copy you can edit.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Änderungen sind gesperrt. Speichern unter legt eine Kopie an, die Sie bearbeiten können.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dieses Element gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: no editor for this kind of item is installed.</source>
        <translation>„%1“ kann nicht geöffnet werden: Für diese Art von Element ist kein Editor installiert.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>This project is now read-only: edits are blocked.</source>
        <translation>Dieses Projekt ist jetzt schreibgeschützt: Änderungen sind gesperrt.</translation>
    </message>
    <message>
        <source>Your last change could not be written to the working copy (%1). It is kept in memory until you close the project: save it to keep it.</source>
        <translation>Ihre letzte Änderung konnte nicht in die Arbeitskopie geschrieben werden (%1). Sie bleibt bis zum Schließen des Projekts im Speicher: Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>This project is open read-only: you can look but not edit. Save As makes a copy you can edit.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Sie können es ansehen, aber nicht ändern. Speichern unter legt eine Kopie an, die Sie bearbeiten können.</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert %1</translation>
    </message>
    <message>
        <source>Archbench</source>
        <translation>Archbench</translation>
    </message>
    <message>
        <source>%1[*] (read-only) – Archbench</source>
        <translation>%1[*] (schreibgeschützt) – Archbench</translation>
    </message>
    <message>
        <source>%1[*] – Archbench</source>
        <translation>%1[*] – Archbench</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Archbench %1&lt;/h3&gt;&lt;p&gt;A workbench for architecture design reviews: decision matrices, Well-Architected reviews, disaster-recovery drills and cost models.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Archbench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Architektur-Reviews: Entscheidungsmatrizen, Well-Architected-Reviews, Notfallübungen und Kostenmodelle.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Protokolldatei: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Archbench</source>
        <translation>Über Archbench</translation>
    </message>
    <message>
        <source>Fired revisit triggers and overdue action items: see the Overview tab</source>
        <translation>Ausgelöste Wiedervorlage-Auslöser und überfällige Maßnahmen: siehe Registerkarte „Übersicht“</translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 Konflikt offen</translation>
    </message>
    <message>
        <source>%1 conflicts to resolve</source>
        <translation>%1 Konflikte offen</translation>
    </message>
    <message>
        <source>%1[*] – 1 conflict to resolve – Archbench</source>
        <translation>%1[*] – 1 Konflikt offen – Archbench</translation>
    </message>
    <message>
        <source>%1[*] – %2 conflicts to resolve – Archbench</source>
        <translation>%1[*] – %2 Konflikte offen – Archbench</translation>
    </message>
    <message>
        <source>Editor only: %1 brings the panels back</source>
        <translation>Nur Editor: %1 holt die Bereiche zurück</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MatrixModel</name>
    <message>
        <source>%1 of the total weight</source>
        <translation>%1 des Gesamtgewichts</translation>
    </message>
    <message>
        <source>All weights are zero</source>
        <translation>Alle Gewichte sind null</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Missing score: type a digit from %1 to %2</source>
        <translation>Bewertung fehlt: eine Ziffer von %1 bis %2 eingeben</translation>
    </message>
    <message>
        <source>No rationale yet</source>
        <translation>Noch keine Begründung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Sum of the weights</source>
        <translation>Summe der Gewichte</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Incomplete: scores missing for %1 of %2 criteria</source>
        <translation>Unvollständig: Bewertungen fehlen für %1 von %2 Kriterien</translation>
    </message>
    <message>
        <source>%1 % of the way from the lowest to the highest score</source>
        <translation>%1 % des Wegs von der niedrigsten zur höchsten Bewertung</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>%1 · leader</source>
        <translation>%1 · Spitzenreiter</translation>
    </message>
    <message>
        <source>Eliminated by a hard constraint: never ranked</source>
        <translation>Durch eine harte Randbedingung ausgeschieden: wird nie eingestuft</translation>
    </message>
    <message>
        <source>Not ranked until every criterion has a score</source>
        <translation>Nicht eingestuft, bis jedes Kriterium eine Bewertung hat</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Verletzt: %1</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Kriterium umbenennen</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Gewicht ändern</translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation>%1 bei %2 bewerten</translation>
    </message>
    <message>
        <source>Clear score of %1 on %2</source>
        <translation>Bewertung von %1 bei %2 löschen</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Zellen leeren</translation>
    </message>
    <message>
        <source>%1 · tie</source>
        <translation>%1 · gleichauf</translation>
    </message>
    <message>
        <source>Agreed scores</source>
        <translation>Vereinbarte Bewertungen</translation>
    </message>
    <message>
        <source>%1&apos;s ballot</source>
        <translation>Stimmzettel von %1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation>geometrisches Mittel</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Group (%1 of 1 ballot)</source>
        <translation>Gruppe (%1 aus 1 Stimmzettel)</translation>
    </message>
    <message>
        <source>Group (%1 of %2 ballots)</source>
        <translation>Gruppe (%1 aus %2 Stimmzetteln)</translation>
    </message>
    <message>
        <source>Adopt the group&apos;s score</source>
        <translation>Bewertung der Gruppe übernehmen</translation>
    </message>
    <message>
        <source>Adopt the group&apos;s scores</source>
        <translation>Bewertungen der Gruppe übernehmen</translation>
    </message>
    <message>
        <source>Adopted from the group: %1 of %2 ballots (%3 to %4)</source>
        <translation>Von der Gruppe übernommen: %1 aus %2 Stimmzetteln (%3 bis %4)</translation>
    </message>
    <message>
        <source>Adopted from the group: one ballot</source>
        <translation>Von der Gruppe übernommen: ein Stimmzettel</translation>
    </message>
    <message>
        <source>The decision&apos;s weight: type a number to give this participant&apos;s own</source>
        <translation>Gewicht der Entscheidung: eine Zahl eingeben, um das eigene dieses Teilnehmers festzulegen</translation>
    </message>
    <message>
        <source>Not scored on this ballot: type a digit from %1 to %2 (until then the group&apos;s value counts)</source>
        <translation>Auf diesem Stimmzettel nicht bewertet: eine Ziffer von %1 bis %2 eingeben (bis dahin zählt der Wert der Gruppe)</translation>
    </message>
    <message>
        <source>%1 ↕%2</source>
        <translation>%1 ↕%2</translation>
    </message>
    <message>
        <source>No ballot scored this cell: the agreed score stands</source>
        <translation>Kein Stimmzettel hat diese Zelle bewertet: die vereinbarte Bewertung gilt</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) from %1 to %2 (spread %3, standard deviation %4)</source>
        <translation>
            <numerusform>%n Stimmzettel von %1 bis %2 (Spanne %3, Standardabweichung %4)</numerusform>
            <numerusform>%n Stimmzettel von %1 bis %2 (Spanne %3, Standardabweichung %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>One ballot scored this cell</source>
        <translation>Ein Stimmzettel hat diese Zelle bewertet</translation>
    </message>
    <message>
        <source>%1, spread %2</source>
        <translation>%1, Spanne %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s weight</source>
        <translation>Gewicht von %1 ändern</translation>
    </message>
    <message>
        <source>Score %1 on %2 for %3</source>
        <translation>%1 bei %2 für %3 bewerten</translation>
    </message>
    <message>
        <source>Clear %3&apos;s score of %1 on %2</source>
        <translation>Bewertung von %3 für %1 bei %2 löschen</translation>
    </message>
    <message>
        <source>Weight
CR %1</source>
        <translation>Gewicht
KV %1</translation>
    </message>
    <message>
        <source>Consistency ratio of the pairwise judgments: %1 (at most 0.10 is consistent)</source>
        <translation>Konsistenzverhältnis der Paarvergleiche: %1 (höchstens 0,10 ist konsistent)</translation>
    </message>
    <message>
        <source>Consistency ratio of the pairwise judgments: %1, above 0.10: revisit them (Meeting page)</source>
        <translation>Konsistenzverhältnis der Paarvergleiche: %1, über 0,10: bitte überdenken (Seite Sitzung)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MatrixPanel</name>
    <message>
        <source>Decision matrix</source>
        <translation>Entscheidungsmatrix</translation>
    </message>
    <message>
        <source>Remove constraint</source>
        <translation>Randbedingung entfernen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Add &quot;do nothing&quot;</source>
        <translation>„Nichts tun“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Weights to 100</source>
        <translation>Gewichte auf 100</translation>
    </message>
    <message>
        <source>Paste block</source>
        <translation>Block einfügen</translation>
    </message>
    <message>
        <source>Paste a tab-separated block from a spreadsheet at the current cell (Ctrl+V in the grid)</source>
        <translation>Einen tabulatorgetrennten Block aus einer Tabellenkalkulation an der aktuellen Zelle einfügen (Strg+V im Raster)</translation>
    </message>
    <message>
        <source>Scale the weights so they add up to 100, keeping their proportions (%1)</source>
        <translation>Die Gewichte so skalieren, dass sie in Summe 100 ergeben, bei gleichen Verhältnissen (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What this criterion measures</source>
        <translation>Was dieses Kriterium misst</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>What this option means in practice</source>
        <translation>Was diese Option in der Praxis bedeutet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Kriterium umbenennen</translation>
    </message>
    <message>
        <source>Describe criterion</source>
        <translation>Kriterium beschreiben</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>Option umbenennen</translation>
    </message>
    <message>
        <source>Describe option</source>
        <translation>Option beschreiben</translation>
    </message>
    <message>
        <source>Mark as &quot;do nothing&quot;</source>
        <translation>Als „Nichts tun“ markieren</translation>
    </message>
    <message>
        <source>Unmark &quot;do nothing&quot;</source>
        <translation>Markierung „Nichts tun“ entfernen</translation>
    </message>
    <message>
        <source>Edit rationale</source>
        <translation>Begründung bearbeiten</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (scale %4 to %5)</source>
        <translation>%1 bei %2: %3 (Skala %4 bis %5)</translation>
    </message>
    <message>
        <source>%1 on %2: missing</source>
        <translation>%1 bei %2: fehlt</translation>
    </message>
    <message>
        <source>Select a score cell.</source>
        <translation>Wählen Sie eine Bewertungszelle.</translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation>Warum diese Bewertung?</translation>
    </message>
    <message>
        <source>Score the cell first</source>
        <translation>Zuerst die Zelle bewerten</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Kriterium nach oben</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Kriterium nach unten</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Add &quot;do nothing&quot; option</source>
        <translation>Option „Nichts tun“ hinzufügen</translation>
    </message>
    <message>
        <source>This decision already has a &quot;do nothing&quot; option.</source>
        <translation>Diese Entscheidung hat bereits eine Option „Nichts tun“.</translation>
    </message>
    <message>
        <source>Move option left</source>
        <translation>Option nach links</translation>
    </message>
    <message>
        <source>Move option right</source>
        <translation>Option nach rechts</translation>
    </message>
    <message>
        <source>Normalise weights to 100</source>
        <translation>Gewichte auf 100 normieren</translation>
    </message>
    <message>
        <source>Hard con&amp;straints: an option that fails one is eliminated</source>
        <translation>Harte &amp;Randbedingungen: Eine Option, die eine davon verletzt, scheidet aus</translation>
    </message>
    <message>
        <source>Add constra&amp;int</source>
        <translation>Randbedingung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove the selected constraint (Delete in the list)</source>
        <translation>Die ausgewählte Randbedingung entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Criterion name</source>
        <translation>&amp;Kriterium (Name)</translation>
    </message>
    <message>
        <source>Wh&amp;at it measures</source>
        <translation>Was es m&amp;isst</translation>
    </message>
    <message>
        <source>&quot;Do nothin&amp;g&quot; option</source>
        <translation>„Ni&amp;chts tun“-Option</translation>
    </message>
    <message>
        <source>&amp;Option name</source>
        <translation>&amp;Option (Name)</translation>
    </message>
    <message>
        <source>&amp;What it means</source>
        <translation>&amp;Was sie bedeutet</translation>
    </message>
    <message>
        <source>Rationa&amp;le (one line, shown as the cell&apos;s tooltip)</source>
        <translation>Be&amp;gründung (eine Zeile, als Tooltip der Zelle angezeigt)</translation>
    </message>
    <message>
        <source>Alt+D</source>
        <comment>shortcut: add the &quot;do nothing&quot; option</comment>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>Scores shown</source>
        <translation>Angezeigte Bewertungen</translation>
    </message>
    <message>
        <source>Whose scores the grid shows and takes: the agreed matrix, the group&apos;s (after Reveal), or one participant&apos;s ballot (%1)</source>
        <translation>Wessen Bewertungen das Raster zeigt und annimmt: die vereinbarte Matrix, die der Gruppe (nach dem Aufdecken) oder der Stimmzettel eines Teilnehmers (%1)</translation>
    </message>
    <message>
        <source>Choose ballot</source>
        <translation>Stimmzettel wählen</translation>
    </message>
    <message>
        <source>Reveal ballots</source>
        <translation>Stimmzettel aufdecken</translation>
    </message>
    <message>
        <source>Adopt group value</source>
        <translation>Wert der Gruppe übernehmen</translation>
    </message>
    <message>
        <source>The group&apos;s value is now the agreed score (Ctrl+Z undoes)</source>
        <translation>Der Wert der Gruppe ist jetzt die vereinbarte Bewertung (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Nothing to adopt here: reveal the ballots and pick a cell some ballot scored</source>
        <translation>Hier gibt es nichts zu übernehmen: Stimmzettel aufdecken und eine Zelle wählen, die ein Stimmzettel bewertet hat</translation>
    </message>
    <message>
        <source>Agreed scores</source>
        <translation>Vereinbarte Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>Group (%n ballot(s))</source>
        <translation>
            <numerusform>Gruppe (%n Stimmzettel)</numerusform>
            <numerusform>Gruppe (%n Stimmzettel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group (hidden until Reveal)</source>
        <translation>Gruppe (verdeckt bis zum Aufdecken)</translation>
    </message>
    <message>
        <source>%1&apos;s ballot</source>
        <translation>Stimmzettel von %1</translation>
    </message>
    <message>
        <source>%1&apos;s ballot (new)</source>
        <translation>Stimmzettel von %1 (neu)</translation>
    </message>
    <message>
        <source>Ballot for someone else…</source>
        <translation>Stimmzettel für jemand anderen …</translation>
    </message>
    <message>
        <source>Hide ballots</source>
        <translation>Stimmzettel verdecken</translation>
    </message>
    <message>
        <source>Ballot for someone else</source>
        <translation>Stimmzettel für jemand anderen</translation>
    </message>
    <message>
        <source>Participant&apos;s name:</source>
        <translation>Name des Teilnehmers:</translation>
    </message>
    <message>
        <source>Scoring %1: digits go to this ballot, weights typed are their own. The agreed scores are not touched (Ctrl+B: back to the agreed scores).</source>
        <translation>Bewertung auf %1: Ziffern gehen auf diesen Stimmzettel, eingegebene Gewichte sind die eigenen. Die vereinbarten Bewertungen bleiben unberührt (Strg+B: zurück zu den vereinbarten Bewertungen).</translation>
    </message>
    <message>
        <source>%1, read-only: each cell&apos;s tint and ↕ figure is how far the ballots lie apart. Ctrl+Alt+A adopts the current cell into the agreed scores.</source>
        <translation>%1, nur lesbar: Färbung und ↕-Zahl jeder Zelle zeigen, wie weit die Stimmzettel auseinanderliegen. Strg+Alt+A übernimmt die aktuelle Zelle in die vereinbarten Bewertungen.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 on %2, the group: %3 (%4). Agreed score: %5.</source>
        <translation>%1 bei %2, die Gruppe: %3 (%4). Vereinbarte Bewertung: %5.</translation>
    </message>
    <message>
        <source>%1 on %2, %3: %4. Agreed score: %5.</source>
        <translation>%1 bei %2, %3: %4. Vereinbarte Bewertung: %5.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MatrixView</name>
    <message>
        <source>The project is read-only: scores cannot be changed.</source>
        <translation>Das Projekt ist schreibgeschützt: Bewertungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3.</source>
        <translation>%1 liegt außerhalb der Skala %2 bis %3.</translation>
    </message>
    <message>
        <source>The project is read-only: nothing can be cleared.</source>
        <translation>Das Projekt ist schreibgeschützt: Es kann nichts geleert werden.</translation>
    </message>
    <message>
        <source>The project is read-only: nothing can be pasted.</source>
        <translation>Das Projekt ist schreibgeschützt: Es kann nichts eingefügt werden.</translation>
    </message>
    <message>
        <source>Select a criterion cell to paste into.</source>
        <translation>Wählen Sie eine Kriteriumszelle zum Einfügen.</translation>
    </message>
    <message>
        <source>Paste into the matrix</source>
        <translation>In die Matrix einfügen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MeetingPanel</name>
    <message>
        <source>&amp;Adopt group scores</source>
        <translation>Gruppenwerte über&amp;nehmen</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>Where the room stands</source>
        <translation>Wo die Runde steht</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Geometrisches Mittel</translation>
    </message>
    <message>
        <source>Combine ballots b&amp;y</source>
        <translation>Zusammen&amp;fassen per</translation>
    </message>
    <message>
        <source>Combine ballots by %1</source>
        <translation>Stimmzettel per %1 zusammenfassen</translation>
    </message>
    <message>
        <source>Discuss first: the most contested cells</source>
        <translation>Zuerst besprechen: die umstrittensten Zellen</translation>
    </message>
    <message>
        <source>Dis&amp;cuss first</source>
        <translation>Zuer&amp;st besprechen</translation>
    </message>
    <message>
        <source>Each one&apos;s leader</source>
        <translation>Vorne bei jedem Einzelnen</translation>
    </message>
    <message>
        <source>Why the room takes the group&apos;s values (kept as each cell&apos;s rationale)</source>
        <translation>Warum die Runde die Werte der Gruppe übernimmt (als Begründung jeder Zelle gespeichert)</translation>
    </message>
    <message>
        <source>Rationa&amp;le</source>
        <translation>Beg&amp;ründung</translation>
    </message>
    <message>
        <source>Copy the group&apos;s values into the agreed scores, which the ADR reports (Ctrl+Z undoes). Ctrl+Alt+A in the matrix adopts one cell.</source>
        <translation>Die Werte der Gruppe in die vereinbarten Bewertungen übernehmen, über die die ADR berichtet (Strg+Z macht es rückgängig). Strg+Alt+A in der Matrix übernimmt eine Zelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreed score(s) now hold the group&apos;s values (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n vereinbarte Bewertung enthält jetzt den Wert der Gruppe (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%n vereinbarte Bewertungen enthalten jetzt die Werte der Gruppe (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>The agreed scores already hold the group&apos;s values</source>
        <translation>Die vereinbarten Bewertungen enthalten schon die Werte der Gruppe</translation>
    </message>
    <message>
        <source>Pairwise weights</source>
        <translation>Paarweise Gewichte</translation>
    </message>
    <message>
        <source>Compare criteria in pairs (wei&amp;ghts)…</source>
        <translation>Kriterien paarweise vergleichen (&amp;Gewichte) …</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Comma-separated names</source>
        <translation>Namen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Who attended</source>
        <translation>&amp;Wer war dabei</translation>
    </message>
    <message>
        <source>Edit attendees</source>
        <translation>Anwesende bearbeiten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Abweichende Meinung</translation>
    </message>
    <message>
        <source>Named dissent</source>
        <translation>Benannte abweichende Meinungen</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>Abwei&amp;chende Meinung</translation>
    </message>
    <message>
        <source>Add di&amp;ssent</source>
        <translation>Abweichung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove dissent</source>
        <translation>Abweichung entfernen</translation>
    </message>
    <message>
        <source>Add dissent</source>
        <translation>Abweichung hinzufügen</translation>
    </message>
    <message>
        <source>No ballots yet. Score in the room: choose a participant&apos;s ballot above the matrix (Ctrl+B) and type digits. Or send forms: File ▸ Import Ballots… brings filled ones back.</source>
        <translation>Noch keine Stimmzettel. In der Runde bewerten: über der Matrix den Stimmzettel eines Teilnehmers wählen (Strg+B) und Ziffern tippen. Oder Formulare verschicken: Datei ▸ Stimmzettel importieren … holt ausgefüllte zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) handed in (%1). They stay hidden until you reveal them, so that early voices do not anchor the room.</source>
        <translation>
            <numerusform>%n Stimmzettel abgegeben (%1). Er bleibt verdeckt, bis Sie aufdecken, damit frühe Stimmen die Runde nicht festlegen.</numerusform>
            <numerusform>%n Stimmzettel abgegeben (%1). Sie bleiben verdeckt, bis Sie aufdecken, damit frühe Stimmen die Runde nicht festlegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) revealed: %1.</source>
        <translation>
            <numerusform>%n Stimmzettel aufgedeckt: %1.</numerusform>
            <numerusform>%n Stimmzettel aufgedeckt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide ballots</source>
        <translation>Stimmzettel verdecken</translation>
    </message>
    <message>
        <source>Reveal ballots</source>
        <translation>Stimmzettel aufdecken</translation>
    </message>
    <message>
        <source>Show the group matrix and where the room disagrees (%1)</source>
        <translation>Die Matrix der Gruppe zeigen und wo die Runde uneins ist (%1)</translation>
    </message>
    <message>
        <source>%1 × %2: %3 to %4 (spread %5)</source>
        <translation>%1 × %2: %3 bis %4 (Spanne %5)</translation>
    </message>
    <message>
        <source>No cell has two ballots yet</source>
        <translation>Noch keine Zelle hat zwei Stimmzettel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no single leader (a tie)</source>
        <translation>keine einzelne Option vorn (Gleichstand)</translation>
    </message>
    <message>
        <source>The group&apos;s leader stays first under every participant&apos;s own weights.</source>
        <translation>Die Spitze der Gruppe bleibt auch mit den eigenen Gewichten jedes Teilnehmers vorn.</translation>
    </message>
    <message>
        <source>Under the own weights of %1 another option leads or ties.</source>
        <translation>Mit den eigenen Gewichten von %1 liegt eine andere Option vorn oder gleichauf.</translation>
    </message>
    <message>
        <source>No pairwise judgments: weights are typed in the matrix.</source>
        <translation>Keine Paarvergleiche: Gewichte werden in der Matrix eingegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of criteria still to compare.</source>
        <translation>
            <numerusform>Noch %n Kriterienpaar zu vergleichen.</numerusform>
            <numerusform>Noch %n Kriterienpaare zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consistency ratio %1: consistent enough.</source>
        <translation>Konsistenzverhältnis %1: ausreichend konsistent.</translation>
    </message>
    <message>
        <source>Consistency ratio %1, above 0.10: revisit %2.</source>
        <translation>Konsistenzverhältnis %1, über 0,10: %2 überdenken.</translation>
    </message>
    <message>
        <source>Edit dissent</source>
        <translation>Abweichende Meinung bearbeiten</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MetricReadingsDialog</name>
    <message>
        <source>Record Metric Readings</source>
        <translation>Messwerte erfassen</translation>
    </message>
    <message>
        <source>Type what your monitoring shows now. Each value goes to every revisit trigger that measures that metric; leave a field empty to keep what the triggers read.</source>
        <translation>Tragen Sie ein, was Ihr Monitoring jetzt zeigt. Jeder Wert geht an jeden Überprüfungsauslöser, der diese Messgröße misst; lassen Sie ein Feld leer, um den bisherigen Wert der Auslöser zu behalten.</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>the triggers read different values</source>
        <translation>die Auslöser haben verschiedene Werte</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>noch kein Messwert</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1%2, 1 trigger:</source>
        <translation>%1%2, 1 Auslöser:</translation>
    </message>
    <message>
        <source>%1%2, %3 triggers:</source>
        <translation>%1%2, %3 Auslöser:</translation>
    </message>
    <message>
        <source>No revisit trigger of this project measures a metric. Give a trigger a metric, a comparator and a threshold in a decision&apos;s Revisit triggers table first.</source>
        <translation>Kein Überprüfungsauslöser dieses Projekts misst eine Messgröße. Geben Sie zuerst einem Auslöser in der Tabelle Überprüfungsauslöser einer Entscheidung eine Messgröße, einen Vergleich und einen Schwellwert.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Keine Zahl: %1</translation>
    </message>
    <message>
        <source>The triggers already read these values.</source>
        <translation>Die Auslöser haben diese Werte bereits.</translation>
    </message>
    <message>
        <source>Record metric readings</source>
        <translation>Messwerte erfassen</translation>
    </message>
    <message>
        <source>Recorded: %1 triggers updated, none fired.</source>
        <translation>Erfasst: %1 Auslöser aktualisiert, keiner ausgelöst.</translation>
    </message>
    <message>
        <source>Recorded: %1 triggers updated, %2 fired.</source>
        <translation>Erfasst: %1 Auslöser aktualisiert, %2 ausgelöst.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::MilestonePanel</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Free&amp;ze milestone…</source>
        <translation>Meilenstein ein&amp;frieren …</translation>
    </message>
    <message>
        <source>Keep a copy of the current answers under a name and a date</source>
        <translation>Eine Kopie der aktuellen Antworten unter einem Namen und Datum aufbewahren</translation>
    </message>
    <message>
        <source>Delete milesto&amp;ne</source>
        <translation>Meilenstein &amp;löschen</translation>
    </message>
    <message>
        <source>Compare: which questions got better or worse?</source>
        <translation>Vergleich: Welche Fragen wurden besser oder schlechter?</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>M&amp;it:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Now (current answers)</source>
        <translation>Jetzt (aktuelle Antworten)</translation>
    </message>
    <message>
        <source>Freeze a milestone first; then compare it with later answers.</source>
        <translation>Frieren Sie zuerst einen Meilenstein ein; vergleichen Sie ihn dann mit späteren Antworten.</translation>
    </message>
    <message>
        <source>No question changed its risk.</source>
        <translation>Keine Frage hat ihr Risiko geändert.</translation>
    </message>
    <message>
        <source>%1 improved, %2 regressed, %3 otherwise changed.</source>
        <translation>%1 verbessert, %2 verschlechtert, %3 anderweitig geändert.</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Meilenstein %1</translation>
    </message>
    <message>
        <source>Freeze milestone &quot;%1&quot;</source>
        <translation>Meilenstein „%1“ einfrieren</translation>
    </message>
    <message>
        <source>Delete milestone &quot;%1&quot;</source>
        <translation>Meilenstein „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>The team server as postgresql://user@host:port/database. Passwords are never kept: Archbench asks, or reads ~/.pgpass.</source>
        <translation>Der Team-Server als postgresql://benutzer@host:port/datenbank. Passwörter werden nie gespeichert: Archbench fragt oder liest ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>&amp;Projects you are a member of:</source>
        <translation>&amp;Projekte, bei denen Sie Mitglied sind:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Connected as %1. You are not a member of any project on this server yet: push one with &quot;archbench push FILE URL&quot;, or ask an owner to add you.</source>
        <translation>Verbunden als %1. Sie sind noch bei keinem Projekt auf diesem Server Mitglied: schicken Sie eines mit „archbench push DATEI URL“ oder bitten Sie einen Eigentümer, Sie aufzunehmen.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>Id %1, owned by %2</source>
        <translation>ID %1, Eigentümer %2</translation>
    </message>
</context>
<context>
    <name>archbench::ui::OverviewEditor</name>
    <message>
        <source>Framing: the questions before any design</source>
        <translation>Rahmen: die Fragen vor jedem Entwurf</translation>
    </message>
    <message>
        <source>Where the review stands</source>
        <translation>Wo das Review steht</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Availability: SLA and allowed downtime</source>
        <translation>Verfügbarkeit: SLA und erlaubte Ausfallzeit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkout, payments</source>
        <translation>Durch Kommas getrennt, z. B. checkout, payments</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency all money figures use (e.g. USD, EUR)</source>
        <translation>ISO-4217-Code der Währung aller Geldbeträge (z. B. USD, EUR)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Verantwortliche bearbeiten</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Edit currency</source>
        <translation>Währung bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PairwiseDialog</name>
    <message>
        <source>&amp;Use these weights</source>
        <translation>Diese Gewichte &amp;verwenden</translation>
    </message>
    <message>
        <source>Pairwise weights</source>
        <translation>Paarweise Gewichte</translation>
    </message>
    <message>
        <source>The group (one judgment for the room)</source>
        <translation>Die Gruppe (ein Urteil für die Runde)</translation>
    </message>
    <message>
        <source>Keys: 1 equal … 9 far more for the left one; Shift+1…9 the same for the right one; Delete clears; arrows or PgUp/PgDn move between pairs; Esc closes.</source>
        <translation>Tasten: 1 gleich … 9 weit mehr für das linke; Umschalt+1…9 dasselbe für das rechte; Entf löscht; Pfeile oder Bild↑/Bild↓ wechseln das Paar; Esc schließt.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>&amp;Whose judgments</source>
        <translation>&amp;Wessen Urteile</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>Clear the comparison of %1 with %2</source>
        <translation>Vergleich von %1 mit %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Compare every pair first: %n pair(s) still open.</source>
        <translation>
            <numerusform>Erst jedes Paar vergleichen: noch %n Paar offen.</numerusform>
            <numerusform>Erst jedes Paar vergleichen: noch %n Paare offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the pairwise weights</source>
        <translation>Paarweise Gewichte verwenden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pairwise weights need at least two criteria.</source>
        <translation>Paarweise Gewichte brauchen mindestens zwei Kriterien.</translation>
    </message>
    <message>
        <source>Pair %1 of %2: which matters more, %3 or %4?</source>
        <translation>Paar %1 von %2: Was zählt mehr, %3 oder %4?</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Noch nicht beurteilt.</translation>
    </message>
    <message>
        <source>Judged equally important.</source>
        <translation>Als gleich wichtig beurteilt.</translation>
    </message>
    <message>
        <source>%1 matters %2 times as much as %3.</source>
        <translation>%1 zählt %2-mal so viel wie %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) still to compare.</source>
        <translation>
            <numerusform>Noch %n Paar zu vergleichen.</numerusform>
            <numerusform>Noch %n Paare zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (λmax %2)</source>
        <translation>Konsistenzverhältnis %1 (λmax %2)</translation>
    </message>
    <message>
        <source>Above 0.10: the judgments of %1, %2 and %3 contradict each other most; revisit them.</source>
        <translation>Über 0,10: Die Urteile zu %1, %2 und %3 widersprechen sich am meisten; bitte überdenken.</translation>
    </message>
    <message>
        <source>The group&apos;s judgments: </source>
        <translation>Urteile der Gruppe: </translation>
    </message>
    <message>
        <source>%1&apos;s judgments: </source>
        <translation>Urteile von %1: </translation>
    </message>
    <message>
        <source>Everyone combined (geometric mean): </source>
        <translation>Alle zusammen (geometrisches Mittel): </translation>
    </message>
</context>
<context>
    <name>archbench::ui::PdfReportRenderer</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Prepared with Archbench</source>
        <translation>Erstellt mit Archbench</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF&apos;s outline and links could not be added: %1</source>
        <translation>Gliederung und Verweise des PDF konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Columns %1 to %2 of %3</source>
        <translation>Spalten %1 bis %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archbench::ui::PhaseTimesPanel</name>
    <message>
        <source>detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Failure started</source>
        <translation>Ausfall begonnen</translation>
    </message>
    <message>
        <source>Failure detected</source>
        <translation>Ausfall erkannt</translation>
    </message>
    <message>
        <source>Failover decided</source>
        <translation>Failover beschlossen</translation>
    </message>
    <message>
        <source>Service recovered</source>
        <translation>Dienst wiederhergestellt</translation>
    </message>
    <message>
        <source>Clock time; Delete clears it</source>
        <translation>Uhrzeit; Entf löscht sie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Record the current time as “%1”</source>
        <translation>Die aktuelle Uhrzeit als „%1“ erfassen</translation>
    </message>
    <message>
        <source>“%1” cannot be before “%2”; the time was not recorded.</source>
        <translation>„%1“ kann nicht vor „%2“ liegen; die Uhrzeit wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation>%1: nicht gemessen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PillarSummaryWidget</name>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Questions per pillar by risk; updated on every answer</source>
        <translation>Fragen je Säule nach Risiko; wird bei jeder Antwort aktualisiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Alle Säulen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PortfolioCharts</name>
    <message>
        <source>Where are the risks across workloads?&lt;br&gt;High and medium risks per pillar, all projects</source>
        <translation>Wo liegen die Risiken über alle Workloads?&lt;br&gt;Hohe und mittlere Risiken je Säule, alle Projekte</translation>
    </message>
    <message>
        <source>Questions, in 1 reviewed project</source>
        <translation>Fragen, in 1 geprüften Projekt</translation>
    </message>
    <message>
        <source>Questions, in %1 reviewed projects</source>
        <translation>Fragen, in %1 geprüften Projekten</translation>
    </message>
    <message>
        <source>Do drills recover in time?&lt;br&gt;RTO margin per drill in minutes; below zero: target missed</source>
        <translation>Stellen Übungen rechtzeitig wieder her?&lt;br&gt;RTO-Spielraum je Übung in Minuten; unter null: Ziel verfehlt</translation>
    </message>
    <message>
        <source>Within the RTO target</source>
        <translation>Innerhalb des RTO-Ziels</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4 min %5</source>
        <translation>%1: %2 (%3), %4 min %5</translation>
    </message>
    <message>
        <source>to spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>over the target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>Target (margin 0)</source>
        <translation>Ziel (Spielraum 0)</translation>
    </message>
    <message>
        <source>Drill date</source>
        <translation>Übungsdatum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PortfolioModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>%1 revisit triggers fired</source>
        <translation>%1 Überprüfungsauslöser ausgelöst</translation>
    </message>
    <message>
        <source>%1 revisit triggers due within 30 days</source>
        <translation>%1 Überprüfungsauslöser in 30 Tagen fällig</translation>
    </message>
    <message>
        <source>%1 high and %2 medium risks</source>
        <translation>%1 hohe und %2 mittlere Risiken</translation>
    </message>
    <message>
        <source>%1 action items overdue</source>
        <translation>%1 Maßnahmen überfällig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>Hohe Risiken</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Latest drill</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Decisions accepted</source>
        <translation>Angenommene Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions proposed</source>
        <translation>Vorgeschlagene Entscheidungen</translation>
    </message>
    <message>
        <source>Revisit triggers that fired (metric crossed or review-by date passed)</source>
        <translation>Ausgelöste Überprüfungsauslöser (Messwert überschritten oder Prüftermin verstrichen)</translation>
    </message>
    <message>
        <source>Revisit triggers due within 30 days</source>
        <translation>In 30 Tagen fällige Überprüfungsauslöser</translation>
    </message>
    <message>
        <source>Review questions at high risk</source>
        <translation>Review-Fragen mit hohem Risiko</translation>
    </message>
    <message>
        <source>Failed decision-quality checks</source>
        <translation>Nicht bestandene Qualitätsprüfungen</translation>
    </message>
    <message>
        <source>Action items and improvements past their due date</source>
        <translation>Maßnahmen und Verbesserungen nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>90 days after the latest drill</source>
        <translation>90 Tage nach der letzten Übung</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PortfolioWindow</name>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Pick the folder whose projects the portfolio shows (searched with its sub-folders)</source>
        <translation>Den Ordner wählen, dessen Projekte das Portfolio zeigt (samt Unterordnern durchsucht)</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Den Ordner erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>With fired triggers</source>
        <translation>Mit ausgelösten Auslösern</translation>
    </message>
    <message>
        <source>With overdue actions or drills</source>
        <translation>Mit überfälligen Maßnahmen oder Übungen</translation>
    </message>
    <message>
        <source>With high risks</source>
        <translation>Mit hohen Risiken</translation>
    </message>
    <message>
        <source>With failed checks</source>
        <translation>Mit nicht bestandenen Prüfungen</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Project, owner or file</source>
        <translation>Projekt, Verantwortliche oder Datei</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>What needs &amp;attention</source>
        <translation>Was &amp;Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Risks per &amp;pillar</source>
        <translation>Risiken je S&amp;äule</translation>
    </message>
    <message>
        <source>&amp;Drill margins</source>
        <translation>Übungs-S&amp;pielraum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it cannot be read</source>
        <translation>Warum sie nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>&amp;Unreadable files</source>
        <translation>Nicht &amp;lesbare Dateien</translation>
    </message>
    <message>
        <source>Open Portfolio Folder</source>
        <translation>Portfolio-Ordner öffnen</translation>
    </message>
    <message>
        <source>Portfolio — %1</source>
        <translation>Portfolio — %1</translation>
    </message>
    <message>
        <source>Reading the projects in %1…</source>
        <translation>Die Projekte in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 von %2 Projekten</translation>
    </message>
    <message>
        <source>&amp;Unreadable files (%1)</source>
        <translation>Nicht &amp;lesbare Dateien (%1)</translation>
    </message>
    <message>
        <source>Choose a folder: every Archbench project in it and its sub-folders is listed.</source>
        <translation>Wählen Sie einen Ordner: Jedes Archbench-Projekt darin und in seinen Unterordnern wird aufgeführt.</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 Projekt</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 Projekte</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>1 file unreadable</source>
        <translation>1 Datei nicht lesbar</translation>
    </message>
    <message>
        <source>%1 files unreadable</source>
        <translation>%1 Dateien nicht lesbar</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>No Archbench projects in this folder or its sub-folders.</source>
        <translation>Keine Archbench-Projekte in diesem Ordner oder seinen Unterordnern.</translation>
    </message>
    <message>
        <source>Select a project to see what needs attention in it.</source>
        <translation>Wählen Sie ein Projekt, um zu sehen, was darin Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>%1: nothing needs attention.</source>
        <translation>%1: Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Return opens %1 at this item</source>
        <translation>Eingabe öffnet %1 an dieser Stelle</translation>
    </message>
</context>
<context>
    <name>archbench::ui::PresentationWindow</name>
    <message>
        <source>Archbench – Present</source>
        <translation>Archbench – Präsentieren</translation>
    </message>
    <message>
        <source>Time on this agenda item</source>
        <translation>Zeit für diesen Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation>Entscheidungsmatrix</translation>
    </message>
    <message>
        <source>Discuss first</source>
        <translation>Zuerst besprechen</translation>
    </message>
    <message>
        <source>PgUp/PgDn decision · arrows cells · Ctrl+Alt+R reveal ballots · Ctrl+= zoom · Esc leave</source>
        <translation>Bild↑/Bild↓ Entscheidung · Pfeile Zellen · Strg+Alt+R Stimmzettel aufdecken · Strg+= Zoom · Esc beenden</translation>
    </message>
    <message>
        <source>This project has no decisions to present.</source>
        <translation>Dieses Projekt hat keine Entscheidungen zum Präsentieren.</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Entscheidung %1 von %2</translation>
    </message>
    <message>
        <source>No ballots: the matrix shows the agreed scores.</source>
        <translation>Keine Stimmzettel: Die Matrix zeigt die vereinbarten Bewertungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) handed in, hidden until Ctrl+Alt+R reveals them.</source>
        <translation>
            <numerusform>%n Stimmzettel abgegeben, verdeckt bis Strg+Alt+R ihn aufdeckt.</numerusform>
            <numerusform>%n Stimmzettel abgegeben, verdeckt bis Strg+Alt+R sie aufdeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another option leads under the weights of %1.</source>
        <translation>Mit den Gewichten von %1 liegt eine andere Option vorn.</translation>
    </message>
    <message>
        <source>%1 × %2: %3 to %4</source>
        <translation>%1 × %2: %3 bis %4</translation>
    </message>
    <message>
        <source>No cell has two ballots yet</source>
        <translation>Noch keine Zelle hat zwei Stimmzettel</translation>
    </message>
    <message>
        <source>Time %1:%2</source>
        <translation>Zeit %1:%2</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ProjectCharts</name>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1 (keine)</translation>
    </message>
    <message>
        <source>Which qualities do the requirements cover?</source>
        <translation>Welche Qualitäten decken die Anforderungen ab?</translation>
    </message>
    <message>
        <source>Requirements (count)</source>
        <translation>Anforderungen (Anzahl)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ProjectDock</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project items</source>
        <translation>Projektelemente</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ProjectTreeModel</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Project framing, requirements and the state of every item</source>
        <translation>Rahmen und Anforderungen des Projekts und der Stand jedes Elements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n Element</numerusform>
            <numerusform>%1, %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archbench::ui::QuestionPanel</name>
    <message>
        <source>Choose a question in the navigator on the left.</source>
        <translation>Wählen Sie links im Navigator eine Frage.</translation>
    </message>
    <message>
        <source>Risk of this question, from the lens&apos;s rules</source>
        <translation>Risiko dieser Frage nach den Regeln der Linse</translation>
    </message>
    <message>
        <source>Practices in place</source>
        <translation>Umgesetzte Praktiken</translation>
    </message>
    <message>
        <source>Not applica&amp;ble to this workload</source>
        <translation>&amp;Für diesen Workload nicht anwendbar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>What did the team say? Evidence, links, open points.</source>
        <translation>Was hat das Team gesagt? Belege, Links, offene Punkte.</translation>
    </message>
    <message>
        <source>Alt+0: none of the practices is in place (clears the others)</source>
        <translation>Alt+0: keine der Praktiken ist umgesetzt (entfernt die anderen Häkchen)</translation>
    </message>
    <message>
        <source>Alt+%1 or Space: tick or untick this practice</source>
        <translation>Alt+%1 oder Leertaste: diese Praktik an- oder abhaken</translation>
    </message>
    <message>
        <source>Answered, but no risk rule of the lens matches the practices ticked, so the lens gives no risk: judge it yourself</source>
        <translation>Beantwortet, aber keine Risikoregel der Linse passt zu den angekreuzten Praktiken; die Linse nennt kein Risiko: Beurteilen Sie es selbst</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RecordForm</name>
    <message>
        <source>Context and the five questions</source>
        <translation>Kontext und die fünf Fragen</translation>
    </message>
    <message>
        <source>Conte&amp;xt: what forces this decision now?</source>
        <translation>&amp;Kontext: Was erzwingt diese Entscheidung jetzt?</translation>
    </message>
    <message>
        <source>Edit context</source>
        <translation>Kontext bearbeiten</translation>
    </message>
    <message>
        <source>Situation, forces, why now</source>
        <translation>Situation, treibende Kräfte, warum jetzt</translation>
    </message>
    <message>
        <source>1. Prob&amp;lem being solved</source>
        <translation>1. &amp;Zu lösendes Problem</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Problem bearbeiten</translation>
    </message>
    <message>
        <source>The problem in one or two sentences</source>
        <translation>Das Problem in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <source>2. Co&amp;nstraints</source>
        <translation>2. &amp;Randbedingungen</translation>
    </message>
    <message>
        <source>Edit constraints</source>
        <translation>Randbedingungen bearbeiten</translation>
    </message>
    <message>
        <source>Limits any answer must respect: budget, deadlines, compliance, skills</source>
        <translation>Grenzen, die jede Antwort einhalten muss: Budget, Termine, Compliance, Fähigkeiten</translation>
    </message>
    <message>
        <source>3. Options (edited in the matrix; at least two, &quot;do nothing&quot; may be one)</source>
        <translation>3. Optionen (werden in der Matrix bearbeitet; mindestens zwei, „Nichts tun“ kann eine sein)</translation>
    </message>
    <message>
        <source>4. Trade-&amp;offs</source>
        <translation>4. Ab&amp;wägungen</translation>
    </message>
    <message>
        <source>Edit trade-offs</source>
        <translation>Abwägungen bearbeiten</translation>
    </message>
    <message>
        <source>What each option gains and gives up</source>
        <translation>Was jede Option gewinnt und aufgibt</translation>
    </message>
    <message>
        <source>5. Recommendation and &amp;why</source>
        <translation>5. &amp;Empfehlung und Begründung</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Empfehlung bearbeiten</translation>
    </message>
    <message>
        <source>The choice, tied back to the constraints and trade-offs</source>
        <translation>Die Wahl, rückgebunden an die Randbedingungen und Abwägungen</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungsdokumentation</translation>
    </message>
    <message>
        <source>&amp;Door type</source>
        <translation>Türt&amp;yp</translation>
    </message>
    <message>
        <source>Change door type</source>
        <translation>Türtyp ändern</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Superseded &amp;by</source>
        <translation>Abge&amp;löst durch</translation>
    </message>
    <message>
        <source>Supersede decision</source>
        <translation>Entscheidung ablösen</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Löst ab</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Comma-separated names</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Chosen option</source>
        <translation>&amp;Gewählte Option</translation>
    </message>
    <message>
        <source>Choose option</source>
        <translation>Option wählen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Score scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>One per line: we give up X in exchange for Y</source>
        <translation>Eine pro Zeile: Wir geben X auf im Tausch gegen Y</translation>
    </message>
    <message>
        <source>What we &amp;give up (trade-offs accepted)</source>
        <translation>Was wir aufgebe&amp;n (akzeptierte Abwägungen)</translation>
    </message>
    <message>
        <source>Edit trade-offs accepted</source>
        <translation>Akzeptierte Abwägungen bearbeiten</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Risiko entfernen</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>Die niedrigste Bewertung muss unter der höchsten liegen.</translation>
    </message>
    <message>
        <source>A score of %1 is outside %2 to %3: change or clear it first.</source>
        <translation>Eine Bewertung von %1 liegt außerhalb von %2 bis %3: zuerst ändern oder löschen.</translation>
    </message>
    <message>
        <source>Change score scale</source>
        <translation>Bewertungsskala ändern</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>%1 (do nothing)</source>
        <translation>%1 (Nichts tun)</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Noch keine Optionen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Pick the decision that replaces this one.</source>
        <translation>Wählen Sie die Entscheidung, die diese ersetzt.</translation>
    </message>
    <message>
        <source>Add ris&amp;k</source>
        <translation>Risiko hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>Risiken und Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Dec&amp;ision-makers</source>
        <translation>Entsche&amp;idungsbefugte</translation>
    </message>
    <message>
        <source>Edit decision-makers</source>
        <translation>Entscheidungsbefugte bearbeiten</translation>
    </message>
    <message>
        <source>Cons&amp;ulted</source>
        <translation>K&amp;onsultiert</translation>
    </message>
    <message>
        <source>Edit consulted</source>
        <translation>Konsultierte bearbeiten</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Edit informed</source>
        <translation>Informierte bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Links, background, and the sections of an imported ADR that have no field of their own</source>
        <translation>Links, Hintergrund und die Abschnitte eines importierten ADR, die kein eigenes Feld haben</translation>
    </message>
    <message>
        <source>Notes and more information</source>
        <translation>Notizen und weitere Informationen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Archbench was not closed properly last time. The work below was kept in working copies and can be recovered as it was after the last edit.</source>
        <translation>Archbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Die folgende Arbeit liegt in Arbeitskopien und lässt sich im Stand nach der letzten Änderung wiederherstellen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unsaved projects</source>
        <translation>Ungespeicherte Projekte</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard...</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep the working copies and ask again at the next start</source>
        <translation>Die Arbeitskopien behalten und beim nächsten Start erneut fragen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReportExporter</name>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF-Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReportModule</name>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export a Markdown or PDF report</source>
        <translation>Einen Bericht als Markdown oder PDF exportieren</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>D&amp;ruckvorschau …</translation>
    </message>
    <message>
        <source>See the PDF report page by page and print it</source>
        <translation>Den PDF-Bericht Seite für Seite ansehen und drucken</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RequirementsModel</name>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Scalability</source>
        <translation>Skalierbarkeit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Durability (RPO)</source>
        <translation>Dauerhaftigkeit (RPO)</translation>
    </message>
    <message>
        <source>Recovery (RTO)</source>
        <translation>Wiederherstellung (RTO)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Maintainability</source>
        <translation>Wartbarkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change requirement kind</source>
        <translation>Art der Anforderung ändern</translation>
    </message>
    <message>
        <source>Edit requirement</source>
        <translation>Anforderung bearbeiten</translation>
    </message>
    <message>
        <source>Edit requirement target</source>
        <translation>Ziel der Anforderung bearbeiten</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation>Anforderung entfernen</translation>
    </message>
    <message>
        <source>Move requirement</source>
        <translation>Anforderung verschieben</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RequirementsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Non-functional only</source>
        <translation>Nur nichtfunktionale</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation>Eine Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected requirement</source>
        <translation>Die ausgewählte Anforderung entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected requirement up</source>
        <translation>Die ausgewählte Anforderung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected requirement down</source>
        <translation>Die ausgewählte Anforderung nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReservedModelEditor</name>
    <message>
        <source>Change on-demand cost</source>
        <translation>On-Demand-Kosten ändern</translation>
    </message>
    <message>
        <source>What the steady workload costs a month at on-demand prices</source>
        <translation>Was der gleichmäßige Workload pro Monat zu On-Demand-Preisen kostet</translation>
    </message>
    <message>
        <source>&amp;On-demand cost a month:</source>
        <translation>&amp;On-Demand-Kosten pro Monat:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;1-year reservation discount:</source>
        <translation>Rabatt für &amp;1-Jahres-Reservierung:</translation>
    </message>
    <message>
        <source>Change 1-year discount</source>
        <translation>Rabatt für 1-Jahres-Reservierung ändern</translation>
    </message>
    <message>
        <source>&amp;3-year reservation discount:</source>
        <translation>Rabatt für &amp;3-Jahres-Reservierung:</translation>
    </message>
    <message>
        <source>Change 3-year discount</source>
        <translation>Rabatt für 3-Jahres-Reservierung ändern</translation>
    </message>
    <message>
        <source>&amp;Savings plan discount:</source>
        <translation>Rabatt für &amp;Savings Plan:</translation>
    </message>
    <message>
        <source>Change savings plan discount</source>
        <translation>Rabatt für Savings Plan ändern</translation>
    </message>
    <message>
        <source>Monthly cost of each commitment</source>
        <translation>Monatskosten jeder Bindung</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Ersparnis pro Monat</translation>
    </message>
    <message>
        <source>Saves a year</source>
        <translation>Ersparnis pro Jahr</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>1-year reservation</source>
        <translation>1-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>3-year reservation</source>
        <translation>3-Jahres-Reservierung</translation>
    </message>
    <message>
        <source>Savings plan</source>
        <translation>Savings Plan</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReviewActions</name>
    <message>
        <source>New review &quot;%1&quot;</source>
        <translation>Neues Review „%1“</translation>
    </message>
    <message>
        <source>Add lens &quot;%1&quot;</source>
        <translation>Linse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Workload review</source>
        <translation>Workload-Review</translation>
    </message>
    <message>
        <source>Workload review %1</source>
        <translation>Workload-Review %1</translation>
    </message>
    <message>
        <source>The project is read-only; the lens was not imported.</source>
        <translation>Das Projekt ist schreibgeschützt; die Linse wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, not a lens</source>
        <translation>%1: größer als %2 MB, keine Linse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import lens &quot;%1&quot;</source>
        <translation>Linse „%1“ importieren</translation>
    </message>
    <message>
        <source>%1: the project refused the lens</source>
        <translation>%1: Das Projekt hat die Linse abgelehnt</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReviewEditor</name>
    <message>
        <source>Ctrl+Down / Ctrl+Up: next / previous question
Alt+1…Alt+9: tick a practice, Alt+0: none of these
Alt+B: not applicable, Alt+O: notes</source>
        <translation>Strg+Unten / Strg+Oben: nächste / vorherige Frage
Alt+1…Alt+9: Praktik abhaken, Alt+0: keine davon
Alt+B: nicht anwendbar, Alt+O: Notizen</translation>
    </message>
    <message>
        <source>Which workload is reviewed?</source>
        <translation>Welcher Workload wird geprüft?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <source>Improvement p&amp;lan</source>
        <translation>&amp;Verbesserungsplan</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Meilensteine</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous Question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Rename review</source>
        <translation>Review umbenennen</translation>
    </message>
    <message>
        <source>Change review date</source>
        <translation>Datum des Reviews ändern</translation>
    </message>
    <message>
        <source>This review no longer exists in the project.</source>
        <translation>Dieses Review gibt es im Projekt nicht mehr.</translation>
    </message>
    <message>
        <source>The lens of this review cannot be used, so the review is shown read-only. %1</source>
        <translation>Die Linse dieses Reviews ist nicht verwendbar, daher wird das Review schreibgeschützt angezeigt. %1</translation>
    </message>
    <message>
        <source>Lens: %1 · questions: %2</source>
        <translation>Linse: %1 · Fragen: %2</translation>
    </message>
    <message>
        <source>Lens: unavailable</source>
        <translation>Linse: nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <source>Mark question not applicable</source>
        <translation>Frage als nicht anwendbar markieren</translation>
    </message>
    <message>
        <source>Mark question applicable</source>
        <translation>Frage als anwendbar markieren</translation>
    </message>
    <message>
        <source>Change not-applicable reason</source>
        <translation>Grund für „nicht anwendbar“ ändern</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>The lens &quot;%1&quot; of this review is not in the project. Import the lens (File ▸ Import Lens…) to answer its questions.</source>
        <translation>Die Linse „%1“ dieses Reviews ist nicht im Projekt. Importieren Sie die Linse (Datei ▸ Linse importieren …), um ihre Fragen zu beantworten.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReviewModule</name>
    <message>
        <source>Import Lens</source>
        <translation>Linse importieren</translation>
    </message>
    <message>
        <source>Well-Architected lens (*.json);;All files (*)</source>
        <translation>Well-Architected-Linse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lens &quot;%1&quot; is in the project. Project ▸ New Review with Lens… starts a review with it.</source>
        <translation>Die Linse „%1“ ist im Projekt. Projekt ▸ Neues Review mit Linse … startet damit ein Review.</translation>
    </message>
    <message>
        <source>%1 (questions: %2)</source>
        <translation>%1 (Fragen: %2)</translation>
    </message>
    <message>
        <source>The project has no lens yet: import one, or use New Review for the built-in lens.</source>
        <translation>Das Projekt hat noch keine Linse: Importieren Sie eine, oder nutzen Sie Neues Review für die eingebaute Linse.</translation>
    </message>
    <message>
        <source>New Review with Lens</source>
        <translation>Neues Review mit Linse</translation>
    </message>
    <message>
        <source>Review the workload against:</source>
        <translation>Den Workload prüfen gegen:</translation>
    </message>
    <message>
        <source>Workload review</source>
        <translation>Workload-Review</translation>
    </message>
    <message>
        <source>New &amp;Review</source>
        <translation>Neues &amp;Review</translation>
    </message>
    <message>
        <source>Start a Well-Architected review with the built-in Archbench lens</source>
        <translation>Ein Well-Architected-Review mit der eingebauten Archbench-Linse beginnen</translation>
    </message>
    <message>
        <source>Start a review with one of the lenses in the project</source>
        <translation>Ein Review mit einer der Linsen des Projekts beginnen</translation>
    </message>
    <message>
        <source>&amp;Import Lens…</source>
        <translation>Linse &amp;importieren …</translation>
    </message>
    <message>
        <source>Add a lens in the AWS Well-Architected custom-lens JSON format to the project</source>
        <translation>Eine Linse im JSON-Format für benutzerdefinierte AWS-Well-Architected-Linsen zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>The lens was not imported. %1</source>
        <translation>Die Linse wurde nicht importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>The lens check has %n warning about &quot;%1&quot;:</source>
        <translation>
            <numerusform>Die Linsenprüfung hat %n Warnung zu „%1“:</numerusform>
            <numerusform>Die Linsenprüfung hat %n Warnungen zu „%1“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lens check has %n warnings about &quot;%1&quot;:</source>
        <translation>
            <numerusform>Die Linsenprüfung hat %n Warnung zu „%1“:</numerusform>
            <numerusform>Die Linsenprüfung hat %n Warnungen zu „%1“:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more; &quot;archbench lens check %2&quot; lists them all.</source>
        <translation>… und %1 weitere; „archbench lens check %2“ listet alle auf.</translation>
    </message>
    <message>
        <source>New Review &amp;with Lens…</source>
        <translation>Neues Review mit &amp;Linse …</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ReviewNavigatorModel</name>
    <message>
        <source>%1 high</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation>%1 mittel</translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation>%1 unbeantwortet</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>%1: %2 high, %3 medium, %4 no risk, %5 not applicable, %6 unanswered</source>
        <translation>%1: %2 hoch, %3 mittel, %4 kein Risiko, %5 nicht anwendbar, %6 unbeantwortet</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 unrated</source>
        <translation>%1 unbewertet</translation>
    </message>
    <message>
        <source>, %1 unrated (no rule of the lens matches the answer)</source>
        <translation>, %1 unbewertet (keine Regel der Linse passt zur Antwort)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RevisitDock</name>
    <message>
        <source>Revisit</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Revisit triggers of the project</source>
        <translation>Wiedervorlage-Auslöser des Projekts</translation>
    </message>
    <message>
        <source>Revisit (%1 fired)</source>
        <translation>Wiedervorlage (%1 ausgelöst)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RevisitModel</name>
    <message>
        <source>%1 (decision not in force)</source>
        <translation>%1 (Entscheidung nicht in Kraft)</translation>
    </message>
    <message>
        <source>(untitled decision)</source>
        <translation>(unbenannte Entscheidung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RiskChartDock</name>
    <message>
        <source>Open a review to see where its risks are and how they develop.</source>
        <translation>Öffnen Sie ein Review, um zu sehen, wo seine Risiken liegen und wie sie sich entwickeln.</translation>
    </message>
    <message>
        <source>No chart: %1</source>
        <translation>Kein Diagramm: %1</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RiskCharts</name>
    <message>
        <source>Where are the risks?&lt;br&gt;Questions per pillar, by risk</source>
        <translation>Wo liegen die Risiken?&lt;br&gt;Fragen je Säule nach Risiko</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Are risks going down?&lt;br&gt;High and medium risks per milestone</source>
        <translation>Gehen die Risiken zurück?&lt;br&gt;Hohe und mittlere Risiken je Meilenstein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Datum des Meilensteins</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RiskStyle</name>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>Business priorities</source>
        <translation>Geschäftliche Prioritäten</translation>
    </message>
    <message>
        <source>Architecture constraints</source>
        <translation>Architekturvorgaben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
</context>
<context>
    <name>archbench::ui::RisksModel</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Risiko bearbeiten</translation>
    </message>
    <message>
        <source>Edit mitigation</source>
        <translation>Gegenmaßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Risiko entfernen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ScoreBarsView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ScoreChart</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>keine Gewichte</translation>
    </message>
    <message>
        <source>%1, leader</source>
        <translation>%1, Spitzenreiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Which option leads, and why</source>
        <translation>Welche Option liegt vorn, und warum</translation>
    </message>
    <message>
        <source>(unnamed criterion)</source>
        <translation>(unbenanntes Kriterium)</translation>
    </message>
    <message>
        <source>Incomplete: scored part only</source>
        <translation>Unvollständig: nur der bewertete Teil</translation>
    </message>
    <message>
        <source>Eliminated by a hard constraint</source>
        <translation>Durch eine harte Randbedingung ausgeschieden</translation>
    </message>
    <message>
        <source>Weighted score on the %1 to %2 scale</source>
        <translation>Gewichtete Bewertung auf der Skala %1 bis %2</translation>
    </message>
    <message>
        <source>%1, tied first</source>
        <translation>%1, gleichauf Erster</translation>
    </message>
    <message>
        <source>Which option leads, and why: the first %1 of %2 options (%3 left out)</source>
        <translation>Welche Option führt, und warum: die ersten %1 von %2 Optionen (%3 ausgelassen)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ScoreChartDock</name>
    <message>
        <source>Open a decision to see this chart.</source>
        <translation>Öffnen Sie eine Entscheidung, um dieses Diagramm zu sehen.</translation>
    </message>
</context>
<context>
    <name>archbench::ui::SensitivityChart</name>
    <message>
        <source>No option leads yet: robustness needs at least two complete options that are not eliminated.</source>
        <translation>Noch liegt keine Option vorn: Die Robustheit braucht mindestens zwei vollständige Optionen, die nicht ausgeschieden sind.</translation>
    </message>
    <message>
        <source>%1 is the only complete option still in the running, so robustness cannot be measured.</source>
        <translation>%1 ist die einzige vollständige Option, die noch im Rennen ist, daher lässt sich die Robustheit nicht messen.</translation>
    </message>
    <message>
        <source>%1 stays first under %2 of weightings.</source>
        <translation>%1 bleibt vorn in %2 der Gewichtungen.</translation>
    </message>
    <message>
        <source>When does the leader change?</source>
        <translation>Wann wechselt der Spitzenreiter?</translation>
    </message>
    <message>
        <source>Another option leads</source>
        <translation>Eine andere Option liegt vorn</translation>
    </message>
    <message>
        <source>%1 stays first</source>
        <translation>%1 bleibt vorn</translation>
    </message>
    <message>
        <source>The leader</source>
        <translation>Der Spitzenreiter</translation>
    </message>
    <message>
        <source>Another option leads (above)</source>
        <translation>Eine andere Option liegt vorn (darüber)</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>Aktueller Anteil</translation>
    </message>
    <message>
        <source>never flips</source>
        <translation>kippt nie</translation>
    </message>
    <message>
        <source>Share of the total weight (%)</source>
        <translation>Anteil am Gesamtgewicht (%)</translation>
    </message>
    <message>
        <source>When does the leader change? (needs two ranked options)</source>
        <translation>Wann wechselt der Spitzenreiter? (braucht zwei eingestufte Optionen)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 tie for first place, so no option stays first on its own; %2, listed first, comes first or ties under %3 of weightings.</source>
        <translation>%1 teilen sich den ersten Platz, also bleibt keine Option allein vorn; %2, als Erstes aufgeführt, ist in %3 der Gewichtungen Erster oder gleichauf.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 führt</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ServerSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>archbench::ui::ShellActions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Ein neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an Archbench project or an interchange JSON file</source>
        <translation>Ein Archbench-Projekt oder eine JSON-Austauschdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the project to its file</source>
        <translation>Das Projekt in seine Datei schreiben</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y...</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Write a copy to another file and keep working on this one</source>
        <translation>Eine Kopie in eine andere Datei schreiben und an dieser weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export a Markdown or PDF report</source>
        <translation>Einen Bericht als Markdown oder PDF exportieren</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Alle Bereiche an ihren Ausgangsplatz zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Archbench</source>
        <translation>Ü&amp;ber Archbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Portfolio...</source>
        <translation>&amp;Portfolio öffnen …</translation>
    </message>
    <message>
        <source>See what needs attention across every project in a folder</source>
        <translation>Sehen, was in allen Projekten eines Ordners Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Co&amp;mpare With...</source>
        <translation>&amp;Vergleichen mit …</translation>
    </message>
    <message>
        <source>See what differs between another version of this project and the one open</source>
        <translation>Sehen, was sich zwischen einer anderen Fassung dieses Projekts und der geöffneten unterscheidet</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Nächster Bere&amp;ich</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the editor, then each visible dock</source>
        <translation>Die Tastatur in den nächsten Bereich bringen: den Editor, dann jedes sichtbare Andockfenster</translation>
    </message>
    <message>
        <source>Previous Pa&amp;nel</source>
        <translation>Vorheriger Berei&amp;ch</translation>
    </message>
    <message>
        <source>Editor On&amp;ly</source>
        <translation>Nur E&amp;ditor</translation>
    </message>
    <message>
        <source>Hide every panel so the editor has the whole window (a projector); again brings them back</source>
        <translation>Alle Bereiche ausblenden, damit der Editor das ganze Fenster hat (ein Beamer); noch einmal holt sie zurück</translation>
    </message>
    <message>
        <source>Open &amp;from Server...</source>
        <translation>V&amp;om Server öffnen …</translation>
    </message>
    <message>
        <source>Open a project from a team server; Save sends it back there</source>
        <translation>Ein Projekt von einem Team-Server öffnen; Speichern schickt es dorthin zurück</translation>
    </message>
</context>
<context>
    <name>archbench::ui::TimelineModel</name>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>Change event time</source>
        <translation>Zeitpunkt des Ereignisses ändern</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove timeline event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove timeline events</source>
        <translation>Ereignisse entfernen</translation>
    </message>
    <message>
        <source>Sort timeline by time</source>
        <translation>Zeitleiste nach Zeit sortieren</translation>
    </message>
</context>
<context>
    <name>archbench::ui::TriggerDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>archbench::ui::TriggersModel</name>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Organizational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Calendar triggers are due six months after the decision date unless given a date.</source>
        <translation>Kalenderauslöser sind sechs Monate nach dem Entscheidungsdatum fällig, sofern kein Datum angegeben ist.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Edit revisit trigger</source>
        <translation>Wiedervorlage-Auslöser bearbeiten</translation>
    </message>
    <message>
        <source>Add revisit trigger</source>
        <translation>Wiedervorlage-Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Look at this decision again on the review date</source>
        <translation>Diese Entscheidung zum Wiedervorlagetermin erneut betrachten</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Neue Bedingung</translation>
    </message>
    <message>
        <source>Remove revisit trigger</source>
        <translation>Wiedervorlage-Auslöser entfernen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::TriggersPanel</name>
    <message>
        <source>Remove trigger</source>
        <translation>Auslöser entfernen</translation>
    </message>
    <message>
        <source>When must this decision be looked at again? A trigger fires when its current value crosses the threshold or its review-by date passes; calendar triggers default to six months after the decision date.</source>
        <translation>Wann muss diese Entscheidung erneut betrachtet werden? Ein Auslöser schlägt an, wenn sein aktueller Wert den Schwellenwert überschreitet oder sein Wiedervorlagetermin verstreicht; Kalenderauslöser stehen standardmäßig auf sechs Monate nach dem Entscheidungsdatum.</translation>
    </message>
    <message>
        <source>Add co&amp;ndition trigger</source>
        <translation>B&amp;edingungsauslöser hinzufügen</translation>
    </message>
    <message>
        <source>Add ca&amp;lendar trigger</source>
        <translation>&amp;Kalenderauslöser hinzufügen</translation>
    </message>
</context>
<context>
    <name>archbench::ui::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Project as opened</source>
        <translation>Projekt wie geöffnet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
</context>
<context>
    <name>archbench::ui::WelcomePage</name>
    <message>
        <source>Archbench</source>
        <translation>Archbench</translation>
    </message>
    <message>
        <source>Weigh architecture options, review workloads, rehearse recovery and model cost, with the whole room looking at the same numbers.</source>
        <translation>Architekturoptionen abwägen, Workloads prüfen, Notfälle proben und Kosten modellieren – und alle im Raum sehen dieselben Zahlen.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Start with an empty project</source>
        <translation>Mit einem leeren Projekt beginnen</translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>An .archbench project file or an interchange .json file</source>
        <translation>Eine .archbench-Projektdatei oder eine JSON-Austauschdatei</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
</context>
<context>
    <name>archbench::ui::commands</name>
    <message>
        <source>The lens cannot be deleted: the review %1 uses it. Delete that review first.</source>
        <translation>Die Linse kann nicht gelöscht werden: Das Review %1 verwendet sie. Löschen Sie zuerst dieses Review.</translation>
    </message>
    <message>
        <source>The lens cannot be deleted: the reviews %1 use it. Delete those reviews first.</source>
        <translation>Die Linse kann nicht gelöscht werden: Die Reviews %1 verwenden sie. Löschen Sie zuerst diese Reviews.</translation>
    </message>
</context>
</TS>
