<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>archbench convert: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archbench cost: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archbench drills: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archbench export: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archbench review: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archbench score: not available in this build
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>archbench validate: not available in this build
</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>One-way door (hard to reverse)</source>
        <translation>Einwegtür (schwer umkehrbar)</translation>
    </message>
    <message>
        <source>Two-way door (cheap to reverse)</source>
        <translation>Zweiwegtür (leicht umkehrbar)</translation>
    </message>
    <message>
        <source>Partly reversible</source>
        <translation>Teilweise umkehrbar</translation>
    </message>
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
        <source>Backup and restore</source>
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
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>%1 % of production</source>
        <translation>%1 % des Produktionsverkehrs</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Cost against latency</source>
        <translation>Kosten gegen Latenz</translation>
    </message>
    <message>
        <source>Load against cost crossover</source>
        <translation>Kostenschnittpunkt über der Last</translation>
    </message>
    <message>
        <source>Reserved against on-demand</source>
        <translation>Reserviert gegen On-Demand</translation>
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
        <source>Participants</source>
        <translation>Beteiligte</translation>
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
        <translation>Auslöser für Neubewertung</translation>
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
</TS>
