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
    <message>
        <source>%1 of %2 %3 left the generator more than %4 µs after their scheduled time (worst %5 µs); their waits still count from the scheduled time</source>
        <translation>%1 de %2 %3 salieron del generador más de %4 µs después de su instante previsto (el peor, %5 µs); su espera se sigue contando desde el instante previsto</translation>
    </message>
    <message>
        <source>the work kernel missed its requested durations by %1% in calibration</source>
        <translation>el núcleo de trabajo falló por un %1% las duraciones pedidas en la calibración</translation>
    </message>
    <message>
        <source>a unit of work on CPU %1 (%2) cost %3% more after the run than in calibration: where the host&apos;s speed moved like this during the run, its work-clock services took longer than requested</source>
        <translation>una unidad de trabajo en la CPU %1 (%2) costó un %3% más tras la ejecución que en la calibración: donde la velocidad del equipo cambió así durante la ejecución, sus servicios con reloj de trabajo duraron más de lo pedido</translation>
    </message>
    <message>
        <source>a unit of work on CPU %1 (%2) cost %3% less after the run than in calibration: where the host&apos;s speed moved like this during the run, its work-clock services took less time than requested</source>
        <translation>una unidad de trabajo en la CPU %1 (%2) costó un %3% menos tras la ejecución que en la calibración: donde la velocidad del equipo cambió así durante la ejecución, sus servicios con reloj de trabajo duraron menos de lo pedido</translation>
    </message>
    <message>
        <source>re-checked after the run, the work kernel missed the run&apos;s own service times by %1%</source>
        <translation>comprobado de nuevo tras la ejecución, el núcleo de trabajo falló por un %1% los tiempos de servicio de la propia ejecución</translation>
    </message>
    <message>
        <source>%1 %2 were still in the system %3 s after the load ended: the system is overloaded</source>
        <translation>%1 %2 seguían en el sistema %3 s después de terminar la carga: el sistema está sobrecargado</translation>
    </message>
    <message>
        <source>%1 background %2 thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 hilo(s) de fondo (%2) se ejecutaron a propósito junto a los puestos del laboratorio: los tiempos incluyen su interferencia</translation>
    </message>
    <message>
        <source>%1 asked for SCHED_FIFO but the system did not allow it: it ran at normal priority</source>
        <translation>%1 pidió SCHED_FIFO pero el sistema no lo permitió: se ejecutó con prioridad normal</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 requests to keep their log in memory</source>
        <translation>el calendario se recortó a %1 peticiones para mantener su registro en memoria</translation>
    </message>
    <message>
        <source>the network&apos;s batch times are far from a line s0 + s1·k on this machine (RMS error %1%): the model at the measured s0, s1 is rough</source>
        <translation>los tiempos por lote de la red se alejan mucho de una recta s0 + s1·k en esta máquina (error RMS %1%): el modelo con los s0, s1 medidos es tosco</translation>
    </message>
    <message>
        <source>the fitted setup time was negative and is shown as 0</source>
        <translation>el tiempo de preparación ajustado era negativo y se muestra como 0</translation>
    </message>
    <message>
        <source>the network ran %1× slower during the run than during its calibration (other programs on its core): the model is evaluated at the calibrated line scaled by that (facts s0_run_ms, s1_run_ms)</source>
        <translation>la red fue %1× más lenta durante la ejecución que en su calibración (otros programas en su núcleo): el modelo se evalúa en la recta calibrada escalada por ese factor (datos s0_run_ms, s1_run_ms)</translation>
    </message>
    <message>
        <source>%1 requests answered more than once, %2 not at all</source>
        <translation>%1 peticiones respondidas más de una vez, %2 ninguna vez</translation>
    </message>
    <message>
        <source>%1 of %2 batched answers differ from the network run on the request alone</source>
        <translation>%1 de %2 respuestas por lotes difieren de la red ejecutada solo sobre la petición</translation>
    </message>
    <message>
        <source>cancelled: requests still waiting were not answered</source>
        <translation>cancelado: las peticiones que aún esperaban no se respondieron</translation>
    </message>
    <message>
        <source>overloaded: %1 requests were still waiting when the drain limit was reached</source>
        <translation>sobrecargado: %1 peticiones seguían esperando al alcanzar el límite de vaciado</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 transactions to keep their log in memory</source>
        <translation>el calendario se recortó a %1 transacciones para mantener su registro en memoria</translation>
    </message>
    <message>
        <source>cancelled: the balance was checked on what was committed up to the cancel</source>
        <translation>cancelado: el saldo se comprobó sobre lo confirmado hasta la cancelación</translation>
    </message>
    <message>
        <source>the writer was killed inside its COMMIT: SQLite rolled the unfinished group back when the bank was re-opened</source>
        <translation>el escritor fue abortado dentro de su COMMIT: SQLite deshizo el grupo sin terminar al reabrir el banco</translation>
    </message>
    <message>
        <source>the writer was killed inside a transaction: SQLite rolled the unfinished group back when the bank was re-opened</source>
        <translation>el escritor fue abortado dentro de una transacción: SQLite deshizo el grupo sin terminar al reabrir el banco</translation>
    </message>
    <message>
        <source>overloaded: %1 transactions were still in the system when the drain limit was reached</source>
        <translation>sobrecargado: %1 transacciones seguían en el sistema al alcanzar el límite de vaciado</translation>
    </message>
    <message>
        <source>the real COMMIT is slower than the commit time per group asked for: most commits took longer than the model assumes</source>
        <translation>el COMMIT real es más lento que el tiempo de confirmación por grupo pedido: la mayoría de las confirmaciones tardaron más de lo que supone el modelo</translation>
    </message>
    <message>
        <source>this machine has fewer CPUs than the lab&apos;s %1 cores: %2</source>
        <translation>esta máquina tiene menos CPU que los %1 núcleos del laboratorio: %2</translation>
    </message>
    <message>
        <source>one CPU: no privileged core can be kept apart, so the untrusted tasks share it with the master and no quantum counts as privileged</source>
        <translation>una CPU: no se puede apartar ningún núcleo privilegiado, así que las tareas no fiables la comparten con el maestro y ningún cuanto cuenta como privilegiado</translation>
    </message>
    <message>
        <source>this build has no syscall filter (libseccomp missing): escalated tasks were not stopped (%1 escaped)</source>
        <translation>esta compilación no tiene filtro de llamadas al sistema (falta libseccomp): las tareas escaladas no se detuvieron (%1 escaparon)</translation>
    </message>
    <message>
        <source>the last batch did not end in time: it was killed</source>
        <translation>el último lote no terminó a tiempo: se abortó</translation>
    </message>
    <message>
        <source>the scan of the workers&apos; memory could not run: %1</source>
        <translation>el escaneo de la memoria de los trabajadores no pudo ejecutarse: %1</translation>
    </message>
    <message>
        <source>thread isolation: a worker thread read the signing key from its own address space (%1); the guarded page stops a stray pointer, not a thread of the same process</source>
        <translation>aislamiento por hilos: un hilo trabajador leyó la clave de firma de su propio espacio de direcciones (%1); la página protegida detiene un puntero perdido, no un hilo del mismo proceso</translation>
    </message>
    <message>
        <source>thread isolation, yet the scan did not find the key: the scan missed it</source>
        <translation>aislamiento por hilos y, aun así, el escaneo no encontró la clave: el escaneo la pasó por alto</translation>
    </message>
    <message>
        <source>the gatekeeper&apos;s scan of its own memory did not find the key: the absence in the workers&apos; memory proves less</source>
        <translation>el escaneo del guardián en su propia memoria no encontró la clave: su ausencia en la memoria de los trabajadores prueba menos</translation>
    </message>
    <message>
        <source>%1 mappings of the workers&apos; process were too large to scan (a sanitizer&apos;s shadow memory): the key&apos;s absence there is not checked</source>
        <translation>%1 mapeos del proceso de los trabajadores eran demasiado grandes para escanearlos (memoria sombra de un sanitizer): allí no se comprueba la ausencia de la clave</translation>
    </message>
    <message>
        <source>%1 of the workers&apos; memory could not be read by the scan</source>
        <translation>el escaneo no pudo leer %1 de la memoria de los trabajadores</translation>
    </message>
    <message>
        <source>not every signature was valid: %1</source>
        <translation>no todas las firmas eran válidas: %1</translation>
    </message>
    <message>
        <source>the load ended after %1 requests, the most the clients keep for checking</source>
        <translation>la carga terminó tras %1 peticiones, el máximo que los clientes guardan para comprobar</translation>
    </message>
    <message>
        <source>one core: the gatekeeper and the clients take turns on it and sleep while they wait, so every hand-over includes a wake-up</source>
        <translation>un núcleo: el guardián y los clientes se turnan en él y duermen mientras esperan, así que cada traspaso incluye un despertar</translation>
    </message>
    <message>
        <source>%1 heartbeat(s) the master sent came after the detector&apos;s grace of %2 ms (the master woke late) and counted as lost: detection came earlier, and false alarms more often, than the model&apos;s loss rate says</source>
        <translation>%1 latido(s) enviados por el maestro llegaron después del margen del detector de %2 ms (el maestro despertó tarde) y contaron como perdidos: la detección llegó antes, y las falsas alarmas más a menudo, de lo que dice la tasa de pérdidas del modelo</translation>
    </message>
    <message>
        <source>a protocol step was lost or run twice</source>
        <translation>un paso del protocolo se perdió o se ejecutó dos veces</translation>
    </message>
    <message>
        <source>the incident did not end within %1 s</source>
        <translation>el incidente no terminó en %1 s</translation>
    </message>
    <message>
        <source>the schedule had %1 requests; only the first %2 were run</source>
        <translation>el calendario tenía %1 peticiones; solo se ejecutaron las primeras %2</translation>
    </message>
    <message>
        <source>the live structures did not fit in the heap: raise heap_objects</source>
        <translation>las estructuras vivas no cabían en el montículo: aumente heap_objects</translation>
    </message>
    <message>
        <source>the collector freed a reachable node or kept an unreachable one</source>
        <translation>el recolector liberó un nodo alcanzable o conservó uno inalcanzable</translation>
    </message>
    <message>
        <source>%1 parallel collector threads share %2 little CPU(s): they take turns, and the parallel pause shows it</source>
        <translation>%1 hilos recolectores paralelos comparten %2 CPU pequeña(s): se turnan, y la pausa paralela lo refleja</translation>
    </message>
    <message>
        <source>the schedule was cut to %1 writes to keep the stream in memory</source>
        <translation>el calendario se recortó a %1 escrituras para mantener el flujo en memoria</translation>
    </message>
    <message>
        <source>journal check failed: %1</source>
        <translation>falló la comprobación del diario: %1</translation>
    </message>
    <message>
        <source>cancelled: the check above covers what was written up to the cancel</source>
        <translation>cancelado: la comprobación anterior cubre lo escrito hasta la cancelación</translation>
    </message>
    <message>
        <source>overloaded: %1 writes were still waiting when the drain limit was reached; they were not journaled</source>
        <translation>sobrecargado: %1 escrituras seguían esperando al alcanzar el límite de vaciado; no se registraron en el diario</translation>
    </message>
    <message>
        <source>the real device is slower than the log device time per commit asked for: most syncs took longer than the model assumes</source>
        <translation>el dispositivo real es más lento que el tiempo de dispositivo por confirmación pedido: la mayoría de las sincronizaciones tardaron más de lo que supone el modelo</translation>
    </message>
    <message>
        <source>the corpus was cut to %1 MiB: the job is shorter than work_s</source>
        <translation>el corpus se recortó a %1 MiB: el trabajo es más corto que work_s</translation>
    </message>
    <message>
        <source>the merged counts differ from a single-threaded count</source>
        <translation>los recuentos combinados difieren de un recuento con un solo hilo</translation>
    </message>
    <message>
        <source>explore_overhead_ms needs a twin of the same learner that never explores, on the same tasks: it comes from the simulation only</source>
        <translation>explore_overhead_ms necesita un gemelo del mismo aprendiz que nunca explora, con las mismas tareas: solo proviene de la simulación</translation>
    </message>
    <message>
        <source>a virtual machine&apos;s tail is long: a virtual CPU can be descheduled by the hypervisor at any moment, so p99.9 and max wake-up latencies here say more about the host than about the mechanism</source>
        <translation>la cola de una máquina virtual es larga: el hipervisor puede desplanificar una CPU virtual en cualquier momento, así que p99.9 y la latencia máxima de despertar dicen aquí más del equipo que del mecanismo</translation>
    </message>
    <message>
        <source>a spinning SCHED_FIFO thread is throttled by the kernel for a share of every second (sched_rt_runtime_us), which shows as rare, very long wake-ups</source>
        <translation>el núcleo frena un hilo SCHED_FIFO en espera activa durante una parte de cada segundo (sched_rt_runtime_us), lo que aparece como despertares raros y muy largos</translation>
    </message>
    <message>
        <source>%1 commands were lost: the worker fell a whole ring behind</source>
        <translation>se perdieron %1 órdenes: el trabajador se retrasó un anillo entero</translation>
    </message>
    <message>
        <source>no command was handled: the handler&apos;s period (%1) is longer than the run, or the run was cancelled</source>
        <translation>no se atendió ninguna orden: el periodo del manejador (%1) es más largo que la ejecución, o la ejecución se canceló</translation>
    </message>
    <message>
        <source>the task set is unschedulable: there is no bound to compare with</source>
        <translation>el conjunto de tareas no es planificable: no hay cota con la que comparar</translation>
    </message>
    <message>
        <source>the big core&apos;s results differ from the littles&apos; beyond float rounding</source>
        <translation>los resultados del núcleo grande difieren de los de los pequeños más allá del redondeo en coma flotante</translation>
    </message>
    <message>
        <source>each little ran %1 of the %2 tasks per strategy, so that a pass lasts at most about %3 s</source>
        <translation>cada núcleo pequeño ejecutó %1 de las %2 tareas por estrategia, para que una pasada dure como mucho unos %3 s</translation>
    </message>
    <message>
        <source>the arrays were cut to fit %1 MiB: a task is shorter than task_us</source>
        <translation>los vectores se recortaron para caber en %1 MiB: una tarea es más corta que task_us</translation>
    </message>
    <message>
        <source>migrated threads share the big core&apos;s CPU under the kernel&apos;s scheduler (time slices), not first come, first served as in the model</source>
        <translation>los hilos migrados comparten la CPU del núcleo grande bajo el planificador del núcleo del sistema (porciones de tiempo), no por orden de llegada como en el modelo</translation>
    </message>
    <message>
        <source>this CPU has neither AVX2 nor AVX-512: the big core&apos;s vector path is scalar too</source>
        <translation>esta CPU no tiene AVX2 ni AVX-512: la ruta vectorial del núcleo grande también es escalar</translation>
    </message>
    <message>
        <source>the schedule was cut to its first %1 packets (memory for the packets and their log)</source>
        <translation>el calendario se recortó a sus primeros %1 paquetes (memoria para los paquetes y su registro)</translation>
    </message>
    <message>
        <source>%1 packets failed their checksums and %2 carried another packet&apos;s identity</source>
        <translation>%1 paquetes fallaron sus sumas de comprobación y %2 llevaban la identidad de otro paquete</translation>
    </message>
    <message>
        <source>an ACK took the master %1 µs of wall time but only %2 µs of CPU: its core was shared, so the master bound measured here is the scheduler&apos;s, not the model&apos;s</source>
        <translation>un ACK le costó al maestro %1 µs de tiempo real pero solo %2 µs de CPU: su núcleo estaba compartido, así que la cota del maestro medida aquí es la del planificador, no la del modelo</translation>
    </message>
    <message>
        <source>%1 segments were still unacknowledged %2 s after the load ended</source>
        <translation>%1 segmentos seguían sin confirmar %2 s después de terminar la carga</translation>
    </message>
    <message>
        <source>%1 segments failed the receiver&apos;s checksum</source>
        <translation>%1 segmentos fallaron la suma de comprobación del receptor</translation>
    </message>
    <message>
        <source>the link emulator delivered up to %1 ms late: it had too little CPU, and the round trip grew by that much</source>
        <translation>el emulador de enlace entregó hasta %1 ms tarde: tuvo poca CPU, y el tiempo de ida y vuelta creció en esa medida</translation>
    </message>
    <message>
        <source>the observation log filled after %1 s: statistics cover that part of the run</source>
        <translation>el registro de observaciones se llenó tras %1 s: las estadísticas cubren esa parte de la ejecución</translation>
    </message>
    <message>
        <source>the real network&apos;s batch times scatter around the fitted line s0 + s1·k (see s_fit_error_pct), the master wakes a little late from its timers, and the generator, master and accelerator share the machine&apos;s cores with other programs</source>
        <translation>los tiempos por lote de la red real se dispersan en torno a la recta ajustada s0 + s1·k (vea s_fit_error_pct), el maestro despierta algo tarde de sus temporizadores, y el generador, el maestro y el acelerador comparten los núcleos de la máquina con otros programas</translation>
    </message>
    <message>
        <source>near saturation the run needs many more batches to settle (warm-up and long correlations)</source>
        <translation>cerca de la saturación la ejecución necesita muchos más lotes para estabilizarse (calentamiento y correlaciones largas)</translation>
    </message>
    <message>
        <source>a 95% CI misses the true value 1 time in 20; rerun with another seed or longer</source>
        <translation>un IC del 95% no contiene el valor verdadero 1 vez de cada 20; repita con otra semilla o durante más tiempo</translation>
    </message>
    <message>
        <source>real SELECTs, UPDATEs and fsyncs have their own costs: a COMMIT slower than the commit time asked for (a disk, a busy VM) or an occasional WAL checkpoint lengthens groups; threads share cores, and the OS adds wake-up latency</source>
        <translation>los SELECT, UPDATE y fsync reales tienen sus propios costes: un COMMIT más lento que el tiempo de confirmación pedido (un disco, una VM ocupada) o un checkpoint ocasional del WAL alarga los grupos; los hilos comparten núcleos y el sistema operativo añade latencia de despertar</translation>
    </message>
    <message>
        <source>the writes reach the master as a Poisson stream only when queries are exponential (Burke); the read side is the M/G/c approximation</source>
        <translation>las escrituras llegan al maestro como flujo de Poisson solo cuando las consultas son exponenciales (Burke); el lado de lectura es la aproximación M/G/c</translation>
    </message>
    <message>
        <source>near saturation the run needs many more commits to settle (warm-up and long correlations)</source>
        <translation>cerca de la saturación la ejecución necesita muchas más confirmaciones para estabilizarse (calentamiento y correlaciones largas)</translation>
    </message>
    <message>
        <source>the kernel, not a uniform draw, chooses the cores in symmetric placement: it keeps a task where it ran, so the privileged share differs from k/n, and a short run has few batches</source>
        <translation>en la colocación simétrica elige los núcleos el núcleo del sistema, no un sorteo uniforme: mantiene una tarea donde se ejecutó, así que la parte privilegiada difiere de k/n, y una ejecución corta tiene pocos lotes</translation>
    </message>
    <message>
        <source>the model is exact here; P is small, so a short run sees few escalations and its interval is wide</source>
        <translation>aquí el modelo es exacto; P es pequeña, así que una ejecución corta ve pocas escaladas y su intervalo es ancho</translation>
    </message>
    <message>
        <source>the model is exact here: a difference is sampling noise or too short a run</source>
        <translation>aquí el modelo es exacto: una diferencia es ruido de muestreo o una ejecución demasiado corta</translation>
    </message>
    <message>
        <source>the real signing time, hand-over and think times are what this machine does, not the parameters (the verdict shows the model at the measured ones), and real signing times are nearly constant, which queues less than the MVA assumes near the knee</source>
        <translation>el tiempo de firma, el traspaso y los tiempos de reflexión reales son lo que hace esta máquina, no los parámetros (el veredicto muestra el modelo con los medidos), y los tiempos de firma reales son casi constantes, lo que hace menos cola de la que supone el MVA cerca del codo</translation>
    </message>
    <message>
        <source>constant signing times: the MVA is exact only for exponential ones and overstates the queue near the knee N*</source>
        <translation>tiempos de firma constantes: el MVA solo es exacto para tiempos exponenciales y sobrestima la cola cerca del codo N*</translation>
    </message>
    <message>
        <source>the MVA is exact here: a difference is sampling noise or too short a run</source>
        <translation>aquí el MVA es exacto: una diferencia es ruido de muestreo o una ejecución demasiado corta</translation>
    </message>
    <message>
        <source>the real detector looks for each beat a grace after it is due, the master&apos;s beats and the kill land late by the host&apos;s wake-up latency, and a step ends when its slowest worker is done; few incidents give a wide CI</source>
        <translation>el detector real busca cada latido un margen después de su vencimiento, los latidos del maestro y la terminación llegan tarde por la latencia de despertar del equipo, y un paso termina cuando acaba su trabajador más lento; pocos incidentes dan un IC ancho</translation>
    </message>
    <message>
        <source>the model is exact here: a difference is sampling noise (p_safe and false alarms need many incidents)</source>
        <translation>aquí el modelo es exacto: una diferencia es ruido de muestreo (p_safe y las falsas alarmas necesitan muchos incidentes)</translation>
    </message>
    <message>
        <source>a real std::mutex is not FIFO and hands over through the kernel: while a waiter wakes, the lock stands idle, so the ceiling is 1/(S + lock hand-over), and the hand-over depends on who held the lock last</source>
        <translation>un std::mutex real no es FIFO y traspasa a través del núcleo del sistema: mientras despierta quien espera, el cerrojo queda ocioso, así que el techo es 1/(S + traspaso del cerrojo), y el traspaso depende de quién tuvo el cerrojo por última vez</translation>
    </message>
    <message>
        <source>real threads pay a hand-off per request and OS scheduling noise; the ceiling is 1/(S_master + hand-off), not 1/S_master</source>
        <translation>los hilos reales pagan un traspaso por petición y el ruido de planificación del sistema operativo; el techo es 1/(S_master + traspaso), no 1/S_master</translation>
    </message>
    <message>
        <source>near saturation the run needs many more requests to settle (warm-up and long correlations)</source>
        <translation>cerca de la saturación la ejecución necesita muchas más peticiones para estabilizarse (calentamiento y correlaciones largas)</translation>
    </message>
    <message>
        <source>the real collector&apos;s mark and sweep rates, the live set it finds and the time to stop the mutators are what this machine does (the verdict shows the model at the measured values); the big core&apos;s speed is emulated where the machine has no little cores</source>
        <translation>las tasas de marcado y barrido del recolector real, el conjunto vivo que encuentra y el tiempo para detener a los mutadores son lo que hace esta máquina (el veredicto muestra el modelo con los valores medidos); la velocidad del núcleo grande se emula donde la máquina no tiene núcleos pequeños</translation>
    </message>
    <message>
        <source>with constant rates the simulation replays the model&apos;s sums exactly</source>
        <translation>con tasas constantes la simulación reproduce exactamente las sumas del modelo</translation>
    </message>
    <message>
        <source>a real std::mutex is not FIFO and hands over through the kernel: while a waiting worker wakes, the journal stands idle; and fdatasync time varies (tmpfs is almost free, a disk is not)</source>
        <translation>un std::mutex real no es FIFO y traspasa a través del núcleo del sistema: mientras despierta un trabajador en espera, el diario queda ocioso; y el tiempo de fdatasync varía (tmpfs casi no cuesta, un disco sí)</translation>
    </message>
    <message>
        <source>real appends and syncs have their own costs: fdatasync time varies (tmpfs is almost free, a disk is not), threads share cores, and the OS adds wake-up latency</source>
        <translation>las escrituras y sincronizaciones reales tienen sus propios costes: el tiempo de fdatasync varía (tmpfs casi no cuesta, un disco sí), los hilos comparten núcleos y el sistema operativo añade latencia de despertar</translation>
    </message>
    <message>
        <source>the master&apos;s input is not Poisson unless data work is exponential</source>
        <translation>la entrada del maestro no es Poisson salvo que el trabajo de datos sea exponencial</translation>
    </message>
    <message>
        <source>near saturation the run needs many more records to settle (warm-up and long correlations)</source>
        <translation>cerca de la saturación la ejecución necesita muchos más registros para estabilizarse (calentamiento y correlaciones largas)</translation>
    </message>
    <message>
        <source>the real master also finds word boundaries and merges real hash maps (its merge grows with the vocabulary, not only with r·ρ), and threads beyond the cores share them</source>
        <translation>el maestro real además busca los límites de palabra y combina tablas hash reales (su combinación crece con el vocabulario, no solo con r·ρ), y los hilos que exceden los núcleos los comparten</translation>
    </message>
    <message>
        <source>variable tasks: the model adds the Kruskal–Weiss estimate of the last wave&apos;s excess, an approximation</source>
        <translation>tareas variables: el modelo suma la estimación de Kruskal–Weiss del exceso de la última oleada, una aproximación</translation>
    </message>
    <message>
        <source>with equal tasks the simulation replays the model&apos;s recurrence exactly</source>
        <translation>con tareas iguales la simulación reproduce exactamente la recurrencia del modelo</translation>
    </message>
    <message>
        <source>real threads pay a hand-off to a core&apos;s queue and OS scheduling noise (more so when threads outnumber cores); the slow cores are emulated by doing slow_factor times the work; a short run&apos;s agent is still learning</source>
        <translation>los hilos reales pagan un traspaso a la cola de un núcleo y el ruido de planificación del sistema operativo (más aún cuando hay más hilos que núcleos); los núcleos lentos se emulan haciendo slow_factor veces el trabajo; en una ejecución corta el agente aún está aprendiendo</translation>
    </message>
    <message>
        <source>the model takes the learned policy as greedy on each task&apos;s expected response time; the agent&apos;s coarse state, its learning phase and its estimates&apos; noise are not in it</source>
        <translation>el modelo toma la política aprendida como voraz sobre el tiempo de respuesta esperado de cada tarea; el estado grueso del agente, su fase de aprendizaje y el ruido de sus estimaciones no están en él</translation>
    </message>
    <message>
        <source>the chain gives both task sizes the same exponential service (the mixed mean)</source>
        <translation>la cadena da a ambos tamaños de tarea el mismo servicio exponencial (la media mezclada)</translation>
    </message>
    <message>
        <source>the model&apos;s latency is its bound, a worst case built on assumptions about Linux (the master&apos;s jitter, the IPC); a real mean lies below it, and what counts is how often a real latency crossed it (Latencies over the bound)</source>
        <translation>la latencia del modelo es su cota, un peor caso basado en supuestos sobre Linux (el jitter del maestro, la IPC); una media real queda por debajo, y lo que cuenta es cuántas veces una latencia real la superó (Latencias sobre la cota)</translation>
    </message>
    <message>
        <source>the model&apos;s latency is its bound, a worst case (sound, possibly pessimistic), not a mean: the simulated mean lies below it by design, and no simulated command exceeds it (Latencies over the bound is 0)</source>
        <translation>la latencia del modelo es su cota, un peor caso (segura, quizá pesimista), no una media: la media simulada queda por debajo por construcción, y ninguna orden simulada la supera (Latencias sobre la cota es 0)</translation>
    </message>
    <message>
        <source>the real SIMD speedup, hand-off and re-pin are what this machine does, not the parameters (the verdict shows the model at the measured values), and the big core&apos;s speed is emulated where the machine has no little cores</source>
        <translation>la aceleración SIMD, el traspaso y el re-anclaje reales son lo que hace esta máquina, no los parámetros (el veredicto muestra el modelo con los valores medidos), y la velocidad del núcleo grande se emula donde la máquina no tiene núcleos pequeños</translation>
    </message>
    <message>
        <source>several littles share the big core: the MVA assumes exponential service, the simulation&apos;s times are constant and queue less</source>
        <translation>varios núcleos pequeños comparten el núcleo grande: el MVA supone servicio exponencial, los tiempos de la simulación son constantes y hacen menos cola</translation>
    </message>
    <message>
        <source>with one little and constant times the simulation replays the model&apos;s sums exactly</source>
        <translation>con un núcleo pequeño y tiempos constantes la simulación reproduce exactamente las sumas del modelo</translation>
    </message>
    <message>
        <source>real threads pay a ring hand-off per packet, the hash and checksums on top of the calibrated work, and OS scheduling noise (more so when threads outnumber cores); the real master&apos;s ceiling is 1/(steer + hand-off), not 1/steer</source>
        <translation>los hilos reales pagan por paquete un traspaso por anillo, el hash y las sumas de comprobación además del trabajo calibrado, y el ruido de planificación del sistema operativo (más aún cuando hay más hilos que núcleos); el techo del maestro real es 1/(steer + traspaso), no 1/steer</translation>
    </message>
    <message>
        <source>on/off bursts are not Poisson: the master queues longer than M/D/1 predicts</source>
        <translation>las ráfagas on/off no son Poisson: la cola del maestro es más larga de lo que predice M/D/1</translation>
    </message>
    <message>
        <source>near saturation the run needs many more packets to settle</source>
        <translation>cerca de la saturación la ejecución necesita muchos más paquetes para estabilizarse</translation>
    </message>
    <message>
        <source>the real master also pays for polling rings and the clock, threads share cores, and the link emulator itself costs time; the %1 bound is the model&apos;s</source>
        <translation>el maestro real paga además por sondear los anillos y el reloj, los hilos comparten núcleos y el propio emulador de enlace cuesta tiempo; la cota %1 es la del modelo</translation>
    </message>
    <message>
        <source>random losses make Reno&apos;s mean window larger than Mathis&apos; √(3/(2p)), and every extra segment in flight waits as an ACK at the master</source>
        <translation>las pérdidas aleatorias hacen la ventana media de Reno mayor que la √(3/(2p)) de Mathis, y cada segmento extra en vuelo espera como ACK en el maestro</translation>
    </message>
    <message>
        <source>a random loss soon after a halving leaves the window below the pipe, and the link idles for a while</source>
        <translation>una pérdida aleatoria poco después de una reducción a la mitad deja la ventana por debajo de la capacidad del enlace, que queda ocioso un rato</translation>
    </message>
    <message>
        <source>two bounds are close, and the flow falls short of both where they meet</source>
        <translation>dos cotas están cerca, y el flujo se queda por debajo de ambas donde se encuentran</translation>
    </message>
    <message>
        <source>losses come at random, not periodically as Mathis assumes, which changes the sawtooth&apos;s shape; timeouts (Padhye) explain only a few percent</source>
        <translation>las pérdidas llegan al azar, no periódicamente como supone Mathis, lo que cambia la forma del diente de sierra; los vencimientos de temporizador (Padhye) explican solo unos pocos por ciento</translation>
    </message>
    <message>
        <source>a buffer smaller than the bandwidth-delay product lets the link idle after each halving</source>
        <translation>un búfer menor que el producto ancho de banda-retardo deja ocioso el enlace tras cada reducción a la mitad</translation>
    </message>
    <message>
        <source>slow start and the first losses are a transient; a longer run settles it</source>
        <translation>el arranque lento y las primeras pérdidas son un transitorio; una ejecución más larga lo estabiliza</translation>
    </message>
    <message>
        <source>eventfd() failed: the eventfd wake-up is unavailable here</source>
        <translation>eventfd() falló: el despertar mediante eventfd no está disponible aquí</translation>
    </message>
    <message>
        <source>CPU %1 is out of range</source>
        <translation>la CPU %1 está fuera de rango</translation>
    </message>
    <message>
        <source>pthread_setaffinity_np(CPU %1) (system error: %2)</source>
        <translation>pthread_setaffinity_np(CPU %1) (error del sistema: %2)</translation>
    </message>
    <message>
        <source>asked for CPU %1, runs on CPU %2</source>
        <translation>se pidió la CPU %1, pero se ejecuta en la CPU %2</translation>
    </message>
    <message>
        <source>%1 of %2 arrivals left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 de %2 llegadas salieron del generador más de %3 µs después de su instante previsto (la peor, %4 µs); su espera se sigue contando desde el instante previsto</translation>
    </message>
    <message>
        <source>%1 of %2 requests left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 de %2 peticiones salieron del generador más de %3 µs después de su instante previsto (la peor, %4 µs); su espera se sigue contando desde el instante previsto</translation>
    </message>
    <message>
        <source>%1 of %2 tasks left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 de %2 tareas salieron del generador más de %3 µs después de su instante previsto (la peor, %4 µs); su espera se sigue contando desde el instante previsto</translation>
    </message>
    <message>
        <source>%1 of %2 packets left the generator more than %3 µs after their scheduled time (worst %4 µs); their waits still count from the scheduled time</source>
        <translation>%1 de %2 paquetes salieron del generador más de %3 µs después de su instante previsto (el peor, %4 µs); su espera se sigue contando desde el instante previsto</translation>
    </message>
    <message>
        <source>%1 requests were still in the system %2 s after the load ended: the system is overloaded</source>
        <translation>%1 peticiones seguían en el sistema %2 s después de terminar la carga: el sistema está sobrecargado</translation>
    </message>
    <message>
        <source>%1 tasks were still in the system %2 s after the load ended: the system is overloaded</source>
        <translation>%1 tareas seguían en el sistema %2 s después de terminar la carga: el sistema está sobrecargado</translation>
    </message>
    <message>
        <source>%1 background CPU-spinning thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 hilo(s) de fondo que ocupan la CPU con un bucle continuo se ejecutaron a propósito junto a los puestos del laboratorio: los tiempos incluyen su interferencia</translation>
    </message>
    <message>
        <source>%1 background memory-streaming thread(s) ran beside the lab&apos;s seats on purpose: timings include their interference</source>
        <translation>%1 hilo(s) de fondo que leen y escriben memoria sin pausa se ejecutaron a propósito junto a los puestos del laboratorio: los tiempos incluyen su interferencia</translation>
    </message>
    <message>
        <source>seats did not reach the start barrier within %1 s</source>
        <translation>los puestos no alcanzaron la barrera de inicio en %1 s</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>excepción desconocida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fork() failed (system error: %1)</source>
        <translation>fork() falló (error del sistema: %1)</translation>
    </message>
    <message>
        <source>seccomp_init failed</source>
        <translation>seccomp_init falló</translation>
    </message>
    <message>
        <source>unknown syscall &apos;%1&apos; in the seat&apos;s filter</source>
        <translation>llamada al sistema desconocida «%1» en el filtro del puesto</translation>
    </message>
    <message>
        <source>the seccomp filter could not be loaded</source>
        <translation>no se pudo cargar el filtro seccomp</translation>
    </message>
    <message>
        <source>this build has no seccomp support (libseccomp missing)</source>
        <translation>esta compilación no admite seccomp (falta libseccomp)</translation>
    </message>
    <message>
        <source>killed by its syscall filter (SIGSYS: a forbidden system call)</source>
        <translation>terminado por su filtro de llamadas al sistema (SIGSYS: una llamada al sistema prohibida)</translation>
    </message>
    <message>
        <source>killed for exceeding its CPU-time limit (SIGXCPU)</source>
        <translation>terminado por superar su límite de tiempo de CPU (SIGXCPU)</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>terminado por la señal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <source>cannot read %1 (system error: %2)</source>
        <translation>no se puede leer %1 (error del sistema: %2)</translation>
    </message>
    <message>
        <source>the probe needs a length between 1 and 1 MiB and a confirm function</source>
        <translation>la sonda necesita una longitud entre 1 y 1 MiB y una función de confirmación</translation>
    </message>
    <message>
        <source>cannot open %1 (system error: %2)</source>
        <translation>no se puede abrir %1 (error del sistema: %2)</translation>
    </message>
    <message>
        <source>mmap failed (system error: %1)</source>
        <translation>mmap falló (error del sistema: %1)</translation>
    </message>
    <message>
        <source>cannot create a directory in %1</source>
        <translation>no se puede crear un directorio en %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>%1 (system error: %2)</source>
        <translation>%1 (error del sistema: %2)</translation>
    </message>
    <message>
        <source>unknown syscall &apos;%1&apos; in the filter</source>
        <translation>llamada al sistema desconocida «%1» en el filtro</translation>
    </message>
    <message>
        <source>cannot map %1 bytes of shared memory</source>
        <translation>no se pueden mapear %1 bytes de memoria compartida</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; has no real mode</source>
        <translation>el laboratorio «%1» no tiene modo real</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (same utilizations, %2 busy seats on %3 cores)</source>
        <translation>%1 (mismas utilizaciones, %2 puestos ocupados en %3 núcleos)</translation>
    </message>
    <message>
        <source>%1 (the real run&apos;s own starting values: %2)</source>
        <translation>%1 (los valores iniciales propios de la ejecución real: %2)</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; runs its real work at its own time only (time scale 1:1): its durations include real devices and round trips that cannot be made shorter</source>
        <translation>el laboratorio «%1» solo ejecuta su trabajo real en su propio tiempo (escala de tiempo 1:1): sus duraciones incluyen dispositivos reales y viajes de ida y vuelta que no se pueden acortar</translation>
    </message>
    <message>
        <source>real run %1: %2</source>
        <translation>ejecución real %1: %2</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for lab &apos;%2&apos;</source>
        <translation>parámetro desconocido «%1» para el laboratorio «%2»</translation>
    </message>
    <message>
        <source>%1 = %2 is not allowed: allowed is %3</source>
        <translation>%1 = %2 no está permitido: se permite %3</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range: allowed is %3</source>
        <translation>%1 = %2 está fuera de rango: se permite %3</translation>
    </message>
    <message>
        <source>%1 = %2 is not an integer: allowed is %3</source>
        <translation>%1 = %2 no es un número entero: se permite %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is not allowed: allowed is %3</source>
        <translation>%1 = «%2» no está permitido: se permite %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value</source>
        <translation>el parámetro «%1» no tiene valor</translation>
    </message>
    <message>
        <source>duration must be in [0, 1e7] s (0 = automatic)</source>
        <translation>la duración debe estar en [0, 1e7] s (0 = automática)</translation>
    </message>
    <message>
        <source>reps must be in [0, 10000] (0 = automatic)</source>
        <translation>el número de repeticiones debe estar en [0, 10000] (0 = automático)</translation>
    </message>
    <message>
        <source>time scale must be from 100:1 to 1:10000 (1:k compresses the lab&apos;s time, k:1 stretches it, 1:1 is the lab&apos;s own)</source>
        <translation>la escala de tiempo debe ir de 100:1 a 1:10000 (1:k comprime el tiempo del laboratorio, k:1 lo estira, 1:1 es el tiempo propio del laboratorio)</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; has no simulation</source>
        <translation>el laboratorio «%1» no tiene simulación</translation>
    </message>
    <message>
        <source>a real run lasts at most %1 s</source>
        <translation>una ejecución real dura como máximo %1 s</translation>
    </message>
    <message>
        <source>both runs need a measured %1</source>
        <translation>ambas ejecuciones necesitan un valor medido de %1</translation>
    </message>
    <message>
        <source>a paired comparison needs two simulations and at least %1 replication pairs</source>
        <translation>una comparación pareada necesita dos simulaciones y al menos %1 pares de replicaciones</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>run A stopped</source>
        <translation>la ejecución A se detuvo</translation>
    </message>
    <message>
        <source>run B stopped</source>
        <translation>la ejecución B se detuvo</translation>
    </message>
    <message>
        <source>a replication measured no %1</source>
        <translation>una replicación no midió ningún valor de %1</translation>
    </message>
    <message>
        <source>consistent: %1 records in the log, every acknowledged record among them, each matching its data block</source>
        <translation>consistente: %1 registros en el log, todos los confirmados entre ellos, cada uno acorde con su bloque de datos</translation>
    </message>
    <message>
        <source>INCONSISTENT: %1 corrupt records, %2 acknowledged records missing, %3 records never acknowledged, %4 duplicates, %5 data blocks disagreeing</source>
        <translation>INCONSISTENTE: %1 registros corruptos, faltan %2 registros confirmados, %3 registros nunca confirmados, %4 duplicados, %5 bloques de datos discrepantes</translation>
    </message>
    <message>
        <source>pwrite of the data file failed</source>
        <translation>falló el pwrite del fichero de datos</translation>
    </message>
    <message>
        <source>write of the journal failed</source>
        <translation>falló la escritura del journal</translation>
    </message>
    <message>
        <source>fdatasync failed</source>
        <translation>fdatasync falló</translation>
    </message>
    <message>
        <source>group commit, so that a real device&apos;s varying sync time settles in seconds</source>
        <translation>commit en grupo, para que el tiempo de sincronización variable de un dispositivo real se estabilice en segundos</translation>
    </message>
    <message>
        <source>read of the corpus failed</source>
        <translation>falló la lectura del corpus</translation>
    </message>
    <message>
        <source>data_dir: %1</source>
        <translation>data_dir: %1</translation>
    </message>
    <message>
        <source>write of the corpus failed</source>
        <translation>falló la escritura del corpus</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>SQLite cannot prepare &apos;%1&apos;</source>
        <translation>SQLite no puede preparar «%1»</translation>
    </message>
    <message>
        <source>SQLite failed on &apos;%1&apos;</source>
        <translation>SQLite falló en «%1»</translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation>no se puede abrir la base de datos %1</translation>
    </message>
    <message>
        <source>the balance could not be checked: %1</source>
        <translation>no se pudo comprobar el saldo: %1</translation>
    </message>
    <message>
        <source>balance unchanged: %1 over %2 accounts after %3 committed transfers, every acknowledged one among them</source>
        <translation>saldo sin cambios: %1 en %2 cuentas tras %3 transferencias confirmadas en la base, todas las acusadas entre ellas</translation>
    </message>
    <message>
        <source>BALANCE CHECK FAILED: total %1 (expected %2), %3 acknowledged transfers missing, integrity check: %4</source>
        <translation>FALLÓ LA COMPROBACIÓN DEL SALDO: total %1 (se esperaba %2), faltan %3 transferencias acusadas, comprobación de integridad: %4</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <source>the gatekeeper never published its key</source>
        <translation>el guardián nunca publicó su clave</translation>
    </message>
    <message>
        <source>libsodium fails its own checks</source>
        <translation>libsodium no supera sus propias comprobaciones</translation>
    </message>
    <message>
        <source>re-pinning to the big core&apos;s CPU %1 failed: %2</source>
        <translation>falló la reasignación a la CPU %1 del núcleo grande: %2</translation>
    </message>
    <message>
        <source>re-pinning back to CPU %1 failed: %2</source>
        <translation>falló la reasignación de vuelta a la CPU %1: %2</translation>
    </message>
    <message>
        <source>an untrusted task could not be started: %1</source>
        <translation>no se pudo iniciar una tarea no fiable: %1</translation>
    </message>
    <message>
        <source>%1 asked for CPU %2 but ran on CPU %3</source>
        <translation>%1 pidió la CPU %2, pero se ejecutó en la CPU %3</translation>
    </message>
    <message>
        <source>%1 shares CPU %2 with %3</source>
        <translation>%1 comparte la CPU %2 con %3</translation>
    </message>
    <message>
        <source>virtual machine: the hypervisor can stop any thread at any time, so real timings include its noise</source>
        <translation>máquina virtual: el hipervisor puede detener cualquier hilo en cualquier momento, así que los tiempos reales incluyen su ruido</translation>
    </message>
    <message>
        <source>%1 threads of other programs were ready to run on %2 CPUs when the run started: they compete with the pinned threads, so real timings include their interference</source>
        <translation>%1 hilos de otros programas estaban listos para ejecutarse en %2 CPU al empezar la ejecución: compiten con los hilos fijados, así que los tiempos reales incluyen su interferencia</translation>
    </message>
    <message>
        <source>CPU %1: %2</source>
        <translation>CPU %1: %2</translation>
    </message>
    <message>
        <source>unpinned: %1</source>
        <translation>sin fijar: %1</translation>
    </message>
    <message>
        <source>%1 threads on %2 cores: oversubscribed</source>
        <translation>%1 hilos en %2 núcleos: núcleos sobreasignados</translation>
    </message>
    <message>
        <source>%1 threads on %2 cores: oversubscribed (%3)</source>
        <translation>%1 hilos en %2 núcleos: núcleos sobreasignados (%3)</translation>
    </message>
    <message>
        <source>%1 (same utilizations, %2 busy seats on one core)</source>
        <translation>%1 (mismas utilizaciones, %2 puestos ocupados en un solo núcleo)</translation>
    </message>
    <message>
        <source>%1 cores, %2 privileged → mapped onto this machine&apos;s %3 CPUs: privileged %4, small %5 (k/n = %6 here, %7 in the model)</source>
        <translation>%1 núcleos, %2 privilegiados → asignados a las %3 CPU de esta máquina: privilegiadas %4, pequeñas %5 (k/n = %6 aquí, %7 en el modelo)</translation>
    </message>
    <message>
        <source>%1 cores, %2 privileged → CPUs privileged %3, small %4</source>
        <translation>%1 núcleos, %2 privilegiados → CPU privilegiadas %3, pequeñas %4</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a folder, or empty for a temporary one</source>
        <translation>una carpeta, o vacío para una temporal</translation>
    </message>
    <message>
        <source>JSON rows [[%1], ...] of %2 to %3 rows</source>
        <translation>filas JSON [[%1], ...], de %2 a %3 filas</translation>
    </message>
    <message>
        <source>an integer in [%1, %2]</source>
        <translation>un número entero en [%1; %2]</translation>
    </message>
    <message>
        <source>an integer in [%1, %2] %3</source>
        <translation>un número entero en [%1; %2] %3</translation>
    </message>
    <message>
        <source>a number in [%1, %2]</source>
        <translation>un número en [%1; %2]</translation>
    </message>
    <message>
        <source>a number in [%1, %2] %3</source>
        <translation>un número en [%1; %2] %3</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; known parameters: %2</source>
        <translation>parámetro desconocido «%1»; parámetros conocidos: %2</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2: allowed is %3</source>
        <translation>valor no válido «%1» para %2: se permite %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is not a folder: allowed is %3</source>
        <translation>%1 = «%2» no es una carpeta: se permite %3</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is a folder this program cannot write to: allowed is %3</source>
        <translation>%1 = «%2» es una carpeta en la que este programa no puede escribir: se permite %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for %2: allowed is %3</source>
        <translation>«%1» no es un número para %2: se permite %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer for %2: allowed is %3</source>
        <translation>«%1» no es un número entero para %2: se permite %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form key=value</source>
        <translation>«%1» no tiene la forma clave=valor</translation>
    </message>
</context>
</TS>
