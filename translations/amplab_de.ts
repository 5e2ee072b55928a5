<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>There is no lab &apos;%1&apos;.</source>
        <translation>Es gibt kein Labor &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>amp::app::AssignmentDialog</name>
    <message>
        <source>Assignment</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Each student gets their own numbers for the exercises, drawn from their id and the assignment&apos;s seed that the teacher gives. Your checks are kept as attempts; hand in your answers with &lt;tt&gt;amplab assignment LAB --student ID --seed S --answer EXERCISE=VALUE --submit FILE.json&lt;/tt&gt;.</source>
        <translation>Alle Studierenden erhalten eigene Zahlen für die Aufgaben, abgeleitet aus ihrer Kennung und dem Startwert der Hausaufgabe, den die Lehrperson vorgibt. Ihre Prüfungen werden als Versuche gespeichert; Ihre Antworten geben Sie ab mit &lt;tt&gt;amplab assignment LAB --student ID --seed S --answer EXERCISE=VALUE --submit FILE.json&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>your student id</source>
        <translation>Ihre Kennung (z. B. Matrikelnummer)</translation>
    </message>
    <message>
        <source>Student id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Assignment seed:</source>
        <translation>Startwert der Hausaufgabe:</translation>
    </message>
    <message>
        <source>The lab&apos;s own numbers</source>
        <translation>Die Zahlen des Labors selbst</translation>
    </message>
</context>
<context>
    <name>amp::app::CliHelp</name>
    <message>
        <source>the GUI</source>
        <translation>die grafische Oberfläche</translation>
    </message>
    <message>
        <source>list labs</source>
        <translation>listet die Labore auf</translation>
    </message>
    <message>
        <source>parameters, ranges, metrics, model</source>
        <translation>Parameter, Wertebereiche, Kennzahlen, Modell</translation>
    </message>
    <message>
        <source>every record of the first replication (or real run)</source>
        <translation>jeder Datensatz der ersten Replikation (oder des realen Laufs)</translation>
    </message>
    <message>
        <source>the curve and a table per point</source>
        <translation>die Kurve und eine Tabelle je Punkt</translation>
    </message>
    <message>
        <source>prints the commands that run it as N shards, then merge them</source>
        <translation>gibt die Befehle aus, die ihn in N Teilen ausführen und danach zusammenführen</translation>
    </message>
    <message>
        <source>a choice parameter sweeps all its choices: %1</source>
        <translation>ein Auswahlparameter durchläuft alle seine Werte: %1</translation>
    </message>
    <message>
        <source>a table parameter takes JSON rows: %1</source>
        <translation>ein Tabellenparameter nimmt JSON-Zeilen: %1</translation>
    </message>
    <message>
        <source>a list of runs/sweeps, e.g. a class assignment</source>
        <translation>eine Liste von Läufen/Parameterstudien, z. B. eine Übungsaufgabe</translation>
    </message>
    <message>
        <source>the run a report carries, again</source>
        <translation>der Lauf, den ein Bericht enthält, noch einmal</translation>
    </message>
    <message>
        <source>(%1: the N newest runs, after skipping the K newest)</source>
        <translation>(%1: die N neuesten Läufe, nachdem die K neuesten übersprungen wurden)</translation>
    </message>
    <message>
        <source>name or annotate a saved run (shown in exports)</source>
        <translation>benennt oder kommentiert einen gespeicherten Lauf (erscheint in Exporten)</translation>
    </message>
    <message>
        <source>fold databases (e.g. sweep shards) together</source>
        <translation>führt Datenbanken zusammen (z. B. Teile einer Parameterstudie)</translation>
    </message>
    <message>
        <source>B − A with its own 95% CI; two simulations are re-run in pairs with common random numbers (paired), other runs are compared from their own CIs</source>
        <translation>B − A mit eigenem 95-%-KI; zwei Simulationen werden paarweise mit gemeinsamen Zufallszahlen neu gerechnet (gepaart), andere Läufe werden über ihre eigenen KIs verglichen</translation>
    </message>
    <message>
        <source>step through a lesson script in presentation mode (GUI); %1 validates it headless (labs, keys, values, conditions, charts); a lab&apos;s id stands for its shipped lesson</source>
        <translation>zeigt ein Lektionsskript Schritt für Schritt im Präsentationsmodus (GUI); %1 prüft es ohne Oberfläche (Labore, Schlüssel, Werte, Bedingungen, Diagramme); die Kennung eines Labors steht für seine mitgelieferte Lektion</translation>
    </message>
    <message>
        <source>a problem per student: the exercises with the student&apos;s own numbers, drawn from the id and the assignment&apos;s seed; %1 writes the ASSIGNMENT.json to grade with</source>
        <translation>für jede Person eine eigene Aufgabenstellung: die Übungen mit ihren eigenen Zahlen, gezogen aus ihrer Kennung und dem Startwert der Hausaufgabe; %1 schreibt die ASSIGNMENT.json, mit der bewertet wird</translation>
    </message>
    <message>
        <source>hands in predictions (and the saved runs made for them); run again to add</source>
        <translation>gibt Vorhersagen ab (und die dafür gespeicherten Läufe); erneut aufrufen, um weitere hinzuzufügen</translation>
    </message>
    <message>
        <source>every submission in %1 graded on the problem derived again from its student&apos;s id (model, or the seeded simulation): a CSV row per answer, with its error</source>
        <translation>jede Abgabe in %1 wird an der Aufgabenstellung bewertet, die erneut aus der Kennung der Person abgeleitet wird (Modell oder Simulation mit Startwert): eine CSV-Zeile je Antwort, mit ihrem Fehler</translation>
    </message>
    <message>
        <source>A real run without %1 runs until the key metric&apos;s 95% CI is within %2 (default 5%) of its mean, at most 60 s. It starts from parameters fitted to this machine (fewer workers, the same utilizations; %3 keeps the lab&apos;s own) and at the lab&apos;s time scale (%4: work K× shorter, arrivals K× denser, results in the lab&apos;s time; K:1 stretches it; 1:1 = the lab&apos;s own time).</source>
        <translation>Ein realer Lauf ohne %1 läuft, bis das 95-%-KI der Hauptkennzahl innerhalb von %2 (Vorgabe 5 %) um ihren Mittelwert liegt, höchstens 60 s. Er beginnt mit Parametern, die an diese Maschine angepasst sind (weniger Worker, dieselben Auslastungen; %3 behält die des Labors), und im Zeitmaßstab des Labors (%4: Arbeit K× kürzer, Ankünfte K× dichter, Ergebnisse in der Zeit des Labors; K:1 dehnt sie; 1:1 = die eigene Zeit des Labors).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 a run failed or could not be saved, or the database is not AMP Lab&apos;s, corrupt or newer; 2 bad input.</source>
        <translation>Rückgabewert: 0 Erfolg; 1 ein Lauf ist fehlgeschlagen oder konnte nicht gespeichert werden, oder die Datenbank gehört nicht zu AMP Lab, ist beschädigt oder neuer; 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The database is %1, else %2, else the per-user data folder; its folder must exist (the per-user one is created).</source>
        <translation>Die Datenbank ist %1, sonst %2, sonst der Datenordner des Benutzers; ihr Ordner muss existieren (der des Benutzers wird angelegt).</translation>
    </message>
    <message>
        <source>%1 — a teaching lab for asymmetric multiprocessing</source>
        <translation>%1 — ein Lehrlabor für asymmetrisches Multiprocessing</translation>
    </message>
</context>
<context>
    <name>amp::app::CliWords</name>
    <message>
        <source>interrupted: %1</source>
        <translation>unterbrochen: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;; see &apos;amplab help&apos;</source>
        <translation>unbekanntes Argument &apos;%1&apos;; siehe &apos;amplab help&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number in [%2, %3], got &apos;%4&apos;</source>
        <translation>%1 muss eine Zahl in [%2, %3] sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number in [%2, %3], got &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl in [%2, %3] sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>fitted to this machine: %1 (--no-fit keeps the lab&apos;s own values; a parameter you --set is kept)</source>
        <translation>an diesen Rechner angepasst: %1 (--no-fit behält die Werte des Labors; ein mit --set gesetzter Parameter bleibt erhalten)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3 run %4, seed %5</source>
        <translation>%1 (%2), Lauf %4 (%3), Startwert %5</translation>
    </message>
    <message>
        <source>95% CI %1</source>
        <translation>95-%-KI %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>(at measured service %1)</source>
        <translation>(bei gemessener Bedienzeit %1)</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>lab id (see &apos;amplab labs&apos;)</source>
        <translation>die Kennung eines Labors (siehe &apos;amplab labs&apos;)</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>(a temporary folder)</source>
        <translation>(ein temporärer Ordner)</translation>
    </message>
    <message>
        <source>(only when %1 is %2)</source>
        <translation>(nur wenn %1 gleich %2 ist)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>an integer in [%1, %2] %3, default %4</source>
        <translation>eine ganze Zahl in [%1, %2] %3, Standardwert %4</translation>
    </message>
    <message>
        <source>a number in [%1, %2] %3, default %4</source>
        <translation>eine Zahl in [%1, %2] %3, Standardwert %4</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <source>Model values:</source>
        <translation>Modellwerte:</translation>
    </message>
    <message>
        <source>Runs are transient: one outcome per replication, no warm-up deleted.</source>
        <translation>Die Läufe sind transient: ein Ergebnis je Replikation, keine Einschwingphase verworfen.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>--samples %1: the file must end in .csv</source>
        <translation>--samples %1: die Datei muss auf .csv enden</translation>
    </message>
    <message>
        <source>--samples needs a simulation or a real run: a model run has no requests to record</source>
        <translation>--samples braucht eine Simulation oder einen realen Lauf: ein Modelllauf hat keine Aufträge, die sich aufzeichnen ließen</translation>
    </message>
    <message>
        <source>wrote %1 records of the real run to %2%3</source>
        <translation>%1 Datensätze des realen Laufs nach %2 geschrieben%3</translation>
    </message>
    <message>
        <source>wrote %1 records of the first replication to %2%3</source>
        <translation>%1 Datensätze der ersten Replikation nach %2 geschrieben%3</translation>
    </message>
    <message>
        <source> (1 request in %1, chosen at random: weight %1)</source>
        <translation> (1 Auftrag von %1, zufällig gewählt: Gewicht %1)</translation>
    </message>
    <message>
        <source>the run stopped and was saved as cancelled (run %1), with what it measured until then</source>
        <translation>der Lauf wurde beendet und als abgebrochen gespeichert (Lauf %1), mit dem bis dahin Gemessenen</translation>
    </message>
    <message>
        <source>the run stopped and could not be saved: %1</source>
        <translation>der Lauf wurde beendet und konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>error: the run failed: %1</source>
        <translation>Fehler: der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>error: the run was not saved: %1</source>
        <translation>Fehler: der Lauf wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>warning: the system is unstable (utilization ≥ 1 at the %1)</source>
        <translation>Warnung: das System ist instabil (Auslastung ≥ 1 bei %1)</translation>
    </message>
    <message>
        <source>sweep needs --vary key=from:to:steps[:log] (twice for a two-parameter sweep)</source>
        <translation>sweep braucht --vary key=from:to:steps[:log] (zweimal für eine Variation zweier Parameter)</translation>
    </message>
    <message>
        <source>--vary may be given at most twice (a two-parameter sweep)</source>
        <translation>--vary darf höchstens zweimal angegeben werden (eine Variation zweier Parameter)</translation>
    </message>
    <message>
        <source>--shard must be K/N with 1 ≤ K ≤ N, got &apos;%1&apos;</source>
        <translation>--shard muss K/N mit 1 ≤ K ≤ N sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--report covers one-parameter sweeps; a two-parameter sweep&apos;s heat map is in the GUI</source>
        <translation>--report gilt für Variationen eines Parameters; die Heatmap einer Variation zweier Parameter zeigt die grafische Oberfläche</translation>
    </message>
    <message>
        <source>--plan makes the shards itself: leave out --shard</source>
        <translation>--plan bildet die Teile selbst: --shard weglassen</translation>
    </message>
    <message>
        <source>error: a point was not saved: %1</source>
        <translation>Fehler: ein Punkt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the sweep stopped; %1 of its points were saved (an unfinished one as cancelled)</source>
        <translation>die Variation wurde beendet; %1 seiner Punkte wurden gespeichert (ein unvollendeter als abgebrochen)</translation>
    </message>
    <message>
        <source>note: --chart draws one-parameter sweeps; a two-parameter sweep&apos;s heat map is in the GUI</source>
        <translation>Hinweis: --chart zeichnet Variationen eines Parameters; die Heatmap einer Variation zweier Parameter zeigt die grafische Oberfläche</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>change from the previous point [95% CI]</source>
        <translation>Änderung zum vorigen Punkt [95-%-KI]</translation>
    </message>
    <message>
        <source>paired, %1 pairs</source>
        <translation>gepaart, %1 Paare</translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation>ungepaart</translation>
    </message>
    <message>
        <source>batch file (JSON)</source>
        <translation>Stapeldatei (JSON)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the batch stopped after entry %1 of %2</source>
        <translation>der Stapel wurde nach Eintrag %1 von %2 beendet</translation>
    </message>
    <message>
        <source>run id %1</source>
        <translation>Laufnummer %1</translation>
    </message>
    <message>
        <source>run ids must be positive integers, got &apos;%1&apos;</source>
        <translation>Laufnummern müssen positive ganze Zahlen sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run %1 is of lab &apos;%2&apos; and run %3 of &apos;%4&apos;: compare runs of one lab</source>
        <translation>Lauf %1 gehört zum Labor &apos;%2&apos; und Lauf %3 zu &apos;%4&apos;: vergleichen Sie Läufe eines Labors</translation>
    </message>
    <message>
        <source>run %1 is a model-only run, which has no CI: compare simulations or real runs</source>
        <translation>Lauf %1 ist ein reiner Modelllauf ohne KI: vergleichen Sie Simulationen oder reale Läufe</translation>
    </message>
    <message>
        <source>--metric %1 is not a metric of %2 (see &apos;amplab describe %2&apos;)</source>
        <translation>--metric %1 ist keine Kennzahl von %2 (siehe &apos;amplab describe %2&apos;)</translation>
    </message>
    <message>
        <source>the comparison stopped; nothing was saved (a comparison is recomputed, never stored)</source>
        <translation>der Vergleich wurde beendet; nichts wurde gespeichert (ein Vergleich wird neu berechnet, nie gespeichert)</translation>
    </message>
    <message>
        <source>--pairs pairs simulations; run %1 or %2 is not one</source>
        <translation>--pairs paart Simulationen; Lauf %1 oder %2 ist keine</translation>
    </message>
    <message>
        <source>error: cannot compare: %1</source>
        <translation>Fehler: Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>output database</source>
        <translation>Ausgabedatenbank</translation>
    </message>
    <message>
        <source>input database</source>
        <translation>Eingabedatenbank</translation>
    </message>
    <message>
        <source>runs merge needs OUT.db and at least one IN.db</source>
        <translation>runs merge braucht OUT.db und mindestens eine IN.db</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 runs merged</source>
        <translation>%1: %2 Läufe zusammengeführt</translation>
    </message>
    <message>
        <source>runs subcommand (list|show|export|delete|merge)</source>
        <translation>ein Unterbefehl von runs (list|show|export|delete|merge)</translation>
    </message>
    <message>
        <source>unknown runs subcommand &apos;%1&apos;; use %2</source>
        <translation>unbekannter Unterbefehl von runs &apos;%1&apos;; verwenden Sie %2</translation>
    </message>
    <message>
        <source>run id</source>
        <translation>Laufnummer</translation>
    </message>
    <message>
        <source>run id must be a positive integer, got &apos;%1&apos;</source>
        <translation>die Laufnummer muss eine positive ganze Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--since must be a date or time in ISO 8601 (2026-12-01 or 2026-12-01T14:00:00Z), got &apos;%1&apos;</source>
        <translation>--since muss ein Datum oder eine Uhrzeit nach ISO 8601 sein (2026-12-01 oder 2026-12-01T14:00:00Z), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--offset needs --limit (a page of the newest runs)</source>
        <translation>--offset braucht --limit (eine Seite der neuesten Läufe)</translation>
    </message>
    <message>
        <source>no runs in %1</source>
        <translation>keine Läufe in %1</translation>
    </message>
    <message>
        <source>%1 (model)</source>
        <translation>%1 (Modell)</translation>
    </message>
    <message>
        <source>showing %1 of %2 runs (--limit, --offset page from the newest)</source>
        <translation>%1 von %2 Läufen angezeigt (--limit, --offset blättern ab den neuesten)</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>run %1 belongs to an unknown lab</source>
        <translation>Lauf %1 gehört zu einem unbekannten Labor</translation>
    </message>
    <message>
        <source>--format must be one of %1, got &apos;%2&apos;</source>
        <translation>--format muss eines von %1 sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.pdf</source>
        <translation>--format pdf braucht --output FILE.pdf</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>neuer Name</translation>
    </message>
    <message>
        <source>note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>run %1 is now named &apos;%2&apos;</source>
        <translation>Lauf %1 heißt jetzt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>run %1&apos;s note is set</source>
        <translation>die Notiz von Lauf %1 ist gesetzt</translation>
    </message>
    <message>
        <source>deleted run %1</source>
        <translation>Lauf %1 gelöscht</translation>
    </message>
    <message>
        <source>(amplab --help shows every command.)</source>
        <translation>(amplab --help zeigt alle Befehle.)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: %2 (or --help, --version; no arguments opens the GUI)</source>
        <translation>unbekannter Befehl &apos;%1&apos;; Befehle: %2 (oder --help, --version; ohne Argumente öffnet sich die grafische Oberfläche)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown lab &apos;%1&apos;; labs: %2</source>
        <translation>unbekanntes Labor &apos;%1&apos;; Labore: %2</translation>
    </message>
    <message>
        <source>--mode must be one of model|sim|real, got &apos;%1&apos;</source>
        <translation>--mode muss model, sim oder real sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration (seconds)</source>
        <translation>--duration (Sekunden)</translation>
    </message>
    <message>
        <source>--warmup (seconds)</source>
        <translation>--warmup (Sekunden)</translation>
    </message>
    <message>
        <source>--precision (relative CI half-width)</source>
        <translation>--precision (relative KI-Halbbreite)</translation>
    </message>
    <message>
        <source>--time-scale must be 1:K (compress the lab&apos;s time K×, K up to 10000) or K:1 (stretch it, K up to 100), got &apos;%1&apos;</source>
        <translation>--time-scale muss 1:K (die Zeit des Labors K-fach stauchen, K bis 10000) oder K:1 sein (sie dehnen, K bis 100), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--service-clock must be time (busy until the requested time has passed) or work (a fixed amount of computation), got &apos;%1&apos;</source>
        <translation>--service-clock muss time (beschäftigt, bis die verlangte Zeit vergangen ist) oder work (eine feste Menge Rechenarbeit) sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration of a real run must be at most 600 s</source>
        <translation>--duration eines realen Laufs darf höchstens 600 s betragen</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no sim mode</source>
        <translation>Labor &apos;%1&apos; hat keine Simulation</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no real mode</source>
        <translation>Labor &apos;%1&apos; hat keinen realen Lauf</translation>
    </message>
    <message>
        <source>paired: %1 replication pairs of %2 simulated s, both with run %3&apos;s random numbers (seed %4)</source>
        <translation>gepaart: %1 Replikationspaare zu je %2 simulierten s, beide mit den Zufallszahlen von Lauf %3 (Startwert %4)</translation>
    </message>
    <message>
        <source>unpaired, from each run&apos;s own CI: only simulations can replay the same random numbers</source>
        <translation>ungepaart, aus dem eigenen KI jedes Laufs: nur Simulationen können dieselben Zufallszahlen wiederholen</translation>
    </message>
    <message>
        <source>no difference is shown: the CI of B − A contains 0</source>
        <translation>kein Unterschied nachgewiesen: das KI von B − A enthält 0</translation>
    </message>
    <message>
        <source>B is higher than A (the CI of B − A excludes 0)</source>
        <translation>B ist größer als A (das KI von B − A schließt 0 aus)</translation>
    </message>
    <message>
        <source>B is lower than A (the CI of B − A excludes 0)</source>
        <translation>B ist kleiner als A (das KI von B − A schließt 0 aus)</translation>
    </message>
    <message>
        <source>compare run %1 (A) with run %2 (B), %3, %4</source>
        <translation>Vergleich von Lauf %1 (A) mit Lauf %2 (B), %3, %4</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>no parameter differs</source>
        <translation>kein Parameter unterscheidet sich</translation>
    </message>
    <message>
        <source>the same replications unpaired: %1: pairing removes the noise both runs share</source>
        <translation>dieselben Replikationen ungepaart: %1: das Paaren entfernt das Rauschen, das beide Läufe teilen</translation>
    </message>
    <message>
        <source>warm-up (MSER-5)</source>
        <translation>Einschwingphase (MSER-5)</translation>
    </message>
    <message>
        <source>replication pairs</source>
        <translation>Replikationspaare</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>replication %1/%2</source>
        <translation>Replikation %1/%2</translation>
    </message>
    <message>
        <source>real run %1 of %2</source>
        <translation>realer Lauf %1 von %2</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>--vary: &apos;%1&apos; is not a parameter of %2</source>
        <translation>--vary: &apos;%1&apos; ist kein Parameter von %2</translation>
    </message>
    <message>
        <source>--vary: %1 is a choice: give &apos;%1&apos; (all of %2) or indices in [0, %3]</source>
        <translation>--vary: %1 ist eine Auswahl: geben Sie &apos;%1&apos; an (alle von %2) oder Indizes in [0, %3]</translation>
    </message>
    <message>
        <source>--vary: &apos;%1&apos; is not a number or a choice; allowed is %2</source>
        <translation>--vary: &apos;%1&apos; ist weder eine Zahl noch eine Auswahl; erlaubt ist %2</translation>
    </message>
    <message>
        <source>&quot;vary&quot; needs one or two key=from:to:steps[:log]</source>
        <translation>&quot;vary&quot; braucht ein oder zwei key=from:to:steps[:log]</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: erwartet wurde ein Objekt, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; did you mean &quot;%3&quot;? Allowed: %4</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;; meinten Sie &quot;%3&quot;? Erlaubt: %4</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet wurde %2, erhalten: %3</translation>
    </message>
    <message>
        <source>%1: needs &quot;lab&quot; (a lab id, see &apos;amplab labs&apos;)</source>
        <translation>%1: braucht &quot;lab&quot; (die Kennung eines Labors, siehe &apos;amplab labs&apos;)</translation>
    </message>
    <message>
        <source>a lab id (a string)</source>
        <translation>die Kennung eines Labors (ein Text)</translation>
    </message>
    <message>
        <source>&quot;model&quot;, &quot;sim&quot; or &quot;real&quot;</source>
        <translation>&quot;model&quot;, &quot;sim&quot; oder &quot;real&quot;</translation>
    </message>
    <message>
        <source>&quot;1:K&quot; or &quot;K:1&quot;</source>
        <translation>&quot;1:K&quot; oder &quot;K:1&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot; or &quot;work&quot;</source>
        <translation>&quot;time&quot; oder &quot;work&quot;</translation>
    </message>
    <message>
        <source>an object of parameter values ({&quot;key&quot;: value})</source>
        <translation>ein Objekt mit Parameterwerten ({&quot;key&quot;: value})</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>&quot;key=from:to:steps[:log]&quot; or a list of two of them</source>
        <translation>&quot;key=from:to:steps[:log]&quot; oder eine Liste aus zwei davon</translation>
    </message>
    <message>
        <source>a number, a text or table rows</source>
        <translation>eine Zahl, ein Text oder Tabellenzeilen</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 has no runs (expected {&quot;runs&quot;: [...]} or a list)</source>
        <translation>%1 enthält keine Läufe (erwartet: {&quot;runs&quot;: [...]} oder eine Liste)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;. Allowed: %3</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;. Erlaubt: %3</translation>
    </message>
    <message>
        <source>%1 (see &apos;%2&apos;)</source>
        <translation>%1 (siehe &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>within %1%, graded by the model</source>
        <translation>innerhalb von %1 %, bewertet durch das Modell</translation>
    </message>
    <message>
        <source>within %1% or inside the 95% CI, graded by a seeded simulation</source>
        <translation>innerhalb von %1 % oder im 95-%-KI, bewertet durch eine Simulation mit festem Startwert</translation>
    </message>
    <message>
        <source>within %1%, graded on the model (your real run is yours to make; the grader cannot re-run it)</source>
        <translation>innerhalb von %1 %, bewertet am Modell (Ihren realen Lauf machen Sie selbst; die Bewertung kann ihn nicht wiederholen)</translation>
    </message>
    <message>
        <source>within %1%</source>
        <translation>innerhalb von %1 %</translation>
    </message>
    <message>
        <source>Varies:</source>
        <translation>Variiert:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Setzen:</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>Assignment: %1 (%2), seed %3</source>
        <translation>Hausaufgabe: %1 (%2), Startwert %3</translation>
    </message>
    <message>
        <source>Assignment: %1 (%2), seed %3, student %4</source>
        <translation>Hausaufgabe: %1 (%2), Startwert %3, für %4</translation>
    </message>
    <message>
        <source>Your numbers are the settings under each exercise; a number the text works out from them (a
utilization, a capacity) may be the lab&apos;s own example.</source>
        <translation>Ihre Zahlen sind die Einstellungen unter jeder Übung; eine Zahl, die der Text daraus ableitet (eine
Auslastung, eine Kapazität), kann das eigene Beispiel des Labors sein.</translation>
    </message>
    <message>
        <source>nothing (the same for every student)</source>
        <translation>nichts (für alle Studierenden gleich)</translation>
    </message>
    <message>
        <source>nothing (the lab&apos;s defaults)</source>
        <translation>nichts (die Vorgaben des Labors)</translation>
    </message>
    <message>
        <source>(the exercise&apos;s own numbers: no other draw passed the lab&apos;s checks)</source>
        <translation>(die eigenen Zahlen der Übung: keine andere Ziehung hat die Prüfungen des Labors bestanden)</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <source>Each student&apos;s own numbers: %1</source>
        <translation>Die eigenen Zahlen jeder Person: %1</translation>
    </message>
    <message>
        <source>To grade: %1, then %2</source>
        <translation>Zum Bewerten: %1, dann %2</translation>
    </message>
    <message>
        <source>To hand in: %1</source>
        <translation>Zum Abgeben: %1</translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: expected EXERCISE=VALUE with EXERCISE one of %3 (lab &apos;%4&apos;)</source>
        <translation>%1 &apos;%2&apos;: erwartet EXERCISE=VALUE mit EXERCISE aus %3 (Labor &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: the prediction must be a number</source>
        <translation>%1: die Vorhersage muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: the prediction must be a number in %2</source>
        <translation>%1: die Vorhersage muss eine Zahl in %2 sein</translation>
    </message>
    <message>
        <source>%1: no such run in %2 (the runs: %3)</source>
        <translation>%1: kein solcher Lauf in %2 (die Läufe: %3)</translation>
    </message>
    <message>
        <source>%1: a run of lab %2, not %3</source>
        <translation>%1: ein Lauf des Labors %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 = %2, yours %3</source>
        <translation>%1 = %2, Ihrer %3</translation>
    </message>
    <message>
        <source>run %1 was not made at your numbers for %2 (%3)</source>
        <translation>Lauf %1 wurde nicht mit Ihren Zahlen für %2 gemacht (%3)</translation>
    </message>
    <message>
        <source>%1 (--submit adds to a submission file, or writes a new one)</source>
        <translation>%1 (--submit ergänzt eine Abgabedatei oder schreibt eine neue)</translation>
    </message>
    <message>
        <source>%1: the submission of student %2 for %3 seed %4, not of %5 for %6 seed %7; choose another file</source>
        <translation>%1: die Abgabe von %2 für %3 Startwert %4, nicht von %5 für %6 Startwert %7; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>Saved 1 answer of %1 to %2 (%3 of %4 exercises answered). Hand in that file.</source>
        <translation>1 Antwort von %1 in %2 gespeichert (%3 von %4 Übungen beantwortet). Geben Sie diese Datei ab.</translation>
    </message>
    <message>
        <source>Saved %1 answers of %2 to %3 (%4 of %5 exercises answered). Hand in that file.</source>
        <translation>%1 Antworten von %2 in %3 gespeichert (%4 von %5 Übungen beantwortet). Geben Sie diese Datei ab.</translation>
    </message>
    <message>
        <source>your attempt could not be saved: %1</source>
        <translation>Ihr Versuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;; see &apos;%2&apos;</source>
        <translation>unbekanntes Argument &apos;%1&apos;; siehe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs an id (a name, a number)</source>
        <translation>%1 braucht eine Kennung (einen Namen, eine Nummer)</translation>
    </message>
    <message>
        <source>%1 goes with %2 and %3</source>
        <translation>%1 gehört zu %2 und %3</translation>
    </message>
    <message>
        <source>%1 and %2 go together</source>
        <translation>%1 und %2 gehören zusammen</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers passed, %3 exercises not answered</source>
        <translation>%1 von %2 Antworten bestanden, %3 Übungen nicht beantwortet</translation>
    </message>
    <message>
        <source>1 row with an error</source>
        <translation>1 Zeile mit einem Fehler</translation>
    </message>
    <message>
        <source>%1 rows with an error</source>
        <translation>%1 Zeilen mit einem Fehler</translation>
    </message>
    <message>
        <source>%1 takes %2 and a folder of submissions</source>
        <translation>%1 nimmt %2 und einen Ordner mit Abgaben</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: </source>
        <translation>Schlüssel &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>%1: not a folder (the students&apos; submission files)</source>
        <translation>%1: kein Ordner (die Abgabedateien der Studierenden)</translation>
    </message>
    <message>
        <source>1 submission: %1</source>
        <translation>1 Abgabe: %1</translation>
    </message>
    <message>
        <source>%1 submissions: %2</source>
        <translation>%1 Abgaben: %2</translation>
    </message>
    <message>
        <source>%1 (it is missing)</source>
        <translation>%1 (er fehlt)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: the document must be a JSON object</source>
        <translation>%1: das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be %3</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss %3 sein</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a non-empty text</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a whole number in [0, 2^53]</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss eine ganze Zahl in [0, 2^53] sein</translation>
    </message>
    <message>
        <source>unknown exercise &apos;%1&apos; for lab &apos;%2&apos;; exercises: %3</source>
        <translation>unbekannte Übung &apos;%1&apos; für Labor &apos;%2&apos;; Übungen: %3</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no exercises</source>
        <translation>Labor &apos;%1&apos; hat keine Übungen</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a non-empty list of {&quot;id&quot;: EXERCISE}</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss eine nicht leere Liste von {&quot;id&quot;: EXERCISE} sein</translation>
    </message>
    <message>
        <source>%1: exercises[%2].id must be the id of one of the lab&apos;s exercises</source>
        <translation>%1: exercises[%2].id muss die Kennung einer Übung des Labors sein</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be an object {EXERCISE: prediction}</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss ein Objekt {EXERCISE: Vorhersage} sein</translation>
    </message>
    <message>
        <source>%1: answers.%2 must be a number (the prediction, in the metric&apos;s unit)</source>
        <translation>%1: answers.%2 muss eine Zahl sein (die Vorhersage, in der Einheit der Kennzahl)</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be an object {EXERCISE: {&quot;uuid&quot;: RUN, &quot;value&quot;: v}}</source>
        <translation>%1: Schlüssel &apos;%2&apos; muss ein Objekt {EXERCISE: {&quot;uuid&quot;: RUN, &quot;value&quot;: v}} sein</translation>
    </message>
    <message>
        <source>%1: runs.%2 must be {&quot;uuid&quot;: the run&apos;s UUID, &quot;value&quot;: a number (optional)}</source>
        <translation>%1: runs.%2 muss {&quot;uuid&quot;: die UUID des Laufs, &quot;value&quot;: eine Zahl (optional)} sein</translation>
    </message>
    <message>
        <source>lesson: unknown option &apos;%1&apos;; allowed: %2</source>
        <translation>lesson: unbekannte Option &apos;%1&apos;; erlaubt: %2</translation>
    </message>
    <message>
        <source>usage: %1 (without --check the GUI steps through it)</source>
        <translation>Aufruf: %1 (ohne --check zeigt die GUI es Schritt für Schritt)</translation>
    </message>
    <message>
        <source>No display found, so the lesson cannot be shown; &apos;amplab lesson FILE --check&apos; validates it headless.</source>
        <translation>Keine Anzeige gefunden, daher kann die Lektion nicht gezeigt werden; &apos;amplab lesson FILE --check&apos; prüft sie ohne Oberfläche.</translation>
    </message>
    <message>
        <source>No display found, so the GUI cannot open. Running a headless &apos;foundations&apos; simulation instead; see &apos;amplab help&apos; for the command line.</source>
        <translation>Keine Anzeige gefunden, daher kann sich die GUI nicht öffnen. Stattdessen läuft eine &apos;foundations&apos;-Simulation ohne Oberfläche; &apos;amplab help&apos; beschreibt die Kommandozeile.</translation>
    </message>
</context>
<context>
    <name>amp::app::ExerciseGrading</name>
    <message>
        <source> (95% CI %1 … %2)</source>
        <translation> (95-%-KI %1 … %2)</translation>
    </message>
    <message>
        <source>this is a virtual machine, whose timings are noisier</source>
        <translation>dies eine virtuelle Maschine ist, deren Zeiten stärker streuen</translation>
    </message>
    <message>
        <source>the run had more threads than cores</source>
        <translation>der Lauf mehr Threads als Kerne hatte</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The tolerance was widened from %1% to %2% because %3.</source>
        <translation>Die Toleranz wurde von %1 % auf %2 % erweitert, weil %3.</translation>
    </message>
    <message>
        <source>The %1 gives %2</source>
        <translation>%1 ergibt %2</translation>
    </message>
    <message>
        <source>You predicted %1; the %2 gives %3. Passed ✓ (within %4%).</source>
        <translation>Ihre Vorhersage: %1; %2 ergibt %3. Bestanden ✓ (innerhalb von %4 %).</translation>
    </message>
    <message>
        <source>You predicted %1. Not yet: that is %2% above what the %3 gives; within %4% passes.</source>
        <translation>Ihre Vorhersage: %1. Noch nicht: %2 % über dem, was %3 ergibt; innerhalb von %4 % ist bestanden.</translation>
    </message>
    <message>
        <source>You predicted %1. Not yet: that is %2% below what the %3 gives; within %4% passes.</source>
        <translation>Ihre Vorhersage: %1. Noch nicht: %2 % unter dem, was %3 ergibt; innerhalb von %4 % ist bestanden.</translation>
    </message>
    <message>
        <source>Think again, or show the answer.</source>
        <translation>Denken Sie noch einmal nach, oder lassen Sie sich die Antwort zeigen.</translation>
    </message>
</context>
<context>
    <name>amp::app::ExercisePanel</name>
    <message>
        <source>This lab has no exercises yet.</source>
        <translation>Dieses Labor hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exercise %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufgabe %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Ihre Vorhersage:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check by running</source>
        <translation>Durch einen Lauf prüfen</translation>
    </message>
    <message>
        <source>Compares with the model&apos;s answer</source>
        <translation>Vergleicht mit der Antwort des Modells</translation>
    </message>
    <message>
        <source>Runs the lab with these settings and compares</source>
        <translation>Startet das Labor mit diesen Einstellungen und vergleicht</translation>
    </message>
    <message>
        <source>Predict first, then check: the run tells you how close you were.</source>
        <translation>Erst vorhersagen, dann prüfen: der Lauf zeigt, wie nah Sie lagen.</translation>
    </message>
    <message>
        <source>Enter a number first: your prediction is what the check compares.</source>
        <translation>Bitte zuerst eine Zahl eingeben: die Prüfung vergleicht Ihre Vorhersage.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source> ✓ passed</source>
        <translation> ✓ bestanden</translation>
    </message>
    <message numerus="yes">
        <source>Progress: %1 of %2 exercises passed (%n attempt(s) so far). Predict first, then check.</source>
        <translation>
            <numerusform>Fortschritt: %1 von %2 Aufgaben bestanden (bisher %n Versuch). Erst vorhersagen, dann prüfen.</numerusform>
            <numerusform>Fortschritt: %1 von %2 Aufgaben bestanden (bisher %n Versuche). Erst vorhersagen, dann prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>die Standardwerte</translation>
    </message>
    <message>
        <source>Check applies these settings first; other parameters go to their defaults.</source>
        <translation>„Prüfen“ setzt zuerst diese Einstellungen; alle anderen Parameter gehen auf ihren Standardwert.</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Enter your prediction and check it first; then the answer is yours to see.</source>
        <translation>Geben Sie zuerst Ihre Vorhersage ein und prüfen Sie sie; dann können Sie die Antwort sehen.</translation>
    </message>
    <message>
        <source>The answer and why</source>
        <translation>Die Antwort und warum</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Your prediction for exercise %1</source>
        <translation>Ihre Vorhersage für Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>amp::app::HistoryDock</name>
    <message>
        <source>Run history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Only this lab</source>
        <translation>Nur dieses Labor</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Hauptkennzahl</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two runs to overlay them</source>
        <translation>Zwei Läufe auswählen, um sie zu überlagern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>Die zuletzt gelöschten Läufe zurückholen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>No run database is open, so runs are not kept.</source>
        <translation>Keine Laufdatenbank geöffnet, Läufe werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Started %1 (UTC) · %2</source>
        <translation>Gestartet %1 (UTC) · %2</translation>
    </message>
    <message>
        <source>Could not open run #%1: %2</source>
        <translation>Lauf #%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open the runs to compare: %1</source>
        <translation>Die Läufe für den Vergleich konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not rename run #%1: %2</source>
        <translation>Lauf #%1 konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Could not save the note of run #%1: %2</source>
        <translation>Die Notiz zu Lauf #%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete run #%1: %2</source>
        <translation>Lauf #%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) deleted. Undo brings them back.</source>
        <translation>
            <numerusform>%n Lauf gelöscht. „Rückgängig“ holt ihn zurück.</numerusform>
            <numerusform>%n Läufe gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore run #%1: %2</source>
        <translation>Lauf #%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) restored.</source>
        <translation>
            <numerusform>%n Lauf wiederhergestellt.</numerusform>
            <numerusform>%n Läufe wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Die beiden ausgewählten vergleichen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>Name of run #%1:</source>
        <translation>Name von Lauf #%1:</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note for run #%1:</source>
        <translation>Notiz zu Lauf #%1:</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: kein Wert</translation>
    </message>
    <message>
        <source>%1 = %2 (model)</source>
        <translation>%1 = %2 (Modell)</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
</context>
<context>
    <name>amp::app::LabBrowser</name>
    <message>
        <source>Search labs…</source>
        <translation>Labore durchsuchen…</translation>
    </message>
    <message>
        <source>(no labs yet)</source>
        <translation>(noch keine Labore)</translation>
    </message>
    <message>
        <source>Search labs</source>
        <translation>Labore durchsuchen</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>Arrow keys choose a lab, Enter opens it to work on.</source>
        <translation>Die Pfeiltasten wählen ein Labor, die Eingabetaste öffnet es zum Arbeiten.</translation>
    </message>
</context>
<context>
    <name>amp::app::LabPage</name>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Drag a slider or type a value; hover for what it means.</source>
        <translation>Schieberegler ziehen oder Wert eintippen; Maus darüber zeigt die Bedeutung.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Every parameter back to its default</source>
        <translation>Alle Parameter auf ihren Standardwert</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über das Labor</translation>
    </message>
    <message>
        <source>Exercises (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>

## The model

</source>
        <translation>

## Das Modell

</translation>
    </message>
    <message>
        <source>

## What to notice (for the teacher)

</source>
        <translation>

## Worauf zu achten ist (für Lehrende)

</translation>
    </message>
    <message>
        <source>The model could not be computed: %1</source>
        <translation>Das Modell konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 on CPU %2%3</source>
        <translation>%1 auf CPU %2%3</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fest zugeordnet)</translation>
    </message>
    <message>
        <source> (not pinned)</source>
        <translation> (nicht fest zugeordnet)</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) on %1 core(s): oversubscribed</source>
        <translation>
            <numerusform>%n Thread auf %1 Kern(en): überbelegt</numerusform>
            <numerusform>%n Threads auf %1 Kern(en): überbelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Exercises (%1) · %2</source>
        <translation>Aufgaben (%1) · %2</translation>
    </message>
    <message>
        <source>Parameters, text, exercises and sweeps</source>
        <translation>Parameter, Text, Aufgaben und Variationen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>amp::app::LabSession</name>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>real run</source>
        <translation>realer Lauf</translation>
    </message>
    <message>
        <source>Parameters changed during the run: it restarted with the new values (this lab applies changes by restarting).</source>
        <translation>Parameter während des Laufs geändert: er wurde mit den neuen Werten neu gestartet (dieses Labor übernimmt Änderungen durch Neustart).</translation>
    </message>
    <message>
        <source>The model could not be computed: %1</source>
        <translation>Das Modell konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 was cancelled.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>The run failed, so nothing to compare with.</source>
        <translation>Der Lauf ist fehlgeschlagen, es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The %1 failed: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The run finished but could not be saved: %1</source>
        <translation>Der Lauf ist fertig, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The system is unstable at these parameters: queues grow for as long as it runs.</source>
        <translation>Das System ist bei diesen Parametern instabil: die Warteschlangen wachsen, solange es läuft.</translation>
    </message>
    <message>
        <source>The run did not report %1.</source>
        <translation>Der Lauf hat %1 nicht geliefert.</translation>
    </message>
    <message>
        <source>Showing saved run #%1 from %2 (UTC). Its parameters are set; Run repeats it.</source>
        <translation>Gespeicherter Lauf #%1 vom %2 (UTC). Seine Parameter sind gesetzt; „Start“ wiederholt ihn.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2. The parameters shown are those of %2; Run leaves the comparison.</source>
        <translation>Vergleich von %1 mit %2. Angezeigt sind die Parameter von %2; „Start“ beendet den Vergleich.</translation>
    </message>
    <message>
        <source>Exercise settings: %1</source>
        <translation>Einstellungen der Aufgabe: %1</translation>
    </message>
    <message>
        <source>The model gives no value for %1 here.</source>
        <translation>Das Modell liefert hier keinen Wert für %1.</translation>
    </message>
    <message>
        <source>Your attempt could not be saved: %1</source>
        <translation>Ihr Versuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Fitted to this machine: %1. Defaults brings the lab&apos;s own values back.</source>
        <translation>An diesen Rechner angepasst: %1. „Standardwerte“ stellt die Werte des Labors wieder her.</translation>
    </message>
</context>
<context>
    <name>amp::app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Die Sprache des Desktops</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonMenu</name>
    <message>
        <source>&amp;Lesson</source>
        <translation>Le&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A lab&apos;s &amp;lesson</source>
        <translation>&amp;Lektion eines Labors</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Record a lesson</source>
        <translation>Lektion &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lesson scripts (*.json)</source>
        <translation>Lektionsskripte (*.json)</translation>
    </message>
    <message>
        <source>Recording: labs, parameters, modes and runs become steps. Lesson → Record again to save.</source>
        <translation>Aufzeichnung läuft: Labore, Parameter, Modi und Läufe werden zu Schritten. Lektion → erneut „Aufzeichnen“ speichert.</translation>
    </message>
    <message>
        <source>Save the recorded lesson</source>
        <translation>Aufgezeichnete Lektion speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1: add questions (&quot;ask&quot;), answers and words (&quot;say&quot;) to it, then open it.</source>
        <translation>%1 gespeichert: Fragen (&quot;ask&quot;), Antworten und Erläuterungen (&quot;say&quot;) ergänzen, dann öffnen.</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonPlayer</name>
    <message>
        <source>→ next · ← back
Space run/pause · R answer</source>
        <translation>→ weiter · ← zurück
Leertaste Start/Pause · R Antwort</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>There is no lab &apos;%1&apos;.</source>
        <translation>Es gibt kein Labor &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The run ended before %1 was seen.</source>
        <translation>Der Lauf endete, bevor %1 erreicht wurde.</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>Reached %1: %2 (Space resumes).</source>
        <translation>%1 erreicht: %2 (Leertaste setzt fort).</translation>
    </message>
    <message>
        <source>Nothing to compare yet: two finished runs are needed.</source>
        <translation>Noch nichts zu vergleichen: dafür braucht es zwei fertige Läufe.</translation>
    </message>
    <message>
        <source>The last two runs are of different labs.</source>
        <translation>Die letzten beiden Läufe gehören zu verschiedenen Laboren.</translation>
    </message>
    <message>
        <source>A (step %1%2)</source>
        <translation>A (Schritt %1%2)</translation>
    </message>
    <message>
        <source>B (step %1%2)</source>
        <translation>B (Schritt %1%2)</translation>
    </message>
    <message>
        <source>The lab has no chart &apos;%1&apos;.</source>
        <translation>Das Labor hat kein Diagramm &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source> · end of the lesson</source>
        <translation> · Ende der Lektion</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Answer hidden (R reveals it)</source>
        <translation>Antwort verborgen (R zeigt sie)</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonRecorder</name>
    <message>
        <source>Recorded lesson</source>
        <translation>Aufgezeichnete Lektion</translation>
    </message>
</context>
<context>
    <name>amp::app::MainWindow</name>
    <message>
        <source>AMP Lab</source>
        <translation>AMP Lab</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>Runs are kept in %1</source>
        <translation>Läufe werden gespeichert in %1</translation>
    </message>
    <message>
        <source>Run #%1 belongs to the lab &apos;%2&apos;, which this version does not have.</source>
        <translation>Lauf #%1 gehört zum Labor &apos;%2&apos;, das diese Version nicht hat.</translation>
    </message>
    <message>
        <source>Only runs of the same lab can be compared (%1 vs %2).</source>
        <translation>Nur Läufe desselben Labors lassen sich vergleichen (%1 gegen %2).</translation>
    </message>
    <message>
        <source>The run database could not be opened, so runs are not kept this session: %1</source>
        <translation>Die Laufdatenbank konnte nicht geöffnet werden, Läufe werden in dieser Sitzung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export chart</source>
        <translation>Diagramm &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Anhalten / fortsetzen</translation>
    </message>
    <message>
        <source>Step one event</source>
        <translation>Ein Ereignis weiter</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>F5 run · F6 pause/resume · F7 one event · F8 reset · Ctrl+1…4 mode · Ctrl+ +/− speed · F11 presentation mode.
In presentation mode: Space run/pause, S step, +/− speed, Tab moves between parameters, arrow keys move a slider, Esc leaves.</source>
        <translation>F5 Start · F6 anhalten/fortsetzen · F7 ein Ereignis · F8 zurücksetzen · Strg+1…4 Modus · Strg+ +/− Tempo · F11 Präsentationsmodus.
Im Präsentationsmodus: Leertaste Start/Pause, S Schritt, +/− Tempo, Tab wechselt den Parameter, Pfeiltasten bewegen den Regler, Esc beendet.</translation>
    </message>
    <message>
        <source>&amp;About AMP Lab</source>
        <translation>&amp;Über AMP Lab</translation>
    </message>
    <message>
        <source>About AMP Lab</source>
        <translation>Über AMP Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;AMP Lab&lt;/b&gt; %1&lt;br&gt;Asymmetric multiprocessing: a master core serializes, workers parallelize. Each lab shows the model, a simulation and a real run side by side.</source>
        <translation>&lt;b&gt;AMP Lab&lt;/b&gt; %1&lt;br&gt;Asymmetrisches Multiprocessing: ein Master-Kern serialisiert, Worker arbeiten parallel. Jedes Labor zeigt Modell, Simulation und realen Lauf nebeneinander.</translation>
    </message>
    <message>
        <source>%1 — AMP Lab</source>
        <translation>%1 — AMP Lab</translation>
    </message>
    <message>
        <source>No labs are registered in this build.</source>
        <translation>In dieser Version sind keine Labore registriert.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report describes one run. Run the lab first, or open a saved run from the run history.</source>
        <translation>Ein Bericht beschreibt einen Lauf. Starten Sie zuerst das Labor oder öffnen Sie einen gespeicherten Lauf aus dem Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>Whose exercise progress is shown and kept</source>
        <translation>Wessen Fortschritt bei den Aufgaben gezeigt und gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Profiles live in the run database, which could not be opened this session.</source>
        <translation>Profile liegen in der Lauf-Datenbank, die in dieser Sitzung nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Whose exercise progress to show and keep (type a new name to add a profile):</source>
        <translation>Wessen Fortschritt gezeigt und gespeichert werden soll (ein neuer Name legt ein Profil an):</translation>
    </message>
    <message>
        <source>&amp;Assignment…</source>
        <translation>&amp;Hausaufgabe…</translation>
    </message>
    <message>
        <source>&amp;Choose a lab</source>
        <translation>Labor &amp;wählen</translation>
    </message>
    <message>
        <source>Ctrl+L lab list: arrow keys choose a lab, Enter opens it · Tab moves on to parameters, buttons, the animation (Space pauses it) and charts · menu key (or Shift+F10) on a chart: export · Ctrl+E report.</source>
        <translation>Strg+L Laborliste: Pfeiltasten wählen ein Labor, die Eingabetaste öffnet es · Tab geht weiter zu Parametern, Schaltflächen, der Animation (Leertaste hält sie an) und Diagrammen · Menütaste (oder Umschalt+F10) auf einem Diagramm: exportieren · Strg+E Bericht.</translation>
    </message>
</context>
<context>
    <name>amp::app::ReportDialog</name>
    <message>
        <source>Report of run %1</source>
        <translation>Bericht zu Lauf %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Markdown, charts beside it (*.md)</source>
        <translation>Markdown, Diagramme daneben (*.md)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Report of run %1 against run %2</source>
        <translation>Bericht zu Lauf %1 gegen Lauf %2</translation>
    </message>
    <message>
        <source>Report of the sweep over %1</source>
        <translation>Bericht zur Variation von %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>amp::app::ReportWords</name>
    <message>
        <source> (approx.)</source>
        <translation> (Näherung)</translation>
    </message>
    <message>
        <source>%1 — %2 run %3</source>
        <translation>%1 — Lauf %3 (%2)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1. %2 (graded by %3)</source>
        <translation>%1. %2 (bewertet nach: %3)</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht bearbeitet</translation>
    </message>
    <message>
        <source>passed, %1</source>
        <translation>bestanden, %1</translation>
    </message>
    <message>
        <source>not passed, %1</source>
        <translation>nicht bestanden, %1</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>grade
(latest attempt)</source>
        <translation>Bewertung
(letzter Versuch)</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>%1 of %2 exercises answered, %3 passed.</source>
        <translation>%1 von %2 Aufgaben beantwortet, %3 bestanden.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · a %2 run</source>
        <translation>AMP Lab · %1 · Lauf: %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Run: %1 (%2)</source>
        <translation>Lauf: %1 (%2)</translation>
    </message>
    <message>
        <source>Lab: %1 (%2)</source>
        <translation>Labor: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Die Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>The model&apos;s values</source>
        <translation>Die Werte des Modells</translation>
    </message>
    <message>
        <source>Model and %1, with 95% confidence intervals</source>
        <translation>Modell und Messung (%1), mit 95-%-Konfidenzintervallen</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>model at the
measured service</source>
        <translation>Modell bei der
gemessenen Bedienzeit</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>The model at the measured service takes the service times this run measured instead of the ones asked for: the gap between it and the model is the host&apos;s; what remains is queueing the model does not describe.</source>
        <translation>Das Modell bei der gemessenen Bedienzeit setzt die Bedienzeiten ein, die dieser Lauf gemessen hat, statt der verlangten: Der Abstand zwischen ihm und dem Modell geht auf den Rechner zurück; was bleibt, ist Warten in der Warteschlange, das das Modell nicht beschreibt.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>Parameters and seeds</source>
        <translation>Parameter und Startwerte</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Startwert: %1</translation>
    </message>
    <message>
        <source>Replications: %1</source>
        <translation>Replikationen: %1</translation>
    </message>
    <message>
        <source>Simulated time per replication: %1 s</source>
        <translation>Simulierte Zeit je Replikation: %1 s</translation>
    </message>
    <message>
        <source>Warm-up deleted: %1 s</source>
        <translation>Verworfene Einschwingphase: %1 s</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Run it again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>This report carries the run&apos;s configuration. amplab batch --from-report FILE runs it again: a simulation gives the same numbers, a real run the same settings on the machine it runs on.</source>
        <translation>Dieser Bericht enthält die Konfiguration des Laufs. amplab batch --from-report FILE führt ihn erneut aus: Eine Simulation liefert dieselben Zahlen, ein realer Lauf dieselben Einstellungen auf dem Rechner, auf dem er läuft.</translation>
    </message>
    <message>
        <source>--chart %1: the file must end in .png, .svg or .pdf</source>
        <translation>--chart %1: die Datei muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>--report %1: the file must end in .pdf, .html or .md</source>
        <translation>--report %1: die Datei muss auf .pdf, .html oder .md enden</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (csv|json|pdf|html|md)</source>
        <translation>unbekanntes Exportformat &apos;%1&apos; (csv|json|pdf|html|md)</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
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
        <source>CPU: %1</source>
        <translation>Prozessor: %1</translation>
    </message>
    <message>
        <source>Logical cores: %1%2</source>
        <translation>Logische Kerne: %1%2</translation>
    </message>
    <message>
        <source>Virtual machine: %1</source>
        <translation>Virtuelle Maschine: %1</translation>
    </message>
    <message>
        <source>Frequency governor: %1</source>
        <translation>Frequenzregler: %1</translation>
    </message>
    <message>
        <source>Asymmetry: %1</source>
        <translation>Asymmetrie: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Oversubscribed: %1</source>
        <translation>Überbelegt: %1</translation>
    </message>
    <message>
        <source>Thread %1: requested CPU %2, %3, ran on CPU %4</source>
        <translation>Thread %1: verlangte CPU %2, %3, lief auf CPU %4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fest zugeordnet</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht fest zugeordnet</translation>
    </message>
    <message>
        <source> unpaired</source>
        <translation> ungepaart</translation>
    </message>
    <message>
        <source>%1 — sweep</source>
        <translation>%1 — Variation</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · a %2 sweep over %3</source>
        <translation>AMP Lab · %1 · Variation von %3 (%2)</translation>
    </message>
    <message>
        <source>The curve</source>
        <translation>Die Kurve</translation>
    </message>
    <message>
        <source>%1 against %2, with 95% CIs and the model</source>
        <translation>%1 über %2, mit 95-%-KIs und dem Modell</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punkt für Punkt</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>change from the
previous point, 95% CI</source>
        <translation>Änderung zum
vorigen Punkt, 95-%-KI</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every point replays the same random numbers, so replication i of one point and of the next saw the same arrivals and job sizes: the change is measured pair by pair, and its CI is narrower than the two points&apos; own CIs suggest. A change whose CI excludes 0 is shown by this sweep.</source>
        <translation>Jeder Punkt verwendet dieselben Zufallszahlen, also sahen Replikation i eines Punkts und des nächsten dieselben Ankünfte und Auftragsgrößen: Die Änderung wird Paar für Paar gemessen, und ihr KI ist schmaler, als die eigenen KIs der beiden Punkte vermuten lassen. Eine Änderung, deren KI 0 ausschließt, ist durch diese Variation belegt.</translation>
    </message>
    <message>
        <source>Parameters of the first point</source>
        <translation>Parameter des ersten Punkts</translation>
    </message>
    <message>
        <source>the sweep has no points to report</source>
        <translation>die Variation hat keine Punkte für einen Bericht</translation>
    </message>
    <message>
        <source>%1: %2run %3, a %4 run, seed %5, %6</source>
        <translation>%1: %2Lauf %3 (%4), Startwert %5, %6</translation>
    </message>
    <message>
        <source>B − A = %1%2, 95% CI %3%2: %4</source>
        <translation>B − A = %1%2, 95-%-KI %3%2: %4</translation>
    </message>
    <message>
        <source>B is higher than A (the CI excludes 0).</source>
        <translation>B ist größer als A (das KI schließt 0 aus).</translation>
    </message>
    <message>
        <source>B is lower than A (the CI excludes 0).</source>
        <translation>B ist kleiner als A (das KI schließt 0 aus).</translation>
    </message>
    <message>
        <source>no difference is shown (the CI contains 0).</source>
        <translation>kein Unterschied nachgewiesen (das KI enthält 0).</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>%1 — comparison</source>
        <translation>%1 — Vergleich</translation>
    </message>
    <message>
        <source>%1 — two runs compared</source>
        <translation>%1 — zwei Läufe im Vergleich</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · run %2 (A) against run %3 (B)</source>
        <translation>AMP Lab · %1 · Lauf %2 (A) gegen Lauf %3 (B)</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>The parameters are the same: only the face, the seed or the host differ.</source>
        <translation>Die Parameter sind gleich: nur die Sicht, der Startwert oder der Rechner unterscheiden sich.</translation>
    </message>
    <message>
        <source>The difference in %1</source>
        <translation>Der Unterschied in %1</translation>
    </message>
    <message>
        <source>Paired: %1 replication pairs, each pair fed the same random numbers, so the noise both runs share cancels. The same replications read as two separate samples give %2, the interval two separate runs would have given.</source>
        <translation>Gepaart: %1 Replikationspaare, jedes Paar mit denselben Zufallszahlen, sodass sich das Rauschen, das beide Läufe teilen, aufhebt. Dieselben Replikationen als zwei getrennte Stichproben gelesen ergeben %2, das Intervall, das zwei getrennte Läufe ergeben hätten.</translation>
    </message>
    <message>
        <source>Unpaired, from each run&apos;s own CI (half-widths added in quadrature): only two simulations can replay the same random numbers.</source>
        <translation>Ungepaart, aus dem eigenen KI jedes Laufs (Halbbreiten quadratisch addiert): nur zwei Simulationen können dieselben Zufallszahlen wiederholen.</translation>
    </message>
    <message>
        <source>Metric by metric</source>
        <translation>Kennzahl für Kennzahl</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>A, 95% CI</source>
        <translation>A, 95-%-KI</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>B, 95% CI</source>
        <translation>B, 95-%-KI</translation>
    </message>
    <message>
        <source>What each run says</source>
        <translation>Was jeder Lauf sagt</translation>
    </message>
    <message>
        <source>Parameters of A</source>
        <translation>Parameter von A</translation>
    </message>
    <message>
        <source>Host of B</source>
        <translation>Rechner von B</translation>
    </message>
    <message>
        <source>Run them again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>This report carries both runs&apos; configurations. amplab batch --from-report FILE runs A and B again.</source>
        <translation>Dieser Bericht enthält die Konfigurationen beider Läufe. amplab batch --from-report FILE führt A und B erneut aus.</translation>
    </message>
    <message>
        <source>Bottleneck: %1</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Approximation: %1</source>
        <translation>Näherung: %1</translation>
    </message>
    <message>
        <source>No difference could be measured: %1</source>
        <translation>Kein Unterschied messbar: %1</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Abbildung %1. %2</translation>
    </message>
</context>
<context>
    <name>amp::app::RunControls</name>
    <message>
        <source>1× (real time)</source>
        <translation>1× (Echtzeit)</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>100×</source>
        <translation>100×</translation>
    </message>
    <message>
        <source>1000×</source>
        <translation>1000×</translation>
    </message>
    <message>
        <source>finish in about 15 s</source>
        <translation>in etwa 15 s fertig</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The analytic prediction only (instant)</source>
        <translation>Nur die analytische Vorhersage (sofort)</translation>
    </message>
    <message>
        <source>The discrete-event simulation, animated, with 95% confidence intervals</source>
        <translation>Die ereignisdiskrete Simulation, animiert, mit 95-%-Konfidenzintervallen</translation>
    </message>
    <message>
        <source>Real pinned threads doing real work on this machine&apos;s cores</source>
        <translation>Echte, fest zugeordnete Threads mit echter Arbeit auf den Kernen dieses Rechners</translation>
    </message>
    <message>
        <source>Model, simulation and real run side by side on every chart</source>
        <translation>Modell, Simulation und realer Lauf nebeneinander in jedem Diagramm</translation>
    </message>
    <message>
        <source>This lab has no real workload</source>
        <translation>Dieses Labor hat keine reale Last</translation>
    </message>
    <message>
        <source>Needs a real workload</source>
        <translation>Braucht eine reale Last</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>Start a run (F5)</source>
        <translation>Einen Lauf starten (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the simulation (F6)</source>
        <translation>Simulation anhalten oder fortsetzen (F6)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One event of the simulation (F7)</source>
        <translation>Ein Ereignis der Simulation (F7)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Stop and clear the results (F8)</source>
        <translation>Anhalten und Ergebnisse löschen (F8)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second, or flat out</source>
        <translation>Simulierte Sekunden pro echter Sekunde, oder so schnell wie möglich</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Same seed, same arrivals and job sizes: runs are reproducible</source>
        <translation>Gleicher Startwert, gleiche Ankünfte und Auftragsgrößen: Läufe sind reproduzierbar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>↻ Restart</source>
        <translation>↻ Neu starten</translation>
    </message>
    <message>
        <source>paused — Step runs one event</source>
        <translation>angehalten — „Schritt“ führt ein Ereignis aus</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>%1× Echtzeit</translation>
    </message>
    <message>
        <source>Simulating · %1 · t = %2 s</source>
        <translation>Simuliert · %1 · t = %2 s</translation>
    </message>
    <message>
        <source> · the animation shows samples of the stream (%1 records skipped)</source>
        <translation> · die Animation zeigt Stichproben des Datenstroms (%1 Einträge übersprungen)</translation>
    </message>
    <message>
        <source>Real run on this machine&apos;s cores…</source>
        <translation>Realer Lauf auf den Kernen dieses Rechners…</translation>
    </message>
    <message>
        <source>Computing the model…</source>
        <translation>Modell wird berechnet…</translation>
    </message>
    <message>
        <source>Done: %1 in %2 s wall time</source>
        <translation>Fertig: %1 · Dauer %2 s</translation>
    </message>
    <message numerus="yes">
        <source> · %n replication(s)</source>
        <translation>
            <numerusform> · %n Replikation</numerusform>
            <numerusform> · %n Replikationen</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1 s</source>
        <translation> zu je %1 s</translation>
    </message>
    <message>
        <source>The model answers at once; Run stores it in the history.</source>
        <translation>Das Modell antwortet sofort; „Start“ speichert es im Verlauf.</translation>
    </message>
    <message>
        <source>Press Run to simulate (about %1 simulated seconds per replication).</source>
        <translation>„Start“ simuliert (etwa %1 simulierte Sekunden pro Replikation).</translation>
    </message>
    <message>
        <source>Press Run to measure on real cores.</source>
        <translation>„Start“ misst auf echten Kernen.</translation>
    </message>
    <message>
        <source>Press Run: simulation, then the real run, each next to the model.</source>
        <translation>„Start“: erst Simulation, dann realer Lauf, jeweils neben dem Modell.</translation>
    </message>
    <message>
        <source>Service clock</source>
        <translation>Bedienuhr</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>What a real run&apos;s service time means.</source>
        <translation>Was die Bedienzeit eines realen Laufs bedeutet.</translation>
    </message>
    <message>
        <source>time: each service computes until its requested time has passed, so it means what the model means.</source>
        <translation>Zeit: jede Bedienung rechnet, bis ihre verlangte Zeit vergangen ist; sie bedeutet also, was das Modell meint.</translation>
    </message>
    <message>
        <source>work: each service does a fixed amount of computation; a busy host stretches it.</source>
        <translation>Arbeit: jede Bedienung rechnet eine feste Menge; ein ausgelasteter Rechner dehnt sie.</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Zeitmaßstab</translation>
    </message>
    <message>
        <source>A real run at 1:k does the lab&apos;s work k× shorter and its arrivals k× denser, so seconds of real time see as many requests as minutes of the lab&apos;s time; k:1 stretches it k× instead. Results are shown in the lab&apos;s time.</source>
        <translation>Ein realer Lauf im Maßstab 1:k erledigt die Arbeit des Labors k-mal kürzer und seine Ankünfte k-mal dichter, so dass Sekunden realer Zeit so viele Anfragen sehen wie Minuten in der Zeit des Labors; k:1 dehnt sie stattdessen k-fach. Ergebnisse werden in der Zeit des Labors gezeigt.</translation>
    </message>
    <message>
        <source>Fixed costs (a hand-off, a wake-up, a system call) do not scale: at 1:100 a 60 µs wake-up that was 0.06% of a 100 ms service becomes 6%. 1:1 is the lab&apos;s own time.</source>
        <translation>Feste Kosten (eine Übergabe, ein Aufwecken, ein Systemaufruf) skalieren nicht mit: bei 1:100 werden aus einem Aufwecken von 60 µs, das 0,06 % einer Bedienung von 100 ms war, 6 %. 1:1 ist die eigene Zeit des Labors.</translation>
    </message>
    <message>
        <source>Fit to this machine</source>
        <translation>An diesen Rechner anpassen</translation>
    </message>
    <message>
        <source>The seats outnumber this machine&apos;s %1 cores. Fitted: %2</source>
        <translation>Die Sitze übersteigen die %1 Kerne dieses Rechners. Angepasst: %2</translation>
    </message>
    <message>
        <source>, each until done</source>
        <translation>, jede bis zum Ende</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
</context>
<context>
    <name>amp::app::StartPage</name>
    <message>
        <source>Continue where I stopped</source>
        <translation>Weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Profil…</translation>
    </message>
    <message>
        <source>Switch to another student&apos;s progress, or add one</source>
        <translation>Zum Fortschritt eines anderen Lernenden wechseln oder einen neuen anlegen</translation>
    </message>
    <message>
        <source>%p% of the exercises</source>
        <translation>%p % der Aufgaben</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Continue with this exercise</source>
        <translation>Mit dieser Aufgabe weitermachen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The path&lt;/b&gt; — foundations first; open any lab with a click</source>
        <translation>&lt;b&gt;Der Weg&lt;/b&gt; — Grundlagen zuerst; ein Klick öffnet ein Labor</translation>
    </message>
    <message>
        <source>✓ every exercise passed · ◐ begun · ○ not tried yet</source>
        <translation>✓ jede Aufgabe bestanden · ◐ begonnen · ○ noch nicht versucht</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress is not kept this session: the database could not be opened.</source>
        <translation>Der Fortschritt wird in dieser Sitzung nicht gespeichert: die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Done so far: %1</source>
        <translation>Bisher geschafft: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exercise %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Aufgabe %2 von %3</translation>
    </message>
    <message>
        <source>Every exercise on the path is passed. Open any lab below to revisit it.</source>
        <translation>Jede Aufgabe auf dem Weg ist bestanden. Öffnen Sie unten ein Labor, um es zu wiederholen.</translation>
    </message>
    <message>
        <source>no exercises yet</source>
        <translation>noch keine Aufgaben</translation>
    </message>
    <message>
        <source>%1 of %2 exercises passed</source>
        <translation>%1 von %2 Aufgaben bestanden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The path</source>
        <translation>Der Weg</translation>
    </message>
</context>
<context>
    <name>amp::app::StudyPath</name>
    <message>
        <source>%1 of %2 labs, %3 of %4 exercises</source>
        <translation>%1 von %2 Laboren, %3 von %4 Aufgaben</translation>
    </message>
    <message>
        <source>An exercise counts once one of your predictions for it has passed; a lab counts when every one of its exercises has. Failed attempts are kept too, and never undo a pass.</source>
        <translation>Eine Aufgabe zählt, sobald eine Ihrer Vorhersagen dazu bestanden hat; ein Labor zählt, wenn alle seine Aufgaben bestanden sind. Fehlversuche werden auch gespeichert und nehmen nie ein Bestehen zurück.</translation>
    </message>
</context>
<context>
    <name>amp::app::SweepPanel</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Replications per point; every point uses the same seeds (common random numbers).</source>
        <translation>Replikationen pro Punkt; jeder Punkt nutzt dieselben Startwerte (gemeinsame Zufallszahlen).</translation>
    </message>
    <message>
        <source>logarithmic steps</source>
        <translation>logarithmische Schritte</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <source>From … to</source>
        <translation>Von … bis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Variation starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Choose a parameter and a range with &apos;to&apos; above &apos;from&apos;.</source>
        <translation>Bitte einen Parameter und einen Bereich mit &apos;bis&apos; über &apos;von&apos; wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %1 over %n point(s)…</source>
        <translation>
            <numerusform>Variiere %1 über %n Punkt…</numerusform>
            <numerusform>Variiere %1 über %n Punkte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <source>Sweep cancelled; %n point(s) finished.</source>
        <translation>
            <numerusform>Variation abgebrochen; %n Punkt fertig.</numerusform>
            <numerusform>Variation abgebrochen; %n Punkte fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) failed: %1</source>
        <translation>
            <numerusform>%n Punkt fehlgeschlagen: %1</numerusform>
            <numerusform>%n Punkte fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n point(s) failed: %1</source>
        <translation>
            <numerusform>Variation: %n Punkt fehlgeschlagen: %1</numerusform>
            <numerusform>Variation: %n Punkte fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n point(s), each with its 95% confidence interval.</source>
        <translation>
            <numerusform>Fertig: %n Punkt mit seinem 95-%-Konfidenzintervall.</numerusform>
            <numerusform>Fertig: %n Punkte, jeder mit seinem 95-%-Konfidenzintervall.</numerusform>
        </translation>
    </message>
    <message>
        <source> vs </source>
        <translation> über </translation>
    </message>
    <message>
        <source>Run the sweep to add measured points</source>
        <translation>Variation starten, um Messpunkte hinzuzufügen</translation>
    </message>
    <message>
        <source>A second parameter: every value of the first with every value of this one, drawn as a heat map.</source>
        <translation>Ein zweiter Parameter: jeder Wert des ersten mit jedem Wert dieses, als Wärmebild gezeichnet.</translation>
    </message>
    <message>
        <source>and vary</source>
        <translation>und variiere</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>sonst nichts</translation>
    </message>
    <message>
        <source>The second parameter must differ from the first and have &apos;to&apos; above &apos;from&apos;.</source>
        <translation>Der zweite Parameter muss sich vom ersten unterscheiden, und „bis“ muss über „von“ liegen.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Preview and save the sweep&apos;s report: the curve with the model, and each point with its change from the one before</source>
        <translation>Bericht der Variation ansehen und speichern: die Kurve mit dem Modell und jeder Punkt mit seiner Änderung gegenüber dem vorigen</translation>
    </message>
    <message>
        <source>Vary from</source>
        <translation>Variieren von</translation>
    </message>
    <message>
        <source>Vary to</source>
        <translation>Variieren bis</translation>
    </message>
    <message>
        <source>Second parameter from</source>
        <translation>Zweiter Parameter von</translation>
    </message>
    <message>
        <source>Second parameter to</source>
        <translation>Zweiter Parameter bis</translation>
    </message>
    <message>
        <source>Second parameter steps</source>
        <translation>Schritte des zweiten Parameters</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Fortschritt der Variation</translation>
    </message>
</context>
<context>
    <name>amp::app::WindowHost</name>
    <message>
        <source>The language changes once the sweep ends (Cancel ends it now).</source>
        <translation>Die Sprache wechselt, sobald die Variation endet (Abbrechen beendet sie sofort).</translation>
    </message>
</context>
<context>
    <name>amp::lesson</name>
    <message>
        <source>Open the lab %1</source>
        <translation>Labor %1 öffnen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>real run</source>
        <translation>realer Lauf</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run until %1</source>
        <translation>Laufen lassen bis %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Compare the last two runs</source>
        <translation>Die letzten beiden Läufe vergleichen</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>lab: there is no lab &apos;%1&apos;; labs: %2</source>
        <translation>lab: es gibt kein Labor &apos;%1&apos;; Labore: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>there is no lab &apos;%1&apos;; labs: %2</source>
        <translation>es gibt kein Labor &apos;%1&apos;; Labore: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of %2; allowed: %3</source>
        <translation>&apos;%1&apos; ist kein Parameter von %2; erlaubt: %3</translation>
    </message>
    <message>
        <source>%1 has no real mode; allowed: %2</source>
        <translation>%1 hat keinen realen Modus; erlaubt: %2</translation>
    </message>
    <message>
        <source>%1 has no simulation; allowed: %2</source>
        <translation>%1 hat keine Simulation; erlaubt: %2</translation>
    </message>
    <message>
        <source>run_until needs a simulation or a real run, but the mode is model</source>
        <translation>run_until braucht eine Simulation oder einen realen Lauf, aber der Modus ist model</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric of %2; allowed: t (time in s), %3</source>
        <translation>&apos;%1&apos; ist keine Kennzahl von %2; erlaubt: t (Zeit in s), %3</translation>
    </message>
    <message>
        <source>%1 is in &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 ist in &apos;%2&apos;, nicht in &apos;%3&apos;</translation>
    </message>
    <message>
        <source>reveal has no question before it (an &apos;ask&apos; step)</source>
        <translation>vor reveal steht keine Frage (ein &apos;ask&apos;-Schritt)</translation>
    </message>
    <message>
        <source>compare needs two &apos;run&apos; steps before it (a run_until&apos;s run is stopped, not finished)</source>
        <translation>compare braucht zwei &apos;run&apos;-Schritte davor (der Lauf eines run_until wird angehalten, nicht beendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chart of %2; allowed: %3</source>
        <translation>&apos;%1&apos; ist kein Diagramm von %2; erlaubt: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 steps on %3 (%4 runs, %5 questions, %6 charts)</source>
        <translation>&apos;%1&apos;: %2 Schritte zu %3 (%4 Läufe, %5 Fragen, %6 Diagramme)</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;run&quot;: true}</source>
        <translation>muss ein Objekt wie {&quot;run&quot;: true} sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a step has one of: %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; ein Schritt hat einen von: %2</translation>
    </message>
    <message>
        <source>one kind of step per object (found %1): one of %2</source>
        <translation>eine Art von Schritt je Objekt (gefunden: %1): eine von %2</translation>
    </message>
    <message>
        <source>empty step; a step has one of: %1</source>
        <translation>leerer Schritt; ein Schritt hat einen von: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text</source>
        <translation>&apos;%1&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;answer&apos; belongs to an &apos;ask&apos; step</source>
        <translation>&apos;answer&apos; gehört zu einem &apos;ask&apos;-Schritt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty text</source>
        <translation>&apos;%1&apos; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true</source>
        <translation>&apos;%1&apos; nimmt true</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos;; allowed: %2</source>
        <translation>Modus &apos;%1&apos;; erlaubt: %2</translation>
    </message>
    <message>
        <source>&apos;set&apos; must be an object of parameters, e.g. {&quot;workers&quot;: 8}</source>
        <translation>&apos;set&apos; muss ein Objekt aus Parametern sein, z. B. {&quot;workers&quot;: 8}</translation>
    </message>
    <message>
        <source>set.%1 must be a number or a text</source>
        <translation>set.%1 muss eine Zahl oder ein Text sein</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; is not &apos;NAME OP NUMBER [UNIT]&apos; (OP one of &gt;= &lt;= &gt; &lt;), e.g. &apos;t &gt;= 60 s&apos; or &apos;master_util &gt;= 0.95&apos;</source>
        <translation>Bedingung &apos;%1&apos; hat nicht die Form &apos;NAME OP NUMBER [UNIT]&apos; (OP einer von &gt;= &lt;= &gt; &lt;), z. B. &apos;t &gt;= 60 s&apos; oder &apos;master_util &gt;= 0.95&apos;</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos;: time is in s, ms or min, not &apos;%2&apos;</source>
        <translation>Bedingung &apos;%1&apos;: Zeit ist in s, ms oder min, nicht in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>kein JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>must be an object {&quot;lesson&quot;: 1, &quot;title&quot;: …, &quot;lab&quot;: …, &quot;steps&quot;: […]}</source>
        <translation>muss ein Objekt {&quot;lesson&quot;: 1, &quot;title&quot;: …, &quot;lab&quot;: …, &quot;steps&quot;: […]} sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed: %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; erlaubt: %2</translation>
    </message>
    <message>
        <source>&apos;lesson&apos; must be 1 (the format&apos;s version)</source>
        <translation>&apos;lesson&apos; muss 1 sein (die Version des Formats)</translation>
    </message>
    <message>
        <source>&apos;lab&apos; must be a lab&apos;s id (amplab labs lists them)</source>
        <translation>&apos;lab&apos; muss die Kennung eines Labors sein (amplab labs listet sie auf)</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a non-empty array</source>
        <translation>&apos;steps&apos; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>no lesson given: amplab lesson FILE|LAB [--check]</source>
        <translation>keine Lektion angegeben: amplab lesson FILE|LAB [--check]</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); give a lesson file or a lab&apos;s id for its shipped lesson</source>
        <translation>%1: kann nicht gelesen werden (%2); geben Sie eine Lektionsdatei an oder die Kennung eines Labors für seine mitgelieferte Lektion</translation>
    </message>
</context>
<context>
    <name>amp::widgets</name>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>time [s]</source>
        <translation>Zeit [s]</translation>
    </message>
    <message>
        <source>real (live)</source>
        <translation>real (live)</translation>
    </message>
    <message>
        <source>simulation (live)</source>
        <translation>Simulation (live)</translation>
    </message>
    <message>
        <source>Press Run to watch this over time</source>
        <translation>„Start“ drücken, um den Verlauf zu sehen</translation>
    </message>
    <message>
        <source>share of requests [%]</source>
        <translation>Anteil der Anfragen [%]</translation>
    </message>
    <message>
        <source>Press Run to see the distribution</source>
        <translation>„Start“ drücken, um die Verteilung zu sehen</translation>
    </message>
    <message>
        <source>This chart sweeps an unknown parameter &apos;%1&apos;</source>
        <translation>Dieses Diagramm variiert einen unbekannten Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>real sweep (95% CI)</source>
        <translation>reale Variation (95-%-KI)</translation>
    </message>
    <message>
        <source>simulation sweep (95% CI)</source>
        <translation>simulierte Variation (95-%-KI)</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Press Run to compare the model with a measurement</source>
        <translation>„Start“ drücken, um das Modell mit einer Messung zu vergleichen</translation>
    </message>
    <message>
        <source>model
mean</source>
        <translation>Modell
Mittel</translation>
    </message>
    <message>
        <source>
mean</source>
        <translation>
Mittel</translation>
    </message>
    <message>
        <source>
p99 per stage</source>
        <translation>
p99 je Stufe</translation>
    </message>
    <message>
        <source>Press Run to split the latency into its stages</source>
        <translation>„Start“ drücken, um die Latenz in ihre Stufen zu zerlegen</translation>
    </message>
    <message>
        <source>Run to add the measured stages</source>
        <translation>Starten, um die gemessenen Stufen zu ergänzen</translation>
    </message>
    <message>
        <source>Unknown chart format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>Unbekanntes Diagrammformat &apos;%1&apos;: bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>%1 [% of all]</source>
        <translation>%1 [% von allen]</translation>
    </message>
    <message>
        <source>Press Run to see each one&apos;s share</source>
        <translation>„Start“ drücken, um den Anteil jedes Einzelnen zu sehen</translation>
    </message>
    <message>
        <source> (sweep)</source>
        <translation> (Variation)</translation>
    </message>
    <message>
        <source> (model)</source>
        <translation> (Modell)</translation>
    </message>
    <message>
        <source>The sweep measured nothing here</source>
        <translation>Die Variation hat hier nichts gemessen</translation>
    </message>
    <message>
        <source>Sweep both parameters to fill the map</source>
        <translation>Beide Parameter variieren, um die Karte zu füllen</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>%1, mean of %2</source>
        <translation>%1, Mittel über %2</translation>
    </message>
    <message>
        <source>Press Run to watch it learn</source>
        <translation>„Start“ drücken, um beim Lernen zuzusehen</translation>
    </message>
    <message>
        <source>Press Run to see who did what, when</source>
        <translation>„Start“ drücken, um zu sehen, wer wann was getan hat</translation>
    </message>
    <message>
        <source>first %1 of %2 events</source>
        <translation>die ersten %1 von %2 Ereignissen</translation>
    </message>
</context>
<context>
    <name>amp::widgets::CeilingPanel</name>
    <message>
        <source>&lt;b&gt;Master utilization&lt;/b&gt; (the serialization ceiling)</source>
        <translation>&lt;b&gt;Auslastung des Masters&lt;/b&gt; (die Serialisierungsgrenze)</translation>
    </message>
    <message>
        <source>Capacity vs workers</source>
        <translation>Kapazität über Worker</translation>
    </message>
    <message>
        <source>capacity (model)</source>
        <translation>Kapazität (Modell)</translation>
    </message>
    <message>
        <source>master ceiling %1</source>
        <translation>Master-Grenze %1</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>This lab has no single serializing master, so there is no serialization ceiling to show.</source>
        <translation>Dieses Labor hat keinen einzelnen serialisierenden Master, also gibt es keine Serialisierungsgrenze.</translation>
    </message>
    <message>
        <source>Bottleneck: %1.</source>
        <translation>Engpass: %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c02020&apos;&gt;Unstable: the queue in front of the bottleneck grows without bound.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c02020&apos;&gt;Instabil: die Warteschlange vor dem Engpass wächst unbegrenzt.&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (bottleneck: %1).</source>
        <translation> (Engpass: %1).</translation>
    </message>
    <message>
        <source>1/s</source>
        <translation>1/s</translation>
    </message>
    <message>
        <source>Ceiling: at most &lt;b&gt;%1 %2&lt;/b&gt; through the master, however many workers.</source>
        <translation>Grenze: höchstens &lt;b&gt;%1 %2&lt;/b&gt; durch den Master, egal wie viele Worker.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity with %n worker(s): %1 %2</source>
        <translation>
            <numerusform>Kapazität mit %n Worker: %1 %2</numerusform>
            <numerusform>Kapazität mit %n Workern: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Master utilization</source>
        <translation>Auslastung des Masters</translation>
    </message>
    <message>
        <source>The master&apos;s utilization while the lab runs, against its ceiling (100%) and the model&apos;s value.</source>
        <translation>Die Auslastung des Masters während des Laufs, gemessen an ihrer Obergrenze (100 %) und am Wert des Modells.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ChartGrid</name>
    <message>
        <source>Measured on the real machine: shown here when the run ends (while it runs, only queue depths and busy CPUs are sampled)</source>
        <translation>Auf der realen Maschine gemessen: erscheint hier, wenn der Lauf endet (während er läuft, werden nur Warteschlangenlängen und belegte CPUs als Stichproben erfasst)</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ChartWidget</name>
    <message>
        <source>Unknown chart format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>Unbekanntes Diagrammformat &apos;%1&apos;: bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation>%1 über %2.</translation>
    </message>
    <message>
        <source>The menu key (or Shift+F10) exports it as PNG, SVG or PDF.</source>
        <translation>Die Menütaste (oder Umschalt+F10) exportiert es als PNG, SVG oder PDF.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::LabTables</name>
    <message>
        <source>Press Run: a simulation or a real run fills these tables.</source>
        <translation>Drücken Sie „Start“: eine Simulation oder ein realer Lauf füllt diese Tabellen.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::MetricTable</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Simulation ± 95% CI</source>
        <translation>Simulation ± 95-%-KI</translation>
    </message>
    <message>
        <source>Real ± 95% CI</source>
        <translation>Real ± 95-%-KI</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Approximation: %1</source>
        <translation>Näherung: %1</translation>
    </message>
    <message>
        <source>Exact for these parameters</source>
        <translation>Exakt für diese Parameter</translation>
    </message>
    <message>
        <source>The model says this system is unstable (a queue grows without bound).</source>
        <translation>Laut Modell ist dieses System instabil (eine Warteschlange wächst unbegrenzt).</translation>
    </message>
    <message>
        <source>The model&apos;s value lies inside this 95% confidence interval [%1, %2].</source>
        <translation>Der Modellwert liegt in diesem 95-%-Konfidenzintervall [%1; %2].</translation>
    </message>
    <message>
        <source>The model&apos;s value lies outside this 95% confidence interval [%1, %2].</source>
        <translation>Der Modellwert liegt außerhalb dieses 95-%-Konfidenzintervalls [%1; %2].</translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed between the runs: %1</source>
        <translation>Zwischen den Läufen geändert: %1</translation>
    </message>
    <message>
        <source>Same parameters in both runs: the difference is noise (and the seed).</source>
        <translation>Gleiche Parameter in beiden Läufen: der Unterschied ist Rauschen (und der Startwert).</translation>
    </message>
    <message>
        <source>Model: unstable — the offered load exceeds what the bottleneck can serve.</source>
        <translation>Modell: instabil — die angebotene Last übersteigt, was der Engpass bedienen kann.</translation>
    </message>
    <message>
        <source>Model: the bottleneck is the %1.</source>
        <translation>Modell – Engpass: %1.</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulation: %1</translation>
    </message>
    <message>
        <source>Real: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <source>The model&apos;s values are hidden while you work on the exercises: predict first.</source>
        <translation>Die Werte des Modells sind verborgen, solange Sie die Aufgaben bearbeiten: erst vorhersagen.</translation>
    </message>
    <message>
        <source>  (model at measured service %1)</source>
        <translation>  (Modell bei gemessener Bedienzeit %1)</translation>
    </message>
    <message>
        <source>The model evaluated at the service times this real run measured: %1 (at the requested ones: %2).</source>
        <translation>Das Modell bei den Bedienzeiten, die dieser reale Lauf gemessen hat: %1 (bei den verlangten: %2).</translation>
    </message>
    <message>
        <source>  95% CI [%1, %2]</source>
        <translation>  95-%-KI [%1; %2]</translation>
    </message>
    <message>
        <source>Paired: both systems re-run for %1 replication pairs with the same random numbers. Compared from the two runs&apos; own CIs, the interval would be [%2, %3].</source>
        <translation>Gepaart: beide Systeme wurden für %1 Replikationspaare mit denselben Zufallszahlen erneut simuliert. Aus den eigenen KIs der beiden Läufe wäre das Intervall [%2; %3].</translation>
    </message>
    <message>
        <source>Unpaired, from the two runs&apos; own CIs: only two simulations can replay the same random numbers.</source>
        <translation>Ungepaart, aus den eigenen KIs der beiden Läufe: nur zwei Simulationen können dieselben Zufallszahlen wiederholen.</translation>
    </message>
    <message>
        <source>No CI for the difference: %1</source>
        <translation>Kein KI für die Differenz: %1</translation>
    </message>
    <message>
        <source>%1: no difference is shown (the %2 95% CI of B − A contains 0).</source>
        <translation>%1: kein Unterschied nachgewiesen (das %2 95-%-KI von B − A enthält 0).</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>gepaarte</translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation>ungepaarte</translation>
    </message>
    <message>
        <source>%1: %2 is %3 than %4 (the %5 95% CI of B − A excludes 0).</source>
        <translation>%1: %2 ist %3 als %4 (das %5 95-%-KI von B − A schließt 0 aus).</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Re-running both simulations in pairs with common random numbers for the difference&apos;s CI…</source>
        <translation>Beide Simulationen laufen paarweise mit gemeinsamen Zufallszahlen erneut, für das KI der Differenz …</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Each metric&apos;s model value, its simulated and real value with the 95% confidence interval, and in words whether the model lies inside it.</source>
        <translation>Für jede Kennzahl der Wert des Modells, der simulierte und der reale Wert mit 95-%-Konfidenzintervall und in Worten, ob das Modell darin liegt.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ParamPanel</name>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>Auf den Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>a temporary folder</source>
        <translation>ein temporärer Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose a folder for the lab&apos;s files</source>
        <translation>Einen Ordner für die Dateien des Labors wählen</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 auf den Standardwert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>amp::widgets::QueueView</name>
    <message numerus="yes">
        <source>%n arrived</source>
        <translation>
            <numerusform>%n angekommen</numerusform>
            <numerusform>%n angekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% busy</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>%1/%2 waiting</source>
        <translation>%1/%2 wartend</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>Kern %1</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>This lab has no topology to animate.</source>
        <translation>Dieses Labor hat keine Topologie zum Animieren.</translation>
    </message>
    <message>
        <source>t = %1 s (real)</source>
        <translation>t = %1 s (real)</translation>
    </message>
    <message>
        <source>t = %1 s simulated</source>
        <translation>t = %1 s simuliert</translation>
    </message>
    <message>
        <source>%1  ·  arrivals %2  ·  completions %3  ·  drops %4</source>
        <translation>%1  ·  Ankünfte %2  ·  fertig %3  ·  verworfen %4</translation>
    </message>
    <message>
        <source>Sampled: queue depths and busy CPUs of the real run</source>
        <translation>Stichproben: Warteschlangenlängen und belegte CPUs des realen Laufs</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>request / waiting</source>
        <translation>Anfrage / wartend</translation>
    </message>
    <message>
        <source>  (seen)</source>
        <translation>  (gesehen)</translation>
    </message>
    <message>
        <source>Queue animation</source>
        <translation>Animation der Warteschlangen</translation>
    </message>
    <message>
        <source>Requests moving between the lab&apos;s stations: how many wait in each queue, which cores are busy, and the counts of arrivals, completions and drops.</source>
        <translation>Aufträge auf dem Weg zwischen den Stationen des Labors: wie viele in jeder Warteschlange warten, welche Kerne belegt sind, und die Zahl der Ankünfte, fertigen und verworfenen Aufträge.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, %3 of %4 busy</source>
        <translation>%1: %2 wartend, %3 von %4 belegt</translation>
    </message>
    <message>
        <source>t = %1 s simulated: %2 arrivals, %3 completions, %4 drops.</source>
        <translation>t = %1 s simuliert: %2 Ankünfte, %3 fertig, %4 verworfen.</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::TableParamEditor</name>
    <message>
        <source>%1: %2 in [%3, %4]</source>
        <translation>%1: %2 in [%3, %4]</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Zeile</translation>
    </message>
    <message>
        <source>Add a row (a copy of the last one)</source>
        <translation>Eine Zeile hinzufügen (eine Kopie der letzten)</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Zeile</translation>
    </message>
    <message>
        <source>Remove the selected row (or the last one)</source>
        <translation>Die ausgewählte Zeile entfernen (oder die letzte)</translation>
    </message>
    <message>
        <source>row %1, %2: not a number</source>
        <translation>Zeile %1, %2: keine Zahl</translation>
    </message>
</context>
<context>
    <name>amp::widgets::UtilizationGauge</name>
    <message>
        <source>100% = ceiling</source>
        <translation>100 % = Grenze</translation>
    </message>
    <message>
        <source>| model %1%</source>
        <translation>| Modell %1 %</translation>
    </message>
</context>
</TS>
