<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>amp::run</name>
    <message>
        <source>transient: no warm-up deleted</source>
        <translation>transient: keine Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>warm-up by MSER-5 on a pilot replication: %1 s deleted</source>
        <translation>Einschwingphase per MSER-5 an einer Pilotreplikation: %1 s verworfen</translation>
    </message>
    <message>
        <source>fixed warm-up %1 s</source>
        <translation>feste Einschwingphase %1 s</translation>
    </message>
    <message>
        <source>%1 replications of at most %2 simulated s each (until done), one outcome per replication</source>
        <translation>%1 Replikationen zu höchstens %2 simulierten s (bis zum Ende), ein Ergebnis je Replikation</translation>
    </message>
    <message>
        <source>%1 replications of %2 simulated s</source>
        <translation>%1 Replikationen zu %2 simulierten s</translation>
    </message>
    <message>
        <source>%1 (precision target: %2 95% CI half-width within %3% of its mean, min %4, max %5 replications; reached %6%)</source>
        <translation>%1 (Präzisionsziel: halbe Breite des 95-%-KI von %2 höchstens %3% des Mittelwerts, mindestens %4, höchstens %5 Replikationen; erreicht %6%)</translation>
    </message>
    <message>
        <source>precision target not reached within the maximum length</source>
        <translation>Präzisionsziel innerhalb der maximalen Länge nicht erreicht</translation>
    </message>
    <message>
        <source>%1 (fixed: the system is unstable, so no precision target)</source>
        <translation>%1 (fest: das System ist instabil, daher kein Präzisionsziel)</translation>
    </message>
    <message>
        <source>one real run until the job was done (%1 s), nothing deleted as warm-up</source>
        <translation>ein realer Lauf bis zum Ende des Auftrags (%1 s), nichts als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>%1 real runs until the job was done (%2 s on average), nothing deleted as warm-up</source>
        <translation>%1 reale Läufe bis zum Ende des Auftrags (im Mittel %2 s), nichts als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>one real run of %1 s, first %2 s deleted as warm-up</source>
        <translation>ein realer Lauf von %1 s, die ersten %2 s als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>%1 real runs of %2 s each, first %3 s deleted as warm-up</source>
        <translation>%1 reale Läufe zu je %2 s, die ersten %3 s als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>one real run until %1&apos;s 95% CI half-width was within %2% of its mean (at most %3 s): %4 s, first %5 s deleted as warm-up</source>
        <translation>ein realer Lauf, bis die halbe Breite des 95-%-KI von %1 höchstens %2% des Mittelwerts betrug (höchstens %3 s): %4 s, die ersten %5 s als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>%1 real runs until %2&apos;s 95% CI half-width was within %3% of its mean (at most %4 s): %5 s on average, first %6 s deleted as warm-up</source>
        <translation>%1 reale Läufe, bis die halbe Breite des 95-%-KI von %2 höchstens %3% des Mittelwerts betrug (höchstens %4 s): im Mittel %5 s, die ersten %6 s als Einschwingphase verworfen</translation>
    </message>
    <message>
        <source>precision target not reached within the maximum length of %1 s</source>
        <translation>Präzisionsziel innerhalb der maximalen Länge von %1 s nicht erreicht</translation>
    </message>
    <message>
        <source>the lab reports no live values of its key metric, so the run lasted a fixed %1 s</source>
        <translation>das Labor meldet keine laufenden Werte seiner Hauptmetrik, daher dauerte der Lauf fest %1 s</translation>
    </message>
    <message>
        <source>CI across runs (Student t); host facts from run 1</source>
        <translation>KI über die Läufe (Student-t); Angaben zum Rechner aus Lauf 1</translation>
    </message>
    <message>
        <source>one outcome, so no CI (--reps 2 or more gives one across runs)</source>
        <translation>ein Ergebnis, daher kein KI (--reps 2 oder mehr liefert eines über die Läufe)</translation>
    </message>
    <message>
        <source>CI of the sojourn by batch means within the run (--reps 2 or more gives every metric a CI across runs)</source>
        <translation>KI der Verweilzeit aus Batch-Mittelwerten innerhalb des Laufs (--reps 2 oder mehr gibt jeder Metrik ein KI über die Läufe)</translation>
    </message>
    <message>
        <source>the lab&apos;s seats outnumber this machine&apos;s cores; fitted to it, the run would use %1</source>
        <translation>das Labor hat mehr Plätze als dieser Rechner Kerne; an ihn angepasst würde der Lauf %1 verwenden</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>at the service times this run measured, the model predicts unbounded queues (the %1 is saturated): the host, not queueing theory, limits what was measured</source>
        <translation>bei den in diesem Lauf gemessenen Bedienzeiten sagt das Modell unbeschränkte Warteschlangen voraus (gesättigt: %1): der Rechner, nicht die Warteschlangentheorie, begrenzt das Gemessene</translation>
    </message>
    <message>
        <source>%1: the schedule drew %2, the host added %3</source>
        <translation>%1: der Ablaufplan zog %2, der Rechner fügte %3 hinzu</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Model at the requested service %1, at the measured service %2; measured %3 [%4, %5]</source>
        <translation>Modell bei der verlangten Bedienzeit %1, bei der gemessenen Bedienzeit %2; gemessen %3 [%4; %5]</translation>
    </message>
    <message>
        <source>at the measured service the model is inside the CI: no queueing beyond the model</source>
        <translation>bei der gemessenen Bedienzeit liegt das Modell im KI: kein Warten über das Modell hinaus</translation>
    </message>
    <message>
        <source>queueing beyond the model at the measured service: %1</source>
        <translation>Warten über das Modell hinaus bei der gemessenen Bedienzeit: %1</translation>
    </message>
    <message>
        <source>The service times this run measured (%1) move the model by %2; %3</source>
        <translation>Die in diesem Lauf gemessenen Bedienzeiten (%1) verschieben das Modell um %2; %3</translation>
    </message>
    <message>
        <source>The service times this run measured move the model by %1; %2</source>
        <translation>Die in diesem Lauf gemessenen Bedienzeiten verschieben das Modell um %1; %2</translation>
    </message>
    <message>
        <source>model only: run a simulation to compare</source>
        <translation>nur Modell: für einen Vergleich eine Simulation starten</translation>
    </message>
    <message>
        <source>unstable: the model predicts unbounded queues</source>
        <translation>instabil: das Modell sagt unbeschränkte Warteschlangen voraus</translation>
    </message>
    <message>
        <source>unstable: the model predicts unbounded queues at the %1</source>
        <translation>instabil: das Modell sagt unbeschränkte Warteschlangen voraus (Engpass: %1)</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1; queues grow without bound (the simulation capped them), so no steady-state value exists</source>
        <translation>instabil: Auslastung ≥ 1; die Warteschlangen wachsen unbeschränkt (die Simulation hat sie gekappt), daher gibt es keinen stationären Wert</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1 at the %1; queues grow without bound (the simulation capped them), so no steady-state value exists</source>
        <translation>instabil: Auslastung ≥ 1 (Engpass: %1); die Warteschlangen wachsen unbeschränkt (die Simulation hat sie gekappt), daher gibt es keinen stationären Wert</translation>
    </message>
    <message>
        <source>no model value for %1 to compare</source>
        <translation>kein Modellwert für %1 zum Vergleich</translation>
    </message>
    <message>
        <source>one real run gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model</source>
        <translation>ein realer Lauf liefert kein Konfidenzintervall für %1 (gemessen %2, Modell %3): mit --reps 2 oder mehr laufen lassen, um das Modell zu beurteilen</translation>
    </message>
    <message>
        <source>one replication gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model</source>
        <translation>eine Replikation liefert kein Konfidenzintervall für %1 (gemessen %2, Modell %3): mit --reps 2 oder mehr laufen lassen, um das Modell zu beurteilen</translation>
    </message>
    <message>
        <source>all %1 replications measured the same %2 (measured %3, model %4): no confidence interval to judge the model by</source>
        <translation>alle %1 Replikationen maßen denselben Wert für %2 (gemessen %3, Modell %4): kein Konfidenzintervall, an dem sich das Modell beurteilen ließe</translation>
    </message>
    <message>
        <source>model inside the real run&apos;s 95% CI</source>
        <translation>Modell im 95-%-KI des realen Laufs</translation>
    </message>
    <message>
        <source>model inside the simulation&apos;s 95% CI</source>
        <translation>Modell im 95-%-KI der Simulation</translation>
    </message>
    <message>
        <source>the service times this run measured explain the gap</source>
        <translation>die in diesem Lauf gemessenen Bedienzeiten erklären die Abweichung</translation>
    </message>
    <message>
        <source>at the service times this run measured (%1) the %2 is saturated: the host, not queueing theory, limits what was measured</source>
        <translation>bei den in diesem Lauf gemessenen Bedienzeiten (%1) ist gesättigt: %2; der Rechner, nicht die Warteschlangentheorie, begrenzt das Gemessene</translation>
    </message>
    <message>
        <source>at the service times this run measured the %1 is saturated: the host, not queueing theory, limits what was measured</source>
        <translation>bei den in diesem Lauf gemessenen Bedienzeiten ist gesättigt: %1; der Rechner, nicht die Warteschlangentheorie, begrenzt das Gemessene</translation>
    </message>
    <message>
        <source>the run&apos;s threads outnumbered this machine&apos;s %1 cores (see where they ran): a thread waited for a CPU while another ran on it, which the model does not include</source>
        <translation>der Lauf hatte mehr Threads als dieser Rechner %1 Kerne (siehe, wo sie liefen): ein Thread wartete auf eine CPU, während ein anderer darauf lief, was das Modell nicht enthält</translation>
    </message>
    <message>
        <source>the real engine&apos;s service times and hand-off, measured, move the model by %1; the rest is what the host adds beyond them</source>
        <translation>die gemessenen Bedienzeiten und Übergaben der realen Maschinerie verschieben das Modell um %1; der Rest ist, was der Rechner darüber hinaus hinzufügt</translation>
    </message>
    <message>
        <source>at this light load (utilization ≤ %1) the gap is the real engine&apos;s own: service times, hand-offs and OS noise, not queueing</source>
        <translation>bei dieser geringen Last (Auslastung ≤ %1) stammt die Abweichung von der realen Maschinerie selbst: Bedienzeiten, Übergaben und Rauschen des Betriebssystems, nicht Warten</translation>
    </message>
    <message>
        <source>the model is an approximation here</source>
        <translation>das Modell ist hier eine Näherung</translation>
    </message>
    <message>
        <source>the model is an approximation here (%1)</source>
        <translation>das Modell ist hier eine Näherung (%1)</translation>
    </message>
    <message>
        <source>model outside the real run&apos;s 95% CI for %1 (model %2, measured %3, %4%): %5</source>
        <translation>Modell außerhalb des 95-%-KI des realen Laufs für %1 (Modell %2, gemessen %3, %4%): %5</translation>
    </message>
    <message>
        <source>model outside the simulation&apos;s 95% CI for %1 (model %2, measured %3, %4%): %5</source>
        <translation>Modell außerhalb des 95-%-KI der Simulation für %1 (Modell %2, gemessen %3, %4%): %5</translation>
    </message>
    <message>
        <source>%1 (the model is an approximation: %2)</source>
        <translation>%1 (das Modell ist eine Näherung: %2)</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1 at the %1</source>
        <translation>instabil: Auslastung ≥ 1 (Engpass: %1)</translation>
    </message>
    <message>
        <source>analytic model</source>
        <translation>analytisches Modell</translation>
    </message>
    <message>
        <source>time scale %1: the lab&apos;s work ran %2× shorter and its arrivals came %2× denser; results are in the lab&apos;s time; fixed costs (hand-off, wake-up, system calls) did not shrink, so they weigh %2× more than at 1:1</source>
        <translation>Zeitmaßstab %1: die Arbeit des Labors lief %2× kürzer und seine Ankünfte kamen %2× dichter; die Ergebnisse sind in der Zeit des Labors angegeben; feste Kosten (Übergabe, Aufwecken, Systemaufrufe) schrumpften nicht und wiegen daher %2× mehr als bei 1:1</translation>
    </message>
    <message>
        <source>time scale %1: the lab&apos;s work ran %2× longer and its arrivals came %2× sparser; results are in the lab&apos;s time; fixed costs (hand-off, wake-up, system calls) did not grow, so they weigh %2× less than at 1:1</source>
        <translation>Zeitmaßstab %1: die Arbeit des Labors lief %2× länger und seine Ankünfte kamen %2× seltener; die Ergebnisse sind in der Zeit des Labors angegeben; feste Kosten (Übergabe, Aufwecken, Systemaufrufe) wuchsen nicht und wiegen daher %2× weniger als bei 1:1</translation>
    </message>
    <message>
        <source>%1 of %2 %3 left the generator more than %4 µs after their scheduled time (worst %5 µs); their waits still count from the scheduled time</source>
        <translation>%1 von %2 %3 verließen den Generator mehr als %4 µs nach ihrem geplanten Zeitpunkt (schlimmstenfalls %5 µs); ihre Wartezeit zählt trotzdem ab dem geplanten Zeitpunkt</translation>
    </message>
    <message>
        <source>the work kernel missed its requested durations by %1% in calibration</source>
        <translation>der Arbeitskern verfehlte bei der Kalibrierung die verlangten Dauern um %1%</translation>
    </message>
    <message>
        <source>a unit of work on CPU %1 (%2) cost %3% more after the run than in calibration: where the host&apos;s speed moved like this during the run, its work-clock services took longer than requested</source>
        <translation>eine Arbeitseinheit auf CPU %1 (%2) kostete nach dem Lauf %3% mehr als bei der Kalibrierung: wo sich die Geschwindigkeit des Rechners während des Laufs so änderte, dauerten seine Bedienungen nach Arbeitsuhr länger als verlangt</translation>
    </message>
    <message>
        <source>a unit of work on CPU %1 (%2) cost %3% less after the run than in calibration: where the host&apos;s speed moved like this during the run, its work-clock services took less time than requested</source>
        <translation>eine Arbeitseinheit auf CPU %1 (%2) kostete nach dem Lauf %3% weniger als bei der Kalibrierung: wo sich die Geschwindigkeit des Rechners während des Laufs so änderte, dauerten seine Bedienungen nach Arbeitsuhr kürzer als verlangt</translation>
    </message>
    <message>
        <source>re-checked after the run, the work kernel missed the run&apos;s own service times by %1%</source>
        <translation>nach dem Lauf erneut geprüft, verfehlte der Arbeitskern die Bedienzeiten des Laufs um %1%</translation>
    </message>
    <message>
        <source>%1 %2 were still in the system %3 s after the load ended: the system is overloaded</source>
        <translation>%1 %2 waren %3 s nach dem Ende der Last noch im System: das System ist überlastet</translation>
    </message>
    <message>
        <source>%1 background %2 thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 Hintergrund-Thread(s) (%2) liefen absichtlich neben den Plätzen des Labors: die Zeiten enthalten ihre Störung</translation>
    </message>
    <message>
        <source>%1 asked for SCHED_FIFO but the system did not allow it: it ran at normal priority</source>
        <translation>%1 verlangte SCHED_FIFO, aber das System erlaubte es nicht: er lief mit normaler Priorität</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 requests to keep their log in memory</source>
        <translation>der Ablaufplan wurde auf %1 Anfragen gekürzt, damit ihr Protokoll in den Speicher passt</translation>
    </message>
    <message>
        <source>the network&apos;s batch times are far from a line s0 + s1·k on this machine (RMS error %1%): the model at the measured s0, s1 is rough</source>
        <translation>die Batchzeiten des Netzes liegen auf diesem Rechner weit von einer Geraden s0 + s1·k entfernt (RMS-Fehler %1%): das Modell bei den gemessenen s0, s1 ist grob</translation>
    </message>
    <message>
        <source>the fitted setup time was negative and is shown as 0</source>
        <translation>die angepasste Rüstzeit war negativ und wird als 0 gezeigt</translation>
    </message>
    <message>
        <source>the network ran %1× slower during the run than during its calibration (other programs on its core): the model is evaluated at the calibrated line scaled by that (facts s0_run_ms, s1_run_ms)</source>
        <translation>das Netz lief während des Laufs %1× langsamer als bei seiner Kalibrierung (andere Programme auf seinem Kern): das Modell wird an der entsprechend skalierten kalibrierten Geraden ausgewertet (Angaben s0_run_ms, s1_run_ms)</translation>
    </message>
    <message>
        <source>%1 requests answered more than once, %2 not at all</source>
        <translation>%1 Anfragen mehr als einmal beantwortet, %2 gar nicht</translation>
    </message>
    <message>
        <source>%1 of %2 batched answers differ from the network run on the request alone</source>
        <translation>%1 von %2 Antworten aus Batches weichen vom Netz ab, das nur auf der einzelnen Anfrage lief</translation>
    </message>
    <message>
        <source>cancelled: requests still waiting were not answered</source>
        <translation>abgebrochen: noch wartende Anfragen wurden nicht beantwortet</translation>
    </message>
    <message>
        <source>overloaded: %1 requests were still waiting when the drain limit was reached</source>
        <translation>überlastet: %1 Anfragen warteten noch, als die Auslaufgrenze erreicht war</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 transactions to keep their log in memory</source>
        <translation>der Ablaufplan wurde auf %1 Transaktionen gekürzt, damit ihr Protokoll in den Speicher passt</translation>
    </message>
    <message>
        <source>cancelled: the balance was checked on what was committed up to the cancel</source>
        <translation>abgebrochen: der Saldo wurde an dem geprüft, was bis zum Abbruch festgeschrieben war</translation>
    </message>
    <message>
        <source>the writer was killed inside its COMMIT: SQLite rolled the unfinished group back when the bank was re-opened</source>
        <translation>der Schreiber wurde in seinem COMMIT beendet: SQLite rollte die unfertige Gruppe beim erneuten Öffnen der Bank zurück</translation>
    </message>
    <message>
        <source>the writer was killed inside a transaction: SQLite rolled the unfinished group back when the bank was re-opened</source>
        <translation>der Schreiber wurde mitten in einer Transaktion beendet: SQLite rollte die unfertige Gruppe beim erneuten Öffnen der Bank zurück</translation>
    </message>
    <message>
        <source>overloaded: %1 transactions were still in the system when the drain limit was reached</source>
        <translation>überlastet: %1 Transaktionen waren noch im System, als die Auslaufgrenze erreicht war</translation>
    </message>
    <message>
        <source>the real COMMIT is slower than the commit time per group asked for: most commits took longer than the model assumes</source>
        <translation>das reale COMMIT ist langsamer als die verlangte Commit-Zeit je Gruppe: die meisten Commits dauerten länger, als das Modell annimmt</translation>
    </message>
    <message>
        <source>this machine has fewer CPUs than the lab&apos;s %1 cores: %2</source>
        <translation>dieser Rechner hat weniger CPUs als die %1 Kerne des Labors: %2</translation>
    </message>
    <message>
        <source>one CPU: no privileged core can be kept apart, so the untrusted tasks share it with the master and no quantum counts as privileged</source>
        <translation>eine CPU: kein privilegierter Kern lässt sich abtrennen, daher teilen sich die nicht vertrauenswürdigen Aufgaben sie mit dem Master, und kein Quantum zählt als privilegiert</translation>
    </message>
    <message>
        <source>this build has no syscall filter (libseccomp missing): escalated tasks were not stopped (%1 escaped)</source>
        <translation>dieser Build hat keinen Systemaufruf-Filter (libseccomp fehlt): eskalierte Aufgaben wurden nicht gestoppt (%1 entkamen)</translation>
    </message>
    <message>
        <source>the last batch did not end in time: it was killed</source>
        <translation>der letzte Batch endete nicht rechtzeitig: er wurde beendet</translation>
    </message>
    <message>
        <source>the scan of the workers&apos; memory could not run: %1</source>
        <translation>der Scan des Speichers der Worker konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>thread isolation: a worker thread read the signing key from its own address space (%1); the guarded page stops a stray pointer, not a thread of the same process</source>
        <translation>Thread-Isolation: ein Worker-Thread las den Signaturschlüssel aus seinem eigenen Adressraum (%1); die geschützte Seite hält einen verirrten Zeiger auf, keinen Thread desselben Prozesses</translation>
    </message>
    <message>
        <source>thread isolation, yet the scan did not find the key: the scan missed it</source>
        <translation>Thread-Isolation, dennoch fand der Scan den Schlüssel nicht: der Scan hat ihn übersehen</translation>
    </message>
    <message>
        <source>the gatekeeper&apos;s scan of its own memory did not find the key: the absence in the workers&apos; memory proves less</source>
        <translation>der Scan des Torwächters in seinem eigenen Speicher fand den Schlüssel nicht: sein Fehlen im Speicher der Worker beweist weniger</translation>
    </message>
    <message>
        <source>%1 mappings of the workers&apos; process were too large to scan (a sanitizer&apos;s shadow memory): the key&apos;s absence there is not checked</source>
        <translation>%1 Abbildungen des Worker-Prozesses waren zu groß für den Scan (Schattenspeicher eines Sanitizers): das Fehlen des Schlüssels dort ist nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of the workers&apos; memory could not be read by the scan</source>
        <translation>%1 des Speichers der Worker konnte der Scan nicht lesen</translation>
    </message>
    <message>
        <source>not every signature was valid: %1</source>
        <translation>nicht jede Signatur war gültig: %1</translation>
    </message>
    <message>
        <source>the load ended after %1 requests, the most the clients keep for checking</source>
        <translation>die Last endete nach %1 Anfragen, dem Höchstwert, den die Clients zur Prüfung aufbewahren</translation>
    </message>
    <message>
        <source>one core: the gatekeeper and the clients take turns on it and sleep while they wait, so every hand-over includes a wake-up</source>
        <translation>ein Kern: Torwächter und Clients wechseln sich darauf ab und schlafen, während sie warten, daher enthält jede Übergabe ein Aufwecken</translation>
    </message>
    <message>
        <source>%1 heartbeat(s) the master sent came after the detector&apos;s grace of %2 ms (the master woke late) and counted as lost: detection came earlier, and false alarms more often, than the model&apos;s loss rate says</source>
        <translation>%1 Heartbeat(s) des Masters kamen nach der Toleranz des Detektors von %2 ms (der Master wachte spät auf) und zählten als verloren: die Erkennung kam früher und Fehlalarme häufiger, als die Verlustrate des Modells sagt</translation>
    </message>
    <message>
        <source>a protocol step was lost or run twice</source>
        <translation>ein Protokollschritt ging verloren oder lief doppelt</translation>
    </message>
    <message>
        <source>the incident did not end within %1 s</source>
        <translation>der Vorfall endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the schedule had %1 requests; only the first %2 were run</source>
        <translation>der Ablaufplan hatte %1 Anfragen; nur die ersten %2 liefen</translation>
    </message>
    <message>
        <source>the live structures did not fit in the heap: raise heap_objects</source>
        <translation>die lebenden Strukturen passten nicht in den Heap: heap_objects erhöhen</translation>
    </message>
    <message>
        <source>the collector freed a reachable node or kept an unreachable one</source>
        <translation>der Kollektor gab einen erreichbaren Knoten frei oder behielt einen unerreichbaren</translation>
    </message>
    <message>
        <source>%1 parallel collector threads share %2 little CPU(s): they take turns, and the parallel pause shows it</source>
        <translation>%1 parallele Kollektor-Threads teilen sich %2 kleine CPU(s): sie wechseln sich ab, und die parallele Pause zeigt es</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 writes to keep the stream in memory</source>
        <translation>der Ablaufplan wurde auf %1 Schreibvorgänge gekürzt, damit der Strom in den Speicher passt</translation>
    </message>
    <message>
        <source>journal check failed: %1</source>
        <translation>Journalprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled: the check above covers what was written up to the cancel</source>
        <translation>abgebrochen: die Prüfung oben umfasst, was bis zum Abbruch geschrieben war</translation>
    </message>
    <message>
        <source>overloaded: %1 writes were still waiting when the drain limit was reached; they were not journaled</source>
        <translation>überlastet: %1 Schreibvorgänge warteten noch, als die Auslaufgrenze erreicht war; sie wurden nicht ins Journal geschrieben</translation>
    </message>
    <message>
        <source>the real device is slower than the log device time per commit asked for: most syncs took longer than the model assumes</source>
        <translation>das reale Gerät ist langsamer als die verlangte Gerätezeit je Commit: die meisten Syncs dauerten länger, als das Modell annimmt</translation>
    </message>
    <message>
        <source>the corpus was cut to %1 MiB: the job is shorter than work_s</source>
        <translation>der Korpus wurde auf %1 MiB gekürzt: der Auftrag ist kürzer als work_s</translation>
    </message>
    <message>
        <source>the merged counts differ from a single-threaded count</source>
        <translation>die zusammengeführten Zählungen weichen von einer Zählung mit einem Thread ab</translation>
    </message>
    <message>
        <source>explore_overhead_ms needs a twin of the same learner that never explores, on the same tasks: it comes from the simulation only</source>
        <translation>explore_overhead_ms braucht einen Zwilling desselben Lerners, der nie erkundet, auf denselben Aufgaben: der Wert stammt nur aus der Simulation</translation>
    </message>
    <message>
        <source>a virtual machine&apos;s tail is long: a virtual CPU can be descheduled by the hypervisor at any moment, so p99.9 and max wake-up latencies here say more about the host than about the mechanism</source>
        <translation>der Ausläufer einer virtuellen Maschine ist lang: der Hypervisor kann eine virtuelle CPU jederzeit verdrängen, daher sagen p99.9 und die maximale Aufweckverzögerung hier mehr über den Rechner als über den Mechanismus</translation>
    </message>
    <message>
        <source>a spinning SCHED_FIFO thread is throttled by the kernel for a share of every second (sched_rt_runtime_us), which shows as rare, very long wake-ups</source>
        <translation>ein aktiv wartender SCHED_FIFO-Thread wird vom Kernel für einen Teil jeder Sekunde gedrosselt (sched_rt_runtime_us), was sich als seltene, sehr lange Aufweckzeiten zeigt</translation>
    </message>
    <message>
        <source>%1 commands were lost: the worker fell a whole ring behind</source>
        <translation>%1 Befehle gingen verloren: der Worker geriet einen ganzen Ring in Rückstand</translation>
    </message>
    <message>
        <source>no command was handled: the handler&apos;s period (%1) is longer than the run, or the run was cancelled</source>
        <translation>kein Befehl wurde bearbeitet: die Periode des Handlers (%1) ist länger als der Lauf, oder der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>the task set is unschedulable: there is no bound to compare with</source>
        <translation>die Aufgabenmenge ist nicht einplanbar: es gibt keine Schranke zum Vergleich</translation>
    </message>
    <message>
        <source>the big core&apos;s results differ from the littles&apos; beyond float rounding</source>
        <translation>die Ergebnisse des großen Kerns weichen über Gleitkomma-Rundung hinaus von denen der kleinen ab</translation>
    </message>
    <message>
        <source>each little ran %1 of the %2 tasks per strategy, so that a pass lasts at most about %3 s</source>
        <translation>jeder kleine Kern bearbeitete %1 der %2 Aufgaben je Strategie, damit ein Durchgang höchstens etwa %3 s dauert</translation>
    </message>
    <message>
        <source>the arrays were cut to fit %1 MiB: a task is shorter than task_us</source>
        <translation>die Arrays wurden auf %1 MiB gekürzt: eine Aufgabe ist kürzer als task_us</translation>
    </message>
    <message>
        <source>migrated threads share the big core&apos;s CPU under the kernel&apos;s scheduler (time slices), not first come, first served as in the model</source>
        <translation>migrierte Threads teilen sich die CPU des großen Kerns unter dem Scheduler des Kernels (Zeitscheiben), nicht in Ankunftsreihenfolge wie im Modell</translation>
    </message>
    <message>
        <source>this CPU has neither AVX2 nor AVX-512: the big core&apos;s vector path is scalar too</source>
        <translation>diese CPU hat weder AVX2 noch AVX-512: auch der Vektorpfad des großen Kerns ist skalar</translation>
    </message>
    <message>
        <source>the schedule was cut to its first %1 packets (memory for the packets and their log)</source>
        <translation>der Ablaufplan wurde auf seine ersten %1 Pakete gekürzt (Speicher für die Pakete und ihr Protokoll)</translation>
    </message>
    <message>
        <source>%1 packets failed their checksums and %2 carried another packet&apos;s identity</source>
        <translation>%1 Pakete bestanden ihre Prüfsummen nicht und %2 trugen die Identität eines anderen Pakets</translation>
    </message>
    <message>
        <source>an ACK took the master %1 µs of wall time but only %2 µs of CPU: its core was shared, so the master bound measured here is the scheduler&apos;s, not the model&apos;s</source>
        <translation>ein ACK kostete den Master %1 µs Echtzeit, aber nur %2 µs CPU: sein Kern war geteilt, daher ist die hier gemessene Master-Schranke die des Schedulers, nicht die des Modells</translation>
    </message>
    <message>
        <source>%1 segments were still unacknowledged %2 s after the load ended</source>
        <translation>%1 Segmente waren %2 s nach dem Ende der Last noch unbestätigt</translation>
    </message>
    <message>
        <source>%1 segments failed the receiver&apos;s checksum</source>
        <translation>%1 Segmente bestanden die Prüfsumme des Empfängers nicht</translation>
    </message>
    <message>
        <source>the link emulator delivered up to %1 ms late: it had too little CPU, and the round trip grew by that much</source>
        <translation>der Verbindungsemulator lieferte bis zu %1 ms zu spät: er hatte zu wenig CPU, und die Umlaufzeit wuchs um so viel</translation>
    </message>
    <message>
        <source>the observation log filled after %1 s: statistics cover that part of the run</source>
        <translation>das Beobachtungsprotokoll war nach %1 s voll: die Statistiken umfassen diesen Teil des Laufs</translation>
    </message>
    <message>
        <source>the real network&apos;s batch times scatter around the fitted line s0 + s1·k (see s_fit_error_pct), the master wakes a little late from its timers, and the generator, master and accelerator share the machine&apos;s cores with other programs</source>
        <translation>die Batchzeiten des realen Netzes streuen um die angepasste Gerade s0 + s1·k (siehe s_fit_error_pct), der Master wacht etwas zu spät aus seinen Timern auf, und Generator, Master und Beschleuniger teilen sich die Kerne des Rechners mit anderen Programmen</translation>
    </message>
    <message>
        <source>near saturation the run needs many more batches to settle (warm-up and long correlations)</source>
        <translation>nahe der Sättigung braucht der Lauf viel mehr Batches, um sich einzuschwingen (Einschwingphase und lange Korrelationen)</translation>
    </message>
    <message>
        <source>a 95% CI misses the true value 1 time in 20; rerun with another seed or longer</source>
        <translation>ein 95-%-KI verfehlt den wahren Wert in 1 von 20 Fällen; mit einem anderen Startwert oder länger wiederholen</translation>
    </message>
    <message>
        <source>real SELECTs, UPDATEs and fsyncs have their own costs: a COMMIT slower than the commit time asked for (a disk, a busy VM) or an occasional WAL checkpoint lengthens groups; threads share cores, and the OS adds wake-up latency</source>
        <translation>reale SELECTs, UPDATEs und fsyncs haben eigene Kosten: ein COMMIT, das langsamer ist als die verlangte Commit-Zeit (eine Festplatte, eine ausgelastete VM), oder ein gelegentlicher WAL-Checkpoint verlängert Gruppen; Threads teilen sich Kerne, und das Betriebssystem fügt Aufweckverzögerung hinzu</translation>
    </message>
    <message>
        <source>the writes reach the master as a Poisson stream only when queries are exponential (Burke); the read side is the M/G/c approximation</source>
        <translation>die Schreibvorgänge erreichen den Master nur dann als Poisson-Strom, wenn die Abfragen exponentiell sind (Burke); die Leseseite ist die M/G/c-Näherung</translation>
    </message>
    <message>
        <source>near saturation the run needs many more commits to settle (warm-up and long correlations)</source>
        <translation>nahe der Sättigung braucht der Lauf viel mehr Commits, um sich einzuschwingen (Einschwingphase und lange Korrelationen)</translation>
    </message>
    <message>
        <source>the kernel, not a uniform draw, chooses the cores in symmetric placement: it keeps a task where it ran, so the privileged share differs from k/n, and a short run has few batches</source>
        <translation>bei symmetrischer Platzierung wählt der Kernel die Kerne, nicht eine Gleichverteilung: er lässt eine Aufgabe, wo sie lief, daher weicht der privilegierte Anteil von k/n ab, und ein kurzer Lauf hat wenige Batches</translation>
    </message>
    <message>
        <source>the model is exact here; P is small, so a short run sees few escalations and its interval is wide</source>
        <translation>das Modell ist hier exakt; P ist klein, daher sieht ein kurzer Lauf wenige Eskalationen, und sein Intervall ist breit</translation>
    </message>
    <message>
        <source>the model is exact here: a difference is sampling noise or too short a run</source>
        <translation>das Modell ist hier exakt: eine Abweichung ist Stichprobenrauschen oder ein zu kurzer Lauf</translation>
    </message>
    <message>
        <source>the real signing time, hand-over and think times are what this machine does, not the parameters (the verdict shows the model at the measured ones), and real signing times are nearly constant, which queues less than the MVA assumes near the knee</source>
        <translation>die reale Signierzeit, Übergabe und Denkzeiten sind, was dieser Rechner leistet, nicht die Parameter (das Urteil zeigt das Modell bei den gemessenen), und reale Signierzeiten sind nahezu konstant, was nahe dem Knick weniger Warten erzeugt, als die MVA annimmt</translation>
    </message>
    <message>
        <source>constant signing times: the MVA is exact only for exponential ones and overstates the queue near the knee N*</source>
        <translation>konstante Signierzeiten: die MVA ist nur für exponentielle exakt und überschätzt die Warteschlange nahe dem Knick N*</translation>
    </message>
    <message>
        <source>the MVA is exact here: a difference is sampling noise or too short a run</source>
        <translation>die MVA ist hier exakt: eine Abweichung ist Stichprobenrauschen oder ein zu kurzer Lauf</translation>
    </message>
    <message>
        <source>the real detector looks for each beat a grace after it is due, the master&apos;s beats and the kill land late by the host&apos;s wake-up latency, and a step ends when its slowest worker is done; few incidents give a wide CI</source>
        <translation>der reale Detektor sucht jeden Heartbeat eine Toleranzzeit nach seiner Fälligkeit, die Heartbeats des Masters und das Beenden kommen um die Aufweckverzögerung des Rechners zu spät, und ein Schritt endet, wenn sein langsamster Worker fertig ist; wenige Vorfälle ergeben ein breites KI</translation>
    </message>
    <message>
        <source>the model is exact here: a difference is sampling noise (p_safe and false alarms need many incidents)</source>
        <translation>das Modell ist hier exakt: eine Abweichung ist Stichprobenrauschen (p_safe und Fehlalarme brauchen viele Vorfälle)</translation>
    </message>
    <message>
        <source>a real std::mutex is not FIFO and hands over through the kernel: while a waiter wakes, the lock stands idle, so the ceiling is 1/(S + lock hand-over), and the hand-over depends on who held the lock last</source>
        <translation>ein realer std::mutex ist nicht FIFO und übergibt über den Kernel: während ein Wartender aufwacht, bleibt die Sperre ungenutzt, daher ist die Obergrenze 1/(S + Übergabe der Sperre), und die Übergabe hängt davon ab, wer die Sperre zuletzt hielt</translation>
    </message>
    <message>
        <source>real threads pay a hand-off per request and OS scheduling noise; the ceiling is 1/(S_master + hand-off), not 1/S_master</source>
        <translation>reale Threads zahlen eine Übergabe je Anfrage und das Planungsrauschen des Betriebssystems; die Obergrenze ist 1/(S_master + Übergabe), nicht 1/S_master</translation>
    </message>
    <message>
        <source>near saturation the run needs many more requests to settle (warm-up and long correlations)</source>
        <translation>nahe der Sättigung braucht der Lauf viel mehr Anfragen, um sich einzuschwingen (Einschwingphase und lange Korrelationen)</translation>
    </message>
    <message>
        <source>the real collector&apos;s mark and sweep rates, the live set it finds and the time to stop the mutators are what this machine does (the verdict shows the model at the measured values); the big core&apos;s speed is emulated where the machine has no little cores</source>
        <translation>die Markier- und Kehrraten des realen Kollektors, die lebende Menge, die er findet, und die Zeit zum Anhalten der Mutatoren sind, was dieser Rechner leistet (das Urteil zeigt das Modell bei den gemessenen Werten); die Geschwindigkeit des großen Kerns wird emuliert, wo der Rechner keine kleinen Kerne hat</translation>
    </message>
    <message>
        <source>with constant rates the simulation replays the model&apos;s sums exactly</source>
        <translation>bei konstanten Raten spielt die Simulation die Summen des Modells exakt nach</translation>
    </message>
    <message>
        <source>a real std::mutex is not FIFO and hands over through the kernel: while a waiting worker wakes, the journal stands idle; and fdatasync time varies (tmpfs is almost free, a disk is not)</source>
        <translation>ein realer std::mutex ist nicht FIFO und übergibt über den Kernel: während ein wartender Worker aufwacht, bleibt das Journal ungenutzt; und die Dauer von fdatasync schwankt (tmpfs kostet fast nichts, eine Festplatte schon)</translation>
    </message>
    <message>
        <source>real appends and syncs have their own costs: fdatasync time varies (tmpfs is almost free, a disk is not), threads share cores, and the OS adds wake-up latency</source>
        <translation>reale Anhänge- und Sync-Vorgänge haben eigene Kosten: die Dauer von fdatasync schwankt (tmpfs kostet fast nichts, eine Festplatte schon), Threads teilen sich Kerne, und das Betriebssystem fügt Aufweckverzögerung hinzu</translation>
    </message>
    <message>
        <source>the master&apos;s input is not Poisson unless data work is exponential</source>
        <translation>die Eingabe des Masters ist nur dann Poisson, wenn die Datenarbeit exponentiell ist</translation>
    </message>
    <message>
        <source>near saturation the run needs many more records to settle (warm-up and long correlations)</source>
        <translation>nahe der Sättigung braucht der Lauf viel mehr Datensätze, um sich einzuschwingen (Einschwingphase und lange Korrelationen)</translation>
    </message>
    <message>
        <source>the real master also finds word boundaries and merges real hash maps (its merge grows with the vocabulary, not only with r·ρ), and threads beyond the cores share them</source>
        <translation>der reale Master sucht außerdem Wortgrenzen und führt reale Hash-Tabellen zusammen (sein Zusammenführen wächst mit dem Vokabular, nicht nur mit r·ρ), und Threads über die Kernzahl hinaus teilen sich die Kerne</translation>
    </message>
    <message>
        <source>variable tasks: the model adds the Kruskal–Weiss estimate of the last wave&apos;s excess, an approximation</source>
        <translation>variable Aufgaben: das Modell addiert die Kruskal-Weiss-Schätzung des Überhangs der letzten Welle, eine Näherung</translation>
    </message>
    <message>
        <source>with equal tasks the simulation replays the model&apos;s recurrence exactly</source>
        <translation>bei gleichen Aufgaben spielt die Simulation die Rekursion des Modells exakt nach</translation>
    </message>
    <message>
        <source>real threads pay a hand-off to a core&apos;s queue and OS scheduling noise (more so when threads outnumber cores); the slow cores are emulated by doing slow_factor times the work; a short run&apos;s agent is still learning</source>
        <translation>reale Threads zahlen eine Übergabe an die Warteschlange eines Kerns und das Planungsrauschen des Betriebssystems (mehr, wenn es mehr Threads als Kerne gibt); die langsamen Kerne werden emuliert, indem sie slow_factor-mal so viel arbeiten; in einem kurzen Lauf lernt der Agent noch</translation>
    </message>
    <message>
        <source>the model takes the learned policy as greedy on each task&apos;s expected response time; the agent&apos;s coarse state, its learning phase and its estimates&apos; noise are not in it</source>
        <translation>das Modell nimmt die gelernte Strategie als gierig bezüglich der erwarteten Antwortzeit jeder Aufgabe; der grobe Zustand des Agenten, seine Lernphase und das Rauschen seiner Schätzungen sind nicht enthalten</translation>
    </message>
    <message>
        <source>the chain gives both task sizes the same exponential service (the mixed mean)</source>
        <translation>die Kette gibt beiden Aufgabengrößen dieselbe exponentielle Bedienung (den gemischten Mittelwert)</translation>
    </message>
    <message>
        <source>the model&apos;s latency is its bound, a worst case built on assumptions about Linux (the master&apos;s jitter, the IPC); a real mean lies below it, and what counts is how often a real latency crossed it (Latencies over the bound)</source>
        <translation>die Latenz des Modells ist seine Schranke, ein schlimmster Fall auf Grundlage von Annahmen über Linux (Jitter des Masters, IPC); ein realer Mittelwert liegt darunter, und es zählt, wie oft eine reale Latenz sie überschritt (Latenzen über der Schranke)</translation>
    </message>
    <message>
        <source>the model&apos;s latency is its bound, a worst case (sound, possibly pessimistic), not a mean: the simulated mean lies below it by design, and no simulated command exceeds it (Latencies over the bound is 0)</source>
        <translation>die Latenz des Modells ist seine Schranke, ein schlimmster Fall (sicher, möglicherweise pessimistisch), kein Mittelwert: der simulierte Mittelwert liegt konstruktionsbedingt darunter, und kein simulierter Befehl überschreitet sie (Latenzen über der Schranke ist 0)</translation>
    </message>
    <message>
        <source>the real SIMD speedup, hand-off and re-pin are what this machine does, not the parameters (the verdict shows the model at the measured values), and the big core&apos;s speed is emulated where the machine has no little cores</source>
        <translation>die reale SIMD-Beschleunigung, Übergabe und Neuanheftung sind, was dieser Rechner leistet, nicht die Parameter (das Urteil zeigt das Modell bei den gemessenen Werten), und die Geschwindigkeit des großen Kerns wird emuliert, wo der Rechner keine kleinen Kerne hat</translation>
    </message>
    <message>
        <source>several littles share the big core: the MVA assumes exponential service, the simulation&apos;s times are constant and queue less</source>
        <translation>mehrere kleine Kerne teilen sich den großen Kern: die MVA nimmt exponentielle Bedienung an, die Zeiten der Simulation sind konstant und erzeugen weniger Warten</translation>
    </message>
    <message>
        <source>with one little and constant times the simulation replays the model&apos;s sums exactly</source>
        <translation>mit einem kleinen Kern und konstanten Zeiten spielt die Simulation die Summen des Modells exakt nach</translation>
    </message>
    <message>
        <source>real threads pay a ring hand-off per packet, the hash and checksums on top of the calibrated work, and OS scheduling noise (more so when threads outnumber cores); the real master&apos;s ceiling is 1/(steer + hand-off), not 1/steer</source>
        <translation>reale Threads zahlen je Paket eine Ring-Übergabe, den Hash und die Prüfsummen zusätzlich zur kalibrierten Arbeit sowie das Planungsrauschen des Betriebssystems (mehr, wenn es mehr Threads als Kerne gibt); die Obergrenze des realen Masters ist 1/(steer + Übergabe), nicht 1/steer</translation>
    </message>
    <message>
        <source>on/off bursts are not Poisson: the master queues longer than M/D/1 predicts</source>
        <translation>Ein/Aus-Bursts sind nicht Poisson: der Master hat längere Warteschlangen, als M/D/1 vorhersagt</translation>
    </message>
    <message>
        <source>near saturation the run needs many more packets to settle</source>
        <translation>nahe der Sättigung braucht der Lauf viel mehr Pakete, um sich einzuschwingen</translation>
    </message>
    <message>
        <source>the real master also pays for polling rings and the clock, threads share cores, and the link emulator itself costs time; the %1 bound is the model&apos;s</source>
        <translation>der reale Master zahlt außerdem für das Abfragen der Ringe und die Uhr, Threads teilen sich Kerne, und der Verbindungsemulator selbst kostet Zeit; die Schranke %1 ist die des Modells</translation>
    </message>
    <message>
        <source>random losses make Reno&apos;s mean window larger than Mathis&apos; √(3/(2p)), and every extra segment in flight waits as an ACK at the master</source>
        <translation>zufällige Verluste machen Renos mittleres Fenster größer als Mathis&apos; √(3/(2p)), und jedes zusätzliche Segment unterwegs wartet als ACK beim Master</translation>
    </message>
    <message>
        <source>a random loss soon after a halving leaves the window below the pipe, and the link idles for a while</source>
        <translation>ein zufälliger Verlust kurz nach einer Halbierung lässt das Fenster unter der Leitungskapazität, und die Verbindung läuft eine Weile leer</translation>
    </message>
    <message>
        <source>two bounds are close, and the flow falls short of both where they meet</source>
        <translation>zwei Schranken liegen nah beieinander, und der Fluss bleibt dort, wo sie sich treffen, hinter beiden zurück</translation>
    </message>
    <message>
        <source>losses come at random, not periodically as Mathis assumes, which changes the sawtooth&apos;s shape; timeouts (Padhye) explain only a few percent</source>
        <translation>Verluste kommen zufällig, nicht periodisch wie bei Mathis angenommen, was die Form des Sägezahns ändert; Timeouts (Padhye) erklären nur wenige Prozent</translation>
    </message>
    <message>
        <source>a buffer smaller than the bandwidth-delay product lets the link idle after each halving</source>
        <translation>ein Puffer kleiner als das Bandbreite-Verzögerungs-Produkt lässt die Verbindung nach jeder Halbierung leerlaufen</translation>
    </message>
    <message>
        <source>slow start and the first losses are a transient; a longer run settles it</source>
        <translation>Slow Start und die ersten Verluste sind ein Einschwingvorgang; ein längerer Lauf gleicht das aus</translation>
    </message>
    <message>
        <source>eventfd() failed: the eventfd wake-up is unavailable here</source>
        <translation>eventfd() schlug fehl: das Wecken über eventfd ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>CPU %1 is out of range</source>
        <translation>CPU %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>pthread_setaffinity_np(CPU %1) (system error: %2)</source>
        <translation>pthread_setaffinity_np(CPU %1) (Systemfehler: %2)</translation>
    </message>
    <message>
        <source>asked for CPU %1, runs on CPU %2</source>
        <translation>CPU %1 verlangt, läuft aber auf CPU %2</translation>
    </message>
    <message>
        <source>%1 of %2 arrivals left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 von %2 Ankünften verließen den Generator mehr als %3 µs nach ihrem geplanten Zeitpunkt (schlimmstenfalls %4 µs); ihre Wartezeit zählt trotzdem ab dem geplanten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 of %2 requests left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 von %2 Anfragen verließen den Generator mehr als %3 µs nach ihrem geplanten Zeitpunkt (schlimmstenfalls %4 µs); ihre Wartezeit zählt trotzdem ab dem geplanten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 of %2 tasks left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 von %2 Aufgaben verließen den Generator mehr als %3 µs nach ihrem geplanten Zeitpunkt (schlimmstenfalls %4 µs); ihre Wartezeit zählt trotzdem ab dem geplanten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 of %2 packets left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 von %2 Paketen verließen den Generator mehr als %3 µs nach ihrem geplanten Zeitpunkt (schlimmstenfalls %4 µs); ihre Wartezeit zählt trotzdem ab dem geplanten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 requests were still in the system %2 s after the load ended: the system is overloaded</source>
        <translation>%1 Anfragen waren %2 s nach dem Ende der Last noch im System: das System ist überlastet</translation>
    </message>
    <message>
        <source>%1 tasks were still in the system %2 s after the load ended: the system is overloaded</source>
        <translation>%1 Aufgaben waren %2 s nach dem Ende der Last noch im System: das System ist überlastet</translation>
    </message>
    <message>
        <source>%1 background CPU-spinning thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 Hintergrund-Thread(s), die die CPU mit einer Dauerschleife belegen, liefen absichtlich neben den Plätzen des Labors: die Zeiten enthalten ihre Störung</translation>
    </message>
    <message>
        <source>%1 background memory-streaming thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 Hintergrund-Thread(s), die ununterbrochen Speicher lesen und schreiben, liefen absichtlich neben den Plätzen des Labors: die Zeiten enthalten ihre Störung</translation>
    </message>
    <message>
        <source>seats did not reach the start barrier within %1 s</source>
        <translation>die Plätze erreichten die Startbarriere nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fork() failed (system error: %1)</source>
        <translation>fork() schlug fehl (Systemfehler: %1)</translation>
    </message>
    <message>
        <source>seccomp_init failed</source>
        <translation>seccomp_init schlug fehl</translation>
    </message>
    <message>
        <source>unknown syscall &apos;%1&apos; in the seat&apos;s filter</source>
        <translation>unbekannter Systemaufruf „%1“ im Filter des Platzes</translation>
    </message>
    <message>
        <source>the seccomp filter could not be loaded</source>
        <translation>der seccomp-Filter ließ sich nicht laden</translation>
    </message>
    <message>
        <source>this build has no seccomp support (libseccomp missing)</source>
        <translation>dieser Build unterstützt kein seccomp (libseccomp fehlt)</translation>
    </message>
    <message>
        <source>killed by its syscall filter (SIGSYS: a forbidden system call)</source>
        <translation>von seinem Systemaufruf-Filter beendet (SIGSYS: ein verbotener Systemaufruf)</translation>
    </message>
    <message>
        <source>killed for exceeding its CPU-time limit (SIGXCPU)</source>
        <translation>beendet, weil es sein CPU-Zeitlimit überschritt (SIGXCPU)</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 beendet (%2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>cannot read %1 (system error: %2)</source>
        <translation>%1 kann nicht gelesen werden (Systemfehler: %2)</translation>
    </message>
    <message>
        <source>the probe needs a length between 1 and 1 MiB and a confirm function</source>
        <translation>die Sonde braucht eine Länge zwischen 1 und 1 MiB und eine Bestätigungsfunktion</translation>
    </message>
    <message>
        <source>cannot open %1 (system error: %2)</source>
        <translation>%1 kann nicht geöffnet werden (Systemfehler: %2)</translation>
    </message>
    <message>
        <source>mmap failed (system error: %1)</source>
        <translation>mmap schlug fehl (Systemfehler: %1)</translation>
    </message>
    <message>
        <source>cannot create a directory in %1</source>
        <translation>in %1 kann kein Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 (system error: %2)</source>
        <translation>%1 (Systemfehler: %2)</translation>
    </message>
    <message>
        <source>unknown syscall &apos;%1&apos; in the filter</source>
        <translation>unbekannter Systemaufruf „%1“ im Filter</translation>
    </message>
    <message>
        <source>cannot map %1 bytes of shared memory</source>
        <translation>%1 Bytes gemeinsamer Speicher lassen sich nicht einblenden</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; has no real mode</source>
        <translation>das Labor „%1“ hat keinen realen Modus</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (same utilizations, %2 busy seats on %3 cores)</source>
        <translation>%1 (gleiche Auslastungen, %2 belegte Plätze auf %3 Kernen)</translation>
    </message>
    <message>
        <source>%1 (the real run&apos;s own starting values: %2)</source>
        <translation>%1 (die eigenen Startwerte des realen Laufs: %2)</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; runs its real work at its own time only (time scale 1:1): its durations include real devices and round trips that cannot be made shorter</source>
        <translation>das Labor „%1“ führt seine reale Arbeit nur in seiner eigenen Zeit aus (Zeitmaßstab 1:1): seine Dauern enthalten reale Geräte und Umlaufzeiten, die sich nicht verkürzen lassen</translation>
    </message>
    <message>
        <source>real run %1: %2</source>
        <translation>realer Lauf %1: %2</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for lab &apos;%2&apos;</source>
        <translation>unbekannter Parameter „%1“ für das Labor „%2“</translation>
    </message>
    <message>
        <source>%1 = %2 is not allowed: allowed is %3</source>
        <translation>%1 = %2 ist nicht erlaubt: erlaubt ist %3</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range: allowed is %3</source>
        <translation>%1 = %2 liegt außerhalb des Bereichs: erlaubt ist %3</translation>
    </message>
    <message>
        <source>%1 = %2 is not an integer: allowed is %3</source>
        <translation>%1 = %2 ist keine ganze Zahl: erlaubt ist %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is not allowed: allowed is %3</source>
        <translation>%1 = „%2“ ist nicht erlaubt: erlaubt ist %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value</source>
        <translation>der Parameter „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>duration must be in [0, 1e7] s (0 = automatic)</source>
        <translation>die Dauer muss in [0, 1e7] s liegen (0 = automatisch)</translation>
    </message>
    <message>
        <source>reps must be in [0, 10000] (0 = automatic)</source>
        <translation>die Zahl der Wiederholungen muss in [0, 10000] liegen (0 = automatisch)</translation>
    </message>
    <message>
        <source>time scale must be from 100:1 to 1:10000 (1:k compresses the lab&apos;s time, k:1 stretches it, 1:1 is the lab&apos;s own)</source>
        <translation>der Zeitmaßstab muss zwischen 100:1 und 1:10000 liegen (1:k staucht die Zeit des Labors, k:1 dehnt sie, 1:1 ist die eigene Zeit des Labors)</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; has no simulation</source>
        <translation>das Labor „%1“ hat keine Simulation</translation>
    </message>
    <message>
        <source>a real run lasts at most %1 s</source>
        <translation>ein realer Lauf dauert höchstens %1 s</translation>
    </message>
    <message>
        <source>both runs need a measured %1</source>
        <translation>beide Läufe brauchen einen gemessenen Wert für %1</translation>
    </message>
    <message>
        <source>a paired comparison needs two simulations and at least %1 replication pairs</source>
        <translation>ein gepaarter Vergleich braucht zwei Simulationen und mindestens %1 Replikationspaare</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>run A stopped</source>
        <translation>Lauf A wurde angehalten</translation>
    </message>
    <message>
        <source>run B stopped</source>
        <translation>Lauf B wurde angehalten</translation>
    </message>
    <message>
        <source>a replication measured no %1</source>
        <translation>eine Replikation hat keinen Wert für %1 gemessen</translation>
    </message>
    <message>
        <source>consistent: %1 records in the log, every acknowledged record among them, each matching its data block</source>
        <translation>konsistent: %1 Einträge im Log, jeder bestätigte Eintrag darunter, jeder passend zu seinem Datenblock</translation>
    </message>
    <message>
        <source>INCONSISTENT: %1 corrupt records, %2 acknowledged records missing, %3 records never acknowledged, %4 duplicates, %5 data blocks disagreeing</source>
        <translation>INKONSISTENT: %1 beschädigte Einträge, %2 bestätigte Einträge fehlen, %3 Einträge nie bestätigt, %4 Duplikate, %5 abweichende Datenblöcke</translation>
    </message>
    <message>
        <source>pwrite of the data file failed</source>
        <translation>pwrite in die Datendatei schlug fehl</translation>
    </message>
    <message>
        <source>write of the journal failed</source>
        <translation>das Schreiben des Journals schlug fehl</translation>
    </message>
    <message>
        <source>fdatasync failed</source>
        <translation>fdatasync schlug fehl</translation>
    </message>
    <message>
        <source>group commit, so that a real device&apos;s varying sync time settles in seconds</source>
        <translation>Gruppen-Commit, damit sich die schwankende Sync-Zeit eines realen Geräts in Sekunden einpendelt</translation>
    </message>
    <message>
        <source>read of the corpus failed</source>
        <translation>das Lesen des Korpus schlug fehl</translation>
    </message>
    <message>
        <source>data_dir: %1</source>
        <translation>data_dir: %1</translation>
    </message>
    <message>
        <source>write of the corpus failed</source>
        <translation>das Schreiben des Korpus schlug fehl</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>SQLite cannot prepare &apos;%1&apos;</source>
        <translation>SQLite kann „%1“ nicht vorbereiten</translation>
    </message>
    <message>
        <source>SQLite failed on &apos;%1&apos;</source>
        <translation>SQLite scheiterte an „%1“</translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the balance could not be checked: %1</source>
        <translation>der Kontostand ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>balance unchanged: %1 over %2 accounts after %3 committed transfers, every acknowledged one among them</source>
        <translation>Kontostand unverändert: %1 auf %2 Konten nach %3 festgeschriebenen Überweisungen, jede bestätigte darunter</translation>
    </message>
    <message>
        <source>BALANCE CHECK FAILED: total %1 (expected %2), %3 acknowledged transfers missing, integrity check: %4</source>
        <translation>KONTOSTANDPRÜFUNG FEHLGESCHLAGEN: Summe %1 (erwartet %2), %3 bestätigte Überweisungen fehlen, Integritätsprüfung: %4</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium ließ sich nicht initialisieren</translation>
    </message>
    <message>
        <source>the gatekeeper never published its key</source>
        <translation>der Gatekeeper hat seinen Schlüssel nie veröffentlicht</translation>
    </message>
    <message>
        <source>libsodium fails its own checks</source>
        <translation>libsodium besteht seine eigenen Prüfungen nicht</translation>
    </message>
    <message>
        <source>re-pinning to the big core&apos;s CPU %1 failed: %2</source>
        <translation>das Umbinden auf die CPU %1 des großen Kerns schlug fehl: %2</translation>
    </message>
    <message>
        <source>re-pinning back to CPU %1 failed: %2</source>
        <translation>das Zurückbinden auf CPU %1 schlug fehl: %2</translation>
    </message>
    <message>
        <source>an untrusted task could not be started: %1</source>
        <translation>eine nicht vertrauenswürdige Aufgabe ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 asked for CPU %2 but ran on CPU %3</source>
        <translation>%1 verlangte CPU %2, lief aber auf CPU %3</translation>
    </message>
    <message>
        <source>%1 shares CPU %2 with %3</source>
        <translation>%1 teilt sich CPU %2 mit %3</translation>
    </message>
    <message>
        <source>virtual machine: the hypervisor can stop any thread at any time, so real timings include its noise</source>
        <translation>virtuelle Maschine: der Hypervisor kann jeden Thread jederzeit anhalten, daher enthalten reale Zeitmessungen sein Rauschen</translation>
    </message>
    <message>
        <source>%1 threads of other programs were ready to run on %2 CPUs when the run started: they compete with the pinned threads, so real timings include their interference</source>
        <translation>%1 Threads anderer Programme waren beim Start des Laufs auf %2 CPUs lauffähig: sie konkurrieren mit den angehefteten Threads, daher enthalten reale Zeitmessungen ihre Störung</translation>
    </message>
    <message>
        <source>CPU %1: %2</source>
        <translation>CPU %1: %2</translation>
    </message>
    <message>
        <source>unpinned: %1</source>
        <translation>nicht angeheftet: %1</translation>
    </message>
    <message>
        <source>%1 threads on %2 cores: oversubscribed</source>
        <translation>%1 Threads auf %2 Kernen: überbelegt</translation>
    </message>
    <message>
        <source>%1 threads on %2 cores: oversubscribed (%3)</source>
        <translation>%1 Threads auf %2 Kernen: überbelegt (%3)</translation>
    </message>
    <message>
        <source>%1 (same utilizations, %2 busy seats on one core)</source>
        <translation>%1 (gleiche Auslastungen, %2 belegte Plätze auf einem Kern)</translation>
    </message>
    <message>
        <source>%1 cores, %2 privileged → mapped onto this machine&apos;s %3 CPUs: privileged %4, small %5 (k/n = %6 here, %7 in the model)</source>
        <translation>%1 Kerne, davon %2 privilegiert → auf die %3 CPUs dieses Rechners abgebildet: privilegiert %4, klein %5 (k/n = %6 hier, %7 im Modell)</translation>
    </message>
    <message>
        <source>%1 cores, %2 privileged → CPUs privileged %3, small %4</source>
        <translation>%1 Kerne, davon %2 privilegiert → CPUs privilegiert %3, klein %4</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a folder, or empty for a temporary one</source>
        <translation>ein Ordner, oder leer für einen temporären</translation>
    </message>
    <message>
        <source>JSON rows [[%1], ...] of %2 to %3 rows</source>
        <translation>JSON-Zeilen [[%1], ...], %2 bis %3 Zeilen</translation>
    </message>
    <message>
        <source>an integer in [%1, %2]</source>
        <translation>eine ganze Zahl in [%1; %2]</translation>
    </message>
    <message>
        <source>an integer in [%1, %2] %3</source>
        <translation>eine ganze Zahl in [%1; %2] %3</translation>
    </message>
    <message>
        <source>a number in [%1, %2]</source>
        <translation>eine Zahl in [%1; %2]</translation>
    </message>
    <message>
        <source>a number in [%1, %2] %3</source>
        <translation>eine Zahl in [%1; %2] %3</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; known parameters: %2</source>
        <translation>unbekannter Parameter „%1“; bekannte Parameter: %2</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2: allowed is %3</source>
        <translation>ungültiger Wert „%1“ für %2: erlaubt ist %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is not a folder: allowed is %3</source>
        <translation>%1 = „%2“ ist kein Ordner: erlaubt ist %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is a folder this program cannot write to: allowed is %3</source>
        <translation>%1 = „%2“ ist ein Ordner, in den dieses Programm nicht schreiben kann: erlaubt ist %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for %2: allowed is %3</source>
        <translation>„%1“ ist keine Zahl für %2: erlaubt ist %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer for %2: allowed is %3</source>
        <translation>„%1“ ist keine ganze Zahl für %2: erlaubt ist %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form key=value</source>
        <translation>„%1“ hat nicht die Form Schlüssel=Wert</translation>
    </message>
</context>
</TS>
