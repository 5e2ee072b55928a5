<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>amp::run</name>
    <message>
        <source>transient: no warm-up deleted</source>
        <translation>transitorio: no se descarta calentamiento</translation>
    </message>
    <message>
        <source>warm-up by MSER-5 on a pilot replication: %1 s deleted</source>
        <translation>calentamiento por MSER-5 en una replicación piloto: %1 s descartados</translation>
    </message>
    <message>
        <source>fixed warm-up %1 s</source>
        <translation>calentamiento fijo de %1 s</translation>
    </message>
    <message>
        <source>%1 replications of at most %2 simulated s each (until done), one outcome per replication</source>
        <translation>%1 replicaciones de como máximo %2 s simulados cada una (hasta terminar), un resultado por replicación</translation>
    </message>
    <message>
        <source>%1 replications of %2 simulated s</source>
        <translation>%1 replicaciones de %2 s simulados</translation>
    </message>
    <message>
        <source>%1 (precision target: %2 95% CI half-width within %3% of its mean, min %4, max %5 replications; reached %6%)</source>
        <translation>%1 (objetivo de precisión: semiamplitud del IC del 95% de %2 dentro del %3% de su media, mín. %4, máx. %5 replicaciones; alcanzado %6%)</translation>
    </message>
    <message>
        <source>precision target not reached within the maximum length</source>
        <translation>objetivo de precisión no alcanzado dentro de la duración máxima</translation>
    </message>
    <message>
        <source>%1 (fixed: the system is unstable, so no precision target)</source>
        <translation>%1 (fija: el sistema es inestable, así que no hay objetivo de precisión)</translation>
    </message>
    <message>
        <source>one real run until the job was done (%1 s), nothing deleted as warm-up</source>
        <translation>una ejecución real hasta terminar el trabajo (%1 s), nada descartado como calentamiento</translation>
    </message>
    <message>
        <source>%1 real runs until the job was done (%2 s on average), nothing deleted as warm-up</source>
        <translation>%1 ejecuciones reales hasta terminar el trabajo (%2 s de media), nada descartado como calentamiento</translation>
    </message>
    <message>
        <source>one real run of %1 s, first %2 s deleted as warm-up</source>
        <translation>una ejecución real de %1 s, los primeros %2 s descartados como calentamiento</translation>
    </message>
    <message>
        <source>%1 real runs of %2 s each, first %3 s deleted as warm-up</source>
        <translation>%1 ejecuciones reales de %2 s cada una, los primeros %3 s descartados como calentamiento</translation>
    </message>
    <message>
        <source>one real run until %1&apos;s 95% CI half-width was within %2% of its mean (at most %3 s): %4 s, first %5 s deleted as warm-up</source>
        <translation>una ejecución real hasta que la semiamplitud del IC del 95% de %1 quedó dentro del %2% de su media (como máximo %3 s): %4 s, los primeros %5 s descartados como calentamiento</translation>
    </message>
    <message>
        <source>%1 real runs until %2&apos;s 95% CI half-width was within %3% of its mean (at most %4 s): %5 s on average, first %6 s deleted as warm-up</source>
        <translation>%1 ejecuciones reales hasta que la semiamplitud del IC del 95% de %2 quedó dentro del %3% de su media (como máximo %4 s): %5 s de media, los primeros %6 s descartados como calentamiento</translation>
    </message>
    <message>
        <source>precision target not reached within the maximum length of %1 s</source>
        <translation>objetivo de precisión no alcanzado dentro de la duración máxima de %1 s</translation>
    </message>
    <message>
        <source>the lab reports no live values of its key metric, so the run lasted a fixed %1 s</source>
        <translation>el laboratorio no informa valores en vivo de su métrica principal, así que la ejecución duró %1 s fijos</translation>
    </message>
    <message>
        <source>CI across runs (Student t); host facts from run 1</source>
        <translation>IC entre ejecuciones (t de Student); datos del equipo de la ejecución 1</translation>
    </message>
    <message>
        <source>one outcome, so no CI (--reps 2 or more gives one across runs)</source>
        <translation>un solo resultado, así que no hay IC (--reps 2 o más da uno entre ejecuciones)</translation>
    </message>
    <message>
        <source>CI of the sojourn by batch means within the run (--reps 2 or more gives every metric a CI across runs)</source>
        <translation>IC del tiempo de estancia por medias de lotes dentro de la ejecución (--reps 2 o más da a cada métrica un IC entre ejecuciones)</translation>
    </message>
    <message>
        <source>the lab&apos;s seats outnumber this machine&apos;s cores; fitted to it, the run would use %1</source>
        <translation>el laboratorio tiene más puestos que núcleos esta máquina; ajustada a ella, la ejecución usaría %1</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>ejecución %1: %2</translation>
    </message>
    <message>
        <source>at the service times this run measured, the model predicts unbounded queues (the %1 is saturated): the host, not queueing theory, limits what was measured</source>
        <translation>con los tiempos de servicio medidos en esta ejecución, el modelo predice colas sin límite (saturado: %1): el equipo, no la teoría de colas, limita lo medido</translation>
    </message>
    <message>
        <source>%1: the schedule drew %2, the host added %3</source>
        <translation>%1: el calendario sorteó %2, el equipo añadió %3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Model at the requested service %1, at the measured service %2; measured %3 [%4, %5]</source>
        <translation>Modelo con el servicio pedido %1, con el servicio medido %2; medido %3 [%4; %5]</translation>
    </message>
    <message>
        <source>at the measured service the model is inside the CI: no queueing beyond the model</source>
        <translation>con el servicio medido el modelo está dentro del IC: ninguna espera más allá del modelo</translation>
    </message>
    <message>
        <source>queueing beyond the model at the measured service: %1</source>
        <translation>espera más allá del modelo con el servicio medido: %1</translation>
    </message>
    <message>
        <source>The service times this run measured (%1) move the model by %2; %3</source>
        <translation>Los tiempos de servicio medidos en esta ejecución (%1) mueven el modelo un %2; %3</translation>
    </message>
    <message>
        <source>The service times this run measured move the model by %1; %2</source>
        <translation>Los tiempos de servicio medidos en esta ejecución mueven el modelo un %1; %2</translation>
    </message>
    <message>
        <source>model only: run a simulation to compare</source>
        <translation>solo modelo: ejecute una simulación para comparar</translation>
    </message>
    <message>
        <source>unstable: the model predicts unbounded queues</source>
        <translation>inestable: el modelo predice colas sin límite</translation>
    </message>
    <message>
        <source>unstable: the model predicts unbounded queues at the %1</source>
        <translation>inestable: el modelo predice colas sin límite (cuello de botella: %1)</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1; queues grow without bound (the simulation capped them), so no steady-state value exists</source>
        <translation>inestable: utilización ≥ 1; las colas crecen sin límite (la simulación las limitó), así que no existe valor estacionario</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1 at the %1; queues grow without bound (the simulation capped them), so no steady-state value exists</source>
        <translation>inestable: utilización ≥ 1 (cuello de botella: %1); las colas crecen sin límite (la simulación las limitó), así que no existe valor estacionario</translation>
    </message>
    <message>
        <source>no model value for %1 to compare</source>
        <translation>no hay valor del modelo para %1 con el que comparar</translation>
    </message>
    <message>
        <source>one real run gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model</source>
        <translation>una ejecución real no da intervalo de confianza para %1 (medido %2, modelo %3): ejecute con --reps 2 o más para juzgar el modelo</translation>
    </message>
    <message>
        <source>one replication gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model</source>
        <translation>una replicación no da intervalo de confianza para %1 (medido %2, modelo %3): ejecute con --reps 2 o más para juzgar el modelo</translation>
    </message>
    <message>
        <source>all %1 replications measured the same %2 (measured %3, model %4): no confidence interval to judge the model by</source>
        <translation>las %1 replicaciones midieron el mismo %2 (medido %3, modelo %4): no hay intervalo de confianza con el que juzgar el modelo</translation>
    </message>
    <message>
        <source>model inside the real run&apos;s 95% CI</source>
        <translation>modelo dentro del IC del 95% de la ejecución real</translation>
    </message>
    <message>
        <source>model inside the simulation&apos;s 95% CI</source>
        <translation>modelo dentro del IC del 95% de la simulación</translation>
    </message>
    <message>
        <source>the service times this run measured explain the gap</source>
        <translation>los tiempos de servicio medidos en esta ejecución explican la diferencia</translation>
    </message>
    <message>
        <source>at the service times this run measured (%1) the %2 is saturated: the host, not queueing theory, limits what was measured</source>
        <translation>con los tiempos de servicio medidos en esta ejecución (%1) queda saturado: %2; el equipo, no la teoría de colas, limita lo medido</translation>
    </message>
    <message>
        <source>at the service times this run measured the %1 is saturated: the host, not queueing theory, limits what was measured</source>
        <translation>con los tiempos de servicio medidos en esta ejecución queda saturado: %1; el equipo, no la teoría de colas, limita lo medido</translation>
    </message>
    <message>
        <source>the run&apos;s threads outnumbered this machine&apos;s %1 cores (see where they ran): a thread waited for a CPU while another ran on it, which the model does not include</source>
        <translation>la ejecución tuvo más hilos que los %1 núcleos de esta máquina (vea dónde se ejecutaron): un hilo esperó una CPU mientras otro se ejecutaba en ella, algo que el modelo no incluye</translation>
    </message>
    <message>
        <source>the real engine&apos;s service times and hand-off, measured, move the model by %1; the rest is what the host adds beyond them</source>
        <translation>los tiempos de servicio y el traspaso medidos del motor real mueven el modelo un %1; el resto es lo que el equipo añade además</translation>
    </message>
    <message>
        <source>at this light load (utilization ≤ %1) the gap is the real engine&apos;s own: service times, hand-offs and OS noise, not queueing</source>
        <translation>con esta carga ligera (utilización ≤ %1) la diferencia es propia del motor real: tiempos de servicio, traspasos y ruido del sistema operativo, no espera en cola</translation>
    </message>
    <message>
        <source>the model is an approximation here</source>
        <translation>aquí el modelo es una aproximación</translation>
    </message>
    <message>
        <source>the model is an approximation here (%1)</source>
        <translation>aquí el modelo es una aproximación (%1)</translation>
    </message>
    <message>
        <source>model outside the real run&apos;s 95% CI for %1 (model %2, measured %3, %4%): %5</source>
        <translation>modelo fuera del IC del 95% de la ejecución real para %1 (modelo %2, medido %3, %4%): %5</translation>
    </message>
    <message>
        <source>model outside the simulation&apos;s 95% CI for %1 (model %2, measured %3, %4%): %5</source>
        <translation>modelo fuera del IC del 95% de la simulación para %1 (modelo %2, medido %3, %4%): %5</translation>
    </message>
    <message>
        <source>%1 (the model is an approximation: %2)</source>
        <translation>%1 (el modelo es una aproximación: %2)</translation>
    </message>
    <message>
        <source>unstable: utilization ≥ 1 at the %1</source>
        <translation>inestable: utilización ≥ 1 (cuello de botella: %1)</translation>
    </message>
    <message>
        <source>analytic model</source>
        <translation>modelo analítico</translation>
    </message>
    <message>
        <source>time scale %1: the lab&apos;s work ran %2× shorter and its arrivals came %2× denser; results are in the lab&apos;s time; fixed costs (hand-off, wake-up, system calls) did not shrink, so they weigh %2× more than at 1:1</source>
        <translation>escala de tiempo %1: el trabajo del laboratorio duró %2× menos y sus llegadas fueron %2× más densas; los resultados están en el tiempo del laboratorio; los costes fijos (traspaso, despertar, llamadas al sistema) no se redujeron, así que pesan %2× más que a 1:1</translation>
    </message>
    <message>
        <source>time scale %1: the lab&apos;s work ran %2× longer and its arrivals came %2× sparser; results are in the lab&apos;s time; fixed costs (hand-off, wake-up, system calls) did not grow, so they weigh %2× less than at 1:1</source>
        <translation>escala de tiempo %1: el trabajo del laboratorio duró %2× más y sus llegadas fueron %2× más espaciadas; los resultados están en el tiempo del laboratorio; los costes fijos (traspaso, despertar, llamadas al sistema) no crecieron, así que pesan %2× menos que a 1:1</translation>
    </message>
</context>
</TS>
