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
</context>
</TS>
