<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>amp::labs</name>
    <message>
        <source>(1 + c_s²)/2 of the serialized step: how much its variability multiplies the wait (1 for exponential).</source>
        <translation>(1 + c_s²)/2 del paso serializado: cuánto multiplica su variabilidad la espera (1 para la exponencial).</translation>
    </message>
    <message>
        <source>(1 − f)·T = 40 µs stay on the little, the vector part takes f·T/(w·b) = 0.625 µs on the big core, and the two hand-offs add 2·h: 50.6 µs against 50 µs local. The break-even is now f* = 0.213.</source>
        <translation>(1 − f)·T = 40 µs se quedan en el núcleo pequeño, la parte vectorial tarda f·T/(w·b) = 0.625 µs en el núcleo grande, y los dos traspasos añaden 2·h: 50.6 µs frente a 50 µs en local. El punto de equilibrio está ahora en f* = 0.213.</translation>
    </message>
    <message>
        <source>(1 − f)·T.</source>
        <translation>(1 − f)·T.</translation>
    </message>
    <message>
        <source>(1 − ℓ)·ℓ^k.</source>
        <translation>(1 − ℓ)·ℓ^k.</translation>
    </message>
    <message>
        <source>(D + Z)/D: where the two asymptotes cross.</source>
        <translation>(D + Z)/D: donde se cruzan las dos asíntotas.</translation>
    </message>
    <message>
        <source>(Z + D)/D for offload: beyond this many littles the big core is saturated.</source>
        <translation>(Z + D)/D al descargar: a partir de tantos núcleos pequeños el núcleo grande se satura.</translation>
    </message>
    <message>
        <source>(b − 1)/(2λ) for the batch to form, plus Kingman&apos;s wait for the E_b/D/1 accelerator queue, plus s(b) (approx).</source>
        <translation>(b − 1)/(2λ) hasta que se forma el lote, más la espera de Kingman en la cola E_b/D/1 del acelerador, más s(b) (aprox.).</translation>
    </message>
    <message>
        <source>(quick − exact)/exact: how far the hand estimate is from the exact chain.</source>
        <translation>(rápida − exacta)/exacta: cuánto se aleja la estimación a mano de la cadena exacta.</translation>
    </message>
    <message>
        <source>(ε/2)·Δ = 0.1/2 × 7.53 ms = 0.377 ms; the largest ε within 1 ms is 0.27. Exercise 2 shows why to stay below it: the first-order rule ignores the queueing, which grows with the load.</source>
        <translation>(ε/2)·Δ = 0.1/2 × 7.53 ms = 0.377 ms; el mayor ε dentro de 1 ms es 0.27. El ejercicio 2 muestra por qué conviene quedarse por debajo: la regla de primer orden ignora la cola, que crece con la carga.</translation>
    </message>
    <message>
        <source>1 when response-time analysis finds every task&apos;s worst case within its deadline, 0 when some task has no fixed point below its deadline (an answer, not an error).</source>
        <translation>1 cuando el análisis de tiempo de respuesta encuentra el peor caso de cada tarea dentro de su plazo, 0 cuando alguna tarea no tiene punto fijo por debajo de su plazo (una respuesta, no un error).</translation>
    </message>
    <message>
        <source>1 when the database, re-opened after the run, holds the same total balance as at the start, passes SQLite&apos;s integrity check and has every acknowledged commit; 0 otherwise.</source>
        <translation>1 cuando la base de datos, reabierta tras la ejecución, tiene el mismo saldo total que al principio, supera la comprobación de integridad de SQLite y contiene cada commit confirmado; 0 en caso contrario.</translation>
    </message>
    <message>
        <source>1 − (1 − u·q)^N: what no placement removes.</source>
        <translation>1 − (1 − u·q)^N: lo que ninguna ubicación elimina.</translation>
    </message>
    <message>
        <source>1 − (1 − v·share)^quanta·(1 − q).</source>
        <translation>1 − (1 − v·share)^quanta·(1 − q).</translation>
    </message>
    <message>
        <source>1 − W / (p · makespan): the share of the workers&apos; time spent waiting.</source>
        <translation>1 − W / (p · makespan): la fracción del tiempo de los trabajadores que pasan esperando.</translation>
    </message>
    <message>
        <source>1.26×: journal_cpu_ms must drop to 0.396 ms. The device&apos;s 1.5 ms is not sped up: the other way to meet the bound is a faster device, at most 1.39 ms per commit with this master.</source>
        <translation>1.26×: journal_cpu_ms debe bajar a 0.396 ms. Los 1.5 ms del dispositivo no se aceleran: la otra forma de cumplir la cota es un dispositivo más rápido, como máximo 1.39 ms por commit con este maestro.</translation>
    </message>
    <message>
        <source>1/(d + s): one fsync per write.</source>
        <translation>1/(d + s): un fsync por escritura.</translation>
    </message>
    <message>
        <source>1/S of the serializing station (the master&apos;s step with its hand-off, or the lock&apos;s step with its mean hand-over): no number of workers lifts throughput above it.</source>
        <translation>1/S de la estación que serializa (el paso del maestro con su traspaso, o el paso bajo el cerrojo con su traspaso medio): ningún número de trabajadores eleva el rendimiento por encima de ese valor.</translation>
    </message>
    <message>
        <source>1/s1: what no batch size can exceed.</source>
        <translation>1/s1: lo que ningún tamaño de lote puede superar.</translation>
    </message>
    <message>
        <source>1: the receiver acknowledges every segment; 2: every second one (delayed ACKs, 40 ms timer).</source>
        <translation>1: el receptor confirma cada segmento; 2: uno de cada dos (ACK retardados, temporizador de 40 ms).</translation>
    </message>
    <message>
        <source>2·budget/Δ (at most 1).</source>
        <translation>2·budget/Δ (como máximo 1).</translation>
    </message>
    <message>
        <source>2·h / (T·(1 − 1/(w·b))): where local and offload meet when nobody else uses the big core.</source>
        <translation>2·h / (T·(1 − 1/(w·b))): donde la ejecución local y la descarga se igualan cuando nadie más usa el núcleo grande.</translation>
    </message>
    <message>
        <source>4 little cores, each losing a share 0.2 of its time to coordination, collect at 3.2× a little core: 2.19 ms, against 2.33 ms on the big core. Several little cores can beat one big core, if the work splits and the coordination stays small.</source>
        <translation>4 núcleos pequeños, cada uno perdiendo una fracción 0.2 de su tiempo en coordinación, recolectan a 3.2× la velocidad de un núcleo pequeño: 2.19 ms, frente a 2.33 ms en el núcleo grande. Varios núcleos pequeños pueden superar a uno grande si el trabajo se reparte y la coordinación sigue siendo pequeña.</translation>
    </message>
    <message>
        <source>A batch of b must take no longer than the b requests take to arrive: s0 + s1·b &lt; b/λ, so b &gt; λ·s0/(1 − λ·s1) = 2.5, and the smallest such whole b is 3. Below it the queue grows without bound, whatever the policy.</source>
        <translation>Un lote de b no debe tardar más de lo que tardan en llegar las b peticiones: s0 + s1·b &lt; b/λ, así que b &gt; λ·s0/(1 − λ·s1) = 2.5, y el menor b entero que lo cumple es 3. Por debajo la cola crece sin límite, sea cual sea la política.</translation>
    </message>
    <message>
        <source>A false alarm starts where a received beat is followed by k lost ones: (1 − ℓ)·ℓ^k = 0.0064 per interval, 1150 per hour at one beat every 20 ms. One more miss divides it by 1/ℓ; the detection grows by H. The same losses also shorten the detection: 45.2 ms against 48.9 ms at the defaults.</source>
        <translation>Una falsa alarma empieza donde a un latido recibido le siguen k perdidos: (1 − ℓ)·ℓ^k = 0.0064 por intervalo, 1150 por hora con un latido cada 20 ms. Un fallo más lo divide por 1/ℓ; la detección crece en H. Las mismas pérdidas también acortan la detección: 45.2 ms frente a 48.9 ms con los valores por defecto.</translation>
    </message>
    <message>
        <source>A full group of b writes costs d + b·s = 4 + 8 × 0.2 ms, so the master commits at most b/(d + b·s) = 1430 writes/s. One write per commit would give 1/(d + s) = 238: group commit multiplies the ceiling because the fsync is paid once per group. No number of workers changes either figure.</source>
        <translation>Un grupo completo de b escrituras cuesta d + b·s = 4 + 8 × 0.2 ms, así que el maestro confirma como máximo b/(d + b·s) = 1430 escrituras/s. Una escritura por commit daría 1/(d + s) = 238: el commit en grupo multiplica el techo porque el fsync se paga una vez por grupo. Ningún número de trabajadores cambia ninguna de las dos cifras.</translation>
    </message>
    <message>
        <source>A learning master on fast and slow clusters</source>
        <translation>Un maestro que aprende en clústeres rápidos y lentos</translation>
    </message>
    <message>
        <source>A lone client waits only for its own signature.</source>
        <translation>Un cliente aislado solo espera su propia firma.</translation>
    </message>
    <message>
        <source>A lossy link: hb_loss = 0.2. Predict the false alarms per hour (k beats lost in a row while the master lives); a simulation grades it.</source>
        <translation>Un enlace con pérdidas: hb_loss = 0.2. Prediga las falsas alarmas por hora (k latidos perdidos seguidos mientras el maestro vive); una simulación la califica.</translation>
    </message>
    <message>
        <source>A master or a lock: who serializes better?</source>
        <translation>Un maestro o un cerrojo: ¿quién serializa mejor?</translation>
    </message>
    <message>
        <source>A master or a lock? Take a serialized step of 0.05 ms and 2 workers of 0.1 ms, exponential. The master hands each request to a sleeping worker in 30 µs; the lock costs 40 µs when it changes core. Up to which arrival rate (requests/s) does the locked design give the shorter mean sojourn? (The design_compare chart shows both designs at one load.)</source>
        <translation>¿Un maestro o un cerrojo? Tome un paso serializado de 0.05 ms y 2 trabajadores de 0.1 ms, exponenciales. El maestro entrega cada petición a un trabajador dormido en 30 µs; el cerrojo cuesta 40 µs cuando cambia de núcleo. ¿Hasta qué tasa de llegadas (peticiones/s) da el diseño con cerrojo el menor tiempo medio de permanencia? (El gráfico design_compare muestra ambos diseños con una carga.)</translation>
    </message>
    <message>
        <source>A read transaction&apos;s time from arrival to its answer: wait for a worker, then the query.</source>
        <translation>El tiempo de una transacción de lectura desde su llegada hasta su respuesta: esperar a un trabajador y luego la consulta.</translation>
    </message>
    <message>
        <source>A request&apos;s time from arrival to its answer: waiting for its batch to form, for the accelerator, and its batch&apos;s run.</source>
        <translation>El tiempo de una petición desde su llegada hasta su respuesta: esperar a que se forme su lote, esperar al acelerador y la ejecución de su lote.</translation>
    </message>
    <message>
        <source>A slow core takes this many times as long as a fast one for the same task.</source>
        <translation>Un núcleo lento tarda estas veces más que uno rápido en la misma tarea.</translation>
    </message>
    <message>
        <source>A spinning worker sees the command within a cache-line transfer between cores: the median is well under a µs. Its 99th percentile is the host&apos;s: whenever the worker&apos;s core is taken from it (another thread, the kernel, on a virtual machine the hypervisor), the command waits until it is back. Spinning buys the short wake-up with a whole core; under SCHED_FIFO the kernel throttles a thread that never sleeps for a share of every second (the run warns), which makes the tail worse, not better.</source>
        <translation>Un trabajador que sondea activamente ve la orden en lo que tarda en transferirse una línea de caché entre núcleos: la mediana queda muy por debajo de un µs. Su percentil 99 es cosa del anfitrión: cada vez que al trabajador le quitan su núcleo (otro hilo, el kernel, en una máquina virtual el hipervisor), la orden espera hasta que lo recupera. Sondear compra el despertar corto con un núcleo entero; con SCHED_FIFO el kernel limita durante una parte de cada segundo a un hilo que nunca duerme (la ejecución avisa), lo que empeora la cola en lugar de mejorarla.</translation>
    </message>
    <message>
        <source>A write transaction&apos;s time from arrival to its commit being durable: query, wait for the master, its group&apos;s UPDATEs and fsync.</source>
        <translation>El tiempo de una transacción de escritura desde su llegada hasta que su commit es duradero: consulta, espera al maestro, los UPDATE de su grupo y fsync.</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>ACK delay at the master</source>
        <translation>Retardo de ACK en el maestro</translation>
    </message>
    <message>
        <source>ACKs queued</source>
        <translation>ACK en cola</translation>
    </message>
    <message>
        <source>ACKs waiting at the master</source>
        <translation>ACK que esperan en el maestro</translation>
    </message>
    <message>
        <source>AI and runtimes</source>
        <translation>IA y entornos de ejecución</translation>
    </message>
    <message>
        <source>Accelerator utilization</source>
        <translation>Utilización del acelerador</translation>
    </message>
    <message>
        <source>Actuator time</source>
        <translation>Tiempo del actuador</translation>
    </message>
    <message>
        <source>Alarms raised while the master still lived (k beats lost in a row), per hour of beats.</source>
        <translation>Alarmas lanzadas mientras el maestro aún vivía (k latidos perdidos seguidos), por hora de latidos.</translation>
    </message>
    <message>
        <source>Algorithm (real mode)</source>
        <translation>Algoritmo (modo real)</translation>
    </message>
    <message>
        <source>All signatures valid</source>
        <translation>Todas las firmas válidas</translation>
    </message>
    <message>
        <source>All the cores (n). The real face maps them onto the CPUs this machine has and says how.</source>
        <translation>Todos los núcleos (n). La ejecución real los asigna a las CPU de esta máquina e indica cómo.</translation>
    </message>
    <message>
        <source>Allocation rate per mutator</source>
        <translation>Tasa de asignación por mutador</translation>
    </message>
    <message>
        <source>Arrival pattern</source>
        <translation>Patrón de llegadas</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Tasa de llegadas</translation>
    </message>
    <message>
        <source>At 240000 pkt/s with 14 workers hardly a packet is lost. Add one worker, 15 in all. Predict the drop rate of the simulated system (a fraction: 0.01 is 1%).</source>
        <translation>Con 240000 pkt/s y 14 trabajadores apenas se pierde un paquete. Añada un trabajador, 15 en total. Prediga la tasa de pérdidas del sistema simulado (una fracción: 0.01 es el 1%).</translation>
    </message>
    <message>
        <source>At b = 4 a request waits (b − 1)/(2λ) on average for its batch to fill, queues behind a busy accelerator (it is 0.7 busy) and rides its batch: 2.42 ms (the quick estimate says 2.56). At b = 8 filling takes longer: 3.56 ms. The lowest latency is at b = 4, just above b_min = 3.</source>
        <translation>Con b = 4 una petición espera en media (b − 1)/(2λ) a que se llene su lote, hace cola detrás de un acelerador ocupado (lo está el 0.7 del tiempo) y viaja en su lote: 2.42 ms (la estimación rápida dice 2.56). Con b = 8 llenarlo tarda más: 3.56 ms. La menor latencia está en b = 4, justo por encima de b_min = 3.</translation>
    </message>
    <message>
        <source>At light load the lock is free when a worker asks, and changes core only when the other worker held it last: the step takes 0.071 ms on average against 0.08 ms at the master, whose hand-off is paid on every request. Under load the lock passes from one waiting worker to the other every time, the full transfer, and a worker waiting for it takes no new request. The mean sojourn times cross at 3110 requests/s: at 1560/s the lock gives 0.182 ms against 0.189 ms, at 6230/s 0.304 ms against 0.245 ms. A simulation at either load agrees; the model folds the constant transfer into an exponential phase of the same mean.</source>
        <translation>Con poca carga el cerrojo está libre cuando un trabajador lo pide, y solo cambia de núcleo cuando lo tuvo por última vez el otro trabajador: el paso tarda en media 0.071 ms frente a 0.08 ms en el maestro, cuyo traspaso se paga en cada petición. Con carga el cerrojo pasa cada vez de un trabajador que espera al otro, el traspaso completo, y un trabajador que lo espera no acepta ninguna petición nueva. Los tiempos medios de permanencia se cruzan en 3110 peticiones/s: a 1560/s el cerrojo da 0.182 ms frente a 0.189 ms, a 6230/s 0.304 ms frente a 0.245 ms. Una simulación con cualquiera de las dos cargas coincide; el modelo incorpora el traspaso constante como una fase exponencial de la misma media.</translation>
    </message>
    <message>
        <source>At the defaults (50000 live objects in a heap of 200000, a little core marks 10000 and sweeps 100000 objects/ms, the big core is 3× faster), how long is a pause with the collector on the big core, in ms?</source>
        <translation>Con los valores por defecto (50000 objetos vivos en un heap de 200000, un núcleo pequeño marca 10000 y barre 100000 objetos/ms, el núcleo grande es 3× más rápido), ¿cuánto dura una pausa con el recolector en el núcleo grande, en ms?</translation>
    </message>
    <message>
        <source>At the defaults (T = 50 µs, w = 8, b = 2, h = 2 µs, one little), above which vector fraction does offloading the vector part pay?</source>
        <translation>Con los valores por defecto (T = 50 µs, w = 8, b = 2, h = 2 µs, un núcleo pequeño), ¿a partir de qué fracción vectorial compensa descargar la parte vectorial?</translation>
    </message>
    <message>
        <source>At the defaults (W = 1 s, 4 workers, τ = 5 ms, ρ = 1 ms, equal tasks), how many tasks give the shortest makespan?</source>
        <translation>Con los valores por defecto (W = 1 s, 4 trabajadores, τ = 5 ms, ρ = 1 ms, tareas iguales), ¿cuántas tareas dan el menor makespan?</translation>
    </message>
    <message>
        <source>At the defaults (a 1000 Mbit/s link, 2 ms RTT, one ACK per 1460-byte segment, 15 µs of master time per ACK) the master binds. Run it for real: besides each ACK&apos;s own time, the real master hands the segments an ACK releases to the workers&apos; rings, and the run reports that hand-off h per ACK (master_handoff_us_per_ack) next to the time an ACK really took (master_wall_us_per_ack). Predict the throughput in Mbit/s.</source>
        <translation>Con los valores por defecto (un enlace de 1000 Mbit/s, 2 ms de RTT, un ACK por segmento de 1460 bytes, 15 µs de tiempo del maestro por ACK) el maestro es el cuello de botella. Ejecútelo de verdad: además del tiempo propio de cada ACK, el maestro real entrega a los anillos de los trabajadores los segmentos que libera un ACK, y la ejecución informa de ese traspaso h por ACK (master_handoff_us_per_ack) junto al tiempo que realmente tardó un ACK (master_wall_us_per_ack). Prediga el rendimiento en Mbit/s.</translation>
    </message>
    <message>
        <source>At the lab&apos;s s0 and s1 the model says 3.56 ms; the real network&apos;s own s0 and s1 differ by machine, and the verdict compares the run with the model at the measured ones. Full batches of b are (b − 1)/(2λ) of waiting to fill, the queue, and s0 + s1·b of real arithmetic.</source>
        <translation>Con los s0 y s1 del laboratorio el modelo dice 3.56 ms; los s0 y s1 propios de la red real dependen de la máquina, y el veredicto compara la ejecución con el modelo en los valores medidos. Los lotes completos de b son (b − 1)/(2λ) de espera hasta llenarse, la cola, y s0 + s1·b de aritmética real.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Background load threads (real mode)</source>
        <translation>Hilos de carga de fondo (modo real)</translation>
    </message>
    <message>
        <source>Balance unchanged</source>
        <translation>Saldo sin cambios</translation>
    </message>
    <message>
        <source>Batch policy</source>
        <translation>Política de lotes</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Batch size (max)</source>
        <translation>Tamaño de lote (máx.)</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>Tamaños de lote</translation>
    </message>
    <message>
        <source>Batch timeout</source>
        <translation>Tiempo límite del lote</translation>
    </message>
    <message>
        <source>Below this arrival rate the locked design has the shorter mean sojourn (a free lock changes core only now and then), above it the master (under load the lock changes core every time, and a worker waiting for it is a worker lost). 0: the master is faster at every load.</source>
        <translation>Por debajo de esta tasa de llegadas el diseño con cerrojo tiene el menor tiempo medio de permanencia (un cerrojo libre solo cambia de núcleo de vez en cuando); por encima, el maestro (con carga el cerrojo cambia de núcleo cada vez, y un trabajador que lo espera es un trabajador perdido). 0: el maestro es más rápido con cualquier carga.</translation>
    </message>
    <message>
        <source>Best batch size</source>
        <translation>Mejor tamaño de lote</translation>
    </message>
    <message>
        <source>Best group size limit</source>
        <translation>Mejor límite del tamaño de grupo</translation>
    </message>
    <message>
        <source>Best speedup</source>
        <translation>Mejor aceleración</translation>
    </message>
    <message>
        <source>Best strategy (0 local, 1 offload, 2 migrate)</source>
        <translation>Mejor estrategia (0 local, 1 descargar, 2 migrar)</translation>
    </message>
    <message>
        <source>Best strategy over f and the migration cost</source>
        <translation>Mejor estrategia según f y el coste de migración</translation>
    </message>
    <message>
        <source>Best task count r*</source>
        <translation>Mejor número de tareas r*</translation>
    </message>
    <message>
        <source>Best worker count p*</source>
        <translation>Mejor número de trabajadores p*</translation>
    </message>
    <message>
        <source>Big core speed factor</source>
        <translation>Factor de velocidad del núcleo grande</translation>
    </message>
    <message>
        <source>Big core utilization</source>
        <translation>Utilización del núcleo grande</translation>
    </message>
    <message>
        <source>Big core&apos;s gain</source>
        <translation>Ganancia del núcleo grande</translation>
    </message>
    <message>
        <source>Bottleneck link rate</source>
        <translation>Tasa del enlace cuello de botella</translation>
    </message>
    <message>
        <source>Bound against the master&apos;s assumed jitter</source>
        <translation>Cota frente al jitter supuesto del maestro</translation>
    </message>
    <message>
        <source>Break-even f*, one little</source>
        <translation>Punto de equilibrio f*, un núcleo pequeño</translation>
    </message>
    <message>
        <source>Break-even vector fraction</source>
        <translation>Fracción vectorial de equilibrio</translation>
    </message>
    <message>
        <source>Busiest worker&apos;s load</source>
        <translation>Carga del trabajador más ocupado</translation>
    </message>
    <message>
        <source>Busy fast cores ÷ fast cores, averaged over time.</source>
        <translation>Núcleos rápidos ocupados ÷ núcleos rápidos, promediado en el tiempo.</translation>
    </message>
    <message>
        <source>Busy slow cores ÷ slow cores, averaged over time.</source>
        <translation>Núcleos lentos ocupados ÷ núcleos lentos, promediado en el tiempo.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>C: the bottleneck link&apos;s rate.</source>
        <translation>C: la tasa del enlace cuello de botella.</translation>
    </message>
    <message>
        <source>CPU budget</source>
        <translation>Presupuesto de CPU</translation>
    </message>
    <message>
        <source>CPU time an untrusted task may use; the master kills it past this. With quanta × 1 ms over the budget every untrusted task is killed.</source>
        <translation>Tiempo de CPU que puede usar una tarea no confiable; pasado este, el maestro la mata. Con quanta × 1 ms por encima del presupuesto se mata cada tarea no confiable.</translation>
    </message>
    <message>
        <source>CPU time the whole job takes on one core (W). The real engine sizes its corpus so that counting it on one core takes about this long.</source>
        <translation>Tiempo de CPU que el trabajo completo necesita en un núcleo (W). La ejecución real dimensiona su corpus para que contarlo en un núcleo tarde más o menos esto.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Capacity at this batch size</source>
        <translation>Capacidad con este tamaño de lote</translation>
    </message>
    <message>
        <source>Capacity of endless batches</source>
        <translation>Capacidad con lotes interminables</translation>
    </message>
    <message>
        <source>Ceiling 1/D</source>
        <translation>Techo 1/D</translation>
    </message>
    <message>
        <source>Chance that at least one task of the batch escalates its privileges. Simulation: the share of simulated batches where one did; real mode: the share of real batches.</source>
        <translation>Probabilidad de que al menos una tarea del lote escale sus privilegios. Simulación: la fracción de lotes simulados en que alguna lo hizo; modo real: la fracción de lotes reales.</translation>
    </message>
    <message>
        <source>Chance that one untrusted quantum on a privileged core turns into a privilege escalation (v). Drawn, in every face: the lab exploits nothing.</source>
        <translation>Probabilidad de que un quantum no confiable en un núcleo privilegiado se convierta en una escalada de privilegios (v). Se sortea en todos los modos: el laboratorio no explota nada.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Clients in the closed loop (N). Each thinks, asks the gatekeeper for one signature, waits for it, and thinks again: never more than N requests are out.</source>
        <translation>Clientes en el bucle cerrado (N). Cada uno piensa, pide una firma al guardián, la espera y vuelve a pensar: nunca hay más de N peticiones en curso.</translation>
    </message>
    <message>
        <source>Coefficient of variation of a task&apos;s map time (lognormal, same mean); 0 = all tasks equal. The real engine&apos;s tasks are equal byte ranges.</source>
        <translation>Coeficiente de variación del tiempo de map de una tarea (lognormal, misma media); 0 = todas las tareas iguales. Las tareas de la ejecución real son rangos de bytes iguales.</translation>
    </message>
    <message>
        <source>Collect on 4 little cores in parallel (overhead 0.2). Predict the pause in ms; a simulation grades it.</source>
        <translation>Recolecte en 4 núcleos pequeños en paralelo (sobrecoste 0.2). Prediga la pausa en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Collection cycle</source>
        <translation>Ciclo de recolección</translation>
    </message>
    <message>
        <source>Collector placement</source>
        <translation>Ubicación del recolector</translation>
    </message>
    <message>
        <source>Collector speed</source>
        <translation>Velocidad del recolector</translation>
    </message>
    <message>
        <source>Command handler&apos;s row</source>
        <translation>Fila del manejador de órdenes</translation>
    </message>
    <message>
        <source>Commands whose end-to-end latency exceeded the bound. Always 0 in the simulation; in real mode each one is Linux breaking an assumption of the bound.</source>
        <translation>Órdenes cuya latencia de extremo a extremo superó la cota. Siempre 0 en la simulación; en modo real cada una es Linux rompiendo una hipótesis de la cota.</translation>
    </message>
    <message>
        <source>Commit capacity</source>
        <translation>Capacidad de commit</translation>
    </message>
    <message>
        <source>Commit capacity without groups</source>
        <translation>Capacidad de commit sin grupos</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Latencia de commit</translation>
    </message>
    <message>
        <source>Commit latency against group size</source>
        <translation>Latencia de commit frente al tamaño de grupo</translation>
    </message>
    <message>
        <source>Commit latency at the best group size limit</source>
        <translation>Latencia de commit con el mejor límite del tamaño de grupo</translation>
    </message>
    <message>
        <source>Commit latency distribution</source>
        <translation>Distribución de la latencia de commit</translation>
    </message>
    <message>
        <source>Commit latency without groups</source>
        <translation>Latencia de commit sin grupos</translation>
    </message>
    <message>
        <source>Commit time per group</source>
        <translation>Tiempo de commit por grupo</translation>
    </message>
    <message>
        <source>Commit time per group (the fsync)</source>
        <translation>Tiempo de commit por grupo (el fsync)</translation>
    </message>
    <message>
        <source>Commit time per write</source>
        <translation>Tiempo de commit por escritura</translation>
    </message>
    <message>
        <source>Commits per second</source>
        <translation>Commits por segundo</translation>
    </message>
    <message>
        <source>Completed requests per second.</source>
        <translation>Peticiones completadas por segundo.</translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation>Ventana de congestión</translation>
    </message>
    <message>
        <source>Congestion window over time (Reno&apos;s sawtooth)</source>
        <translation>Ventana de congestión a lo largo del tiempo (el diente de sierra de Reno)</translation>
    </message>
    <message>
        <source>Consistency window</source>
        <translation>Ventana de consistencia</translation>
    </message>
    <message>
        <source>Consistency window against group commit size</source>
        <translation>Ventana de consistencia frente al tamaño del commit en grupo</translation>
    </message>
    <message>
        <source>Consistency window against write rate</source>
        <translation>Ventana de consistencia frente a la tasa de escrituras</translation>
    </message>
    <message>
        <source>Consistency window distribution</source>
        <translation>Distribución de la ventana de consistencia</translation>
    </message>
    <message>
        <source>Containment: untrusted code only on small cores</source>
        <translation>Contención: código no confiable solo en núcleos pequeños</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Cores in the fast cluster.</source>
        <translation>Núcleos del clúster rápido.</translation>
    </message>
    <message>
        <source>Cores in the slow cluster.</source>
        <translation>Núcleos del clúster lento.</translation>
    </message>
    <message>
        <source>Cores that run privileged code (k): the kernel&apos;s, the master&apos;s, the key holder&apos;s. An untrusted quantum there is a chance for an exploit. Fewer than the cores.</source>
        <translation>Núcleos que ejecutan código privilegiado (k): el del kernel, el del maestro, el del custodio de la clave. Un quantum no confiable allí es una oportunidad para un exploit. Menos que el total de núcleos.</translation>
    </message>
    <message>
        <source>Crossover worker count c*</source>
        <translation>Número de trabajadores de cruce c*</translation>
    </message>
    <message>
        <source>Crypto: the master as cryptographic gatekeeper</source>
        <translation>Cripto: el maestro como guardián criptográfico</translation>
    </message>
    <message>
        <source>Cut by amp</source>
        <translation>Reducción por amp</translation>
    </message>
    <message>
        <source>Cut the job into 256 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Divida el trabajo en 256 tareas. Prediga el makespan en segundos; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Cycle time R + Z</source>
        <translation>Tiempo de ciclo R + Z</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Data work distribution</source>
        <translation>Distribución del trabajo de datos</translation>
    </message>
    <message>
        <source>Data work per write</source>
        <translation>Trabajo de datos por escritura</translation>
    </message>
    <message>
        <source>Delivered packets that completed after a later packet of the same flow, in % of delivered packets.</source>
        <translation>Paquetes entregados que terminaron después de un paquete posterior del mismo flujo, en % de los paquetes entregados.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Detection against the miss limit</source>
        <translation>Detección frente al límite de fallos</translation>
    </message>
    <message>
        <source>Detection delay</source>
        <translation>Retardo de detección</translation>
    </message>
    <message>
        <source>Detection takes 48.9 ms on average and the steps 70 ms: 119 ms. The real detector looks for each beat a little after it is due (its grace, for the master&apos;s wake-up), and every step ends when the slowest worker has done it: the verdict shows the model with that grace.</source>
        <translation>La detección tarda en media 48.9 ms y los pasos 70 ms: 119 ms. El detector real busca cada latido un poco después de su vencimiento (su margen, por el despertar del maestro), y cada paso termina cuando el trabajador más lento lo ha hecho: el veredicto muestra el modelo con ese margen.</translation>
    </message>
    <message>
        <source>Dispatch, map and merge over time</source>
        <translation>Reparto, map y merge a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Distinct 5-tuples (client address and port) the packets belong to.</source>
        <translation>5-tuplas distintas (dirección y puerto del cliente) a las que pertenecen los paquetes.</translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation>Tasa de pérdidas</translation>
    </message>
    <message>
        <source>Drop-tail buffer in front of the bottleneck link: a segment arriving to a full buffer is lost.</source>
        <translation>Búfer drop-tail delante del enlace cuello de botella: un segmento que llega a un búfer lleno se pierde.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Each ACK now covers two segments, so the master bound doubles to 1557.33 Mbit/s and no longer binds: the link&apos;s 1000 Mbit/s does. Halving the work per byte on the serial core moved the bottleneck. The simulation delivers a few percent less than the link: a random loss soon after a halving leaves the window below the pipe and the link idles, and the workers&apos; bound (1168 Mbit/s) is only 17% above the link, so the workers queue Reno&apos;s bursts. A bound is a ceiling, not a forecast: bounds that nearly tie lose to queueing.</source>
        <translation>Cada ACK cubre ahora dos segmentos, así que la cota del maestro se duplica hasta 1557.33 Mbit/s y deja de limitar: limitan los 1000 Mbit/s del enlace. Reducir a la mitad el trabajo por byte en el núcleo serie movió el cuello de botella. La simulación entrega un pequeño porcentaje menos que el enlace: una pérdida aleatoria poco después de una reducción a la mitad deja la ventana por debajo de la capacidad del camino y el enlace queda ocioso, y la cota de los trabajadores (1168 Mbit/s) solo está un 17% por encima del enlace, así que los trabajadores encolan las ráfagas de Reno. Una cota es un techo, no una previsión: las cotas casi empatadas pierden frente a las colas.</translation>
    </message>
    <message>
        <source>Each little hands the big core D = 1.88 µs of work per cycle and spends Z = (1 − f)·T + 2·h = 24 µs elsewhere, so the big core saturates beyond N* = (Z + D)/D = 13.8 littles. The MVA gives 1.11 (big core 0.998 busy); with constant times the simulation queues less and settles near the bound 45 µs per task. Either way the shared big core eats part of the gain one little had: 1.93.</source>
        <translation>Cada núcleo pequeño entrega al núcleo grande D = 1.88 µs de trabajo por ciclo y pasa Z = (1 − f)·T + 2·h = 24 µs en otra cosa, así que el núcleo grande se satura más allá de N* = (Z + D)/D = 13.8 núcleos pequeños. El MVA da 1.11 (núcleo grande ocupado el 0.998); con tiempos constantes la simulación hace menos cola y se estabiliza cerca de la cota de 45 µs por tarea. En cualquier caso el núcleo grande compartido se come parte de la ganancia que tenía un solo núcleo pequeño: 1.93.</translation>
    </message>
    <message>
        <source>Each task is now only 0.00391 s of work, but the master needs 5 ms to send each one: it sends the last one after r·τ, and then merges for r·ρ. The master&apos;s serial part, 1.54 s, dominates: makespan 1.54 s, master utilization 0.997.</source>
        <translation>Cada tarea es ahora solo 0.00391 s de trabajo, pero el maestro necesita 5 ms para enviar cada una: envía la última tras r·τ, y luego fusiona durante r·ρ. La parte serie del maestro, 1.54 s, domina: makespan de 1.54 s, utilización del maestro 0.997.</translation>
    </message>
    <message>
        <source>Each untrusted quantum lands on a privileged core with probability k/n = 0.25, so one untrusted task escalates with probability 1 − (1 − v·k/n)^quanta·(1 − q) = 0.0498. A task is untrusted with probability u, so P = 1 − (1 − u·0.0498)^N = 0.222.</source>
        <translation>Cada quantum no confiable cae en un núcleo privilegiado con probabilidad k/n = 0.25, así que una tarea no confiable escala con probabilidad 1 − (1 − v·k/n)^quanta·(1 − q) = 0.0498. Una tarea es no confiable con probabilidad u, así que P = 1 − (1 − u·0.0498)^N = 0.222.</translation>
    </message>
    <message>
        <source>Each worker outlives the T = 70 ms protocol with probability e^(−μ·T) = 0.497, independently, so P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m) = 0.495. With exponential steps of the same means the CTMC gives 0.545: a worker&apos;s survival e^(−μ·T) gains more from a short protocol than it loses to a long one, and the incidents that end safe are mostly the short ones (101 ms to safe instead of 119 ms).</source>
        <translation>Cada trabajador sobrevive al protocolo de T = 70 ms con probabilidad e^(−μ·T) = 0.497, de forma independiente, así que P(seguro) = P(Binomial(n, e^(−μ·T)) ≥ m) = 0.495. Con pasos exponenciales de las mismas medias la CTMC da 0.545: la supervivencia e^(−μ·T) de un trabajador gana más con un protocolo corto de lo que pierde con uno largo, y los incidentes que terminan seguros son sobre todo los cortos (101 ms hasta seguro en lugar de 119 ms).</translation>
    </message>
    <message>
        <source>End-to-end bound</source>
        <translation>Cota de extremo a extremo</translation>
    </message>
    <message>
        <source>End-to-end latency (model: its bound)</source>
        <translation>Latencia de extremo a extremo (modelo: su cota)</translation>
    </message>
    <message>
        <source>End-to-end latency against the bound</source>
        <translation>Latencia de extremo a extremo frente a la cota</translation>
    </message>
    <message>
        <source>Error of the quick estimate</source>
        <translation>Error de la estimación rápida</translation>
    </message>
    <message>
        <source>Every step run once</source>
        <translation>Cada paso ejecutado una vez</translation>
    </message>
    <message>
        <source>Exploit probability</source>
        <translation>Probabilidad de exploit</translation>
    </message>
    <message>
        <source>Exploration budget</source>
        <translation>Presupuesto de exploración</translation>
    </message>
    <message>
        <source>Exploration overhead</source>
        <translation>Sobrecoste de exploración</translation>
    </message>
    <message>
        <source>Exploration overhead against ε, with the first-order (ε/2)·Δ</source>
        <translation>Sobrecoste de exploración frente a ε, con la aproximación de primer orden (ε/2)·Δ</translation>
    </message>
    <message>
        <source>Exploration ε</source>
        <translation>Exploración ε</translation>
    </message>
    <message>
        <source>Extra time a journal commit takes when the lock (and the log&apos;s tail) last belonged to another core.</source>
        <translation>Tiempo extra que tarda un commit del journal cuando el cerrojo (y la cola del log) pertenecieron por última vez a otro núcleo.</translation>
    </message>
    <message>
        <source>Extra time the serialized step takes when the lock (and the data it guards) last belonged to another core.</source>
        <translation>Tiempo extra que tarda el paso serializado cuando el cerrojo (y los datos que protege) pertenecieron por última vez a otro núcleo.</translation>
    </message>
    <message>
        <source>Failover: master panic, heartbeats and the way to a safe state</source>
        <translation>Failover: pánico del maestro, latidos y el camino a un estado seguro</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Falsas alarmas</translation>
    </message>
    <message>
        <source>False alarms per interval</source>
        <translation>Falsas alarmas por intervalo</translation>
    </message>
    <message>
        <source>Fast cluster utilization</source>
        <translation>Utilización del clúster rápido</translation>
    </message>
    <message>
        <source>Fast cores</source>
        <translation>Núcleos rápidos</translation>
    </message>
    <message>
        <source>Flow skew (Zipf s)</source>
        <translation>Sesgo de los flujos (Zipf s)</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Folder for the corpus</source>
        <translation>Carpeta del corpus</translation>
    </message>
    <message>
        <source>Folder for the data and log files</source>
        <translation>Carpeta de los ficheros de datos y de log</translation>
    </message>
    <message>
        <source>Folder for the database</source>
        <translation>Carpeta de la base de datos</translation>
    </message>
    <message>
        <source>Fraction of tasks that are large (0 = all small, 1 = all large).</source>
        <translation>Fracción de tareas grandes (0 = todas pequeñas, 1 = todas grandes).</translation>
    </message>
    <message>
        <source>Fraction of tasks the master sent to the fast cluster.</source>
        <translation>Fracción de tareas que el maestro envió al clúster rápido.</translation>
    </message>
    <message>
        <source>Fraction of time the accelerator runs a batch.</source>
        <translation>Fracción del tiempo en que el acelerador ejecuta un lote.</translation>
    </message>
    <message>
        <source>Fraction of time the master appends or waits for its log device.</source>
        <translation>Fracción del tiempo en que el maestro añade registros o espera a su dispositivo de log.</translation>
    </message>
    <message>
        <source>Fraction of time the master is steering: λ·steer_us, against its ceiling 1.</source>
        <translation>Fracción del tiempo en que el maestro dirige paquetes: λ·steer_us, frente a su techo 1.</translation>
    </message>
    <message>
        <source>Fraction of time the master runs UPDATEs or waits for its commit&apos;s fsync.</source>
        <translation>Fracción del tiempo en que el maestro ejecuta los UPDATE o espera el fsync de su commit.</translation>
    </message>
    <message>
        <source>From a client&apos;s request to its signature (R): waiting for the gatekeeper and signing, and in real mode the hand-over both ways.</source>
        <translation>Desde la petición de un cliente hasta su firma (R): esperar al guardián y firmar, y en modo real el traspaso en ambos sentidos.</translation>
    </message>
    <message>
        <source>From a packet&apos;s arrival to the end of its processing on a worker (delivered packets).</source>
        <translation>Desde la llegada de un paquete hasta el final de su procesamiento en un trabajador (paquetes entregados).</translation>
    </message>
    <message>
        <source>From a task&apos;s arrival at the master to its completion on a core.</source>
        <translation>Desde la llegada de una tarea al maestro hasta que termina en un núcleo.</translation>
    </message>
    <message>
        <source>From the first dispatch to the end of the master&apos;s merge.</source>
        <translation>Desde el primer reparto hasta el final del merge del maestro.</translation>
    </message>
    <message>
        <source>From the handler&apos;s result to the actuator&apos;s action: the last stage of the chain.</source>
        <translation>Desde el resultado del manejador hasta la acción del actuador: la última etapa de la cadena.</translation>
    </message>
    <message>
        <source>From the master&apos;s panic to the workers&apos; detection (the k-th miss in a row).</source>
        <translation>Desde el pánico del maestro hasta la detección por los trabajadores (el k-ésimo fallo seguido).</translation>
    </message>
    <message>
        <source>From the moment a command is due at the master to the actuator&apos;s action. The model gives no mean, only the bound; simulated latencies never exceed it, real ones may.</source>
        <translation>Desde el momento en que una orden vence en el maestro hasta la acción del actuador. El modelo no da una media, solo la cota; las latencias simuladas nunca la superan, las reales pueden hacerlo.</translation>
    </message>
    <message>
        <source>From the panic to the end of the last step, over the incidents that reached the safe state.</source>
        <translation>Desde el pánico hasta el final del último paso, sobre los incidentes que alcanzaron el estado seguro.</translation>
    </message>
    <message>
        <source>GC overhead</source>
        <translation>Sobrecoste del GC</translation>
    </message>
    <message>
        <source>GC: stop-the-world collection on the big core</source>
        <translation>GC: recolección stop-the-world en el núcleo grande</translation>
    </message>
    <message>
        <source>Gatekeeper utilization</source>
        <translation>Utilización del guardián</translation>
    </message>
    <message>
        <source>Give the handler 200 µs of blocking instead of 50 µs (a lower row holds a shared resource longer). Predict the mean end-to-end latency in µs; a simulation grades it.</source>
        <translation>Dé al manejador 200 µs de bloqueo en lugar de 50 µs (una fila inferior retiene más tiempo un recurso compartido). Prediga la latencia media de extremo a extremo en µs; una simulación la califica.</translation>
    </message>
    <message>
        <source>Give the master 50 µs per ACK and the path a random loss of 0.01% (loss_rate = 0.0001). The master binds now. Predict how long an ACK spends at the master (ack_delay_us), in µs.</source>
        <translation>Dé al maestro 50 µs por ACK y al camino una pérdida aleatoria del 0.01% (loss_rate = 0.0001). Ahora el maestro es el cuello de botella. Prediga cuánto tiempo pasa un ACK en el maestro (ack_delay_us), en µs.</translation>
    </message>
    <message>
        <source>Give the system 16 workers (together they could process 800000 pkt/s) and offer 400000 pkt/s. Run it for real: besides its 4 µs per packet, the real master hands every packet to a worker&apos;s ring, and the run reports that hand-off h (master_handoff_ns) and the steering time it really took (master_service_measured_ns). Predict the delivered throughput in pkt/s.</source>
        <translation>Dé al sistema 16 trabajadores (juntos podrían procesar 800000 pkt/s) y ofrezca 400000 pkt/s. Ejecútelo de verdad: además de sus 4 µs por paquete, el maestro real entrega cada paquete al anillo de un trabajador, y la ejecución informa de ese traspaso h (master_handoff_ns) y del tiempo de reparto que realmente necesitó (master_service_measured_ns). Prediga el rendimiento entregado en pkt/s.</translation>
    </message>
    <message>
        <source>Greedy batches are as large as the queue that built up during the last batch: 2.6 requests on average, at a latency of 1.97 ms, below full&apos;s best of 2.42 ms: nobody waits for a batch to fill, and the batches still grow with the load.</source>
        <translation>Los lotes greedy son tan grandes como la cola que se formó durante el lote anterior: 2.6 peticiones en media, con una latencia de 1.97 ms, por debajo del mejor valor de full, 2.42 ms: nadie espera a que se llene un lote, y aun así los lotes crecen con la carga.</translation>
    </message>
    <message>
        <source>Group commit: the master commits up to this many writes with one fsync.</source>
        <translation>Commit en grupo: el maestro confirma hasta este número de escrituras con un solo fsync.</translation>
    </message>
    <message>
        <source>Group commit: the master takes up to this many waiting records and syncs them once.</source>
        <translation>Commit en grupo: el maestro toma hasta este número de registros en espera y los sincroniza una vez.</translation>
    </message>
    <message>
        <source>Group timeout</source>
        <translation>Tiempo límite del grupo</translation>
    </message>
    <message>
        <source>H: the master sends a heartbeat every H; the workers expect each one when it is due.</source>
        <translation>H: el maestro envía un latido cada H; los trabajadores esperan cada uno en su momento.</translation>
    </message>
    <message>
        <source>Half of the explored tasks land on the cluster the agent would have picked anyway, so the first-order estimate is (ε/2)·Δ = 1.13 ms. The simulation measures more: a task sent to the slow cluster by the coin also delays the tasks queued behind it there, and a large one blocks a slow core for 30 ms on average. That queueing is what the first-order rule leaves out, and it grows with the load.</source>
        <translation>La mitad de las tareas exploradas cae en el clúster que el agente habría elegido de todos modos, así que la estimación de primer orden es (ε/2)·Δ = 1.13 ms. La simulación mide más: una tarea enviada al clúster lento a cara o cruz también retrasa las tareas encoladas detrás de ella allí, y una grande bloquea un núcleo lento durante 30 ms en media. Esa cola es lo que la regla de primer orden deja fuera, y crece con la carga.</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Hand-off per request</source>
        <translation>Traspaso por petición</translation>
    </message>
    <message>
        <source>Hand-off, one way</source>
        <translation>Traspaso, un sentido</translation>
    </message>
    <message>
        <source>Hand-off, one way, measured</source>
        <translation>Traspaso, un sentido, medido</translation>
    </message>
    <message>
        <source>Hand-over round trip</source>
        <translation>Traspaso de ida y vuelta</translation>
    </message>
    <message>
        <source>Handler&apos;s release jitter</source>
        <translation>Jitter de liberación del manejador</translation>
    </message>
    <message>
        <source>Handler&apos;s worst release-to-done time w</source>
        <translation>Peor tiempo del manejador desde la liberación hasta el final w</translation>
    </message>
    <message>
        <source>Handler&apos;s worst response</source>
        <translation>Peor respuesta del manejador</translation>
    </message>
    <message>
        <source>Hash steering keeps flows in order but unbalances workers; spraying balances but reorders. Where does the master itself saturate?</source>
        <translation>El reparto por hash mantiene el orden de los flujos pero desequilibra a los trabajadores; el reparto aleatorio equilibra pero desordena. ¿Dónde se satura el propio maestro?</translation>
    </message>
    <message>
        <source>Heap objects one little core sweeps per millisecond (a linear scan).</source>
        <translation>Objetos del heap que un núcleo pequeño barre por milisegundo (un recorrido lineal).</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Tamaño del heap</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Intervalo de latido</translation>
    </message>
    <message>
        <source>Heartbeat loss</source>
        <translation>Pérdida de latidos</translation>
    </message>
    <message>
        <source>How far each response time moves the learned value: Q ← Q + α·(T − Q) (the first sample sets it).</source>
        <translation>Cuánto desplaza cada tiempo de respuesta el valor aprendido: Q ← Q + α·(T − Q) (la primera muestra lo fija).</translation>
    </message>
    <message>
        <source>How fast must the master and its log device be to keep the consistency window bounded?</source>
        <translation>¿Qué velocidad deben tener el maestro y su dispositivo de log para mantener acotada la ventana de consistencia?</translation>
    </message>
    <message>
        <source>How late the master sends a command on average, after the moment it was due (exponential in the simulation, cut off at the assumed maximum).</source>
        <translation>Con qué retraso medio envía el maestro una orden tras el momento en que vencía (exponencial en la simulación, truncado en el máximo supuesto).</translation>
    </message>
    <message>
        <source>How long a command takes from the master to the worker (a mailbox in shared memory and an interrupt), in the model and the simulation. The real run measures its own hand-over.</source>
        <translation>Cuánto tarda una orden del maestro al trabajador (un buzón en memoria compartida y una interrupción), en el modelo y en la simulación. La ejecución real mide su propio traspaso.</translation>
    </message>
    <message>
        <source>How long the mutators stand still in one collection: from the moment the heap is full until they run again (real mode: stopping them at their safepoints included).</source>
        <translation>Cuánto tiempo se detienen los mutadores en una recolección: desde que el heap está lleno hasta que vuelven a ejecutarse (modo real: incluida su detención en los safepoints).</translation>
    </message>
    <message>
        <source>How long until the system is safe after the master dies, and how likely is it to get there?</source>
        <translation>¿Cuánto tarda el sistema en estar a salvo tras la muerte del maestro, y qué probabilidad tiene de llegar ahí?</translation>
    </message>
    <message>
        <source>How many clients can one key-holding core serve, and what does isolation cost?</source>
        <translation>¿A cuántos clientes puede atender un único núcleo que guarda la clave, y cuánto cuesta el aislamiento?</translation>
    </message>
    <message>
        <source>How many tasks should a job be cut into?</source>
        <translation>¿En cuántas tareas conviene dividir un trabajo?</translation>
    </message>
    <message>
        <source>How many tasks the job is cut into (r); each maps W/r of the work.</source>
        <translation>En cuántas tareas se divide el trabajo (r); cada una procesa W/r del trabajo.</translation>
    </message>
    <message>
        <source>How much does pinning untrusted work to a small-core pool cut the chance of privilege escalation?</source>
        <translation>¿Cuánto reduce la probabilidad de una escalada de privilegios fijar el trabajo no confiable a un grupo de núcleos pequeños?</translation>
    </message>
    <message>
        <source>How much faster the big core collects than a little core. On machines without real little cores the real engine emulates it: a little core takes big_factor times as long.</source>
        <translation>Cuánto más rápido recolecta el núcleo grande que un núcleo pequeño. En máquinas sin núcleos pequeños reales, la ejecución real lo emula: un núcleo pequeño tarda big_factor veces más.</translation>
    </message>
    <message>
        <source>How much faster the big core does the vector part with its vector units than with scalar code (w). The real engine measures its own: the widest vector build the CPU has against a scalar build.</source>
        <translation>Cuánto más rápido hace el núcleo grande la parte vectorial con sus unidades vectoriales que con código escalar (w). La ejecución real mide el suyo: la compilación vectorial más ancha de la CPU frente a una compilación escalar.</translation>
    </message>
    <message>
        <source>How much faster the big core runs scalar code than a little core (b). On machines without real little cores the real engine emulates it: a little does b times the work.</source>
        <translation>Cuánto más rápido ejecuta el núcleo grande código escalar que un núcleo pequeño (b). En máquinas sin núcleos pequeños reales, la ejecución real lo emula: un núcleo pequeño hace b veces el trabajo.</translation>
    </message>
    <message>
        <source>How much shorter are pauses when the collector runs on the big core?</source>
        <translation>¿Cuánto más cortas son las pausas cuando el recolector se ejecuta en el núcleo grande?</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>IPC time</source>
        <translation>Tiempo de IPC</translation>
    </message>
    <message>
        <source>Idlest worker&apos;s load</source>
        <translation>Carga del trabajador más ocioso</translation>
    </message>
    <message>
        <source>Inference requests per second arriving at the master (Poisson).</source>
        <translation>Peticiones de inferencia por segundo que llegan al maestro (Poisson).</translation>
    </message>
    <message>
        <source>Isolation (real mode)</source>
        <translation>Aislamiento (modo real)</translation>
    </message>
    <message>
        <source>Its own J plus the master&apos;s assumed maximum jitter: how late a command can reach it.</source>
        <translation>Su propio J más el jitter máximo supuesto del maestro: con cuánto retraso puede llegarle una orden.</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Journal CPU per record</source>
        <translation>CPU del journal por registro</translation>
    </message>
    <message>
        <source>Journal queue length</source>
        <translation>Longitud de la cola del journal</translation>
    </message>
    <message>
        <source>Journal records made durable per second.</source>
        <translation>Registros del journal hechos duraderos por segundo.</translation>
    </message>
    <message>
        <source>Keep the defaults and raise the arrival rate to 9.5/s. Predict the mean time a request waits in the master&apos;s queue, in ms (not counting its service).</source>
        <translation>Mantenga los valores por defecto y suba la tasa de llegadas a 9.5/s. Prediga el tiempo medio que una petición espera en la cola del maestro, en ms (sin contar su servicio).</translation>
    </message>
    <message>
        <source>Keep the defaults. By what factor must the master&apos;s CPU get faster (journal_cpu_ms divided by it) so the mean window meets the 5 ms bound?</source>
        <translation>Mantenga los valores por defecto. ¿En qué factor debe acelerarse la CPU del maestro (journal_cpu_ms dividido por él) para que la ventana media cumpla la cota de 5 ms?</translation>
    </message>
    <message>
        <source>Key found in the workers&apos; memory</source>
        <translation>Clave encontrada en la memoria de los trabajadores</translation>
    </message>
    <message>
        <source>Killed tasks per batch</source>
        <translation>Tareas eliminadas por lote</translation>
    </message>
    <message>
        <source>Knee N*</source>
        <translation>Codo N*</translation>
    </message>
    <message>
        <source>Large task</source>
        <translation>Tarea grande</translation>
    </message>
    <message>
        <source>Large tasks</source>
        <translation>Tareas grandes</translation>
    </message>
    <message>
        <source>Large-scale systems</source>
        <translation>Sistemas a gran escala</translation>
    </message>
    <message>
        <source>Latencies over the bound</source>
        <translation>Latencias por encima de la cota</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Latency against batch size</source>
        <translation>Latencia frente al tamaño de lote</translation>
    </message>
    <message>
        <source>Latency at the best batch size</source>
        <translation>Latencia con el mejor tamaño de lote</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Distribución de la latencia</translation>
    </message>
    <message>
        <source>Latency of the large tasks only.</source>
        <translation>Latencia solo de las tareas grandes.</translation>
    </message>
    <message>
        <source>Latency of the small tasks only.</source>
        <translation>Latencia solo de las tareas pequeñas.</translation>
    </message>
    <message>
        <source>Latency over time</source>
        <translation>Latencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Latency, large tasks</source>
        <translation>Latencia, tareas grandes</translation>
    </message>
    <message>
        <source>Latency, small tasks</source>
        <translation>Latencia, tareas pequeñas</translation>
    </message>
    <message>
        <source>Learned Q-table: how much better fast is, per state</source>
        <translation>Tabla Q aprendida: cuánto mejor es el rápido, por estado</translation>
    </message>
    <message>
        <source>Learning curve: mean latency over time</source>
        <translation>Curva de aprendizaje: latencia media a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>Tasa de aprendizaje α</translation>
    </message>
    <message>
        <source>Light-load line N/(D + Z)</source>
        <translation>Recta de carga ligera N/(D + Z)</translation>
    </message>
    <message>
        <source>Link buffer</source>
        <translation>Búfer del enlace</translation>
    </message>
    <message>
        <source>Linux&apos;s share of the bound</source>
        <translation>Parte de Linux en la cota</translation>
    </message>
    <message>
        <source>Little cores</source>
        <translation>Núcleos pequeños</translation>
    </message>
    <message>
        <source>Little cores (N) that all hand work to the one big core: it becomes a shared server.</source>
        <translation>Núcleos pequeños (N) que entregan todos su trabajo al único núcleo grande: este se convierte en un servidor compartido.</translation>
    </message>
    <message>
        <source>Little cores that collect together in the parallel_little placement.</source>
        <translation>Núcleos pequeños que recolectan juntos en la ubicación parallel_little.</translation>
    </message>
    <message>
        <source>Littles and the big core over time</source>
        <translation>Núcleos pequeños y el núcleo grande a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Live objects</source>
        <translation>Objetos vivos</translation>
    </message>
    <message>
        <source>Live objects one little core marks per millisecond (following pointers: memory-bound).</source>
        <translation>Objetos vivos que un núcleo pequeño marca por milisegundo (siguiendo punteros: limitado por la memoria).</translation>
    </message>
    <message>
        <source>Load imbalance</source>
        <translation>Desequilibrio de carga</translation>
    </message>
    <message>
        <source>Load per worker</source>
        <translation>Carga por trabajador</translation>
    </message>
    <message>
        <source>Load where the designs tie</source>
        <translation>Carga a la que los diseños empatan</translation>
    </message>
    <message>
        <source>Local task time over the chosen strategy&apos;s task time (above 1: the strategy pays).</source>
        <translation>Tiempo de la tarea en local dividido por el tiempo con la estrategia elegida (por encima de 1: la estrategia compensa).</translation>
    </message>
    <message>
        <source>Lock hand-over between cores</source>
        <translation>Traspaso del cerrojo entre núcleos</translation>
    </message>
    <message>
        <source>Log device time per commit</source>
        <translation>Tiempo del dispositivo de log por commit</translation>
    </message>
    <message>
        <source>Longest detection k·H</source>
        <translation>Detección más larga k·H</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Cota inferior</translation>
    </message>
    <message>
        <source>MSS/RTT·√(3/(2p)).</source>
        <translation>MSS/RTT·√(3/(2p)).</translation>
    </message>
    <message>
        <source>MVA with constant signing times: exact only for exponential service. Constant times queue less, so the MVA overstates the response time and understates the throughput, most near the knee N* = 21; far below and far past it the two agree</source>
        <translation>MVA con tiempos de firma constantes: exacto solo para servicio exponencial. Los tiempos constantes hacen menos cola, así que el MVA sobrestima el tiempo de respuesta e infravalora el rendimiento, sobre todo cerca del codo N* = 21; muy por debajo y muy por encima ambos coinciden</translation>
    </message>
    <message>
        <source>Make the master&apos;s service lognormal (coefficient of variation 2, same 100 ms mean) at the defaults. Predict the master&apos;s mean queue wait in ms; a simulation grades it.</source>
        <translation>Haga lognormal el servicio del maestro (coeficiente de variación 2, la misma media de 100 ms) con los valores por defecto. Prediga la espera media en la cola del maestro en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Make the tasks variable (task_cv = 1, same mean) and cut the job into 16 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Haga variables las tareas (task_cv = 1, misma media) y divida el trabajo en 16 tareas. Prediga el makespan en segundos; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>Makespan</translation>
    </message>
    <message>
        <source>Makespan against the task count</source>
        <translation>Makespan frente al número de tareas</translation>
    </message>
    <message>
        <source>Makespan at r*</source>
        <translation>Makespan en r*</translation>
    </message>
    <message>
        <source>MapReduce: the master&apos;s scheduling overhead</source>
        <translation>MapReduce: el sobrecoste de planificación del maestro</translation>
    </message>
    <message>
        <source>Mark phase</source>
        <translation>Fase de marcado</translation>
    </message>
    <message>
        <source>Mark rate on a little core</source>
        <translation>Tasa de marcado en un núcleo pequeño</translation>
    </message>
    <message>
        <source>Marking visits the live objects, sweeping the whole heap: on a little core 7 ms. The big core does the same work 3× faster: 2.33 ms (mark 1.67 ms, sweep 0.667 ms).</source>
        <translation>El marcado visita los objetos vivos, el barrido todo el heap: en un núcleo pequeño 7 ms. El núcleo grande hace el mismo trabajo 3× más rápido: 2.33 ms (marcado 1.67 ms, barrido 0.667 ms).</translation>
    </message>
    <message>
        <source>Master and workers</source>
        <translation>Maestro y trabajadores</translation>
    </message>
    <message>
        <source>Master busy, workers idle</source>
        <translation>Maestro ocupado, trabajadores ociosos</translation>
    </message>
    <message>
        <source>Master capacity</source>
        <translation>Capacidad del maestro</translation>
    </message>
    <message>
        <source>Master jitter (assumed maximum) plus IPC: the part of the chain the RTOS cannot vouch for.</source>
        <translation>Jitter del maestro (máximo supuesto) más IPC: la parte de la cadena que el RTOS no puede garantizar.</translation>
    </message>
    <message>
        <source>Master jitter, assumed maximum</source>
        <translation>Jitter del maestro, máximo supuesto</translation>
    </message>
    <message>
        <source>Master jitter, mean</source>
        <translation>Jitter del maestro, media</translation>
    </message>
    <message>
        <source>Master queue length</source>
        <translation>Longitud de la cola del maestro</translation>
    </message>
    <message>
        <source>Master queue wait</source>
        <translation>Espera en la cola del maestro</translation>
    </message>
    <message>
        <source>Master service</source>
        <translation>Servicio del maestro</translation>
    </message>
    <message>
        <source>Master service distribution</source>
        <translation>Distribución del servicio del maestro</translation>
    </message>
    <message>
        <source>Master service time</source>
        <translation>Tiempo de servicio del maestro</translation>
    </message>
    <message>
        <source>Master time per ACK</source>
        <translation>Tiempo del maestro por ACK</translation>
    </message>
    <message>
        <source>Master time per packet</source>
        <translation>Tiempo del maestro por paquete</translation>
    </message>
    <message>
        <source>Master utilization</source>
        <translation>Utilización del maestro</translation>
    </message>
    <message>
        <source>Master&apos;s merge per task</source>
        <translation>Merge del maestro por tarea</translation>
    </message>
    <message>
        <source>Master&apos;s policy</source>
        <translation>Política del maestro</translation>
    </message>
    <message>
        <source>Master&apos;s scheduling per task</source>
        <translation>Planificación del maestro por tarea</translation>
    </message>
    <message>
        <source>Master&apos;s serial time</source>
        <translation>Tiempo serie del maestro</translation>
    </message>
    <message>
        <source>Master&apos;s timer lateness</source>
        <translation>Retraso del temporizador del maestro</translation>
    </message>
    <message>
        <source>Mean CPU time the master spends appending one record (exponential).</source>
        <translation>Tiempo medio de CPU que el maestro dedica a añadir un registro (exponencial).</translation>
    </message>
    <message>
        <source>Mean gap between the two clusters&apos; expected response times for an arriving task, at the learned policy: what one non-greedy choice costs, to first order.</source>
        <translation>Diferencia media entre los tiempos de respuesta esperados de los dos clústeres para una tarea que llega, con la política aprendida: lo que cuesta, en primera aproximación, una elección no voraz.</translation>
    </message>
    <message>
        <source>Mean latency per task above the best fixed threshold policy on the same tasks (the simulation runs that policy as a twin on the same arrivals). Negative: the policy beat every fixed threshold (it also sees the task&apos;s size). A real run is compared with that policy simulated on the same tasks.</source>
        <translation>Latencia media por tarea por encima de la mejor política fija de umbral sobre las mismas tareas (la simulación ejecuta esa política como gemela sobre las mismas llegadas). Negativa: la política superó a todo umbral fijo (también ve el tamaño de la tarea). Una ejecución real se compara con esa política simulada sobre las mismas tareas.</translation>
    </message>
    <message>
        <source>Mean latency per task above the same learner that never explores (ε = 0, or c = 0 for UCB), on the same tasks: what exploring costs, including the tasks queued behind an explored one. Simulation only.</source>
        <translation>Latencia media por tarea por encima del mismo aprendiz que nunca explora (ε = 0, o c = 0 con UCB), sobre las mismas tareas: lo que cuesta explorar, incluidas las tareas encoladas detrás de una explorada. Solo simulación.</translation>
    </message>
    <message>
        <source>Mean number of records one sync makes durable.</source>
        <translation>Número medio de registros que una sincronización hace duraderos.</translation>
    </message>
    <message>
        <source>Mean number of writes one commit (one fsync) makes durable.</source>
        <translation>Número medio de escrituras que un commit (un fsync) hace duraderas.</translation>
    </message>
    <message>
        <source>Mean over the workers.</source>
        <translation>Media sobre los trabajadores.</translation>
    </message>
    <message>
        <source>Mean pause with collector_threads little cores collecting together.</source>
        <translation>Pausa media con collector_threads núcleos pequeños recolectando juntos.</translation>
    </message>
    <message>
        <source>Mean pause with the collector on one little core.</source>
        <translation>Pausa media con el recolector en un núcleo pequeño.</translation>
    </message>
    <message>
        <source>Mean pause with the collector on the big core (every run measures all three placements).</source>
        <translation>Pausa media con el recolector en el núcleo grande (cada ejecución mide las tres ubicaciones).</translation>
    </message>
    <message>
        <source>Mean time a client spends between a signature and its next request (Z), exponential. In real mode the clients sleep it; the run measures what they really spent.</source>
        <translation>Tiempo medio que un cliente pasa entre una firma y su siguiente petición (Z), exponencial. En modo real los clientes duermen ese tiempo; la ejecución mide lo que realmente pasaron.</translation>
    </message>
    <message>
        <source>Mean time a task of the chosen strategy waits while the big core serves other littles.</source>
        <translation>Tiempo medio que una tarea de la estrategia elegida espera mientras el núcleo grande atiende a otros núcleos pequeños.</translation>
    </message>
    <message>
        <source>Mean time a worker spends on a transaction&apos;s query (real mode: real SELECTs on the worker&apos;s own read-only connection, for that long).</source>
        <translation>Tiempo medio que un trabajador dedica a la consulta de una transacción (modo real: SELECT reales sobre la conexión de solo lectura propia del trabajador, durante ese tiempo).</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one packet (parse, checksum, protocol work).</source>
        <translation>Tiempo medio que un trabajador dedica a un paquete (análisis, suma de comprobación, trabajo de protocolo).</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one write&apos;s data (real mode: computing and pwrite-ing a 4 KiB block).</source>
        <translation>Tiempo medio que un trabajador dedica a los datos de una escritura (modo real: calcular y escribir con pwrite un bloque de 4 KiB).</translation>
    </message>
    <message>
        <source>Mean time from a write&apos;s query end to its durable commit.</source>
        <translation>Tiempo medio desde el final de la consulta de una escritura hasta su commit duradero.</translation>
    </message>
    <message>
        <source>Mean time of a large task on a fast core (exponential).</source>
        <translation>Tiempo medio de una tarea grande en un núcleo rápido (exponencial).</translation>
    </message>
    <message>
        <source>Mean time of a small task on a fast core (exponential).</source>
        <translation>Tiempo medio de una tarea pequeña en un núcleo rápido (exponencial).</translation>
    </message>
    <message>
        <source>Mean time of a task kept on its little core (scalar code only).</source>
        <translation>Tiempo medio de una tarea que se queda en su núcleo pequeño (solo código escalar).</translation>
    </message>
    <message>
        <source>Mean time of a task whose thread moves to the big core and back: two migrations, any wait for the big core, and the whole task there.</source>
        <translation>Tiempo medio de una tarea cuyo hilo pasa al núcleo grande y vuelve: dos migraciones, la posible espera por el núcleo grande y la tarea completa allí.</translation>
    </message>
    <message>
        <source>Mean time of a task whose vector part goes to the big core through the ring and back: the scalar part, two hand-offs, any wait for the big core, and the vector part there.</source>
        <translation>Tiempo medio de una tarea cuya parte vectorial va al núcleo grande a través del anillo y vuelve: la parte escalar, dos traspasos, la posible espera por el núcleo grande y la parte vectorial allí.</translation>
    </message>
    <message>
        <source>Mean time one worker spends on each request (the parallel part).</source>
        <translation>Tiempo medio que un trabajador dedica a cada petición (la parte paralela).</translation>
    </message>
    <message>
        <source>Mean time the master spends on each request (the serialized part).</source>
        <translation>Tiempo medio que el maestro dedica a cada petición (la parte serializada).</translation>
    </message>
    <message>
        <source>Mean worker load</source>
        <translation>Carga media de los trabajadores</translation>
    </message>
    <message>
        <source>Migrate: time to move the whole thread to the big core by re-pinning it, and again to move it back (m each way). The real engine measures it.</source>
        <translation>Migrar: tiempo para mover el hilo completo al núcleo grande fijándolo de nuevo, y otra vez para devolverlo (m en cada sentido). La ejecución real lo mide.</translation>
    </message>
    <message>
        <source>Migration pays below</source>
        <translation>Migrar compensa por debajo de</translation>
    </message>
    <message>
        <source>Migration, one way</source>
        <translation>Migración, un sentido</translation>
    </message>
    <message>
        <source>Migration, one way, measured</source>
        <translation>Migración, un sentido, medida</translation>
    </message>
    <message>
        <source>Minimum master speed</source>
        <translation>Velocidad mínima del maestro</translation>
    </message>
    <message>
        <source>Minimum master speed against write rate</source>
        <translation>Velocidad mínima del maestro frente a la tasa de escrituras</translation>
    </message>
    <message>
        <source>Minimum mutator utilization against the window</source>
        <translation>Utilización mínima del mutador frente a la ventana</translation>
    </message>
    <message>
        <source>Minimum mutator utilization by window</source>
        <translation>Utilización mínima del mutador por ventana</translation>
    </message>
    <message>
        <source>Minimum mutator utilization, 10 ms window</source>
        <translation>Utilización mínima del mutador, ventana de 10 ms</translation>
    </message>
    <message>
        <source>Misses before acting</source>
        <translation>Fallos antes de actuar</translation>
    </message>
    <message>
        <source>Model p99 of the window</source>
        <translation>p99 de la ventana según el modelo</translation>
    </message>
    <message>
        <source>Model: the handler&apos;s worst-case response time by response-time analysis, from its arrival on the worker (the command due plus the IPC) to done. Simulation: the worst one seen. Real: the worst time from a command&apos;s hand-over to the handler done.</source>
        <translation>Modelo: el tiempo de respuesta en el peor caso del manejador según el análisis de tiempo de respuesta, desde su llegada al trabajador (la orden que vence más el IPC) hasta el final. Simulación: el peor observado. Real: el peor tiempo desde el traspaso de una orden hasta que el manejador termina.</translation>
    </message>
    <message>
        <source>Model: the smallest multiplier on the master&apos;s CPU speed (journal_cpu_ms / m) that keeps the mean window within window_bound_ms. ∞ (no value) when the log device alone breaks the bound.</source>
        <translation>Modelo: el menor multiplicador de la velocidad de CPU del maestro (journal_cpu_ms / m) que mantiene la ventana media dentro de window_bound_ms. ∞ (sin valor) cuando el dispositivo de log por sí solo rompe la cota.</translation>
    </message>
    <message>
        <source>Mutator threads</source>
        <translation>Hilos mutadores</translation>
    </message>
    <message>
        <source>Mutator utilization</source>
        <translation>Utilización del mutador</translation>
    </message>
    <message>
        <source>Mutators and the collector over time</source>
        <translation>Mutadores y recolector a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Mutators and the collector: the first cycles</source>
        <translation>Mutadores y recolector: los primeros ciclos</translation>
    </message>
    <message>
        <source>Mutators&apos; run between collections</source>
        <translation>Ejecución de los mutadores entre recolecciones</translation>
    </message>
    <message>
        <source>New data delivered in order to the receiver per second.</source>
        <translation>Datos nuevos entregados en orden al receptor por segundo.</translation>
    </message>
    <message>
        <source>No heartbeat is lost (hb_loss = 0) and the workers wait for k = 4 misses; the master beats every H = 20 ms. Predict the mean detection delay in ms.</source>
        <translation>No se pierde ningún latido (hb_loss = 0) y los trabajadores esperan k = 4 fallos; el maestro late cada H = 20 ms. Prediga el retardo medio de detección en ms.</translation>
    </message>
    <message>
        <source>No random loss, a 100 Mbit/s link and a slow master: 200 µs per ACK. Run it for real (a master thread runs Reno on real ACKs, worker threads checksum real payloads, a link-emulator thread serializes the segments) and predict Reno&apos;s mean congestion window, in segments.</source>
        <translation>Sin pérdida aleatoria, un enlace de 100 Mbit/s y un maestro lento: 200 µs por ACK. Ejecútelo de verdad (un hilo maestro ejecuta Reno sobre ACK reales, hilos trabajadores calculan sumas de comprobación de cargas reales, un hilo emulador del enlace serializa los segmentos) y prediga la ventana de congestión media de Reno, en segmentos.</translation>
    </message>
    <message>
        <source>No untrusted quantum reaches a privileged core, so only the residual q is left: P = 1 − (1 − u·q)^N = 0.00499, 44.4 times less than symmetric (0.222). The floor stays: amp cannot remove q.</source>
        <translation>Ningún quantum no confiable llega a un núcleo privilegiado, así que solo queda el residual q: P = 1 − (1 − u·q)^N = 0.00499, 44.4 veces menos que en simétrico (0.222). El suelo se mantiene: amp no puede eliminar q.</translation>
    </message>
    <message>
        <source>None: the affinity mask keeps them off, and sched_getcpu() after every quantum confirms it. The model says 0; in symmetric it would be quanta·k/n = 5 if the kernel spread them evenly over the cores it may use.</source>
        <translation>Ninguno: la máscara de afinidad las mantiene fuera, y sched_getcpu() tras cada quantum lo confirma. El modelo dice 0; en symmetric serían quanta·k/n = 5 si el kernel las repartiera por igual entre los núcleos que pueden usar.</translation>
    </message>
    <message>
        <source>Nothing is ever lost: the master (58.4 Mbit/s) is slower than the link (100), so the link&apos;s buffer never fills, and Reno grows the window until the receiver&apos;s window stops it: 2·(BDP + buffer) = 435 segments. The path holds only X·RTT ≈ 11 of them; the rest wait as ACKs at the master, about 84.8 ms each (Little&apos;s law). The window is a count, not a speed, so a slow or busy machine shows the same number: only the time it takes changes.</source>
        <translation>Nunca se pierde nada: el maestro (58.4 Mbit/s) es más lento que el enlace (100), así que el búfer del enlace nunca se llena, y Reno hace crecer la ventana hasta que la ventana del receptor lo detiene: 2·(BDP + buffer) = 435 segmentos. El camino solo contiene X·RTT ≈ 11 de ellos; el resto espera como ACK en el maestro, cada uno unos 84.8 ms (ley de Little). La ventana es un número, no una velocidad, así que una máquina lenta u ocupada muestra la misma cifra: solo cambia el tiempo que tarda.</translation>
    </message>
    <message>
        <source>Now 24 littles offload to the one big core. Predict the speedup of offloading over local; a simulation grades it.</source>
        <translation>Ahora 24 núcleos pequeños descargan en el único núcleo grande. Prediga la aceleración de descargar frente a local; una simulación la califica.</translation>
    </message>
    <message>
        <source>Now let the receiver acknowledge every second segment (ack_every = 2). Predict the throughput of the simulated flow in Mbit/s.</source>
        <translation>Ahora haga que el receptor confirme uno de cada dos segmentos (ack_every = 2). Prediga el rendimiento del flujo simulado en Mbit/s.</translation>
    </message>
    <message>
        <source>Now let the worker sleep on a futex. Predict the 99th percentile of the wake-up latency in µs.</source>
        <translation>Ahora haga que el trabajador duerma en un futex. Prediga el percentil 99 de la latencia de despertar en µs.</translation>
    </message>
    <message>
        <source>Now pin the untrusted tasks to the small cores (amp). Predict P(escalation), and how many times smaller it is.</source>
        <translation>Ahora fije las tareas no confiables a los núcleos pequeños (amp). Prediga P(escalada) y cuántas veces es menor.</translation>
    </message>
    <message>
        <source>OS functions</source>
        <translation>Funciones del sistema operativo</translation>
    </message>
    <message>
        <source>Objects each mutator allocates per millisecond while it runs.</source>
        <translation>Objetos que cada mutador asigna por milisegundo mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Objects freed per collection</source>
        <translation>Objetos liberados por recolección</translation>
    </message>
    <message>
        <source>Objects still reachable from the mutators&apos; roots at a collection: what the collector marks. At most heap_objects.</source>
        <translation>Objetos aún alcanzables desde las raíces de los mutadores en una recolección: lo que marca el recolector. Como máximo heap_objects.</translation>
    </message>
    <message>
        <source>Objects the heap holds: what the collector sweeps. The free part, heap − live, is what the mutators allocate between two collections.</source>
        <translation>Objetos que caben en el heap: lo que barre el recolector. La parte libre, heap − vivos, es lo que los mutadores asignan entre dos recolecciones.</translation>
    </message>
    <message>
        <source>Offer 3000 transactions/s to 16 workers with one write per commit (group_max = 1). Predict the commits per second; a simulation grades it.</source>
        <translation>Ofrezca 3000 transacciones/s a 16 trabajadores con una escritura por commit (group_max = 1). Prediga los commits por segundo; una simulación los califica.</translation>
    </message>
    <message>
        <source>Offload speedup against little cores</source>
        <translation>Aceleración por descarga frente a los núcleos pequeños</translation>
    </message>
    <message>
        <source>Offload time, deterministic bound</source>
        <translation>Tiempo de descarga, cota determinista</translation>
    </message>
    <message>
        <source>Offload: time to hand the vector part to the big core through a ring, and again for the result to come back (h each way). The real engine measures it.</source>
        <translation>Descargar: tiempo para entregar la parte vectorial al núcleo grande a través de un anillo, y otra vez para que vuelva el resultado (h en cada sentido). La ejecución real lo mide.</translation>
    </message>
    <message>
        <source>Offloading saves f·T·(1 − 1/(w·b)) of the vector part and costs two hand-offs, 2·h. They are equal at f* = 2·h / (T·(1 − 1/(w·b))) = 0.0853: a small fraction, because one hand-off is short against the task. Below it the hand-offs cost more than the SIMD units save.</source>
        <translation>Descargar ahorra f·T·(1 − 1/(w·b)) de la parte vectorial y cuesta dos traspasos, 2·h. Se igualan en f* = 2·h / (T·(1 − 1/(w·b))) = 0.0853: una fracción pequeña, porque un traspaso es corto frente a la tarea. Por debajo, los traspasos cuestan más de lo que ahorran las unidades SIMD.</translation>
    </message>
    <message>
        <source>On paper the master steers one packet per 4 µs: at most 250000 pkt/s, whatever the workers could do; the rest overflow its receive ring. With 16 workers the hash happens to spread the flows well enough (the busiest worker saturates only at 269000 pkt/s), so the master binds and about 250000 pkt/s come out of the model. The real master also pays h per packet, so its ceiling is 1/(D + h): every 0.1 µs of hand-off costs about 6100 pkt/s here (the run&apos;s master_ceiling_per_s computes it from what it measured). With an even spread the master would bind from process/steer = 5 workers on; under rss_hash the busiest worker usually binds first (exercise 4). On a machine with fewer cores than the master and the workers need, threads share cores and the run says so: then it measures the host, not the master.</source>
        <translation>Sobre el papel el maestro dirige un paquete cada 4 µs: como máximo 250000 pkt/s, hagan lo que hagan los trabajadores; el resto desborda su anillo de recepción. Con 16 trabajadores el hash reparte los flujos casualmente bastante bien (el trabajador más ocupado solo se satura a 269000 pkt/s), así que el cuello de botella es el maestro, y del modelo salen unos 250000 pkt/s. El maestro real paga además h por paquete, así que su techo es 1/(D + h): cada 0.1 µs de traspaso cuesta aquí unos 6100 pkt/s (master_ceiling_per_s de la ejecución lo calcula a partir de lo medido). Con un reparto uniforme el maestro sería el cuello de botella a partir de process/steer = 5 trabajadores; con rss_hash suele serlo antes el trabajador más ocupado (ejercicio 4). En una máquina con menos núcleos de los que necesitan el maestro y los trabajadores, los hilos comparten núcleos y la ejecución lo indica: entonces mide el anfitrión, no el maestro.</translation>
    </message>
    <message>
        <source>One commit at a time, S = c + d per record: at most 500 records/s. Saturated, with two workers, the lock changes hands on every commit and stands idle for h each time, so the ceiling is 1/(c + d + h): at the model&apos;s guess of h = 20 µs that is 495 writes/s. The lab pads each sync up to log_device_ms, so on a fast device d is exactly 1.5 ms; a slower one (a disk, a busy virtual machine) shows its own time in sync_mean_ms, and then the device, not the model, sets the ceiling: run it once on tmpfs and once on a disk (data_dir). The model charges h only when the lock changes core, (c−1)/c of the time: 498 writes/s here.</source>
        <translation>Un commit cada vez, S = c + d por registro: como máximo 500 registros/s. En saturación, con dos trabajadores, el cerrojo cambia de manos en cada commit y queda parado h cada vez, así que el techo es 1/(c + d + h): con la suposición del modelo h = 20 µs eso da 495 escrituras/s. El laboratorio rellena cada sincronización hasta log_device_ms, así que en un dispositivo rápido d es exactamente 1.5 ms; uno más lento (un disco, una máquina virtual ocupada) muestra su propio tiempo en sync_mean_ms, y entonces es el dispositivo, no el modelo, el que fija el techo: ejecútelo una vez en tmpfs y otra en un disco (data_dir). El modelo cobra h solo cuando el cerrojo cambia de núcleo, (c−1)/c del tiempo: aquí 498 escrituras/s.</translation>
    </message>
    <message>
        <source>One core can process 1/S_ack = 66667 ACKs per second, and each ACK releases one 1460-byte segment: 778.67 Mbit/s on paper, below the link&apos;s 1000 Mbit/s and the workers&apos; 1168, so the master binds. The real master also pays the hand-off, so its ceiling is a·MSS/(S_ack + h): each µs of h per ACK costs about 49 Mbit/s here (the run&apos;s master_ceiling_mbps computes it from what it measured). The flow comes in a little below that ceiling, since Reno&apos;s losses idle the master now and then. On a machine with fewer cores than the master, the link emulator and the workers need, they share cores and the number is the scheduler&apos;s; the run says so.</source>
        <translation>Un núcleo puede procesar 1/S_ack = 66667 ACK por segundo, y cada ACK libera un segmento de 1460 bytes: 778.67 Mbit/s sobre el papel, por debajo de los 1000 Mbit/s del enlace y los 1168 de los trabajadores, así que el cuello de botella es el maestro. El maestro real paga además el traspaso, así que su techo es a·MSS/(S_ack + h): cada µs de h por ACK cuesta aquí unos 49 Mbit/s (master_ceiling_mbps de la ejecución lo calcula a partir de lo medido). El flujo llega algo por debajo de ese techo, porque las pérdidas de Reno dejan ocioso al maestro de vez en cuando. En una máquina con menos núcleos de los que necesitan el maestro, el emulador del enlace y los trabajadores, estos comparten núcleos y la cifra es la del planificador; la ejecución lo indica.</translation>
    </message>
    <message>
        <source>One fsync of 4 ms per commit, 0.2 ms per write, up to 8 writes per commit: how many commits per second can the master make durable at most?</source>
        <translation>Un fsync de 4 ms por commit, 0.2 ms por escritura, hasta 8 escrituras por commit: ¿cuántos commits por segundo puede hacer duraderos el maestro como máximo?</translation>
    </message>
    <message>
        <source>One job: dispatch, map, merge</source>
        <translation>Un trabajo: reparto, map, merge</translation>
    </message>
    <message>
        <source>One round of a client: think, ask, wait (= N/X).</source>
        <translation>Una ronda de un cliente: pensar, pedir, esperar (= N/X).</translation>
    </message>
    <message>
        <source>One worker outlives the protocol</source>
        <translation>Un trabajador sobrevive al protocolo</translation>
    </message>
    <message>
        <source>P = 0.714: the risk of a batch compounds with every task. If each task stayed on the one core it was given, as real schedulers prefer, a task would either run all its quanta on a privileged core or none, and P would be 0.689 instead: fewer tasks exposed, each exposed for longer.</source>
        <translation>P = 0.714: el riesgo de un lote se acumula con cada tarea. Si cada tarea se quedara en el núcleo que se le asignó, como prefieren los planificadores reales, una tarea ejecutaría todos sus quanta en un núcleo privilegiado o ninguno, y P sería 0.689: menos tareas expuestas, cada una expuesta más tiempo.</translation>
    </message>
    <message>
        <source>P(at least one escalation)</source>
        <translation>P(al menos una escalada)</translation>
    </message>
    <message>
        <source>P(escalation)</source>
        <translation>P(escalada)</translation>
    </message>
    <message>
        <source>P(escalation) against tasks, both placements</source>
        <translation>P(escalada) frente a las tareas, ambas ubicaciones</translation>
    </message>
    <message>
        <source>P(escalation), amp</source>
        <translation>P(escalada), amp</translation>
    </message>
    <message>
        <source>P(escalation), symmetric</source>
        <translation>P(escalada), simétrico</translation>
    </message>
    <message>
        <source>P(escalation), tasks stay put</source>
        <translation>P(escalada), las tareas no se mueven</translation>
    </message>
    <message>
        <source>P(safe)</source>
        <translation>P(seguro)</translation>
    </message>
    <message>
        <source>P(safe) against the worker failure rate</source>
        <translation>P(seguro) frente a la tasa de fallos de los trabajadores</translation>
    </message>
    <message>
        <source>P(symmetric)/P(amp).</source>
        <translation>P(simétrico)/P(amp).</translation>
    </message>
    <message>
        <source>Packet rate</source>
        <translation>Tasa de paquetes</translation>
    </message>
    <message>
        <source>Packets delivered per second (dropped packets do not count).</source>
        <translation>Paquetes entregados por segundo (los descartados no cuentan).</translation>
    </message>
    <message>
        <source>Packets one worker&apos;s ring holds while the worker is busy; a packet steered to a full ring is dropped.</source>
        <translation>Paquetes que caben en el anillo de un trabajador mientras está ocupado; un paquete dirigido a un anillo lleno se descarta.</translation>
    </message>
    <message>
        <source>Packets per second arriving at the master (mean rate).</source>
        <translation>Paquetes por segundo que llegan al maestro (tasa media).</translation>
    </message>
    <message>
        <source>Packets per second steered to a worker, averaged over the workers.</source>
        <translation>Paquetes por segundo dirigidos a un trabajador, promediados sobre los trabajadores.</translation>
    </message>
    <message>
        <source>Packets per second steered to the busiest worker (delivered or dropped).</source>
        <translation>Paquetes por segundo dirigidos al trabajador más ocupado (entregados o descartados).</translation>
    </message>
    <message>
        <source>Packets per second steered to the least loaded worker.</source>
        <translation>Paquetes por segundo dirigidos al trabajador menos cargado.</translation>
    </message>
    <message>
        <source>Packets steered to the busiest worker ÷ the mean over all workers (1 = even). Counts dropped packets too: it measures the policy&apos;s choice.</source>
        <translation>Paquetes dirigidos al trabajador más ocupado ÷ la media de todos los trabajadores (1 = uniforme). Cuenta también los descartados: mide la elección de la política.</translation>
    </message>
    <message>
        <source>Parallel collector speed</source>
        <translation>Velocidad del recolector paralelo</translation>
    </message>
    <message>
        <source>Parallel collector threads</source>
        <translation>Hilos del recolector paralelo</translation>
    </message>
    <message>
        <source>Parallel overhead</source>
        <translation>Sobrecoste paralelo</translation>
    </message>
    <message>
        <source>Past the knee N* = (D + Z)/D = 21 the gatekeeper never idles, so the throughput is its ceiling 1/D = 20000 per second; the MVA gives 20000. Every client beyond N* only lengthens the queue: the response time is now 2.2 ms against D = 0.05 ms alone.</source>
        <translation>Pasado el codo N* = (D + Z)/D = 21 el guardián nunca está ocioso, así que el rendimiento es su techo 1/D = 20000 por segundo; el MVA da 20000. Cada cliente más allá de N* solo alarga la cola: el tiempo de respuesta es ahora 2.2 ms frente a D = 0.05 ms solo.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause by placement</source>
        <translation>Pausa según la ubicación</translation>
    </message>
    <message>
        <source>Pause distribution</source>
        <translation>Distribución de las pausas</translation>
    </message>
    <message>
        <source>Pause on one little core over the pause on the big core: how many times shorter the big core makes it.</source>
        <translation>Pausa en un núcleo pequeño dividida por la pausa en el núcleo grande: cuántas veces la acorta el núcleo grande.</translation>
    </message>
    <message>
        <source>Pause, big core</source>
        <translation>Pausa, núcleo grande</translation>
    </message>
    <message>
        <source>Pause, one little core</source>
        <translation>Pausa, un núcleo pequeño</translation>
    </message>
    <message>
        <source>Pause, parallel little cores</source>
        <translation>Pausa, núcleos pequeños en paralelo</translation>
    </message>
    <message>
        <source>Paused time per unit of mutator time: how much longer the program takes because of the collector.</source>
        <translation>Tiempo en pausa por unidad de tiempo del mutador: cuánto más tarda el programa por culpa del recolector.</translation>
    </message>
    <message>
        <source>Payload bytes per segment; headers are not counted.</source>
        <translation>Bytes de carga útil por segmento; las cabeceras no cuentan.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Poisson λ</source>
        <translation>Poisson λ</translation>
    </message>
    <message>
        <source>Policy full, batch_max = 4: predict the mean latency in ms; a simulation grades it. Then compare with batch_max = 8.</source>
        <translation>Política full, batch_max = 4: prediga la latencia media en ms; una simulación la califica. Después compare con batch_max = 8.</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine factor</source>
        <translation>Factor de Pollaczek–Khinchine</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine: the wait scales with (1 + c_s²)/2, which is 2.5 for c_s = 2 against 1 for exponential and 0.5 for constant service. So 400 ms becomes 1000 ms at the same load: variability alone, nothing else changed.</source>
        <translation>Pollaczek–Khinchine: la espera escala con (1 + c_s²)/2, que es 2.5 para c_s = 2 frente a 1 para servicio exponencial y 0.5 para servicio constante. Así 400 ms pasan a ser 1000 ms con la misma carga: solo por la variabilidad, sin cambiar nada más.</translation>
    </message>
    <message>
        <source>Popularity of the k-th flow ∝ 1/k^s: 0 = all flows equally busy, 1 = a few elephants and many mice.</source>
        <translation>Popularidad del k-ésimo flujo ∝ 1/k^s: 0 = todos los flujos igual de activos, 1 = unos pocos elefantes y muchos ratones.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Privileged cores</source>
        <translation>Núcleos privilegiados</translation>
    </message>
    <message>
        <source>Privileged quanta per untrusted task</source>
        <translation>Quanta privilegiados por tarea no confiable</translation>
    </message>
    <message>
        <source>Probability of reaching the safe state</source>
        <translation>Probabilidad de alcanzar el estado seguro</translation>
    </message>
    <message>
        <source>Probability that a segment is lost on the path, independently of the others (besides buffer overflow).</source>
        <translation>Probabilidad de que un segmento se pierda en el camino, independientemente de los demás (además del desbordamiento del búfer).</translation>
    </message>
    <message>
        <source>Propagation delay there and back, without any queueing (half each way).</source>
        <translation>Retardo de propagación de ida y vuelta, sin ninguna cola (la mitad en cada sentido).</translation>
    </message>
    <message>
        <source>Protocol length T</source>
        <translation>Duración del protocolo T</translation>
    </message>
    <message>
        <source>Push the arrival rate towards 1/S_m: the master&apos;s wait explodes while the workers, at two thirds of it, keep spare capacity. Adding workers past c* = S_w/S_m buys nothing; switch the design to locked to see the same ceiling with a lock instead of a master.</source>
        <translation>Lleve la tasa de llegadas hacia 1/S_m: la espera del maestro se dispara mientras los trabajadores, a dos tercios de ella, conservan capacidad de sobra. Añadir trabajadores más allá de c* = S_w/S_m no aporta nada; cambie el diseño a locked para ver el mismo techo con un cerrojo en lugar de un maestro.</translation>
    </message>
    <message>
        <source>Put the collector on one little core. Predict the minimum mutator utilization over a 10 ms window; a simulation grades it.</source>
        <translation>Ponga el recolector en un núcleo pequeño. Prediga la utilización mínima del mutador en una ventana de 10 ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Q gap [ms]</source>
        <translation>Diferencia de Q [ms]</translation>
    </message>
    <message>
        <source>Q(N) = X·R: waiting or being signed.</source>
        <translation>Q(N) = X·R: esperando o siendo firmadas.</translation>
    </message>
    <message>
        <source>Q(slow) − Q(fast) per state</source>
        <translation>Q(lento) − Q(rápido) por estado</translation>
    </message>
    <message>
        <source>Q-table</source>
        <translation>Tabla Q</translation>
    </message>
    <message>
        <source>Quanta a task runs before its CPU budget ends it.</source>
        <translation>Quanta que ejecuta una tarea antes de que su presupuesto de CPU la termine.</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on a privileged core, on average: quanta·k/n in symmetric, 0 in amp. Real mode reads the CPU with sched_getcpu() after every quantum.</source>
        <translation>Quanta que una tarea no confiable ejecutó en un núcleo privilegiado, en media: quanta·k/n en symmetric, 0 en amp. El modo real lee la CPU con sched_getcpu() tras cada quantum.</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on each core it may use (the small ones in amp, all in symmetric), on average: what amp piles onto fewer cores. The chart shows every core.</source>
        <translation>Quanta que una tarea no confiable ejecutó en cada núcleo que puede usar (los pequeños en amp, todos en symmetric), en media: lo que amp acumula en menos núcleos. El gráfico muestra cada núcleo.</translation>
    </message>
    <message>
        <source>Quanta per core</source>
        <translation>Quanta por núcleo</translation>
    </message>
    <message>
        <source>Quanta per core it may use</source>
        <translation>Quanta por núcleo utilizable</translation>
    </message>
    <message>
        <source>Quanta per task</source>
        <translation>Quanta por tarea</translation>
    </message>
    <message>
        <source>Quanta run</source>
        <translation>Quanta ejecutados</translation>
    </message>
    <message>
        <source>Query time</source>
        <translation>Tiempo de consulta</translation>
    </message>
    <message>
        <source>Query time distribution</source>
        <translation>Distribución del tiempo de consulta</translation>
    </message>
    <message>
        <source>Quick estimate of the latency (full)</source>
        <translation>Estimación rápida de la latencia (full)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>R = (heap − live)/(mutators·alloc).</source>
        <translation>R = (heap − live)/(mutators·alloc).</translation>
    </message>
    <message>
        <source>RTOS: a Linux master commanding real-time workers</source>
        <translation>RTOS: un maestro Linux que dirige trabajadores de tiempo real</translation>
    </message>
    <message>
        <source>RTT/2</source>
        <translation>RTT/2</translation>
    </message>
    <message>
        <source>RTT/2, random loss</source>
        <translation>RTT/2, pérdida aleatoria</translation>
    </message>
    <message>
        <source>Raise ack_cost_us until the master bound drops below the link: throughput stops following the link and sits at ack_every·MSS/ack_cost, master_util is pinned at 1, and ack_delay_us (the ACK queue at the master) grows the RTT. Then set ack_every = 2: the same core carries twice the flow. Adding workers helps only while the worker bound is the smallest.</source>
        <translation>Suba ack_cost_us hasta que la cota del maestro caiga por debajo de la del enlace: el rendimiento deja de seguir al enlace y se queda en ack_every·MSS/ack_cost, master_util se queda fijo en 1, y ack_delay_us (la cola de ACK en el maestro) alarga el RTT. Luego ponga ack_every = 2: el mismo núcleo lleva el doble de flujo. Añadir trabajadores solo ayuda mientras la cota de los trabajadores es la menor.</translation>
    </message>
    <message>
        <source>Raise the write rate to 600/s, beyond the 500/s that one-record commits can sustain, and allow commits of up to 8 records. Predict the master&apos;s capacity in records per second, b/(b·c + d).</source>
        <translation>Suba la tasa de escrituras a 600/s, por encima de los 500/s que aguantan los commits de un registro, y permita commits de hasta 8 registros. Prediga la capacidad del maestro en registros por segundo, b/(b·c + d).</translation>
    </message>
    <message>
        <source>Random loss</source>
        <translation>Pérdida aleatoria</translation>
    </message>
    <message>
        <source>Rate of the slowest link on the path. Segments are serialized onto it one at a time.</source>
        <translation>Tasa del enlace más lento del camino. Los segmentos se serializan en él uno a uno.</translation>
    </message>
    <message>
        <source>Read latency</source>
        <translation>Latencia de lectura</translation>
    </message>
    <message>
        <source>Read latency distribution</source>
        <translation>Distribución de la latencia de lectura</translation>
    </message>
    <message>
        <source>Read transactions answered per second.</source>
        <translation>Transacciones de lectura respondidas por segundo.</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>Lecturas por segundo</translation>
    </message>
    <message>
        <source>Reads scale with workers; commits don&apos;t. How much does group commit buy?</source>
        <translation>Las lecturas escalan con los trabajadores; los commits no. ¿Cuánto aporta el commit en grupo?</translation>
    </message>
    <message>
        <source>Real mode makes its SQLite database here; empty = a temporary folder, removed after the run. A folder on tmpfs and one on a disk commit very differently.</source>
        <translation>El modo real crea aquí su base de datos SQLite; vacío = una carpeta temporal que se borra tras la ejecución. Una carpeta en tmpfs y otra en un disco hacen commits de forma muy distinta.</translation>
    </message>
    <message>
        <source>Real mode writes and syncs its files here; empty = a temporary folder, removed after the run. A folder on tmpfs and one on a disk sync very differently: part of the lesson.</source>
        <translation>El modo real escribe y sincroniza aquí sus ficheros; vacío = una carpeta temporal que se borra tras la ejecución. Una carpeta en tmpfs y otra en un disco sincronizan de forma muy distinta: parte de la lección.</translation>
    </message>
    <message>
        <source>Real mode writes its generated corpus here; empty = a temporary folder, removed after the run.</source>
        <translation>El modo real escribe aquí el corpus que genera; vacío = una carpeta temporal que se borra tras la ejecución.</translation>
    </message>
    <message>
        <source>Real mode: 1 when a scan of the address space the client threads run in found the key&apos;s secret bytes (thread isolation: it does), 0 when it did not.</source>
        <translation>Modo real: 1 cuando un barrido del espacio de direcciones en el que se ejecutan los hilos cliente encontró los bytes secretos de la clave (con aislamiento por hilos, los encuentra), 0 cuando no.</translation>
    </message>
    <message>
        <source>Real mode: 1 when every signature was checked and valid (Ed25519: by the clients with the public key; HMAC: by the gatekeeper, the only holder of the key), else 0.</source>
        <translation>Modo real: 1 cuando cada firma se comprobó y era válida (Ed25519: por los clientes con la clave pública; HMAC: por el guardián, el único que posee la clave); si no, 0.</translation>
    </message>
    <message>
        <source>Real mode: 1 when every step ended exactly once, in order, and every worker ran each step it lived through exactly once.</source>
        <translation>Modo real: 1 cuando cada paso terminó exactamente una vez, en orden, y cada trabajador ejecutó exactamente una vez cada paso que vivió.</translation>
    </message>
    <message>
        <source>Real mode: D as measured, the gatekeeper&apos;s time per signature plus the hand-over round trip (between processes with process isolation). The model&apos;s value is the sign_us it assumed.</source>
        <translation>Modo real: D tal como se midió, el tiempo del guardián por firma más el traspaso de ida y vuelta (entre procesos con aislamiento por procesos). El valor del modelo es el sign_us que supuso.</translation>
    </message>
    <message>
        <source>Real mode: commands for which the master woke later than the assumed maximum jitter.</source>
        <translation>Modo real: órdenes para las que el maestro se despertó más tarde que el jitter máximo supuesto.</translation>
    </message>
    <message>
        <source>Real mode: from the master handing a command over to the worker running, with the chosen wake-up mechanism (what cyclictest measures for a timer).</source>
        <translation>Modo real: desde que el maestro entrega una orden hasta que el trabajador se ejecuta, con el mecanismo de despertar elegido (lo que cyclictest mide para un temporizador).</translation>
    </message>
    <message>
        <source>Real mode: how late the master&apos;s timer woke it after the moment the command was due: the master&apos;s real jitter.</source>
        <translation>Modo real: con cuánto retraso lo despertó el temporizador del maestro respecto al momento en que vencía la orden: el jitter real del maestro.</translation>
    </message>
    <message>
        <source>Real mode: how the worker waits for a command. spin polls a word and burns its core; futex sleeps in the kernel; eventfd sleeps in poll(), as an event loop would; condvar is a condition variable with its mutex.</source>
        <translation>Modo real: cómo espera el trabajador una orden. spin sondea una palabra y quema su núcleo; futex duerme en el kernel; eventfd duerme en poll(), como lo haría un bucle de eventos; condvar es una variable de condición con su mutex.</translation>
    </message>
    <message>
        <source>Real mode: on runs the master and the worker under SCHED_FIFO where the system allows it (the run says when it does not); off leaves them at normal priority, beside any load.</source>
        <translation>Modo real: on ejecuta el maestro y el trabajador con SCHED_FIFO donde el sistema lo permite (la ejecución avisa cuando no); off los deja con prioridad normal, junto a cualquier carga.</translation>
    </message>
    <message>
        <source>Real mode: re-pinning the thread to the big core&apos;s CPU or back, one way, as measured (the model&apos;s value is the parameter it assumed).</source>
        <translation>Modo real: refijar el hilo a la CPU del núcleo grande o de vuelta, en un sentido, tal como se midió (el valor del modelo es el parámetro que supuso).</translation>
    </message>
    <message>
        <source>Real mode: the 99th percentile of the wake-up latency in this run.</source>
        <translation>Modo real: el percentil 99 de la latencia de despertar en esta ejecución.</translation>
    </message>
    <message>
        <source>Real mode: the ring&apos;s hand-off of the vector part and of its result, one way, as measured (the model&apos;s value is the parameter it assumed).</source>
        <translation>Modo real: el traspaso por el anillo de la parte vectorial y de su resultado, en un sentido, tal como se midió (el valor del modelo es el parámetro que supuso).</translation>
    </message>
    <message>
        <source>Real mode: the time a request and its signature spend travelling between a client and the gatekeeper (through shared-memory rings, and the wake-ups), both ways, queueing left out.</source>
        <translation>Modo real: el tiempo que una petición y su firma pasan viajando entre un cliente y el guardián (por anillos en memoria compartida, y los despertares), en ambos sentidos, sin contar las colas.</translation>
    </message>
    <message>
        <source>Real mode: threads that keep the master&apos;s and the worker&apos;s cores busy meanwhile, at normal priority.</source>
        <translation>Modo real: hilos que mantienen ocupados mientras tanto los núcleos del maestro y del trabajador, con prioridad normal.</translation>
    </message>
    <message>
        <source>Real-time priority (real mode)</source>
        <translation>Prioridad de tiempo real (modo real)</translation>
    </message>
    <message>
        <source>Records per commit</source>
        <translation>Registros por commit</translation>
    </message>
    <message>
        <source>Records per commit (max)</source>
        <translation>Registros por commit (máx.)</translation>
    </message>
    <message>
        <source>Records per second the master can make durable at most: b/(b·c + d) with b = group_max.</source>
        <translation>Registros por segundo que el maestro puede hacer duraderos como máximo: b/(b·c + d) con b = group_max.</translation>
    </message>
    <message>
        <source>Records waiting for the master</source>
        <translation>Registros que esperan al maestro</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Arrepentimiento (regret)</translation>
    </message>
    <message>
        <source>Regret against the best fixed threshold</source>
        <translation>Arrepentimiento frente al mejor umbral fijo</translation>
    </message>
    <message>
        <source>Regret so far</source>
        <translation>Arrepentimiento acumulado</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Reordenados</translation>
    </message>
    <message>
        <source>Reordering and imbalance across policies</source>
        <translation>Reordenación y desequilibrio de las políticas</translation>
    </message>
    <message>
        <source>Requests answered per second.</source>
        <translation>Peticiones respondidas por segundo.</translation>
    </message>
    <message>
        <source>Requests arrive at 2000/s; a batch costs 1 ms + 0.1 ms per request. What is the smallest batch size the accelerator can keep up with?</source>
        <translation>Las peticiones llegan a 2000/s; un lote cuesta 1 ms + 0.1 ms por petición. ¿Cuál es el menor tamaño de lote con el que el acelerador da abasto?</translation>
    </message>
    <message>
        <source>Requests at the gatekeeper</source>
        <translation>Peticiones en el guardián</translation>
    </message>
    <message>
        <source>Requests per batch: the mean, and the histogram of the batches&apos; sizes.</source>
        <translation>Peticiones por lote: la media y el histograma de los tamaños de lote.</translation>
    </message>
    <message>
        <source>Requests per second arriving at the master (Poisson).</source>
        <translation>Peticiones por segundo que llegan al maestro (Poisson).</translation>
    </message>
    <message>
        <source>Residual floor</source>
        <translation>Suelo residual</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Response bound</source>
        <translation>Cota de respuesta</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Response time against clients</source>
        <translation>Tiempo de respuesta frente a los clientes</translation>
    </message>
    <message>
        <source>Response time distribution</source>
        <translation>Distribución del tiempo de respuesta</translation>
    </message>
    <message>
        <source>Response without queueing (D)</source>
        <translation>Respuesta sin colas (D)</translation>
    </message>
    <message>
        <source>Response-time analysis gives each task of the worker&apos;s set its worst case, and the chain master → IPC → handler → actuator adds up to a bound that no simulated command ever exceeds: the simulation&apos;s histogram ends before the dashed line, usually well before it (the bound is sound and pessimistic). Raise the handler&apos;s blocking or give a higher row more work and watch the bound and the handler&apos;s worst case move together. Then run it for real: Linux&apos;s timer and wake-up are the part of the chain the RTOS cannot vouch for. On a virtual machine their tail is long, so the real histogram crosses the bound now and then, and the master&apos;s assumed worst-case jitter turns out to be a hope. Compare spin with futex wake-ups, and switch the background load and SCHED_FIFO on and off.</source>
        <translation>El análisis de tiempo de respuesta da a cada tarea del conjunto del trabajador su peor caso, y la cadena maestro → IPC → manejador → actuador suma una cota que ninguna orden simulada supera nunca: el histograma de la simulación termina antes de la línea discontinua, normalmente mucho antes (la cota es segura y pesimista). Aumente el bloqueo del manejador o dé más trabajo a una fila superior y observe cómo la cota y el peor caso del manejador se mueven juntos. Luego ejecútelo de verdad: el temporizador y el despertar de Linux son la parte de la cadena que el RTOS no puede garantizar. En una máquina virtual su cola es larga, así que el histograma real cruza la cota de vez en cuando, y el jitter máximo supuesto del maestro resulta ser una esperanza. Compare spin con futex como forma de despertar, y active y desactive la carga de fondo y SCHED_FIFO.</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmisiones</translation>
    </message>
    <message>
        <source>Ring slots</source>
        <translation>Huecos del anillo</translation>
    </message>
    <message>
        <source>Risk per untrusted task</source>
        <translation>Riesgo por tarea no confiable</translation>
    </message>
    <message>
        <source>Risk per untrusted task that remains wherever it runs (q): a kernel bug reachable from any core, a side channel through a shared cache.</source>
        <translation>Riesgo por tarea no confiable que permanece dondequiera que se ejecute (q): un fallo del kernel alcanzable desde cualquier núcleo, un canal lateral a través de una caché compartida.</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tiempo de ida y vuelta</translation>
    </message>
    <message>
        <source>Run for real with the worker spinning on a word (spin), at normal priority. Predict the 99th percentile of the wake-up latency in µs: tenths of a µs, a few µs, tens, or hundreds?</source>
        <translation>Ejecútelo de verdad con el trabajador sondeando activamente una palabra (spin), con prioridad normal. Prediga el percentil 99 de la latencia de despertar en µs: ¿décimas de µs, unos pocos µs, decenas o centenas?</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (Ed25519 with libsodium; the gatekeeper is a process of its own and alone holds the key). Predict the gatekeeper&apos;s utilization.</source>
        <translation>Ejecute los valores por defecto en el motor real (Ed25519 con libsodium; el guardián es un proceso propio y el único que posee la clave). Prediga la utilización del guardián.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real SQLite bank; the run may fit the workers to your machine and says so). Predict the mean number of writes per commit (group_size).</source>
        <translation>Ejecute los valores por defecto en el motor real (un banco SQLite real; la ejecución puede ajustar los trabajadores a su máquina y lo indica). Prediga el número medio de escrituras por commit (group_size).</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real dot product: scalar on the little, the widest SIMD the CPU has on the big core; the run measures the hand-off through the ring). Predict the speedup of offloading.</source>
        <translation>Ejecute los valores por defecto en el motor real (un producto escalar real: escalar en el núcleo pequeño, con el SIMD más ancho de la CPU en el grande; la ejecución mide el traspaso por el anillo). Prediga la aceleración de descargar.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real mark-sweep collector over an arena of nodes with random pointers; it runs on the big core, on a little core and on parallel little cores in turn). Predict the big core&apos;s gain: the little core&apos;s pause over the big core&apos;s.</source>
        <translation>Ejecute los valores por defecto en el motor real (un recolector mark-sweep real sobre una arena de nodos con punteros aleatorios; se ejecuta por turnos en el núcleo grande, en un núcleo pequeño y en núcleos pequeños en paralelo). Prediga la ganancia del núcleo grande: la pausa del núcleo pequeño dividida por la del grande.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real word count; the run may fit the workers to your machine and says so). Predict the speedup: the single-threaded count&apos;s time over the makespan.</source>
        <translation>Ejecute los valores por defecto en el motor real (un recuento de palabras real; la ejecución puede ajustar los trabajadores a su máquina y lo indica). Prediga la aceleración: el tiempo del recuento con un solo hilo dividido por el makespan.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine: the accelerator is a CPU core running a real dense network in batches, and the run first measures its s0 and s1 (facts s0_ms, s1_ms). Predict the mean latency in ms at those measured values (the model at them is shown beside the run).</source>
        <translation>Ejecute los valores por defecto en el motor real: el acelerador es un núcleo de CPU que ejecuta una red densa real por lotes, y la ejecución mide primero sus s0 y s1 (datos s0_ms, s1_ms). Prediga la latencia media en ms con esos valores medidos (el modelo con ellos aparece junto a la ejecución).</translation>
    </message>
    <message>
        <source>Run the defaults without worker failures (worker_fail_rate = 0) on the real engine: the master is a process that is really killed. Predict the time from its death to the safe state in ms.</source>
        <translation>Ejecute los valores por defecto sin fallos de trabajadores (worker_fail_rate = 0) en el motor real: el maestro es un proceso al que se mata de verdad. Prediga el tiempo desde su muerte hasta el estado seguro en ms.</translation>
    </message>
    <message>
        <source>Run the learning master for real: a master thread, one pinned thread per core of each cluster, the slow ones doing 3 times the work (emulated, unless the machine has real little cores). Predict the fraction of tasks the agent sends to the fast cluster.</source>
        <translation>Ejecute de verdad el maestro que aprende: un hilo maestro, un hilo fijado por núcleo de cada clúster, los lentos hacen 3 veces el trabajo (emulado, salvo que la máquina tenga núcleos pequeños reales). Prediga la fracción de tareas que el agente envía al clúster rápido.</translation>
    </message>
    <message>
        <source>Run the real engine in amp placement (the untrusted tasks are sandboxed processes pinned to the small cores). Predict how many quanta per untrusted task run on a privileged core.</source>
        <translation>Ejecute el motor real con la ubicación amp (las tareas no confiables son procesos en un sandbox fijados a los núcleos pequeños). Prediga cuántos quanta por tarea no confiable se ejecutan en un núcleo privilegiado.</translation>
    </message>
    <message>
        <source>SIMD speedup on the big core</source>
        <translation>Aceleración SIMD en el núcleo grande</translation>
    </message>
    <message>
        <source>SIMD: offloading vector work to the big core</source>
        <translation>SIMD: descargar el trabajo vectorial en el núcleo grande</translation>
    </message>
    <message>
        <source>S_w/S: with fewer workers they are the bottleneck, with more the master (or the lock) is.</source>
        <translation>S_w/S: con menos trabajadores el cuello de botella son ellos; con más, el maestro (o el cerrojo).</translation>
    </message>
    <message>
        <source>Safe-state protocol steps</source>
        <translation>Pasos del protocolo hacia el estado seguro</translation>
    </message>
    <message>
        <source>Same setting (600/s, up to 8 records per commit): predict the mean consistency window in ms; a simulation grades it.</source>
        <translation>Misma configuración (600/s, hasta 8 registros por commit): prediga la ventana de consistencia media en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Saturation rate</source>
        <translation>Tasa de saturación</translation>
    </message>
    <message>
        <source>Saturation rate against workers: the master&apos;s ceiling, and the hash that can lower it</source>
        <translation>Tasa de saturación frente a los trabajadores: el techo del maestro y el hash que puede bajarlo</translation>
    </message>
    <message>
        <source>Scalar part on a little</source>
        <translation>Parte escalar en un núcleo pequeño</translation>
    </message>
    <message>
        <source>Scheduling quanta each task runs; a quantum is 1 ms of the task&apos;s CPU time in real mode.</source>
        <translation>Quanta de planificación que ejecuta cada tarea; en modo real un quantum es 1 ms de tiempo de CPU de la tarea.</translation>
    </message>
    <message>
        <source>Security and safety</source>
        <translation>Seguridad y protección</translation>
    </message>
    <message>
        <source>Segment size (MSS)</source>
        <translation>Tamaño de segmento (MSS)</translation>
    </message>
    <message>
        <source>Segments per ACK</source>
        <translation>Segmentos por ACK</translation>
    </message>
    <message>
        <source>Segments sent again (fast retransmit or timeout) in the measured part of one run.</source>
        <translation>Segmentos enviados de nuevo (retransmisión rápida o por tiempo límite) en la parte medida de una ejecución.</translation>
    </message>
    <message>
        <source>Sent to the fast cluster</source>
        <translation>Enviadas al clúster rápido</translation>
    </message>
    <message>
        <source>Serial ceiling of the speedup</source>
        <translation>Techo serie de la aceleración</translation>
    </message>
    <message>
        <source>Serial time the master spends dispatching each task (τ); tasks leave one after the other.</source>
        <translation>Tiempo serie que el maestro dedica a repartir cada tarea (τ); las tareas salen una tras otra.</translation>
    </message>
    <message>
        <source>Serial time the master spends merging each task&apos;s result after the last map (ρ).</source>
        <translation>Tiempo serie que el maestro dedica a fusionar el resultado de cada tarea tras el último map (ρ).</translation>
    </message>
    <message>
        <source>Serialization ceiling</source>
        <translation>Techo de serialización</translation>
    </message>
    <message>
        <source>Set 21 clients, about the knee. Predict the mean response time in ms (exponential signing times); a simulation grades it.</source>
        <translation>Ponga 21 clientes, más o menos en el codo. Prediga el tiempo medio de respuesta en ms (tiempos de firma exponenciales); una simulación lo califica.</translation>
    </message>
    <message>
        <source>Set f = 0.2 and h = 5 µs. Predict the mean task time with offload, in µs; a simulation grades it.</source>
        <translation>Ponga f = 0.2 y h = 5 µs. Prediga el tiempo medio de tarea con descarga, en µs; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Set group_max = 1 (one fsync per write) and keep the rest. Predict the mean commit latency in ms; a simulation grades it.</source>
        <translation>Ponga group_max = 1 (un fsync por escritura) y mantenga el resto. Prediga la latencia media de commit en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Setup per batch (s0)</source>
        <translation>Preparación por lote (s0)</translation>
    </message>
    <message>
        <source>Share f of the task&apos;s little-core time that is vector work (a dot product the big core&apos;s SIMD units speed up); the rest, 1 − f, is scalar work.</source>
        <translation>Fracción f del tiempo de la tarea en el núcleo pequeño que es trabajo vectorial (un producto escalar que aceleran las unidades SIMD del núcleo grande); el resto, 1 − f, es trabajo escalar.</translation>
    </message>
    <message>
        <source>Share of each parallel collector thread&apos;s time lost to coordination (barriers, shared work lists): the parallel speed is threads·(1 − overhead).</source>
        <translation>Fracción del tiempo de cada hilo del recolector paralelo que se pierde en coordinación (barreras, listas de trabajo compartidas): la velocidad paralela es threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>Share of incidents whose last step ended with at least the quorum of workers alive.</source>
        <translation>Fracción de incidentes cuyo último paso terminó con al menos el quórum de trabajadores vivos.</translation>
    </message>
    <message>
        <source>Share of packets dropped because the ring they were steered to was full.</source>
        <translation>Fracción de paquetes descartados porque el anillo al que se dirigieron estaba lleno.</translation>
    </message>
    <message>
        <source>Share of the cores that are privileged.</source>
        <translation>Fracción de los núcleos que son privilegiados.</translation>
    </message>
    <message>
        <source>Share of the makespan the master spends dispatching and merging: r·(τ + ρ) / makespan.</source>
        <translation>Fracción del makespan que el maestro dedica a repartir y fusionar: r·(τ + ρ) / makespan.</translation>
    </message>
    <message>
        <source>Share of the tasks that run untrusted code (u); each task is untrusted with this probability.</source>
        <translation>Fracción de las tareas que ejecutan código no confiable (u); cada tarea es no confiable con esta probabilidad.</translation>
    </message>
    <message>
        <source>Share of the time the gatekeeper is signing (U = X·D).</source>
        <translation>Fracción del tiempo en que el guardián está firmando (U = X·D).</translation>
    </message>
    <message>
        <source>Share of the time the mutators run (not paused), over the whole run.</source>
        <translation>Fracción del tiempo en que los mutadores se ejecutan (sin pausa), sobre toda la ejecución.</translation>
    </message>
    <message>
        <source>Share of the transactions that write (a transfer between two accounts); the rest only read.</source>
        <translation>Fracción de las transacciones que escriben (una transferencia entre dos cuentas); el resto solo lee.</translation>
    </message>
    <message>
        <source>Share of time the master core spends processing ACKs.</source>
        <translation>Fracción del tiempo que el núcleo maestro dedica a procesar ACK.</translation>
    </message>
    <message>
        <source>Share of untrusted quanta on privileged cores</source>
        <translation>Fracción de quanta no confiables en núcleos privilegiados</translation>
    </message>
    <message>
        <source>Signatures per second</source>
        <translation>Firmas por segundo</translation>
    </message>
    <message>
        <source>Signatures the clients receive per second (X).</source>
        <translation>Firmas que los clientes reciben por segundo (X).</translation>
    </message>
    <message>
        <source>Signing is nearly constant-time. Keep 21 clients and set constant signing times (det). Predict the mean response time in ms; a simulation grades it.</source>
        <translation>Firmar tarda un tiempo casi constante. Mantenga 21 clientes y ponga tiempos de firma constantes (det). Prediga el tiempo medio de respuesta en ms; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Tiempo de firma</translation>
    </message>
    <message>
        <source>Signing time distribution</source>
        <translation>Distribución del tiempo de firma</translation>
    </message>
    <message>
        <source>Signing time, measured</source>
        <translation>Tiempo de firma, medido</translation>
    </message>
    <message>
        <source>Slow cluster utilization</source>
        <translation>Utilización del clúster lento</translation>
    </message>
    <message>
        <source>Slow core factor</source>
        <translation>Factor de los núcleos lentos</translation>
    </message>
    <message>
        <source>Slow cores</source>
        <translation>Núcleos lentos</translation>
    </message>
    <message>
        <source>Slowest log device that meets the bound</source>
        <translation>Dispositivo de log más lento que cumple la cota</translation>
    </message>
    <message>
        <source>Small task</source>
        <translation>Tarea pequeña</translation>
    </message>
    <message>
        <source>Smallest stable batch</source>
        <translation>Menor lote estable</translation>
    </message>
    <message>
        <source>Sojourn time</source>
        <translation>Tiempo de permanencia</translation>
    </message>
    <message>
        <source>Sojourn time against arrival rate</source>
        <translation>Tiempo de permanencia frente a la tasa de llegadas</translation>
    </message>
    <message>
        <source>Sojourn time distribution</source>
        <translation>Distribución del tiempo de permanencia</translation>
    </message>
    <message>
        <source>Sojourn time over time</source>
        <translation>Tiempo de permanencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Speedup against workers</source>
        <translation>Aceleración frente a los trabajadores</translation>
    </message>
    <message>
        <source>Speedup of the strategy</source>
        <translation>Aceleración de la estrategia</translation>
    </message>
    <message>
        <source>Start at one little: sweep the vector fraction and watch offload cross local at f*, where the time the big core&apos;s SIMD units save pays for two hand-offs. Migration moves the scalar part too, so it wins when re-pinning is cheap and the scalar part is large; the heat map shows the three regions. Then add littles: the one big core becomes a shared server, and past the knee N* its queue eats the gain (speedup against littles). In real mode the hand-off and the re-pin are measured, and the big core&apos;s extra speed is emulated on symmetric machines: the run says so.</source>
        <translation>Empiece con un núcleo pequeño: haga un barrido de la fracción vectorial y observe cómo offload cruza a local en f*, donde el tiempo que ahorran las unidades SIMD del núcleo grande paga dos traspasos. La migración mueve también la parte escalar, así que gana cuando refijar es barato y la parte escalar es grande; el mapa de calor muestra las tres regiones. Luego añada núcleos pequeños: el único núcleo grande se convierte en un servidor compartido, y pasado el codo N* su cola se come la ganancia (aceleración frente a núcleos pequeños). En modo real se miden el traspaso y el refijado, y la velocidad extra del núcleo grande se emula en máquinas simétricas: la ejecución lo indica.</translation>
    </message>
    <message>
        <source>Start without the slow cluster: the master sends every task to the single fast core (always_fast). 20% of the tasks are large (10 ms), the rest small (2 ms), at 200 tasks/s. Predict the mean latency in ms.</source>
        <translation>Empiece sin el clúster lento: el maestro envía cada tarea al único núcleo rápido (always_fast). El 20% de las tareas son grandes (10 ms), el resto pequeñas (2 ms), a 200 tareas/s. Prediga la latencia media en ms.</translation>
    </message>
    <message>
        <source>Steering policy</source>
        <translation>Política de reparto</translation>
    </message>
    <message>
        <source>Step durations</source>
        <translation>Duración de los pasos</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Sweep batch_max under the full policy: below b_min the accelerator cannot keep up, just above it the queue dominates, and far above it requests wait for their batch to fill: a U whose minimum sits just above b_min. The capacity b/s(b) keeps rising towards 1/s1 all the while, so the batch size with the most throughput is never the one with the least latency. In real mode the accelerator is a CPU core running a real dense network in batches; the lab measures its s0 and s1 first and shows the fit.</source>
        <translation>Haga un barrido de batch_max con la política full: por debajo de b_min el acelerador no da abasto, justo por encima domina la cola, y muy por encima las peticiones esperan a que se llene su lote: una U cuyo mínimo queda justo por encima de b_min. La capacidad b/s(b) sigue subiendo hacia 1/s1 todo el tiempo, así que el tamaño de lote con más rendimiento nunca es el de menor latencia. En modo real el acelerador es un núcleo de CPU que ejecuta una red densa real por lotes; el laboratorio mide primero sus s0 y s1 y muestra el ajuste.</translation>
    </message>
    <message>
        <source>Sweep phase</source>
        <translation>Fase de barrido</translation>
    </message>
    <message>
        <source>Sweep rate on a little core</source>
        <translation>Tasa de barrido en un núcleo pequeño</translation>
    </message>
    <message>
        <source>Sweep the clients: throughput climbs along N/(D + Z) while the gatekeeper idles, bends at the knee N* = (D + Z)/D and flattens at 1/D, where each new client only adds its signature time to everyone&apos;s response. With exponential signing times the simulation sits on the MVA curve; with constant ones it queues less near the knee. In real mode compare the two isolations: in thread isolation a worker thread finds the signing key in its own address space (the run says where), in process isolation the same scan comes back empty while it finds the key in the gatekeeper&apos;s process, and the measured D shows what the process boundary costs per signature.</source>
        <translation>Haga un barrido de los clientes: el rendimiento sube a lo largo de N/(D + Z) mientras el guardián está ocioso, se dobla en el codo N* = (D + Z)/D y se aplana en 1/D, donde cada cliente nuevo solo añade su tiempo de firma a la respuesta de todos. Con tiempos de firma exponenciales la simulación cae sobre la curva del MVA; con tiempos constantes hace menos cola cerca del codo. En modo real compare los dos aislamientos: con aislamiento por hilos un hilo trabajador encuentra la clave de firma en su propio espacio de direcciones (la ejecución dice dónde); con aislamiento por procesos el mismo barrido vuelve vacío, mientras que encuentra la clave en el proceso del guardián, y la D medida muestra lo que cuesta por firma la frontera entre procesos.</translation>
    </message>
    <message>
        <source>Sweep the task count on a log axis: the makespan falls while the workers balance, flattens, and rises again once the master&apos;s serial dispatching (r·τ) and merging (r·ρ) outgrow the work per task. With equal tasks the best count is the worker count; variable tasks push it up. The speedup against workers flattens at W/(r·(τ + ρ) + d): Amdahl with a serial part the user chose.</source>
        <translation>Haga un barrido del número de tareas en un eje logarítmico: el makespan cae mientras los trabajadores se equilibran, se aplana y vuelve a subir en cuanto el reparto serie (r·τ) y la fusión (r·ρ) del maestro superan el trabajo por tarea. Con tareas iguales el mejor número es el número de trabajadores; las tareas variables lo empujan hacia arriba. La aceleración frente a los trabajadores se aplana en W/(r·(τ + ρ) + d): Amdahl con una parte serie que eligió el usuario.</translation>
    </message>
    <message>
        <source>Sweep the tasks in both placements. Symmetric: every untrusted quantum has a k/n chance of landing on a privileged core, so the risk grows with the quanta and the tasks; amp: no untrusted quantum ever runs there and only the residual q is left, the floor no placement removes. The cut is large when v·quanta·k/n is large against q, and small when q dominates. In real mode the lab counts, with sched_getcpu() in every quantum, where the sandboxed tasks really ran: none on the privileged core in amp, about k/n of the quanta in symmetric. The exploit itself is drawn, not performed; the sandbox is real: a task that tries a forbidden system call dies by its seccomp filter, one over its CPU budget by the master. Point out what the model leaves out: caches shared across cores.</source>
        <translation>Haga un barrido de las tareas en ambas ubicaciones. Simétrica: cada quantum no confiable tiene una probabilidad k/n de caer en un núcleo privilegiado, así que el riesgo crece con los quanta y las tareas; amp: ningún quantum no confiable se ejecuta nunca allí y solo queda el residual q, el suelo que ninguna ubicación elimina. La reducción es grande cuando v·quanta·k/n es grande frente a q, y pequeña cuando domina q. En modo real el laboratorio cuenta, con sched_getcpu() en cada quantum, dónde se ejecutaron realmente las tareas del sandbox: ninguna en el núcleo privilegiado en amp, alrededor de k/n de los quanta en symmetric. El exploit en sí se sortea, no se realiza; el sandbox es real: una tarea que intenta una llamada al sistema prohibida muere por su filtro seccomp, y una que supera su presupuesto de CPU, por el maestro. Señale lo que el modelo deja fuera: las cachés compartidas entre núcleos.</translation>
    </message>
    <message>
        <source>Sweep the workers: reads per second follow them, commits per second do not, because every commit passes the one master and pays its fsync. Then sweep group_max with a timeout: one write per commit queues behind the fsync near saturation, a few per commit share it and the latency falls, and waiting for still fuller groups costs the timer again: a U. In real mode the lab re-opens the SQLite database after every run (also a cancelled one, and one whose writer was killed mid-commit) and checks that the total balance is unchanged.</source>
        <translation>Haga un barrido de los trabajadores: las lecturas por segundo los siguen, los commits por segundo no, porque cada commit pasa por el único maestro y paga su fsync. Luego haga un barrido de group_max con un tiempo límite: con una escritura por commit se forma cola detrás del fsync cerca de la saturación, con unas pocas por commit lo comparten y la latencia baja, y esperar grupos aún más llenos vuelve a costar el temporizador: una U. En modo real el laboratorio reabre la base de datos SQLite tras cada ejecución (también tras una cancelada, y tras una cuyo escritor murió a mitad de un commit) y comprueba que el saldo total no ha cambiado.</translation>
    </message>
    <message>
        <source>Switch to the greedy policy with batch_max = 16: the accelerator takes what waits. Predict the mean batch size; a simulation grades it.</source>
        <translation>Cambie a la política greedy con batch_max = 16: el acelerador toma lo que espera. Prediga el tamaño medio de lote; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Switch to the locked design with 2 workers and 0.5 ms of data work per write, and offer 700 writes/s. Each commit holds the journal lock for 0.5 ms of appending plus a sync padded to 1.5 ms. Run it once on the real engine and read what a sync really took (sync_mean_ms) and the lock&apos;s hand-over h (lock_handoff_ns). Predict the throughput in writes/s; a second real run grades it.</source>
        <translation>Cambie al diseño con cerrojo con 2 trabajadores y 0.5 ms de trabajo de datos por escritura, y ofrezca 700 escrituras/s. Cada commit retiene el cerrojo del journal durante 0.5 ms de escritura más una sincronización rellenada hasta 1.5 ms. Ejecútelo una vez en el motor real y lea cuánto tardó realmente una sincronización (sync_mean_ms) y el traspaso h del cerrojo (lock_handoff_ns). Prediga el rendimiento en escrituras/s; una segunda ejecución real lo califica.</translation>
    </message>
    <message>
        <source>Switch to the locked design: 2 workers, each doing a serialized step of exactly 0.2 ms under one shared lock and then 0.1 ms of its own work. Offer 8000 requests/s, more than the lock can pass. Run it once on the real engine and read the lock hand-over h it reports (lock_handoff_ns, among the run&apos;s facts): the time from one worker&apos;s unlock to the waiting worker&apos;s lock. Predict the throughput in requests/s; a second real run grades it.</source>
        <translation>Cambie al diseño con cerrojo: 2 trabajadores, cada uno hace un paso serializado de exactamente 0.2 ms bajo un cerrojo compartido y luego 0.1 ms de trabajo propio. Ofrezca 8000 peticiones/s, más de las que el cerrojo deja pasar. Ejecútelo una vez en el motor real y lea el traspaso h del cerrojo que informa (lock_handoff_ns, entre los datos de la ejecución): el tiempo desde que un trabajador libera el cerrojo hasta que lo toma el que espera. Prediga el rendimiento en peticiones/s; una segunda ejecución real lo califica.</translation>
    </message>
    <message>
        <source>Symmetric placement with 100 tasks. Predict P(escalation); the model grades it. Then ask what a task that stays on one core changes.</source>
        <translation>Ubicación simétrica con 100 tareas. Prediga P(escalada); el modelo la califica. Luego pregúntese qué cambia una tarea que se queda en un núcleo.</translation>
    </message>
    <message>
        <source>Symmetric placement: 20 tasks, a share u = 0.25 untrusted, 20 quanta each, 1 of 4 cores privileged, v = 0.01 per privileged quantum, q = 0.001. Predict P(at least one escalation); a simulation grades it.</source>
        <translation>Ubicación simétrica: 20 tareas, una fracción u = 0.25 no confiable, 20 quanta cada una, 1 de 4 núcleos privilegiado, v = 0.01 por quantum privilegiado, q = 0.001. Prediga P(al menos una escalada); una simulación la califica.</translation>
    </message>
    <message>
        <source>Sync time per commit</source>
        <translation>Tiempo de sincronización por commit</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>TCP: control plane on the master, data plane on workers</source>
        <translation>TCP: plano de control en el maestro, plano de datos en los trabajadores</translation>
    </message>
    <message>
        <source>Task set schedulable (1 = yes)</source>
        <translation>Conjunto de tareas planificable (1 = sí)</translation>
    </message>
    <message>
        <source>Task time against the vector fraction</source>
        <translation>Tiempo de tarea frente a la fracción vectorial</translation>
    </message>
    <message>
        <source>Task time on a little core</source>
        <translation>Tiempo de tarea en un núcleo pequeño</translation>
    </message>
    <message>
        <source>Task time, local</source>
        <translation>Tiempo de tarea, local</translation>
    </message>
    <message>
        <source>Task time, migrate</source>
        <translation>Tiempo de tarea, migrar</translation>
    </message>
    <message>
        <source>Task time, offload</source>
        <translation>Tiempo de tarea, descargar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Tasks each little core runs one after the other in each strategy&apos;s pass.</source>
        <translation>Tareas que cada núcleo pequeño ejecuta una tras otra en la pasada de cada estrategia.</translation>
    </message>
    <message>
        <source>Tasks in one batch (N), trusted and untrusted. The escalation counts when any of them escalates.</source>
        <translation>Tareas de un lote (N), confiables y no confiables. La escalada cuenta cuando cualquiera de ellas escala.</translation>
    </message>
    <message>
        <source>Tasks per little</source>
        <translation>Tareas por núcleo pequeño</translation>
    </message>
    <message>
        <source>Tasks per second arriving at the master (Poisson).</source>
        <translation>Tareas por segundo que llegan al maestro (Poisson).</translation>
    </message>
    <message>
        <source>The MVA adds one client at a time: R(n) = D·(1 + Q(n−1)). At N = 21 it gives 0.209 ms, with 3.63 requests at the gatekeeper on average and utilization 0.869. The asymptotes alone would say max(D, N·D − Z) = 0.05 ms: at the knee randomness, not the average load, makes the queue.</source>
        <translation>El MVA añade los clientes de uno en uno: R(n) = D·(1 + Q(n−1)). Con N = 21 da 0.209 ms, con 3.63 peticiones en el guardián en media y una utilización de 0.869. Las asíntotas solas dirían max(D, N·D − Z) = 0.05 ms: en el codo es el azar, no la carga media, lo que forma la cola.</translation>
    </message>
    <message>
        <source>The MVA does not know the distribution: it still says 0.209 ms, exact only for exponential times. Constant signing times queue less: the simulation lands between the MVA and the asymptote 0.05 ms. Far below or far past the knee the difference fades; near it, it is largest.</source>
        <translation>El MVA no conoce la distribución: sigue diciendo 0.209 ms, exacto solo para tiempos exponenciales. Los tiempos de firma constantes hacen menos cola: la simulación cae entre el MVA y la asíntota de 0.05 ms. Muy por debajo o muy por encima del codo la diferencia se desvanece; cerca de él es máxima.</translation>
    </message>
    <message>
        <source>The batch limit (1 to 64) that gives the lowest mean latency under this policy.</source>
        <translation>El límite de lote (1 a 64) que da la menor latencia media con esta política.</translation>
    </message>
    <message>
        <source>The bound grows with the blocking to 680 µs and no simulated command crosses it, yet the mean hardly moves: blocking happens only when a command finds a lower row inside its critical section, and the worst case needs every delay at its maximum at once. The bound is sound, and pessimistic.</source>
        <translation>La cota crece con el bloqueo hasta 680 µs y ninguna orden simulada la cruza, pero la media apenas se mueve: el bloqueo solo ocurre cuando una orden encuentra una fila inferior dentro de su sección crítica, y el peor caso necesita cada retraso en su máximo a la vez. La cota es segura, y pesimista.</translation>
    </message>
    <message>
        <source>The bracket: each task stays on the one core it was first given.</source>
        <translation>La referencia: cada tarea se queda en el núcleo que se le asignó primero.</translation>
    </message>
    <message>
        <source>The fast core is M/H₂/1, busy ρ = 0.72 of the time. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(2(1−ρ)) = 20.2 ms. The mean task takes only 3.6 ms: the large tasks&apos; variance makes the small ones wait. The best fixed threshold policy, which uses the slow core too, gets 10.4 ms.</source>
        <translation>El núcleo rápido es M/H₂/1, ocupado ρ = 0.72 del tiempo. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(2(1−ρ)) = 20.2 ms. La tarea media solo tarda 3.6 ms: la varianza de las tareas grandes hace esperar a las pequeñas. La mejor política fija de umbral, que usa también el núcleo lento, obtiene 10.4 ms.</translation>
    </message>
    <message>
        <source>The fastest of the three strategies: 0 = local, 1 = offload, 2 = migrate.</source>
        <translation>La más rápida de las tres estrategias: 0 = local, 1 = descargar, 2 = migrar.</translation>
    </message>
    <message>
        <source>The first tasks: littles and the big core</source>
        <translation>Las primeras tareas: núcleos pequeños y el núcleo grande</translation>
    </message>
    <message>
        <source>The fixed point of the recurrence: its C, its blocking, and the higher rows&apos; preemptions.</source>
        <translation>El punto fijo de la recurrencia: su C, su bloqueo y las expropiaciones de las filas superiores.</translation>
    </message>
    <message>
        <source>The gatekeeper signs in D = 50 µs; clients think Z = 1 ms. With 64 clients, how many signatures per second does it deliver?</source>
        <translation>El guardián firma en D = 50 µs; los clientes piensan Z = 1 ms. Con 64 clientes, ¿cuántas firmas por segundo entrega?</translation>
    </message>
    <message>
        <source>The gatekeeper&apos;s capacity: one signature per D.</source>
        <translation>La capacidad del guardián: una firma por D.</translation>
    </message>
    <message>
        <source>The gatekeeper&apos;s time per signature (D), in the model and the simulation. The real engine measures its own: a real signature plus, with process isolation, the round trip between processes.</source>
        <translation>El tiempo del guardián por firma (D), en el modelo y en la simulación. El motor real mide el suyo: una firma real más, con aislamiento por procesos, la ida y vuelta entre procesos.</translation>
    </message>
    <message>
        <source>The handler (row 2: C = 150 µs, T = 1000 µs, blocking 50 µs) shares the worker with row 1 (C = 100 µs every 500 µs), which has a higher priority. Commands reach it up to 200 µs late. Predict its worst-case response time in µs.</source>
        <translation>El manejador (fila 2: C = 150 µs, T = 1000 µs, bloqueo de 50 µs) comparte el trabajador con la fila 1 (C = 100 µs cada 500 µs), que tiene más prioridad. Las órdenes le llegan con hasta 200 µs de retraso. Prediga su tiempo de respuesta en el peor caso en µs.</translation>
    </message>
    <message>
        <source>The highest packet rate every core keeps up with: min(1/steer, 1/(process × the busiest worker&apos;s share)). With equal shares the second term is workers/process. A run computes it from its own measured times and shares.</source>
        <translation>La mayor tasa de paquetes que todos los núcleos aguantan: min(1/steer, 1/(process × la fracción del trabajador más ocupado)). Con fracciones iguales el segundo término es workers/process. Una ejecución la calcula a partir de sus propios tiempos y fracciones medidos.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>El incidente</translation>
    </message>
    <message>
        <source>The incident: beats, misses, detection, steps, failures</source>
        <translation>El incidente: latidos, fallos, detección, pasos, caídas</translation>
    </message>
    <message>
        <source>The job waits for its slowest last task. With equal tasks it would take 0.286 s; the Kruskal–Weiss estimate adds σ·E[max of p normals] for the last wave: 0.352 s. With only 4 tasks each task is four times larger and so is its spread: 0.536 s. Variable tasks are why jobs are cut finer than the worker count: here r* = 32.</source>
        <translation>El trabajo espera a su última tarea más lenta. Con tareas iguales tardaría 0.286 s; la estimación de Kruskal–Weiss añade σ·E[máx de p normales] para la última oleada: 0.352 s. Con solo 4 tareas cada tarea es cuatro veces mayor, y también su dispersión: 0.536 s. Las tareas variables son la razón de que los trabajos se dividan más finamente que el número de trabajadores: aquí r* = 32.</translation>
    </message>
    <message>
        <source>The largest time per commit the log device may take so that the mean window stays within window_bound_ms.</source>
        <translation>El mayor tiempo por commit que puede tardar el dispositivo de log para que la ventana media se mantenga dentro de window_bound_ms.</translation>
    </message>
    <message>
        <source>The latest the master is assumed to send a command. An assumption about Linux, not a guarantee: the bound builds on it, and the real run counts how often Linux breaks it.</source>
        <translation>Lo más tarde que se supone que el maestro envía una orden. Una hipótesis sobre Linux, no una garantía: la cota se basa en ella, y la ejecución real cuenta cuántas veces Linux la rompe.</translation>
    </message>
    <message>
        <source>The learned policy, greedy on each task&apos;s expected response time with a coin ε = 0.1 of the time, sends 84% of the tasks to the fast cluster in the model. The real agent is the same code; in a short run it is still learning, and its share moves with what it has seen.</source>
        <translation>La política aprendida, voraz según el tiempo de respuesta esperado de cada tarea, con una moneda en ε = 0.1 de los casos, envía en el modelo el 84% de las tareas al clúster rápido. El agente real es el mismo código; en una ejecución corta aún está aprendiendo, y su fracción se mueve con lo que ha visto.</translation>
    </message>
    <message>
        <source>The learning master explores: with probability ε = 0.3 it tosses a coin instead of taking the cluster it has learned is best. At the learned policy the two clusters&apos; expected response times differ by Δ = 7.53 ms for an arriving task, on average. Predict the simulated exploration overhead (latency above the same learner that never explores), in ms.</source>
        <translation>El maestro que aprende explora: con probabilidad ε = 0.3 lanza una moneda en lugar de tomar el clúster que ha aprendido que es el mejor. Con la política aprendida, los tiempos de respuesta esperados de los dos clústeres difieren en media en Δ = 7.53 ms para una tarea que llega. Prediga el sobrecoste de exploración simulado (latencia por encima del mismo aprendiz que nunca explora), en ms.</translation>
    </message>
    <message>
        <source>The least share of any 10 ms window in which the mutators run: what a task with a 10 ms deadline can count on. 0 when a pause is 10 ms or longer.</source>
        <translation>La menor fracción de cualquier ventana de 10 ms en la que se ejecutan los mutadores: con lo que puede contar una tarea con un plazo de 10 ms. 0 cuando una pausa dura 10 ms o más.</translation>
    </message>
    <message>
        <source>The longest path of the chain master → IPC → handler → actuator: sound, possibly pessimistic. The same in every face: it follows from the parameters.</source>
        <translation>El camino más largo de la cadena maestro → IPC → manejador → actuador: segura, quizá pesimista. Igual en todos los modos: se deduce de los parámetros.</translation>
    </message>
    <message>
        <source>The lowest mean latency of any fixed threshold policy (solved as a CTMC for each threshold).</source>
        <translation>La menor latencia media de cualquier política fija de umbral (resuelta como CTMC para cada umbral).</translation>
    </message>
    <message>
        <source>The master as keeper of the journal</source>
        <translation>El maestro como guardián del journal</translation>
    </message>
    <message>
        <source>The master as packet traffic cop</source>
        <translation>El maestro como guardia de tráfico de paquetes</translation>
    </message>
    <message>
        <source>The master as transaction manager</source>
        <translation>El maestro como gestor de transacciones</translation>
    </message>
    <message>
        <source>The master batches requests for an accelerator</source>
        <translation>El maestro agrupa peticiones en lotes para un acelerador</translation>
    </message>
    <message>
        <source>The master is an M/D/1 queue: W_q = ρ·D / (2(1−ρ)) = 0.9 × 4 / 0.2 = 18 µs. At the default 200000 pkt/s (ρ = 0.8) it was 8 µs: the last 10% of load multiplies the wait by 2.2. That is the knee.</source>
        <translation>El maestro es una cola M/D/1: W_q = ρ·D / (2(1−ρ)) = 0.9 × 4 / 0.2 = 18 µs. Con los 200000 pkt/s por defecto (ρ = 0.8) eran 8 µs: el último 10% de carga multiplica la espera por 2.2. Ese es el codo.</translation>
    </message>
    <message>
        <source>The master needs 4 µs per packet. Raise the packet rate to 225000 pkt/s (ρ = 0.9 at the master). Predict the mean time a packet waits before the master steers it, in µs.</source>
        <translation>El maestro necesita 4 µs por paquete. Suba la tasa de paquetes a 225000 pkt/s (ρ = 0.9 en el maestro). Prediga el tiempo medio que un paquete espera antes de que el maestro lo dirija, en µs.</translation>
    </message>
    <message>
        <source>The master passes 233.6 Mbit/s, one segment per 50 µs. Reno&apos;s window is set by the losses, not by the master: W̄ ≈ √(3/(2p)) = 122 segments. By Little&apos;s law they take W̄ × 50 µs = 6.12 ms per lap. The path takes 2 ms of it, a worker and the link 51.7 µs, and the rest, about 4.07 ms, is ACKs queueing at the master: the master&apos;s queue becomes part of the round trip. The simulation waits longer still: with random (not periodic) losses the window averages about 25% more than √(3/(2p)), and every extra segment in flight waits at the master.</source>
        <translation>El maestro deja pasar 233.6 Mbit/s, un segmento cada 50 µs. La ventana de Reno la fijan las pérdidas, no el maestro: W̄ ≈ √(3/(2p)) = 122 segmentos. Por la ley de Little tardan W̄ × 50 µs = 6.12 ms por vuelta. El camino se lleva 2 ms, un trabajador y el enlace 51.7 µs, y el resto, unos 4.07 ms, son ACK haciendo cola en el maestro: la cola del maestro pasa a formar parte del tiempo de ida y vuelta. La simulación espera aún más: con pérdidas aleatorias (no periódicas) la ventana es en media alrededor de un 25% mayor que √(3/(2p)), y cada segmento adicional en vuelo espera en el maestro.</translation>
    </message>
    <message>
        <source>The mean latency overhead you accept for exploring; the model gives the largest ε within it, 2·budget/Δ.</source>
        <translation>El sobrecoste medio de latencia que acepta por explorar; el modelo da el mayor ε dentro de él, 2·budget/Δ.</translation>
    </message>
    <message>
        <source>The model says 1.69: after each commit the master waits up to 2 ms for more writes, and 200 writes/s bring few in that time. A real COMMIT slower than 4 ms (see commit_ms and the fact fsync_mean_ms) lets more writes pile up behind it, so real groups are often larger: the verdict then compares against the model at the measured commit time. The run ends by re-opening the database: balance_ok must be 1.</source>
        <translation>El modelo dice 1.69: tras cada commit el maestro espera hasta 2 ms a que lleguen más escrituras, y 200 escrituras/s traen pocas en ese tiempo. Un COMMIT real más lento que 4 ms (véanse commit_ms y el dato fsync_mean_ms) deja que se acumulen más escrituras detrás, así que los grupos reales suelen ser mayores: el veredicto compara entonces con el modelo en el tiempo de commit medido. La ejecución termina reabriendo la base de datos: balance_ok debe ser 1.</translation>
    </message>
    <message>
        <source>The model says 1.93 with w = 8 and h = 2 µs. The real run measures its own SIMD speedup (AVX2 or AVX-512 against a scalar build; memory bandwidth caps it for large arrays) and its own hand-off, and the verdict shows the model at those measured values. The big core&apos;s extra speed b is emulated on a symmetric machine: the little does b times the work, so that part of the gain is b by construction.</source>
        <translation>El modelo dice 1.93 con w = 8 y h = 2 µs. La ejecución real mide su propia aceleración SIMD (AVX2 o AVX-512 frente a una compilación escalar; con vectores grandes la limita el ancho de banda de memoria) y su propio traspaso, y el veredicto muestra el modelo con esos valores medidos. La velocidad extra b del núcleo grande se emula en una máquina simétrica: el núcleo pequeño hace b veces el trabajo, así que esa parte de la ganancia es b por construcción.</translation>
    </message>
    <message>
        <source>The model says 3.5 at the defaults with 4 workers: W/T with T = 0.286 s. On a machine with fewer cores the run uses fewer workers (and a smaller corpus, so each worker still counts the same), and the speedup falls with the worker count; the real master also pays to find word boundaries, and the merge of real hash maps costs more than ρ when the vocabulary is large.</source>
        <translation>El modelo dice 3.5 con los valores por defecto y 4 trabajadores: W/T con T = 0.286 s. En una máquina con menos núcleos la ejecución usa menos trabajadores (y un corpus menor, para que cada trabajador cuente lo mismo), y la aceleración cae con el número de trabajadores; el maestro real además paga por encontrar los límites entre palabras, y la fusión de tablas hash reales cuesta más que ρ cuando el vocabulario es grande.</translation>
    </message>
    <message>
        <source>The model says 3: big_factor. On a machine without little cores the run emulates them (a little core takes big_factor times as long for its share), so the gain comes out near big_factor by construction; stopping the mutators takes the same time on both and pulls it a little below. On real big and little cores the gain is smaller than their speed ratio: marking follows pointers and waits on memory, which a faster core does not speed up.</source>
        <translation>El modelo dice 3: big_factor. En una máquina sin núcleos pequeños la ejecución los emula (un núcleo pequeño tarda big_factor veces más en su parte), así que la ganancia sale cerca de big_factor por construcción; detener los mutadores tarda lo mismo en ambos y la baja un poco. En núcleos grandes y pequeños reales la ganancia es menor que su relación de velocidades: el marcado sigue punteros y espera a la memoria, y eso no lo acelera un núcleo más rápido.</translation>
    </message>
    <message>
        <source>The model says U = X·D = 0.708 for D = 50 µs. The real run measures its own D: an Ed25519 signature on this CPU, the key&apos;s page unlocked and locked again around it, and the gatekeeper&apos;s side of the hand-over between the processes; the verdict shows the model at the measured D and think time (the messages&apos; transit counted with it). Every signature is verified by the clients with the public key, and a scan of the clients&apos; memory shows the key is not there.</source>
        <translation>El modelo dice U = X·D = 0.708 para D = 50 µs. La ejecución real mide su propio D: una firma Ed25519 en esta CPU, con la página de la clave desbloqueada y bloqueada de nuevo a su alrededor, y la parte del guardián en el traspaso entre los procesos; el veredicto muestra el modelo con el D y el tiempo de reflexión medidos (contando con él el tránsito de los mensajes). Los clientes verifican cada firma con la clave pública, y un barrido de la memoria de los clientes muestra que la clave no está allí.</translation>
    </message>
    <message>
        <source>The model&apos;s makespan at the best task count.</source>
        <translation>El makespan del modelo con el mejor número de tareas.</translation>
    </message>
    <message>
        <source>The model&apos;s mean commit latency at the best limit of writes per commit, at this timeout.</source>
        <translation>La latencia media de commit del modelo con el mejor límite de escrituras por commit, con este tiempo límite.</translation>
    </message>
    <message>
        <source>The model&apos;s mean commit latency with one write per commit (missing when that cannot keep up).</source>
        <translation>La latencia media de commit del modelo con una escritura por commit (falta cuando así no da abasto).</translation>
    </message>
    <message>
        <source>The model&apos;s mean latency at the best batch limit, under this policy.</source>
        <translation>La latencia media del modelo con el mejor límite de lote, con esta política.</translation>
    </message>
    <message>
        <source>The most packets all workers together can process.</source>
        <translation>El máximo de paquetes que todos los trabajadores juntos pueden procesar.</translation>
    </message>
    <message>
        <source>The most packets one master can steer per second.</source>
        <translation>El máximo de paquetes que un maestro puede dirigir por segundo.</translation>
    </message>
    <message>
        <source>The most writes per commit (1 to 64) that gives the lowest mean commit latency.</source>
        <translation>El máximo de escrituras por commit (1 a 64) que da la menor latencia media de commit.</translation>
    </message>
    <message>
        <source>The panic falls anywhere in a beat interval, so the first missed beat is due ½·H later on average, and k − 1 more follow: (k − ½)·H = 70 ms, never more than k·H = 80 ms. Every extra miss the workers wait for costs a whole interval.</source>
        <translation>El pánico cae en cualquier punto de un intervalo de latido, así que el primer latido perdido vence en media ½·H después, y le siguen k − 1 más: (k − ½)·H = 70 ms, nunca más de k·H = 80 ms. Cada fallo adicional que esperan los trabajadores cuesta un intervalo entero.</translation>
    </message>
    <message>
        <source>The pause is now 7 ms, and the worst 10 ms window starts with it: only 0.3 of that window is left to the mutators, against 0.767 with the big core. The mean utilization hardly moves (0.915 against 0.97): it hides what a deadline sees.</source>
        <translation>La pausa es ahora de 7 ms, y la peor ventana de 10 ms empieza con ella: a los mutadores solo les queda 0.3 de esa ventana, frente a 0.767 con el núcleo grande. La utilización media apenas se mueve (0.915 frente a 0.97): oculta lo que ve un plazo.</translation>
    </message>
    <message>
        <source>The pause is the collector&apos;s work over its speed: marking grows with the live objects, sweeping with the heap. The big core divides it by big_factor, parallel little cores by threads·(1 − overhead). Watch the MMU curve rather than the mean utilization: a high mean can still leave a short window with almost no mutator time, and the big core shortens exactly those windows. In real mode the big core&apos;s speed is emulated on symmetric machines (the run says so): there the gain equals big_factor by construction, while real big cores gain less because marking waits on memory.</source>
        <translation>La pausa es el trabajo del recolector dividido por su velocidad: el marcado crece con los objetos vivos, el barrido con el heap. El núcleo grande la divide por big_factor, los núcleos pequeños en paralelo por threads·(1 − overhead). Observe la curva MMU más que la utilización media: una media alta puede dejar aun así una ventana corta casi sin tiempo de mutador, y el núcleo grande acorta precisamente esas ventanas. En modo real la velocidad del núcleo grande se emula en máquinas simétricas (la ejecución lo indica): allí la ganancia es igual a big_factor por construcción, mientras que los núcleos grandes reales ganan menos porque el marcado espera a la memoria.</translation>
    </message>
    <message>
        <source>The protocol&apos;s steps in order (flush, fence, park…): each row one step&apos;s duration, the mean with exponential steps.</source>
        <translation>Los pasos del protocolo en orden (flush, fence, park…): cada fila la duración de un paso, la media con pasos exponenciales.</translation>
    </message>
    <message>
        <source>The same batch with untrusted work on any core. The simulation draws both placements; a real run measures only the one it runs.</source>
        <translation>El mismo lote con trabajo no confiable en cualquier núcleo. La simulación sortea ambas ubicaciones; una ejecución real solo mide la que ejecuta.</translation>
    </message>
    <message>
        <source>The same batch with untrusted work only on the small cores. The simulation draws both placements; a real run measures only the one it runs.</source>
        <translation>El mismo lote con trabajo no confiable solo en los núcleos pequeños. La simulación sortea ambas ubicaciones; una ejecución real solo mide la que ejecuta.</translation>
    </message>
    <message>
        <source>The share of the worker core the task set needs.</source>
        <translation>La fracción del núcleo trabajador que necesita el conjunto de tareas.</translation>
    </message>
    <message>
        <source>The target for the mean consistency window; the model finds the slowest master that meets it.</source>
        <translation>El objetivo para la ventana de consistencia media; el modelo encuentra el maestro más lento que lo cumple.</translation>
    </message>
    <message>
        <source>The task count (1 to 1024) with the shortest model makespan.</source>
        <translation>El número de tareas (1 a 1024) con el menor makespan del modelo.</translation>
    </message>
    <message>
        <source>The tasks on the worker core, one row each, scheduled by fixed priorities with preemption: worst-case execution time C, period T (the least time between releases), deadline D (at most T; 0 means T), release jitter J, blocking B (the longest a lower-priority task can hold a shared resource it needs) and priority (1 is the highest; 0 takes the row&apos;s number, so the first row is the highest). One row is the command handler.</source>
        <translation>Las tareas del núcleo trabajador, una fila cada una, planificadas por prioridades fijas con expropiación: tiempo de ejecución en el peor caso C, periodo T (el menor tiempo entre liberaciones), plazo D (como máximo T; 0 significa T), jitter de liberación J, bloqueo B (lo más que una tarea de menor prioridad puede retener un recurso compartido que necesita) y prioridad (1 es la más alta; 0 toma el número de la fila, así que la primera fila es la más alta). Una fila es el manejador de órdenes.</translation>
    </message>
    <message>
        <source>The threshold of the best fixed threshold policy.</source>
        <translation>El umbral de la mejor política fija de umbral.</translation>
    </message>
    <message>
        <source>The threshold policy sends a task to the slow cluster when the fast cluster holds at least this many more tasks than the slow one.</source>
        <translation>La política de umbral envía una tarea al clúster lento cuando el clúster rápido tiene al menos este número de tareas más que el lento.</translation>
    </message>
    <message>
        <source>The vector fraction above which offloading beats local, at the offload overhead this run saw: O / (T · (1 − r)), O = two hand-offs and any wait at the big core, r = the big core&apos;s time for the vector part over the little&apos;s. Above 1: offloading never pays.</source>
        <translation>La fracción vectorial por encima de la cual descargar supera a la ejecución local, con el sobrecoste de descarga que vio esta ejecución: O / (T · (1 − r)), O = dos traspasos y la posible espera en el núcleo grande, r = el tiempo del núcleo grande para la parte vectorial dividido por el del pequeño. Por encima de 1: descargar nunca compensa.</translation>
    </message>
    <message>
        <source>The window&apos;s 99th percentile, approximated from the commit queue&apos;s state distribution.</source>
        <translation>El percentil 99 de la ventana, aproximado a partir de la distribución de estados de la cola de commits.</translation>
    </message>
    <message>
        <source>The worker that owns the elephant flow gets its 16% plus, on average, an 8th of the rest: 0.16 + 0.84/8 ≈ 0.27 of all packets, 2.1 times its fair share of 1/8. The real hash of these 256 flows gives it 0.24 (1.9 times). The run counts packets, not time, and the hash is a fixed function of each flow&apos;s addresses, so a busy or virtual machine measures the same imbalance; its ring is the first to overflow while other workers idle.</source>
        <translation>El trabajador al que pertenece el flujo elefante recibe su 16% más, en media, una 8ª parte del resto: 0.16 + 0.84/8 ≈ 0.27 de todos los paquetes, 2.1 veces su parte justa de 1/8. El hash real de estos 256 flujos le da 0.24 (1.9 veces). La ejecución cuenta paquetes, no tiempo, y el hash es una función fija de las direcciones de cada flujo, así que una máquina ocupada o virtual mide el mismo desequilibrio; su anillo es el primero en desbordarse mientras otros trabajadores están ociosos.</translation>
    </message>
    <message>
        <source>The workers can finish c/S_w requests per second, the master 1/S_m. They match at c* = S_w/S_m = 4 workers: below it the workers bind, above it the master does. At c* both saturate together, which is why the defaults use 6.</source>
        <translation>Los trabajadores pueden terminar c/S_w peticiones por segundo, el maestro 1/S_m. Se igualan en c* = S_w/S_m = 4 trabajadores: por debajo el cuello de botella son los trabajadores, por encima el maestro. En c* ambos se saturan a la vez, y por eso los valores por defecto usan 6.</translation>
    </message>
    <message>
        <source>The workers keep up (capacity 8000 transactions/s), so the reads are all answered: 2400/s. The writes are not: the master makes at most 1/(d + s) = 238 commits/s, whatever the workers, and the writes beyond it queue without bound. More workers would raise the reads further and the commits not at all; group_max = 8 would lift the ceiling to 1430.</source>
        <translation>Los trabajadores dan abasto (capacidad de 8000 transacciones/s), así que se responden todas las lecturas: 2400/s. Las escrituras no: el maestro hace como máximo 1/(d + s) = 238 commits/s, haya los trabajadores que haya, y las escrituras que exceden ese valor hacen cola sin límite. Más trabajadores subirían aún más las lecturas y nada los commits; group_max = 8 elevaría el techo a 1430.</translation>
    </message>
    <message>
        <source>The writes reach the master at 200/s, each needing 4 + 0.2 ms: the master is 0.84 busy, an M/D/1 queue, and Pollaczek–Khinchine makes a write wait far longer than its own commit. With the query&apos;s 2 ms before it the commit latency is 17.2 ms, against 9.31 ms with groups of up to 8 (the best group_max here is 2, at 8.71 ms).</source>
        <translation>Las escrituras llegan al maestro a 200/s y cada una necesita 4 + 0.2 ms: el maestro está ocupado el 0.84 del tiempo, una cola M/D/1, y Pollaczek–Khinchine hace que una escritura espere mucho más que lo que dura su propio commit. Con los 2 ms de la consulta antes, la latencia de commit es 17.2 ms, frente a 9.31 ms con grupos de hasta 8 (el mejor group_max aquí es 2, con 8.71 ms).</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Tiempo de reflexión</translation>
    </message>
    <message>
        <source>Threads of the program that allocate objects and change pointers; all of them stop while the collector runs.</source>
        <translation>Hilos del programa que asignan objetos y cambian punteros; todos se detienen mientras se ejecuta el recolector.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Throughput (goodput)</source>
        <translation>Rendimiento (goodput)</translation>
    </message>
    <message>
        <source>Throughput against ACK cost (the model names the binding bound)</source>
        <translation>Rendimiento frente al coste por ACK (el modelo indica la cota que limita)</translation>
    </message>
    <message>
        <source>Throughput against clients</source>
        <translation>Rendimiento frente a los clientes</translation>
    </message>
    <message>
        <source>Throughput against workers (the model names the binding bound)</source>
        <translation>Rendimiento frente a los trabajadores (el modelo indica la cota que limita)</translation>
    </message>
    <message>
        <source>Throughput and capacity against batch size</source>
        <translation>Rendimiento y capacidad frente al tamaño de lote</translation>
    </message>
    <message>
        <source>Throughput bound</source>
        <translation>Cota del rendimiento</translation>
    </message>
    <message>
        <source>Time a packet waits before the master steers it (M/D/1).</source>
        <translation>Tiempo que un paquete espera antes de que el maestro lo dirija (M/D/1).</translation>
    </message>
    <message>
        <source>Time at the master</source>
        <translation>Tiempo en el maestro</translation>
    </message>
    <message>
        <source>Time average of Reno&apos;s congestion window.</source>
        <translation>Media temporal de la ventana de congestión de Reno.</translation>
    </message>
    <message>
        <source>Time away from the big core</source>
        <translation>Tiempo fuera del núcleo grande</translation>
    </message>
    <message>
        <source>Time from a write&apos;s data being done to its journal record being durable.</source>
        <translation>Tiempo desde que terminan los datos de una escritura hasta que su registro del journal es duradero.</translation>
    </message>
    <message>
        <source>Time from an ACK&apos;s arrival at the master to Reno seeing it (queue + processing): it adds to the RTT.</source>
        <translation>Tiempo desde la llegada de un ACK al maestro hasta que Reno lo ve (cola + procesamiento): se suma al RTT.</translation>
    </message>
    <message>
        <source>Time from arrival to completion at a worker.</source>
        <translation>Tiempo desde la llegada hasta la finalización en un trabajador.</translation>
    </message>
    <message>
        <source>Time from one collection&apos;s end to the next one&apos;s: the mutators&apos; run plus the pause.</source>
        <translation>Tiempo desde el final de una recolección hasta el final de la siguiente: la ejecución de los mutadores más la pausa.</translation>
    </message>
    <message>
        <source>Time one commit takes whatever its size: making the log durable. Real mode: SQLite&apos;s COMMIT with synchronous=FULL, padded up to this when the device is faster.</source>
        <translation>Tiempo que tarda un commit sea cual sea su tamaño: hacer duradero el log. Modo real: el COMMIT de SQLite con synchronous=FULL, rellenado hasta este valor cuando el dispositivo es más rápido.</translation>
    </message>
    <message>
        <source>Time one task takes on a little core with scalar code only (T). The real engine sizes its arrays so that a task takes about this long on the little seat.</source>
        <translation>Tiempo que tarda una tarea en un núcleo pequeño solo con código escalar (T). El motor real dimensiona sus vectores para que una tarea tarde más o menos esto en el puesto pequeño.</translation>
    </message>
    <message>
        <source>Time one worker spends on one segment&apos;s payload (checksum, copy).</source>
        <translation>Tiempo que un trabajador dedica a la carga útil de un segmento (suma de comprobación, copia).</translation>
    </message>
    <message>
        <source>Time per request (s1)</source>
        <translation>Tiempo por petición (s1)</translation>
    </message>
    <message>
        <source>Time the log device takes per commit group (real mode: what fdatasync really took, with padding).</source>
        <translation>Tiempo que tarda el dispositivo de log por grupo de commit (modo real: lo que realmente tardó fdatasync, con relleno).</translation>
    </message>
    <message>
        <source>Time the master core spends on one ACK (the Reno update and everything around it).</source>
        <translation>Tiempo que el núcleo maestro dedica a un ACK (la actualización de Reno y todo lo que la rodea).</translation>
    </message>
    <message>
        <source>Time the master spends handing a request to a worker (model and simulation). A real run measures its own; enter that here to see its effect on the ceiling 1/(S_m + h).</source>
        <translation>Tiempo que el maestro dedica a entregar una petición a un trabajador (modelo y simulación). Una ejecución real mide el suyo; introdúzcalo aquí para ver su efecto en el techo 1/(S_m + h).</translation>
    </message>
    <message>
        <source>Time the master spends on each write of a group (its UPDATEs), fixed. Real mode: the real UPDATEs, padded up to this with computation.</source>
        <translation>Tiempo que el maestro dedica a cada escritura de un grupo (sus UPDATE), fijo. Modo real: los UPDATE reales, rellenados con cómputo hasta este valor.</translation>
    </message>
    <message>
        <source>Time the master spends pushing a request into a worker&apos;s ring (real mode).</source>
        <translation>Tiempo que el maestro dedica a meter una petición en el anillo de un trabajador (modo real).</translation>
    </message>
    <message>
        <source>Time to make one commit group durable (fixed). Real mode: fdatasync of data and log, padded up to this when the device is faster.</source>
        <translation>Tiempo para hacer duradero un grupo de commit (fijo). Modo real: fdatasync de datos y log, rellenado hasta este valor cuando el dispositivo es más rápido.</translation>
    </message>
    <message>
        <source>Time to the safe state</source>
        <translation>Tiempo hasta el estado seguro</translation>
    </message>
    <message>
        <source>Time-average number of records waiting for the master to start them.</source>
        <translation>Número medio en el tiempo de registros que esperan a que el maestro los empiece.</translation>
    </message>
    <message>
        <source>Timer later than assumed</source>
        <translation>Temporizador más tarde de lo supuesto</translation>
    </message>
    <message>
        <source>Total work of the job</source>
        <translation>Carga de trabajo total</translation>
    </message>
    <message>
        <source>Transaction rate</source>
        <translation>Tasa de transacciones</translation>
    </message>
    <message>
        <source>Transactions per second arriving at the workers (Poisson): reads and writes together.</source>
        <translation>Transacciones por segundo que llegan a los trabajadores (Poisson): lecturas y escrituras juntas.</translation>
    </message>
    <message>
        <source>Transactions per second the workers can query at most: c/q.</source>
        <translation>Transacciones por segundo que los trabajadores pueden consultar como máximo: c/q.</translation>
    </message>
    <message>
        <source>Transactions the workers can carry</source>
        <translation>Transacciones que pueden soportar los trabajadores</translation>
    </message>
    <message>
        <source>UCB exploration constant</source>
        <translation>Constante de exploración de UCB</translation>
    </message>
    <message>
        <source>Under rss_hash one worker carries the heavy flows and its ring overflows while others idle, yet not one packet is reordered; switch to round_robin and the bars level out but reordering appears. Then sweep the workers: the saturation rate never passes 1/steer_us, whatever the workers could do, but under rss_hash it mostly stays below it and is not monotone — 15 workers carry less than 14, because the hash puts two heavy flows on one worker.</source>
        <translation>Con rss_hash un trabajador lleva los flujos pesados y su anillo se desborda mientras otros están ociosos, pero ni un solo paquete se reordena; cambie a round_robin y las barras se igualan, pero aparece la reordenación. Luego haga un barrido de los trabajadores: la tasa de saturación nunca supera 1/steer_us, hagan lo que hagan los trabajadores, pero con rss_hash suele quedarse por debajo y no es monótona: 15 trabajadores soportan menos que 14, porque el hash pone dos flujos pesados en un mismo trabajador.</translation>
    </message>
    <message>
        <source>Under rss_hash the busiest of the 256 flows carries 16% of all packets (Zipf s = 1), and every flow stays on one worker. Run it for real at 20000 pkt/s with 8 workers: the master thread computes the real Toeplitz hash of every packet. Predict the imbalance (busiest worker&apos;s load ÷ mean).</source>
        <translation>Con rss_hash el más activo de los 256 flujos lleva el 16% de todos los paquetes (Zipf s = 1), y cada flujo se queda en un trabajador. Ejecútelo de verdad a 20000 pkt/s con 8 trabajadores: el hilo maestro calcula el hash de Toeplitz real de cada paquete. Prediga el desequilibrio (carga del trabajador más ocupado ÷ media).</translation>
    </message>
    <message>
        <source>Untrusted fraction</source>
        <translation>Fracción no confiable</translation>
    </message>
    <message>
        <source>Untrusted tasks killed per batch: by their syscall filter when an escalated task acts (a forbidden system call), or by the master past the CPU budget.</source>
        <translation>Tareas no confiables eliminadas por lote: por su filtro de llamadas al sistema cuando actúa una tarea con privilegios escalados (una llamada al sistema prohibida), o por el maestro al pasar el presupuesto de CPU.</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Utilization per station</source>
        <translation>Utilización por estación</translation>
    </message>
    <message>
        <source>Variability of task times</source>
        <translation>Variabilidad de los tiempos de tarea</translation>
    </message>
    <message>
        <source>Vector fraction of a task</source>
        <translation>Fracción vectorial de una tarea</translation>
    </message>
    <message>
        <source>Vector part on a little</source>
        <translation>Parte vectorial en un núcleo pequeño</translation>
    </message>
    <message>
        <source>Vector part on the big core</source>
        <translation>Parte vectorial en el núcleo grande</translation>
    </message>
    <message>
        <source>W / makespan: the job on one core without a master (real mode: a measured single-threaded count of the same corpus) against this run.</source>
        <translation>W / makespan: el trabajo en un núcleo sin maestro (modo real: un recuento medido con un solo hilo del mismo corpus) frente a esta ejecución.</translation>
    </message>
    <message>
        <source>W/(r·(τ + ρ) + d): the speedup with unlimited workers at this task count.</source>
        <translation>W/(r·(τ + ρ) + d): la aceleración con trabajadores ilimitados con este número de tareas.</translation>
    </message>
    <message>
        <source>W/r.</source>
        <translation>W/r.</translation>
    </message>
    <message>
        <source>Wait for the big core</source>
        <translation>Espera por el núcleo grande</translation>
    </message>
    <message>
        <source>Wake-up latency</source>
        <translation>Latencia de despertar</translation>
    </message>
    <message>
        <source>Wake-up latency, 99th percentile</source>
        <translation>Latencia de despertar, percentil 99</translation>
    </message>
    <message>
        <source>Wake-up mechanism (real mode)</source>
        <translation>Mecanismo de despertar (modo real)</translation>
    </message>
    <message>
        <source>Waking a sleeping thread goes through the kernel: the master&apos;s futex call, the scheduler, perhaps an interrupt to the other core and that core leaving its idle state. Tens of µs at p99 are common; on a virtual machine the tail is long (hundreds of µs and more), which is why the master&apos;s assumed maximum jitter is an assumption about Linux, not a guarantee.</source>
        <translation>Despertar un hilo dormido pasa por el kernel: la llamada futex del maestro, el planificador, quizá una interrupción al otro núcleo y la salida de ese núcleo de su estado de reposo. Decenas de µs en el p99 son habituales; en una máquina virtual la cola es larga (centenas de µs y más), y por eso el jitter máximo supuesto del maestro es una hipótesis sobre Linux, no una garantía.</translation>
    </message>
    <message>
        <source>Watch the incident timeline: the master&apos;s beats stop, the workers count k misses and only then act, so detection alone costs about (k − ½)·H. Raise miss_limit and false alarms vanish while detection grows by H per miss. Then sweep worker_fail_rate: the protocol races the workers&apos; failures, and P(safe) falls along the binomial curve with fixed steps (the CTMC with exponential ones). Spare workers beyond the quorum are what absorbs failures; exponential steps of the same means are safer, and their safe incidents shorter, because the short protocols are the ones that win the race.</source>
        <translation>Observe la línea de tiempo del incidente: los latidos del maestro se detienen, los trabajadores cuentan k fallos y solo entonces actúan, así que la detección sola cuesta alrededor de (k − ½)·H. Suba miss_limit y las falsas alarmas desaparecen mientras la detección crece H por cada fallo. Luego haga un barrido de worker_fail_rate: el protocolo compite contra los fallos de los trabajadores, y P(seguro) cae a lo largo de la curva binomial con pasos fijos (la CTMC con pasos exponenciales). Los trabajadores de reserva por encima del quórum son los que absorben los fallos; los pasos exponenciales con las mismas medias son más seguros, y sus incidentes seguros más cortos, porque los protocolos cortos son los que ganan la carrera.</translation>
    </message>
    <message>
        <source>Watch the learning curve fall as the agent fills its Q-table and settle near the best fixed threshold policy&apos;s line: a little below it at small ε (the agent also sees each task&apos;s size), above it as ε grows, by the price of exploring. Sweep ε: the simulated cost lies above the (ε/2)·Δ line from the start and bends upward, because a task sent to the slow cluster by a coin also delays the tasks queued behind it.</source>
        <translation>Observe cómo cae la curva de aprendizaje a medida que el agente llena su tabla Q y se estabiliza cerca de la línea de la mejor política fija de umbral: algo por debajo con ε pequeño (el agente también ve el tamaño de cada tarea), por encima a medida que crece ε, por el precio de explorar. Haga un barrido de ε: el coste simulado queda por encima de la recta (ε/2)·Δ desde el principio y se curva hacia arriba, porque una tarea enviada al clúster lento a cara o cruz también retrasa las tareas encoladas detrás de ella.</translation>
    </message>
    <message>
        <source>What N clients ask for when nobody waits: each cycle lasts D + Z.</source>
        <translation>Lo que piden N clientes cuando nadie espera: cada ciclo dura D + Z.</translation>
    </message>
    <message>
        <source>What does exploration cost, and how large an ε can you afford?</source>
        <translation>¿Cuánto cuesta la exploración y qué ε se puede permitir?</translation>
    </message>
    <message>
        <source>What is the worst-case latency from a master command to a worker&apos;s action, and does measurement agree?</source>
        <translation>¿Cuál es la latencia en el peor caso desde una orden del maestro hasta la acción de un trabajador, y coincide la medición?</translation>
    </message>
    <message>
        <source>What isolation costs: thread or process</source>
        <translation>Lo que cuesta el aislamiento: hilo o proceso</translation>
    </message>
    <message>
        <source>What one commit&apos;s fsync took (real mode: SQLite&apos;s COMMIT, with padding).</source>
        <translation>Lo que tardó el fsync de un commit (modo real: el COMMIT de SQLite, con relleno).</translation>
    </message>
    <message>
        <source>What the littles do with the vector part: keep it (local), hand it to the big core (offload) or move the whole thread there (migrate). Every run times all three; this one is shown in the flow and the timeline, and its speedup is reported.</source>
        <translation>Lo que hacen los núcleos pequeños con la parte vectorial: quedársela (local), entregarla al núcleo grande (offload) o mover allí el hilo entero (migrate). Cada ejecución mide las tres; esta se muestra en el flujo y en la línea de tiempo, y se informa de su aceleración.</translation>
    </message>
    <message>
        <source>What the master spends to classify and steer one packet (always the same). Its ceiling is 1/steer_us.</source>
        <translation>Lo que el maestro dedica a clasificar y dirigir un paquete (siempre lo mismo). Su techo es 1/steer_us.</translation>
    </message>
    <message>
        <source>What the real gatekeeper computes with libsodium: an Ed25519 signature, which any client checks with the public key, or an HMAC-SHA256 tag, which only the key&apos;s holder can check.</source>
        <translation>Lo que calcula el guardián real con libsodium: una firma Ed25519, que cualquier cliente comprueba con la clave pública, o una etiqueta HMAC-SHA256, que solo puede comprobar quien posee la clave.</translation>
    </message>
    <message>
        <source>What the workers and the master can carry</source>
        <translation>Lo que pueden soportar los trabajadores y el maestro</translation>
    </message>
    <message>
        <source>When does ACK processing on one core cap a TCP flow&apos;s throughput?</source>
        <translation>¿Cuándo limita el procesamiento de ACK en un núcleo el rendimiento de un flujo TCP?</translation>
    </message>
    <message>
        <source>When is migrating to the core with SIMD worth its overhead?</source>
        <translation>¿Cuándo compensa migrar al núcleo con SIMD a pesar de su sobrecoste?</translation>
    </message>
    <message>
        <source>When the master binds: W̄·MSS/X_master, by Little&apos;s law around the loop (approximate).</source>
        <translation>Cuando el maestro es el cuello de botella: W̄·MSS/X_master, por la ley de Little alrededor del bucle (aproximado).</translation>
    </message>
    <message>
        <source>Where is the bottleneck of a master/worker system, and what does it cost to wait for it?</source>
        <translation>¿Dónde está el cuello de botella de un sistema maestro/trabajadores y cuánto cuesta esperarlo?</translation>
    </message>
    <message>
        <source>Where the collector runs: on the big core, on one little core, or on collector_threads little cores in parallel. Every run measures all three; this one&apos;s pauses, utilization and MMU are reported.</source>
        <translation>Dónde se ejecuta el recolector: en el núcleo grande, en un núcleo pequeño o en collector_threads núcleos pequeños en paralelo. Cada ejecución mide las tres; se informa de las pausas, la utilización y la MMU de esta.</translation>
    </message>
    <message>
        <source>Where the real gatekeeper keeps the key: in a thread of the clients&apos; own process (thread), or in a process of its own that the clients reach through shared-memory rings (process).</source>
        <translation>Dónde guarda la clave el guardián real: en un hilo del propio proceso de los clientes (thread), o en un proceso propio al que los clientes llegan por anillos en memoria compartida (process).</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>En qué se va el tiempo</translation>
    </message>
    <message>
        <source>Which batch size gives the lowest latency, and which the highest throughput?</source>
        <translation>¿Qué tamaño de lote da la menor latencia y cuál el mayor rendimiento?</translation>
    </message>
    <message>
        <source>Which row of the task set handles the master&apos;s commands (counted from 1). The master sends one command per period of that row.</source>
        <translation>Qué fila del conjunto de tareas atiende las órdenes del maestro (contando desde 1). El maestro envía una orden por periodo de esa fila.</translation>
    </message>
    <message>
        <source>While one sync runs, the next records pile up and share the next sync: the window is 3.76 ms by the model&apos;s Markov chain, which a simulation confirms within its confidence interval.</source>
        <translation>Mientras corre una sincronización, los registros siguientes se acumulan y comparten la siguiente: la ventana es de 3.76 ms según la cadena de Markov del modelo, lo que una simulación confirma dentro de su intervalo de confianza.</translation>
    </message>
    <message>
        <source>Who runs when</source>
        <translation>Quién se ejecuta y cuándo</translation>
    </message>
    <message>
        <source>Who runs when (the first commands)</source>
        <translation>Quién se ejecuta y cuándo (las primeras órdenes)</translation>
    </message>
    <message>
        <source>Window bound (target)</source>
        <translation>Cota de la ventana (objetivo)</translation>
    </message>
    <message>
        <source>With 15 queues the indirection table moves the flows, and two heavy ones now share a worker: its share grows from 18.1% to 25.5% of all packets. That worker saturates at 1/(process × share) = 196000 pkt/s, below the 240000 offered: it is sent 61100 pkt/s and can do 50000, so about 4.6% of all packets are dropped at its ring (the model: 4.6%). With 14 workers the busiest worker&apos;s ceiling was 276000 pkt/s, above the master&apos;s. Adding a worker cut the capacity: RSS does not balance skewed flows.</source>
        <translation>Con 15 colas la tabla de indirección mueve los flujos, y dos pesados comparten ahora un trabajador: su fracción crece del 18.1% al 25.5% de todos los paquetes. Ese trabajador se satura en 1/(process × share) = 196000 pkt/s, por debajo de los 240000 ofrecidos: se le envían 61100 pkt/s y puede con 50000, así que alrededor del 4.6% de todos los paquetes se descartan en su anillo (el modelo: 4.6%). Con 14 trabajadores el techo del trabajador más ocupado era 276000 pkt/s, por encima del del maestro. Añadir un trabajador redujo la capacidad: RSS no equilibra flujos sesgados.</translation>
    </message>
    <message>
        <source>With a master of 100 ms and workers of 400 ms, how many workers does it take before the workers stop being the bottleneck?</source>
        <translation>Con un maestro de 100 ms y trabajadores de 400 ms, ¿cuántos trabajadores hacen falta para que los trabajadores dejen de ser el cuello de botella?</translation>
    </message>
    <message>
        <source>With equal tasks every multiple of p keeps all workers busy to the end, and each extra task only adds τ + ρ of serial time at the master. So the best count is r* = p = 4 (makespan 0.274 s, against 0.286 s at 16 tasks).</source>
        <translation>Con tareas iguales cada múltiplo de p mantiene ocupados a todos los trabajadores hasta el final, y cada tarea adicional solo añade τ + ρ de tiempo serie en el maestro. Así que el mejor número es r* = p = 4 (makespan de 0.274 s frente a 0.286 s con 16 tareas).</translation>
    </message>
    <message>
        <source>With fewer than b requests waiting, the master waits up to this long for more (the timer starts when the accelerator is free and a request waits); 0 = take what waits.</source>
        <translation>Con menos de b peticiones en espera, el maestro espera hasta este tiempo a que lleguen más (el temporizador arranca cuando el acelerador está libre y una petición espera); 0 = tomar lo que espera.</translation>
    </message>
    <message>
        <source>With fewer than group_max writes waiting, the master waits up to this long for more (the timer starts when it is free and a write waits); 0 = take what waits.</source>
        <translation>Con menos de group_max escrituras en espera, el maestro espera hasta este tiempo a que lleguen más (el temporizador arranca cuando está libre y una escritura espera); 0 = tomar lo que espera.</translation>
    </message>
    <message>
        <source>With group_max = 1 every record pays a whole sync, so the master saturates at 1/(journal_cpu + log_device) however many workers there are: the window explodes at that knee. Speeding up the master&apos;s CPU cannot fix a slow log device (min_master_speed becomes ∞); group commit can, because one sync then covers many records.</source>
        <translation>Con group_max = 1 cada registro paga una sincronización entera, así que el maestro se satura en 1/(journal_cpu + log_device) por muchos trabajadores que haya: la ventana se dispara en ese codo. Acelerar la CPU del maestro no puede compensar un dispositivo de log lento (min_master_speed pasa a ser ∞); el commit en grupo sí, porque entonces una sincronización cubre muchos registros.</translation>
    </message>
    <message>
        <source>With no hand-over the lock would pass 1/S = 5000 requests/s. But each time it goes from one worker to the other it stands idle for h while the waiter wakes up, and saturated, with two workers, it changes hands on every step: the ceiling is 1/(S + h). At the model&apos;s guess of h = 20 µs that is 4550 requests/s; your run&apos;s h decides. A waiter sleeps in the kernel, and waking it takes a few µs on an idle machine and far more on a busy virtual one, so h is the host&apos;s as much as the lock&apos;s (the tolerance widens on a VM). The model charges h only when the lock changes core, (c−1)/c of the time if any worker were equally likely to be next: 4760 requests/s here; saturated, it changes core every time. Run the amp design at the same load: its master pays its own hand-off instead (the handoff_ms row), a push into a ring that a polling worker takes, usually far cheaper than waking a sleeping thread.</source>
        <translation>Sin traspaso el cerrojo dejaría pasar 1/S = 5000 peticiones/s. Pero cada vez que pasa de un trabajador al otro queda parado h mientras el que espera se despierta, y en saturación, con dos trabajadores, cambia de manos en cada paso: el techo es 1/(S + h). Con la suposición del modelo h = 20 µs eso da 4550 peticiones/s; su ejecución decide h. El que espera duerme en el kernel, y despertarlo cuesta unos pocos µs en una máquina ociosa y mucho más en una virtual ocupada, así que h es tanto del anfitrión como del cerrojo (en una VM la tolerancia se amplía). El modelo cobra h solo cuando el cerrojo cambia de núcleo, (c−1)/c del tiempo si cualquier trabajador tuviera la misma probabilidad de ser el siguiente: aquí 4760 peticiones/s; en saturación cambia de núcleo cada vez. Ejecute el diseño amp con la misma carga: su maestro paga en cambio su propio traspaso (la fila handoff_ms), una inserción en un anillo que vacía un trabajador que sondea, normalmente mucho más barata que despertar un hilo dormido.</translation>
    </message>
    <message>
        <source>With one little, migrate beats offload while m &lt; h + (1 − f)·T·(1 − 1/b)/2.</source>
        <translation>Con un núcleo pequeño, migrar supera a descargar mientras m &lt; h + (1 − f)·T·(1 − 1/b)/2.</translation>
    </message>
    <message>
        <source>Without losses no detection takes longer than k·H.</source>
        <translation>Sin pérdidas ninguna detección tarda más de k·H.</translation>
    </message>
    <message>
        <source>Work per task d</source>
        <translation>Trabajo por tarea d</translation>
    </message>
    <message>
        <source>Worker capacity</source>
        <translation>Capacidad de los trabajadores</translation>
    </message>
    <message>
        <source>Worker cores (p).</source>
        <translation>Núcleos trabajadores (p).</translation>
    </message>
    <message>
        <source>Worker cores doing the data work of the writes (one shared FIFO queue).</source>
        <translation>Núcleos trabajadores que hacen el trabajo de datos de las escrituras (una cola FIFO compartida).</translation>
    </message>
    <message>
        <source>Worker cores processing segment payloads in parallel.</source>
        <translation>Núcleos trabajadores que procesan en paralelo la carga útil de los segmentos.</translation>
    </message>
    <message>
        <source>Worker cores running the transactions&apos; queries (one shared FIFO queue).</source>
        <translation>Núcleos trabajadores que ejecutan las consultas de las transacciones (una cola FIFO compartida).</translation>
    </message>
    <message>
        <source>Worker cores, each with its own receive ring.</source>
        <translation>Núcleos trabajadores, cada uno con su propio anillo de recepción.</translation>
    </message>
    <message>
        <source>Worker cores.</source>
        <translation>Núcleos trabajadores.</translation>
    </message>
    <message>
        <source>Worker failure rate</source>
        <translation>Tasa de fallos de los trabajadores</translation>
    </message>
    <message>
        <source>Worker idle share</source>
        <translation>Fracción ociosa de los trabajadores</translation>
    </message>
    <message>
        <source>Worker queue</source>
        <translation>Cola de los trabajadores</translation>
    </message>
    <message>
        <source>Worker queue wait</source>
        <translation>Espera en la cola de los trabajadores</translation>
    </message>
    <message>
        <source>Worker service</source>
        <translation>Servicio del trabajador</translation>
    </message>
    <message>
        <source>Worker service distribution</source>
        <translation>Distribución del servicio de los trabajadores</translation>
    </message>
    <message>
        <source>Worker service time</source>
        <translation>Tiempo de servicio del trabajador</translation>
    </message>
    <message>
        <source>Worker time distribution</source>
        <translation>Distribución del tiempo del trabajador</translation>
    </message>
    <message>
        <source>Worker time per packet</source>
        <translation>Tiempo del trabajador por paquete</translation>
    </message>
    <message>
        <source>Worker time per segment</source>
        <translation>Tiempo del trabajador por segmento</translation>
    </message>
    <message>
        <source>Worker utilization</source>
        <translation>Utilización de los trabajadores</translation>
    </message>
    <message>
        <source>Worker utilization Σ C/T</source>
        <translation>Utilización del trabajador Σ C/T</translation>
    </message>
    <message>
        <source>Worker&apos;s task set</source>
        <translation>Conjunto de tareas del trabajador</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Workers now fail at 10 per second during the shutdown (3 workers, quorum 2). Predict P(safe) with fixed step times; a simulation grades it.</source>
        <translation>Ahora los trabajadores fallan a 10 por segundo durante el apagado (3 trabajadores, quórum 2). Prediga P(seguro) con tiempos de paso fijos; una simulación la califica.</translation>
    </message>
    <message>
        <source>Worst response seen per task</source>
        <translation>Peor respuesta observada por tarea</translation>
    </message>
    <message>
        <source>Worst-case response per task (analysis)</source>
        <translation>Respuesta en el peor caso por tarea (análisis)</translation>
    </message>
    <message>
        <source>Write fraction</source>
        <translation>Fracción de escrituras</translation>
    </message>
    <message>
        <source>Write rate</source>
        <translation>Tasa de escrituras</translation>
    </message>
    <message>
        <source>Write transactions made durable per second.</source>
        <translation>Transacciones de escritura hechas duraderas por segundo.</translation>
    </message>
    <message>
        <source>Writes per commit</source>
        <translation>Escrituras por commit</translation>
    </message>
    <message>
        <source>Writes per commit (max)</source>
        <translation>Escrituras por commit (máx.)</translation>
    </message>
    <message>
        <source>Writes per second arriving at the workers (Poisson).</source>
        <translation>Escrituras por segundo que llegan a los trabajadores (Poisson).</translation>
    </message>
    <message>
        <source>Writes per second the master can commit at most: b/(d + b·s) with b writes per commit at most.</source>
        <translation>Escrituras por segundo que el maestro puede confirmar como máximo: b/(d + b·s) con como mucho b escrituras por commit.</translation>
    </message>
    <message>
        <source>Writes the master can commit</source>
        <translation>Escrituras que el maestro puede confirmar</translation>
    </message>
    <message>
        <source>X·D of the chosen strategy (0 when local).</source>
        <translation>X·D de la estrategia elegida (0 en local).</translation>
    </message>
    <message>
        <source>You accept 1 ms of mean latency for exploring. With Δ = 7.53 ms, the first-order rule says the largest ε is 2·budget/Δ. At ε = 0.1, predict the model&apos;s exploration overhead in ms.</source>
        <translation>Acepta 1 ms de latencia media por explorar. Con Δ = 7.53 ms, la regla de primer orden dice que el mayor ε es 2·budget/Δ. Con ε = 0.1, prediga el sobrecoste de exploración del modelo en ms.</translation>
    </message>
    <message>
        <source>Z = (1 − f)·T + 2·h: what a little spends per offloaded task on its own work and the hand-offs.</source>
        <translation>Z = (1 − f)·T + 2·h: lo que un núcleo pequeño dedica por tarea descargada a su propio trabajo y a los traspasos.</translation>
    </message>
    <message>
        <source>a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two task sizes (Lee–Longton)</source>
        <translation>una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (1 + cs²)/2 para los dos tamaños de tarea (Lee–Longton)</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>un lote</translation>
    </message>
    <message>
        <source>a minimum of separate bounds: Mathis&apos; square-root law assumes periodic losses (random ones change the window&apos;s shape) and no timeouts; near a tie two bounds interact and the flow falls short of both; the ACK delay uses Mathis&apos; mean window and ignores the queues at the workers and the link</source>
        <translation>un mínimo de cotas separadas: la ley de la raíz cuadrada de Mathis supone pérdidas periódicas (las aleatorias cambian la forma de la ventana) y ningún tiempo límite; cerca de un empate dos cotas interactúan y el flujo se queda por debajo de ambas; el retardo de ACK usa la ventana media de Mathis e ignora las colas en los trabajadores y en el enlace</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>acelerador</translation>
    </message>
    <message>
        <source>actuator</source>
        <translation>actuador</translation>
    </message>
    <message>
        <source>allocate</source>
        <translation>asignar</translation>
    </message>
    <message>
        <source>amp: a master core appends and commits every record (in groups). locked: no master; the worker that finished a write appends and syncs its own record under one lock.</source>
        <translation>amp: un núcleo maestro añade y confirma cada registro (en grupos). locked: sin maestro; el trabajador que terminó una escritura añade y sincroniza su propio registro bajo un cerrojo.</translation>
    </message>
    <message>
        <source>amp: a master core does the serialized step for everyone. locked: no master; each worker does the step itself under one shared lock.</source>
        <translation>amp: un núcleo maestro hace el paso serializado para todos. locked: sin maestro; cada trabajador hace el paso él mismo bajo un cerrojo compartido.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondidas</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>arrival rate [1/s]</source>
        <translation>tasa de llegadas [1/s]</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>llegadas</translation>
    </message>
    <message>
        <source>assumed maximum master jitter [µs]</source>
        <translation>jitter máximo supuesto del maestro [µs]</translation>
    </message>
    <message>
        <source>a·MSS/S_ack: one core handling every ACK.</source>
        <translation>a·MSS/S_ack: un núcleo atiende cada ACK.</translation>
    </message>
    <message>
        <source>b/(b·c + d) = 8/(8 × 0.5 + 1.5) ms = 1450 records/s: the sync&apos;s 1.5 ms is paid once per group. So 600/s is no longer beyond the master, and the window falls to 3.76 ms, better than without groups at 400/s (6.25 ms); about 1.67 records share a commit.</source>
        <translation>b/(b·c + d) = 8/(8 × 0.5 + 1.5) ms = 1450 registros/s: los 1.5 ms de la sincronización se pagan una vez por grupo. Así 600/s ya no excede al maestro, y la ventana baja a 3.76 ms, mejor que sin grupos a 400/s (6.25 ms); unos 1.67 registros comparten un commit.</translation>
    </message>
    <message>
        <source>b/(d + b·s): the most writes per second one master commits in full groups; no worker changes it (model).</source>
        <translation>b/(d + b·s): el máximo de escrituras por segundo que un maestro confirma en grupos completos; ningún trabajador lo cambia (modelo).</translation>
    </message>
    <message>
        <source>b/(s0 + s1·b): requests per second in full batches of b.</source>
        <translation>b/(s0 + s1·b): peticiones por segundo en lotes completos de b.</translation>
    </message>
    <message>
        <source>b/(s0 + s1·b): the most requests per second the accelerator answers in full batches of b (model, from the parameters).</source>
        <translation>b/(s0 + s1·b): el máximo de peticiones por segundo que el acelerador responde en lotes completos de b (modelo, a partir de los parámetros).</translation>
    </message>
    <message>
        <source>b: the most requests the accelerator runs in one batch; the full policy always waits for b.</source>
        <translation>b: el máximo de peticiones que el acelerador ejecuta en un lote; la política full siempre espera a b.</translation>
    </message>
    <message>
        <source>back</source>
        <translation>vuelta</translation>
    </message>
    <message>
        <source>batch size b (at most)</source>
        <translation>tamaño de lote b (como máximo)</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lotes</translation>
    </message>
    <message>
        <source>best fixed threshold policy</source>
        <translation>mejor política fija de umbral</translation>
    </message>
    <message>
        <source>best threshold</source>
        <translation>mejor umbral</translation>
    </message>
    <message>
        <source>big core</source>
        <translation>núcleo grande</translation>
    </message>
    <message>
        <source>bound [µs]</source>
        <translation>cota [µs]</translation>
    </message>
    <message>
        <source>busiest worker&apos;s ceiling</source>
        <translation>techo del trabajador más ocupado</translation>
    </message>
    <message>
        <source>c/q: the most transactions per second the workers&apos; queries allow; it grows with every worker (model).</source>
        <translation>c/q: el máximo de transacciones por segundo que permiten las consultas de los trabajadores; crece con cada trabajador (modelo).</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>clients N</source>
        <translation>clientes N</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>recolector</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>commit group</source>
        <translation>grupo de commit</translation>
    </message>
    <message>
        <source>commit latency [ms]</source>
        <translation>latencia de commit [ms]</translation>
    </message>
    <message>
        <source>core</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <source>core (privileged first)</source>
        <translation>núcleo (privilegiados primero)</translation>
    </message>
    <message>
        <source>cwnd [segments]</source>
        <translation>cwnd [segmentos]</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregados</translation>
    </message>
    <message>
        <source>design</source>
        <translation>diseño</translation>
    </message>
    <message>
        <source>det: each step takes exactly its duration (the binomial formula is exact). exp: exponential durations with those means (the CTMC is exact).</source>
        <translation>det: cada paso dura exactamente su duración (la fórmula binomial es exacta). exp: duraciones exponenciales con esas medias (la CTMC es exacta).</translation>
    </message>
    <message>
        <source>detection delay [ms]</source>
        <translation>retardo de detección [ms]</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>drop-tail buffer</source>
        <translation>búfer drop-tail</translation>
    </message>
    <message>
        <source>durable</source>
        <translation>duradero</translation>
    </message>
    <message>
        <source>e^(−μ·T) with fixed steps; Π 1/(1 + μ·sᵢ) with exponential ones.</source>
        <translation>e^(−μ·T) con pasos fijos; Π 1/(1 + μ·sᵢ) con pasos exponenciales.</translation>
    </message>
    <message>
        <source>epsilon_greedy: the share of tasks sent to a cluster chosen by a fair coin instead of the best one learned so far.</source>
        <translation>epsilon_greedy: la fracción de tareas enviadas a un clúster elegido a cara o cruz en lugar del mejor aprendido hasta ahora.</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2).</source>
        <translation>exp (cv 1), det (cv 0) o lognormal (cv 2).</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2). Only exp makes the master&apos;s input exactly Poisson (Burke).</source>
        <translation>exp (cv 1), det (cv 0) o lognormal (cv 2). Solo exp hace que la entrada del maestro sea exactamente de Poisson (Burke).</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2). Only exp makes the model exact: the writes then reach the master as a Poisson stream (Burke).</source>
        <translation>exp (cv 1), det (cv 0) o lognormal (cv 2). Solo exp hace exacto el modelo: las escrituras llegan entonces al maestro como un flujo de Poisson (Burke).</translation>
    </message>
    <message>
        <source>exp: exponential signing times, for which the MVA is exact. det: constant ones, as real signing nearly is; the MVA is then an approximation, worst near the knee.</source>
        <translation>exp: tiempos de firma exponenciales, para los que el MVA es exacto. det: constantes, como casi lo es la firma real; el MVA es entonces una aproximación, peor cerca del codo.</translation>
    </message>
    <message>
        <source>fast cluster</source>
        <translation>clúster rápido</translation>
    </message>
    <message>
        <source>fdatasync</source>
        <translation>fdatasync</translation>
    </message>
    <message>
        <source>flowlet</source>
        <translation>flowlet</translation>
    </message>
    <message>
        <source>full: stop the world</source>
        <translation>lleno: detener el mundo</translation>
    </message>
    <message>
        <source>full: wait for b requests; greedy: take what waits, up to b, as soon as the accelerator is free; timeout: wait up to batch_timeout_ms for b, then take what waits.</source>
        <translation>full: esperar b peticiones; greedy: tomar lo que espera, hasta b, en cuanto el acelerador está libre; timeout: esperar hasta batch_timeout_ms a b y luego tomar lo que espera.</translation>
    </message>
    <message>
        <source>f·T.</source>
        <translation>f·T.</translation>
    </message>
    <message>
        <source>f·T/(w·b).</source>
        <translation>f·T/(w·b).</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <translation>guardián</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>traspaso</translation>
    </message>
    <message>
        <source>handler (own J + w)</source>
        <translation>manejador (J propio + w)</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>heap</translation>
    </message>
    <message>
        <source>heap − live.</source>
        <translation>heap − live.</translation>
    </message>
    <message>
        <source>heap/(sweep·s) at the chosen placement&apos;s speed s.</source>
        <translation>heap/(sweep·s) a la velocidad s de la ubicación elegida.</translation>
    </message>
    <message>
        <source>heartbeats</source>
        <translation>latidos</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <source>isolation</source>
        <translation>aislamiento</translation>
    </message>
    <message>
        <source>job</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>journal lock</source>
        <translation>cerrojo del journal</translation>
    </message>
    <message>
        <source>journal record</source>
        <translation>registro del journal</translation>
    </message>
    <message>
        <source>jsq</source>
        <translation>jsq</translation>
    </message>
    <message>
        <source>k/n</source>
        <translation>k/n</translation>
    </message>
    <message>
        <source>k: the workers suspect the master after k due beats in a row did not come.</source>
        <translation>k: los trabajadores sospechan del maestro cuando no llegaron k latidos debidos seguidos.</translation>
    </message>
    <message>
        <source>largest ε within the budget</source>
        <translation>mayor ε dentro del presupuesto</translation>
    </message>
    <message>
        <source>latency [ms]</source>
        <translation>latencia [ms]</translation>
    </message>
    <message>
        <source>latency [µs]</source>
        <translation>latencia [µs]</translation>
    </message>
    <message>
        <source>latency overhead [ms]</source>
        <translation>sobrecoste de latencia [ms]</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>link bound</source>
        <translation>cota del enlace</translation>
    </message>
    <message>
        <source>little cores N</source>
        <translation>núcleos pequeños N</translation>
    </message>
    <message>
        <source>littles</source>
        <translation>núcleos pequeños</translation>
    </message>
    <message>
        <source>live/(mark·s) at the chosen placement&apos;s speed s.</source>
        <translation>live/(mark·s) a la velocidad s de la ubicación elegida.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>cerrojo</translation>
    </message>
    <message>
        <source>locked: the hand-over folded into an exponential step (the simulation adds it as a constant)</source>
        <translation>locked: el traspaso se incorpora en un paso exponencial (la simulación lo añade como constante)</translation>
    </message>
    <message>
        <source>log (fsync)</source>
        <translation>log (fsync)</translation>
    </message>
    <message>
        <source>log device</source>
        <translation>dispositivo de log</translation>
    </message>
    <message>
        <source>loss bound (Mathis)</source>
        <translation>cota por pérdidas (Mathis)</translation>
    </message>
    <message>
        <source>m: workers that must stay alive until the last step ends; below it the shutdown fails.</source>
        <translation>m: trabajadores que deben seguir vivos hasta que termine el último paso; por debajo, el apagado fracasa.</translation>
    </message>
    <message>
        <source>makespan [s]</source>
        <translation>makespan [s]</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>master</source>
        <translation>maestro</translation>
    </message>
    <message>
        <source>master bound</source>
        <translation>cota del maestro</translation>
    </message>
    <message>
        <source>master speed needed [×]</source>
        <translation>velocidad necesaria del maestro [×]</translation>
    </message>
    <message>
        <source>master time per ACK [µs]</source>
        <translation>tiempo del maestro por ACK [µs]</translation>
    </message>
    <message>
        <source>master&apos;s ceiling 1/steer</source>
        <translation>techo del maestro 1/steer</translation>
    </message>
    <message>
        <source>max(D, N·D − Z): the response time&apos;s asymptotes.</source>
        <translation>max(D, N·D − Z): las asíntotas del tiempo de respuesta.</translation>
    </message>
    <message>
        <source>max(Z + D, N·D): what a closed loop with constant times settles at (the MVA lies above it).</source>
        <translation>max(Z + D, N·D): donde se estabiliza un bucle cerrado con tiempos constantes (el MVA queda por encima).</translation>
    </message>
    <message>
        <source>max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ: neither the master&apos;s dispatching nor the workers&apos; share goes faster.</source>
        <translation>max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ: ni el reparto del maestro ni la parte de los trabajadores van más rápido.</translation>
    </message>
    <message>
        <source>mean commit latency [ms]</source>
        <translation>latencia media de commit [ms]</translation>
    </message>
    <message>
        <source>mean consistency window [ms]</source>
        <translation>ventana de consistencia media [ms]</translation>
    </message>
    <message>
        <source>mean latency [ms]</source>
        <translation>latencia media [ms]</translation>
    </message>
    <message>
        <source>mean latency in window [ms]</source>
        <translation>latencia media en la ventana [ms]</translation>
    </message>
    <message>
        <source>mean pause [ms]</source>
        <translation>pausa media [ms]</translation>
    </message>
    <message>
        <source>mean regret per task so far [ms]</source>
        <translation>arrepentimiento medio por tarea hasta ahora [ms]</translation>
    </message>
    <message>
        <source>mean response [ms]</source>
        <translation>respuesta media [ms]</translation>
    </message>
    <message>
        <source>mean sojourn [ms]</source>
        <translation>permanencia media [ms]</translation>
    </message>
    <message>
        <source>mean sojourn in window [ms]</source>
        <translation>permanencia media en la ventana [ms]</translation>
    </message>
    <message>
        <source>migration, one way [µs]</source>
        <translation>migración, un sentido [µs]</translation>
    </message>
    <message>
        <source>min(N/(D + Z), 1/D): the asymptotes.</source>
        <translation>min(N/(D + Z), 1/D): las asíntotas.</translation>
    </message>
    <message>
        <source>minimum mutator utilization</source>
        <translation>utilización mínima del mutador</translation>
    </message>
    <message>
        <source>misses before acting k</source>
        <translation>fallos antes de actuar k</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>mutators</source>
        <translation>mutadores</translation>
    </message>
    <message>
        <source>n: worker cores alive when the master dies; every one runs each protocol step.</source>
        <translation>n: núcleos trabajadores vivos cuando muere el maestro; cada uno ejecuta cada paso del protocolo.</translation>
    </message>
    <message>
        <source>non-exponential queries: the read side by the M/G/c approximation, and the writes reach the master as a stream that is treated as Poisson</source>
        <translation>consultas no exponenciales: el lado de lectura con la aproximación M/G/c, y las escrituras llegan al maestro como un flujo que se trata como de Poisson</translation>
    </message>
    <message>
        <source>n·MSS/S_seg.</source>
        <translation>n·MSS/S_seg.</translation>
    </message>
    <message>
        <source>on/off bursts</source>
        <translation>ráfagas on/off</translation>
    </message>
    <message>
        <source>on/off input is burstier than Poisson: the M/D/1 wait is a lower estimate</source>
        <translation>la entrada on/off es más a ráfagas que un proceso de Poisson: la espera M/D/1 es una estimación por defecto</translation>
    </message>
    <message>
        <source>p99 of the window: exponential tail of the wait</source>
        <translation>p99 de la ventana: cola exponencial de la espera</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>paquetes</translation>
    </message>
    <message>
        <source>packets per second</source>
        <translation>paquetes por segundo</translation>
    </message>
    <message>
        <source>packets per second steered to the worker</source>
        <translation>paquetes por segundo dirigidos al trabajador</translation>
    </message>
    <message>
        <source>packets waiting</source>
        <translation>paquetes en espera</translation>
    </message>
    <message>
        <source>path ←</source>
        <translation>camino ←</translation>
    </message>
    <message>
        <source>path →</source>
        <translation>camino →</translation>
    </message>
    <message>
        <source>pause [ms]</source>
        <translation>pausa [ms]</translation>
    </message>
    <message>
        <source>payload checksummed</source>
        <translation>carga útil comprobada</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <source>per_worker_jsq</source>
        <translation>per_worker_jsq</translation>
    </message>
    <message>
        <source>per_worker_rr</source>
        <translation>per_worker_rr</translation>
    </message>
    <message>
        <source>poisson: independent arrivals; onoff: bursts, exponential on and off periods of 1 ms mean each, Poisson at twice the rate while on (the same mean rate).</source>
        <translation>poisson: llegadas independientes; onoff: ráfagas, periodos de actividad e inactividad exponenciales de 1 ms de media cada uno, Poisson al doble de tasa durante la actividad (la misma tasa media).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privilegiado</translation>
    </message>
    <message>
        <source>privileged cores</source>
        <translation>núcleos privilegiados</translation>
    </message>
    <message>
        <source>privileged_quanta over the quanta run: k/n in symmetric, 0 in amp.</source>
        <translation>privileged_quanta dividido por los quanta ejecutados: k/n en symmetric, 0 en amp.</translation>
    </message>
    <message>
        <source>quanta per untrusted task</source>
        <translation>quanta por tarea no confiable</translation>
    </message>
    <message>
        <source>quantum</source>
        <translation>quantum</translation>
    </message>
    <message>
        <source>quick_latency_ms is the formation wait plus Kingman&apos;s approximation; the latency itself is exact</source>
        <translation>quick_latency_ms es la espera de formación del lote más la aproximación de Kingman; la latencia en sí es exacta</translation>
    </message>
    <message>
        <source>random: a fair coin per task; round_robin: the clusters in turn; jsq: the cluster with fewer tasks per core; always_fast: never the slow cluster; threshold: slow when the fast cluster holds at least `threshold` more tasks; epsilon_greedy and ucb: learn from each task&apos;s response time.</source>
        <translation>random: cara o cruz por tarea; round_robin: los clústeres por turnos; jsq: el clúster con menos tareas por núcleo; always_fast: nunca el clúster lento; threshold: lento cuando el clúster rápido tiene al menos `threshold` tareas más; epsilon_greedy y ucb: aprenden del tiempo de respuesta de cada tarea.</translation>
    </message>
    <message>
        <source>read latency [ms]</source>
        <translation>latencia de lectura [ms]</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>receptor</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>records per commit (at most)</source>
        <translation>registros por commit (como máximo)</translation>
    </message>
    <message>
        <source>records waiting</source>
        <translation>registros en espera</translation>
    </message>
    <message>
        <source>reordered [%] · imbalance [max/mean]</source>
        <translation>reordenados [%] · desequilibrio [máx/media]</translation>
    </message>
    <message>
        <source>request</source>
        <translation>petición</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>requests per batch</source>
        <translation>peticiones por lote</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>peticiones por segundo</translation>
    </message>
    <message>
        <source>requests waiting</source>
        <translation>peticiones en espera</translation>
    </message>
    <message>
        <source>residual risk</source>
        <translation>riesgo residual</translation>
    </message>
    <message>
        <source>response [ms]</source>
        <translation>respuesta [ms]</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <source>round trip with the master&apos;s queue</source>
        <translation>ida y vuelta con la cola del maestro</translation>
    </message>
    <message>
        <source>round_robin</source>
        <translation>round_robin</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>row of the task set</source>
        <translation>fila del conjunto de tareas</translation>
    </message>
    <message>
        <source>rss_hash</source>
        <translation>rss_hash</translation>
    </message>
    <message>
        <source>rss_hash: 1/(process × the busiest worker&apos;s share of packets); not monotone in the number of workers.</source>
        <translation>rss_hash: 1/(process × la fracción de paquetes del trabajador más ocupado); no es monótono en el número de trabajadores.</translation>
    </message>
    <message>
        <source>rss_hash: a Toeplitz hash of the 5-tuple picks the worker (a flow always lands on the same one); round_robin: packets in turn; jsq: the worker with the fewest packets; flowlet: a flow keeps its worker until it pauses for 4 × process_us, then moves to the least loaded one.</source>
        <translation>rss_hash: un hash de Toeplitz de la 5-tupla elige el trabajador (un flujo siempre cae en el mismo); round_robin: paquetes por turnos; jsq: el trabajador con menos paquetes; flowlet: un flujo conserva su trabajador hasta que hace una pausa de 4 × process_us, y entonces pasa al menos cargado.</translation>
    </message>
    <message>
        <source>r·(τ + ρ): the part no worker helps with.</source>
        <translation>r·(τ + ρ): la parte en la que ningún trabajador ayuda.</translation>
    </message>
    <message>
        <source>s0: what a batch costs whatever its size (a launch, streaming the weights). Real mode measures the network&apos;s own s0 and shows it; the model is then also evaluated at it.</source>
        <translation>s0: lo que cuesta un lote sea cual sea su tamaño (un lanzamiento, transmitir los pesos). El modo real mide el s0 propio de la red y lo muestra; el modelo se evalúa entonces también con él.</translation>
    </message>
    <message>
        <source>s1: what each request of a batch adds (its arithmetic). A batch of k costs s0 + s1·k. Real mode measures the network&apos;s own s1.</source>
        <translation>s1: lo que añade cada petición de un lote (su aritmética). Un lote de k cuesta s0 + s1·k. El modo real mide el s1 propio de la red.</translation>
    </message>
    <message>
        <source>s: 1, big_factor or threads·(1 − overhead).</source>
        <translation>s: 1, big_factor o threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>safe state</source>
        <translation>estado seguro</translation>
    </message>
    <message>
        <source>segments the window allows</source>
        <translation>segmentos que permite la ventana</translation>
    </message>
    <message>
        <source>serialized step</source>
        <translation>paso serializado</translation>
    </message>
    <message>
        <source>share of pauses</source>
        <translation>fracción de las pausas</translation>
    </message>
    <message>
        <source>share of the makespan</source>
        <translation>fracción del makespan</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>shared: one FIFO queue for all workers; per_worker_rr: one queue per worker, filled round robin; per_worker_jsq: one queue per worker, the master picks the shortest.</source>
        <translation>shared: una cola FIFO para todos los trabajadores; per_worker_rr: una cola por trabajador, llenadas por turnos; per_worker_jsq: una cola por trabajador, el maestro elige la más corta.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>signatures per second</source>
        <translation>firmas por segundo</translation>
    </message>
    <message>
        <source>slow cluster</source>
        <translation>clúster lento</translation>
    </message>
    <message>
        <source>small cores</source>
        <translation>núcleos pequeños</translation>
    </message>
    <message>
        <source>sojourn [ms]</source>
        <translation>permanencia [ms]</translation>
    </message>
    <message>
        <source>speedup W/T</source>
        <translation>aceleración W/T</translation>
    </message>
    <message>
        <source>speedup over local</source>
        <translation>aceleración frente a local</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>state (size × fast bucket × slow bucket: the q_table output)</source>
        <translation>estado (tamaño × casilla rápida × casilla lenta: la salida q_table)</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>symmetric: any quantum may run on any core. amp: untrusted tasks run only on the small cores, never on a privileged one.</source>
        <translation>symmetric: cualquier quantum puede ejecutarse en cualquier núcleo. amp: las tareas no confiables solo se ejecutan en los núcleos pequeños, nunca en uno privilegiado.</translation>
    </message>
    <message>
        <source>task time [µs]</source>
        <translation>tiempo de tarea [µs]</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>tasks N</source>
        <translation>tareas N</translation>
    </message>
    <message>
        <source>tasks r</source>
        <translation>tareas r</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (UCB&apos;s exploration, which shrinks like ln n/n, left out), in a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>la política aprendida tomada como voraz según el tiempo de respuesta esperado de cada tarea (la exploración de UCB, que decrece como ln n/n, se deja fuera), en una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (1 + cs²)/2 para los dos tamaños; se dejan fuera el estado discretizado del agente y su fase de aprendizaje</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (with probability ε a coin), in a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>la política aprendida tomada como voraz según el tiempo de respuesta esperado de cada tarea (con probabilidad ε, cara o cruz), en una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (1 + cs²)/2 para los dos tamaños; se dejan fuera el estado discretizado del agente y su fase de aprendizaje</translation>
    </message>
    <message>
        <source>the master&apos;s input is the workers&apos; departure stream, Poisson only for exponential data work (Burke); here it is treated as Poisson</source>
        <translation>la entrada del maestro es el flujo de salidas de los trabajadores, de Poisson solo con trabajo de datos exponencial (Burke); aquí se trata como de Poisson</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/1/K sobrestima las pérdidas</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; flowlet modelled as an even split; sticky elephant flows make it less even</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/1/K sobrestima las pérdidas; flowlet modelado como un reparto uniforme; los flujos elefante persistentes lo hacen menos uniforme</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; jsq modelled as one pooled M/M/W/(W·K) queue</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/1/K sobrestima las pérdidas; jsq modelado como una única cola conjunta M/M/W/(W·K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; non-exponential processing modelled as exponential (M/M/1/K)</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/1/K sobrestima las pérdidas; procesamiento no exponencial modelado como exponencial (M/M/1/K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; round_robin: each worker gets every W-th packet, far more regular than Poisson; M/M/1/K with λ/W overstates drops and waits</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/1/K sobrestima las pérdidas; round_robin: cada trabajador recibe uno de cada W paquetes, mucho más regular que Poisson; M/M/1/K con λ/W sobrestima pérdidas y esperas</translation>
    </message>
    <message>
        <source>threads·(1 − overhead).</source>
        <translation>threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>throughput [Mbit/s]</source>
        <translation>rendimiento [Mbit/s]</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>time [s]</source>
        <translation>tiempo [s]</translation>
    </message>
    <message>
        <source>time to safe [ms]</source>
        <translation>tiempo hasta seguro [ms]</translation>
    </message>
    <message>
        <source>to big</source>
        <translation>al grande</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transacciones</translation>
    </message>
    <message>
        <source>ucb: the bonus c·√(ln N/n) in ms subtracted from an action&apos;s learned response time; larger explores more.</source>
        <translation>ucb: la bonificación c·√(ln N/n) en ms que se resta al tiempo de respuesta aprendido de una acción; cuanto mayor, más explora.</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>utilización</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vector</translation>
    </message>
    <message>
        <source>vector fraction f</source>
        <translation>fracción vectorial f</translation>
    </message>
    <message>
        <source>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ gives w = 300 µs (row 1 preempts it once), and R = J + w with J = 200 µs of release jitter (the master&apos;s): 500 µs. The end-to-end bound adds the IPC and the actuator: 530 µs.</source>
        <translation>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ da w = 300 µs (la fila 1 la expropia una vez), y R = J + w con J = 200 µs de jitter de liberación (el del maestro): 500 µs. La cota de extremo a extremo añade el IPC y el actuador: 530 µs.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>window [ms]</source>
        <translation>ventana [ms]</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabajador</translation>
    </message>
    <message>
        <source>worker 0</source>
        <translation>trabajador 0</translation>
    </message>
    <message>
        <source>worker 1</source>
        <translation>trabajador 1</translation>
    </message>
    <message>
        <source>worker 2</source>
        <translation>trabajador 2</translation>
    </message>
    <message>
        <source>worker 3</source>
        <translation>trabajador 3</translation>
    </message>
    <message>
        <source>worker 4</source>
        <translation>trabajador 4</translation>
    </message>
    <message>
        <source>worker 5</source>
        <translation>trabajador 5</translation>
    </message>
    <message>
        <source>worker 6</source>
        <translation>trabajador 6</translation>
    </message>
    <message>
        <source>worker 7</source>
        <translation>trabajador 7</translation>
    </message>
    <message>
        <source>worker 7 (hash imbalance)</source>
        <translation>trabajador 7 (desequilibrio del hash)</translation>
    </message>
    <message>
        <source>worker failure rate μ [1/s]</source>
        <translation>tasa de fallos de los trabajadores μ [1/s]</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabajadores</translation>
    </message>
    <message>
        <source>workers bound</source>
        <translation>cota de los trabajadores</translation>
    </message>
    <message>
        <source>workers p</source>
        <translation>trabajadores p</translation>
    </message>
    <message>
        <source>workers&apos; ceiling W/process</source>
        <translation>techo de los trabajadores W/process</translation>
    </message>
    <message>
        <source>workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)</source>
        <translation>trabajadores: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)</translation>
    </message>
    <message>
        <source>workers: Kingman G/G/1 per worker with round-robin arrivals (SCV c_a²/c)</source>
        <translation>trabajadores: Kingman G/G/1 por trabajador con llegadas por turnos (SCV c_a²/c)</translation>
    </message>
    <message>
        <source>workers: join-the-shortest-queue ≈ shared queue (Erlang C, Allen–Cunneen); slightly optimistic</source>
        <translation>trabajadores: join-the-shortest-queue ≈ cola compartida (Erlang C, Allen–Cunneen); ligeramente optimista</translation>
    </message>
    <message>
        <source>worst case [µs]</source>
        <translation>peor caso [µs]</translation>
    </message>
    <message>
        <source>worst seen [µs]</source>
        <translation>peor observado [µs]</translation>
    </message>
    <message>
        <source>write rate [1/s]</source>
        <translation>tasa de escrituras [1/s]</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>escrituras</translation>
    </message>
    <message>
        <source>writes per commit (at most)</source>
        <translation>escrituras por commit (como máximo)</translation>
    </message>
    <message>
        <source>½·√(W/(τ + ρ)) with one task per worker, at p*.</source>
        <translation>½·√(W/(τ + ρ)) con una tarea por trabajador, en p*.</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Σ sᵢ: the steps&apos; durations (means with exp steps).</source>
        <translation>Σ sᵢ: las duraciones de los pasos (medias con pasos exp).</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>μ: each worker fails at this rate during the shutdown (exponential times, no repair).</source>
        <translation>μ: cada trabajador falla a esta tasa durante el apagado (tiempos exponenciales, sin reparación).</translation>
    </message>
    <message>
        <source>ρ at the master is 0.95, so its wait is ρ/(μ−λ) = 1900 ms: the knee of the curve. With its 100 ms of service a request spends 2000 ms at the master; the question asked for the wait alone. The workers, at 0.633, still have room.</source>
        <translation>ρ en el maestro es 0.95, así que su espera es ρ/(μ−λ) = 1900 ms: el codo de la curva. Con sus 100 ms de servicio una petición pasa 2000 ms en el maestro; la pregunta pedía solo la espera. Los trabajadores, a 0.633, aún tienen margen.</translation>
    </message>
    <message>
        <source>ℓ: probability that one heartbeat is lost on its way (each independently). Below 1: a master whose every beat is lost cannot be told from a dead one.</source>
        <translation>ℓ: probabilidad de que un latido se pierda por el camino (cada uno de forma independiente). Por debajo de 1: un maestro cuyos latidos se pierden todos no se distingue de uno muerto.</translation>
    </message>
    <message>
        <source>√(W/(τ + ρ)) with one task per worker: more workers cost more dispatching than they save.</source>
        <translation>√(W/(τ + ρ)) con una tarea por trabajador: más trabajadores cuestan más reparto del que ahorran.</translation>
    </message>
    <message>
        <source>⌊λ·s0/(1 − λ·s1)⌋ + 1: below this batch size the accelerator cannot keep up (model, from the parameters).</source>
        <translation>⌊λ·s0/(1 − λ·s1)⌋ + 1: por debajo de este tamaño de lote el acelerador no da abasto (modelo, a partir de los parámetros).</translation>
    </message>
    <message>
        <source>⌊λ·s0/(1 − λ·s1)⌋ + 1: the smallest b with λ·s(b)/b &lt; 1.</source>
        <translation>⌊λ·s0/(1 − λ·s1)⌋ + 1: el menor b con λ·s(b)/b &lt; 1.</translation>
    </message>
    <message>
        <source>%1 little cores, each losing a share %2 of its time to coordination, collect at %3× a little core: %4 ms, against %5 ms on the big core. Several little cores can beat one big core, if the work splits and the coordination stays small.</source>
        <translation>%1 núcleos pequeños, cada uno perdiendo una fracción %2 de su tiempo en coordinación, recolectan a %3× la velocidad de un núcleo pequeño: %4 ms, frente a %5 ms en el núcleo grande. Varios núcleos pequeños pueden superar a uno grande si el trabajo se reparte y la coordinación sigue siendo pequeña.</translation>
    </message>
    <message>
        <source>%1 when response-time analysis finds every task&apos;s worst case within its deadline, %2 when some task has no fixed point below its deadline (an answer, not an error).</source>
        <translation>%1 cuando el análisis de tiempo de respuesta encuentra el peor caso de cada tarea dentro de su plazo, %2 cuando alguna tarea no tiene punto fijo por debajo de su plazo (una respuesta, no un error).</translation>
    </message>
    <message>
        <source>%1 when the database, re-opened after the run, holds the same total balance as at the start, passes SQLite&apos;s integrity check and has every acknowledged commit; %2 otherwise.</source>
        <translation>%1 cuando la base de datos, reabierta tras la ejecución, tiene el mismo saldo total que al principio, supera la comprobación de integridad de SQLite y contiene cada commit confirmado; %2 en caso contrario.</translation>
    </message>
    <message>
        <source>%1 − (%2 − u·q)^N: what no placement removes.</source>
        <translation>%1 − (%2 − u·q)^N: lo que ninguna ubicación elimina.</translation>
    </message>
    <message>
        <source>%1 − (%2 − v·share)^quanta·(%3 − q).</source>
        <translation>%1 − (%2 − v·share)^quanta·(%3 − q).</translation>
    </message>
    <message>
        <source>%1 − W / (p · makespan): the share of the workers&apos; time spent waiting.</source>
        <translation>%1 − W / (p · makespan): la fracción del tiempo de los trabajadores que pasan esperando.</translation>
    </message>
    <message>
        <source>%1/(d + s): one fsync per write.</source>
        <translation>%1/(d + s): un fsync por escritura.</translation>
    </message>
    <message>
        <source>%1/S of the serializing station (the master&apos;s step with its hand-off, or the lock&apos;s step with its mean hand-over): no number of workers lifts throughput above it.</source>
        <translation>%1/S de la estación que serializa (el paso del maestro con su traspaso, o el paso bajo el cerrojo con su traspaso medio): ningún número de trabajadores eleva el rendimiento por encima de ese valor.</translation>
    </message>
    <message>
        <source>%1/s1: what no batch size can exceed.</source>
        <translation>%1/s1: lo que ningún tamaño de lote puede superar.</translation>
    </message>
    <message>
        <source>%1: the receiver acknowledges every segment; %2: every second one (delayed ACKs, %3 ms timer).</source>
        <translation>%1: el receptor confirma cada segmento; %2: uno de cada dos (ACK retardados, temporizador de %3 ms).</translation>
    </message>
    <message>
        <source>%1·budget/Δ (at most %2).</source>
        <translation>%1·budget/Δ (como máximo %2).</translation>
    </message>
    <message>
        <source>%1·h / (T·(%2 − %3/(w·b))): where local and offload meet when nobody else uses the big core.</source>
        <translation>%1·h / (T·(%2 − %3/(w·b))): donde la ejecución local y la descarga se igualan cuando nadie más usa el núcleo grande.</translation>
    </message>
    <message>
        <source>%1×: journal_cpu_ms must drop to %2 ms. The device&apos;s %3 ms is not sped up: the other way to meet the bound is a faster device, at most %4 ms per commit with this master.</source>
        <translation>%1×: journal_cpu_ms debe bajar a %2 ms. Los %3 ms del dispositivo no se aceleran: la otra forma de cumplir la cota es un dispositivo más rápido, como máximo %4 ms por commit con este maestro.</translation>
    </message>
    <message>
        <source>(%1 + c_s²)/%2 of the serialized step: how much its variability multiplies the wait (%3 for exponential).</source>
        <translation>(%1 + c_s²)/%2 del paso serializado: cuánto multiplica su variabilidad la espera (%3 para la exponencial).</translation>
    </message>
    <message>
        <source>(%1 − f)·T = %2 µs stay on the little, the vector part takes f·T/(w·b) = %3 µs on the big core, and the two hand-offs add %4·h: %5 µs against %6 µs local. The break-even is now f* = %7.</source>
        <translation>(%1 − f)·T = %2 µs se quedan en el núcleo pequeño, la parte vectorial tarda f·T/(w·b) = %3 µs en el núcleo grande, y los dos traspasos añaden %4·h: %5 µs frente a %6 µs en local. El punto de equilibrio está ahora en f* = %7.</translation>
    </message>
    <message>
        <source>(%1 − f)·T.</source>
        <translation>(%1 − f)·T.</translation>
    </message>
    <message>
        <source>(%1 − ℓ)·ℓ^k.</source>
        <translation>(%1 − ℓ)·ℓ^k.</translation>
    </message>
    <message>
        <source>(b − %1)/(%2λ) for the batch to form, plus Kingman&apos;s wait for the E_b/D/%3 accelerator queue, plus s(b) (approx).</source>
        <translation>(b − %1)/(%2λ) hasta que se forma el lote, más la espera de Kingman en la cola E_b/D/%3 del acelerador, más s(b) (aprox.).</translation>
    </message>
    <message>
        <source>(ε/%1)·Δ = %2/%3 × %4 ms = %5 ms; the largest ε within %6 ms is %7. Exercise %8 shows why to stay below it: the first-order rule ignores the queueing, which grows with the load.</source>
        <translation>(ε/%1)·Δ = %2/%3 × %4 ms = %5 ms; el mayor ε dentro de %6 ms es %7. El ejercicio %8 muestra por qué conviene quedarse por debajo: la regla de primer orden ignora la cola, que crece con la carga.</translation>
    </message>
    <message>
        <source>A batch of b must take no longer than the b requests take to arrive: s0 + s1·b &lt; b/λ, so b &gt; λ·s0/(%1 − λ·s1) = %2, and the smallest such whole b is %3. Below it the queue grows without bound, whatever the policy.</source>
        <translation>Un lote de b no debe tardar más de lo que tardan en llegar las b peticiones: s0 + s1·b &lt; b/λ, así que b &gt; λ·s0/(%1 − λ·s1) = %2, y el menor b entero que lo cumple es %3. Por debajo la cola crece sin límite, sea cual sea la política.</translation>
    </message>
    <message>
        <source>A false alarm starts where a received beat is followed by k lost ones: (%1 − ℓ)·ℓ^k = %2 per interval, %3 per hour at one beat every %4 ms. One more miss divides it by %5/ℓ; the detection grows by H. The same losses also shorten the detection: %6 ms against %7 ms at the defaults.</source>
        <translation>Una falsa alarma empieza donde a un latido recibido le siguen k perdidos: (%1 − ℓ)·ℓ^k = %2 por intervalo, %3 por hora con un latido cada %4 ms. Un fallo más lo divide por %5/ℓ; la detección crece en H. Las mismas pérdidas también acortan la detección: %6 ms frente a %7 ms con los valores por defecto.</translation>
    </message>
    <message>
        <source>A full group of b writes costs d + b·s = %1 + %2 × %3 ms, so the master commits at most b/(d + b·s) = %4 writes/s. One write per commit would give %5/(d + s) = %6: group commit multiplies the ceiling because the fsync is paid once per group. No number of workers changes either figure.</source>
        <translation>Un grupo completo de b escrituras cuesta d + b·s = %1 + %2 × %3 ms, así que el maestro confirma como máximo b/(d + b·s) = %4 escrituras/s. Una escritura por commit daría %5/(d + s) = %6: el commit en grupo multiplica el techo porque el fsync se paga una vez por grupo. Ningún número de trabajadores cambia ninguna de las dos cifras.</translation>
    </message>
    <message>
        <source>A lossy link: hb_loss = %1. Predict the false alarms per hour (k beats lost in a row while the master lives); a simulation grades it.</source>
        <translation>Un enlace con pérdidas: hb_loss = %1. Prediga las falsas alarmas por hora (k latidos perdidos seguidos mientras el maestro vive); una simulación la califica.</translation>
    </message>
    <message>
        <source>A master or a lock? Take a serialized step of %1 ms and %2 workers of %3 ms, exponential. The master hands each request to a sleeping worker in %4 µs; the lock costs %5 µs when it changes core. Up to which arrival rate (requests/s) does the locked design give the shorter mean sojourn? (The design_compare chart shows both designs at one load.)</source>
        <translation>¿Un maestro o un cerrojo? Tome un paso serializado de %1 ms y %2 trabajadores de %3 ms, exponenciales. El maestro entrega cada petición a un trabajador dormido en %4 µs; el cerrojo cuesta %5 µs cuando cambia de núcleo. ¿Hasta qué tasa de llegadas (peticiones/s) da el diseño con cerrojo el menor tiempo medio de permanencia? (El gráfico design_compare muestra ambos diseños con una carga.)</translation>
    </message>
    <message>
        <source>At %1 pkt/s with %2 workers hardly a packet is lost. Add one worker, %3 in all. Predict the drop rate of the simulated system (a fraction: %4 is 1%).</source>
        <translation>Con %1 pkt/s y %2 trabajadores apenas se pierde un paquete. Añada un trabajador, %3 en total. Prediga la tasa de pérdidas del sistema simulado (una fracción: %4 es el 1%).</translation>
    </message>
    <message>
        <source>At b = %1 a request waits (b − %2)/(%3λ) on average for its batch to fill, queues behind a busy accelerator (it is %4 busy) and rides its batch: %5 ms (the quick estimate says %6). At b = %7 filling takes longer: %8 ms. The lowest latency is at b = %9, just above b_min = %10.</source>
        <translation>Con b = %1 una petición espera en media (b − %2)/(%3λ) a que se llene su lote, hace cola detrás de un acelerador ocupado (lo está el %4 del tiempo) y viaja en su lote: %5 ms (la estimación rápida dice %6). Con b = %7 llenarlo tarda más: %8 ms. La menor latencia está en b = %9, justo por encima de b_min = %10.</translation>
    </message>
    <message>
        <source>At light load the lock is free when a worker asks, and changes core only when the other worker held it last: the step takes %1 ms on average against %2 ms at the master, whose hand-off is paid on every request. Under load the lock passes from one waiting worker to the other every time, the full transfer, and a worker waiting for it takes no new request. The mean sojourn times cross at %3 requests/s: at %4/s the lock gives %5 ms against %6 ms, at %7/s %8 ms against %9 ms. A simulation at either load agrees; the model folds the constant transfer into an exponential phase of the same mean.</source>
        <translation>Con poca carga el cerrojo está libre cuando un trabajador lo pide, y solo cambia de núcleo cuando lo tuvo por última vez el otro trabajador: el paso tarda en media %1 ms frente a %2 ms en el maestro, cuyo traspaso se paga en cada petición. Con carga el cerrojo pasa cada vez de un trabajador que espera al otro, el traspaso completo, y un trabajador que lo espera no acepta ninguna petición nueva. Los tiempos medios de permanencia se cruzan en %3 peticiones/s: a %4/s el cerrojo da %5 ms frente a %6 ms, a %7/s %8 ms frente a %9 ms. Una simulación con cualquiera de las dos cargas coincide; el modelo incorpora el traspaso constante como una fase exponencial de la misma media.</translation>
    </message>
    <message>
        <source>At the defaults (%1 live objects in a heap of %2, a little core marks %3 and sweeps %4 objects/ms, the big core is %5× faster), how long is a pause with the collector on the big core, in ms?</source>
        <translation>Con los valores por defecto (%1 objetos vivos en un heap de %2, un núcleo pequeño marca %3 y barre %4 objetos/ms, el núcleo grande es %5× más rápido), ¿cuánto dura una pausa con el recolector en el núcleo grande, en ms?</translation>
    </message>
    <message>
        <source>At the defaults (T = %1 µs, w = %2, b = %3, h = %4 µs, one little), above which vector fraction does offloading the vector part pay?</source>
        <translation>Con los valores por defecto (T = %1 µs, w = %2, b = %3, h = %4 µs, un núcleo pequeño), ¿a partir de qué fracción vectorial compensa descargar la parte vectorial?</translation>
    </message>
    <message>
        <source>At the defaults (W = %1 s, %2 workers, τ = %3 ms, ρ = %4 ms, equal tasks), how many tasks give the shortest makespan?</source>
        <translation>Con los valores por defecto (W = %1 s, %2 trabajadores, τ = %3 ms, ρ = %4 ms, tareas iguales), ¿cuántas tareas dan el menor makespan?</translation>
    </message>
    <message>
        <source>At the defaults (a %1 Mbit/s link, %2 ms RTT, one ACK per %3-byte segment, %4 µs of master time per ACK) the master binds. Run it for real: besides each ACK&apos;s own time, the real master hands the segments an ACK releases to the workers&apos; rings, and the run reports that hand-off h per ACK (master_handoff_us_per_ack) next to the time an ACK really took (master_wall_us_per_ack). Predict the throughput in Mbit/s.</source>
        <translation>Con los valores por defecto (un enlace de %1 Mbit/s, %2 ms de RTT, un ACK por segmento de %3 bytes, %4 µs de tiempo del maestro por ACK) el maestro es el cuello de botella. Ejecútelo de verdad: además del tiempo propio de cada ACK, el maestro real entrega a los anillos de los trabajadores los segmentos que libera un ACK, y la ejecución informa de ese traspaso h por ACK (master_handoff_us_per_ack) junto al tiempo que realmente tardó un ACK (master_wall_us_per_ack). Prediga el rendimiento en Mbit/s.</translation>
    </message>
    <message>
        <source>At the lab&apos;s s0 and s1 the model says %1 ms; the real network&apos;s own s0 and s1 differ by machine, and the verdict compares the run with the model at the measured ones. Full batches of b are (b − %2)/(%3λ) of waiting to fill, the queue, and s0 + s1·b of real arithmetic.</source>
        <translation>Con los s0 y s1 del laboratorio el modelo dice %1 ms; los s0 y s1 propios de la red real dependen de la máquina, y el veredicto compara la ejecución con el modelo en los valores medidos. Los lotes completos de b son (b − %2)/(%3λ) de espera hasta llenarse, la cola, y s0 + s1·b de aritmética real.</translation>
    </message>
    <message>
        <source>Below this arrival rate the locked design has the shorter mean sojourn (a free lock changes core only now and then), above it the master (under load the lock changes core every time, and a worker waiting for it is a worker lost). %1: the master is faster at every load.</source>
        <translation>Por debajo de esta tasa de llegadas el diseño con cerrojo tiene el menor tiempo medio de permanencia (un cerrojo libre solo cambia de núcleo de vez en cuando); por encima, el maestro (con carga el cerrojo cambia de núcleo cada vez, y un trabajador que lo espera es un trabajador perdido). %1: el maestro es más rápido con cualquier carga.</translation>
    </message>
    <message>
        <source>Best strategy (%1 local, %2 offload, %3 migrate)</source>
        <translation>Mejor estrategia (%1 local, %2 descargar, %3 migrar)</translation>
    </message>
    <message>
        <source>CPU time an untrusted task may use; the master kills it past this. With quanta × %1 ms over the budget every untrusted task is killed.</source>
        <translation>Tiempo de CPU que puede usar una tarea no confiable; pasado este, el maestro la mata. Con quanta × %1 ms por encima del presupuesto se mata cada tarea no confiable.</translation>
    </message>
    <message>
        <source>Ceiling %1/D</source>
        <translation>Techo %1/D</translation>
    </message>
    <message>
        <source>Coefficient of variation of a task&apos;s map time (lognormal, same mean); %1 = all tasks equal. The real engine&apos;s tasks are equal byte ranges.</source>
        <translation>Coeficiente de variación del tiempo de map de una tarea (lognormal, misma media); %1 = todas las tareas iguales. Las tareas de la ejecución real son rangos de bytes iguales.</translation>
    </message>
    <message>
        <source>Collect on %1 little cores in parallel (overhead %2). Predict the pause in ms; a simulation grades it.</source>
        <translation>Recolecte en %1 núcleos pequeños en paralelo (sobrecoste %2). Prediga la pausa en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Commands whose end-to-end latency exceeded the bound. Always %1 in the simulation; in real mode each one is Linux breaking an assumption of the bound.</source>
        <translation>Órdenes cuya latencia de extremo a extremo superó la cota. Siempre %1 en la simulación; en modo real cada una es Linux rompiendo una hipótesis de la cota.</translation>
    </message>
    <message>
        <source>Cut the job into %1 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Divida el trabajo en %1 tareas. Prediga el makespan en segundos; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Detection takes %1 ms on average and the steps %2 ms: %3 ms. The real detector looks for each beat a little after it is due (its grace, for the master&apos;s wake-up), and every step ends when the slowest worker has done it: the verdict shows the model with that grace.</source>
        <translation>La detección tarda en media %1 ms y los pasos %2 ms: %3 ms. El detector real busca cada latido un poco después de su vencimiento (su margen, por el despertar del maestro), y cada paso termina cuando el trabajador más lento lo ha hecho: el veredicto muestra el modelo con ese margen.</translation>
    </message>
    <message>
        <source>Distinct %1-tuples (client address and port) the packets belong to.</source>
        <translation>%1-tuplas distintas (dirección y puerto del cliente) a las que pertenecen los paquetes.</translation>
    </message>
    <message>
        <source>Each ACK now covers two segments, so the master bound doubles to %1 Mbit/s and no longer binds: the link&apos;s %2 Mbit/s does. Halving the work per byte on the serial core moved the bottleneck. The simulation delivers a few percent less than the link: a random loss soon after a halving leaves the window below the pipe and the link idles, and the workers&apos; bound (%3 Mbit/s) is only 17% above the link, so the workers queue Reno&apos;s bursts. A bound is a ceiling, not a forecast: bounds that nearly tie lose to queueing.</source>
        <translation>Cada ACK cubre ahora dos segmentos, así que la cota del maestro se duplica hasta %1 Mbit/s y deja de limitar: limitan los %2 Mbit/s del enlace. Reducir a la mitad el trabajo por byte en el núcleo serie movió el cuello de botella. La simulación entrega un pequeño porcentaje menos que el enlace: una pérdida aleatoria poco después de una reducción a la mitad deja la ventana por debajo de la capacidad del camino y el enlace queda ocioso, y la cota de los trabajadores (%3 Mbit/s) solo está un 17% por encima del enlace, así que los trabajadores encolan las ráfagas de Reno. Una cota es un techo, no una previsión: las cotas casi empatadas pierden frente a las colas.</translation>
    </message>
    <message>
        <source>Each little hands the big core D = %1 µs of work per cycle and spends Z = (%2 − f)·T + %3·h = %4 µs elsewhere, so the big core saturates beyond N* = (Z + D)/D = %5 littles. The MVA gives %6 (big core %7 busy); with constant times the simulation queues less and settles near the bound %8 µs per task. Either way the shared big core eats part of the gain one little had: %9.</source>
        <translation>Cada núcleo pequeño entrega al núcleo grande D = %1 µs de trabajo por ciclo y pasa Z = (%2 − f)·T + %3·h = %4 µs en otra cosa, así que el núcleo grande se satura más allá de N* = (Z + D)/D = %5 núcleos pequeños. El MVA da %6 (núcleo grande ocupado el %7); con tiempos constantes la simulación hace menos cola y se estabiliza cerca de la cota de %8 µs por tarea. En cualquier caso el núcleo grande compartido se come parte de la ganancia que tenía un solo núcleo pequeño: %9.</translation>
    </message>
    <message>
        <source>Each task is now only %1 s of work, but the master needs %2 ms to send each one: it sends the last one after r·τ, and then merges for r·ρ. The master&apos;s serial part, %3 s, dominates: makespan %4 s, master utilization %5.</source>
        <translation>Cada tarea es ahora solo %1 s de trabajo, pero el maestro necesita %2 ms para enviar cada una: envía la última tras r·τ, y luego fusiona durante r·ρ. La parte serie del maestro, %3 s, domina: makespan de %4 s, utilización del maestro %5.</translation>
    </message>
    <message>
        <source>Each untrusted quantum lands on a privileged core with probability k/n = %1, so one untrusted task escalates with probability %2 − (%3 − v·k/n)^quanta·(%4 − q) = %5. A task is untrusted with probability u, so P = %6 − (%7 − u·%8)^N = %9.</source>
        <translation>Cada quantum no confiable cae en un núcleo privilegiado con probabilidad k/n = %1, así que una tarea no confiable escala con probabilidad %2 − (%3 − v·k/n)^quanta·(%4 − q) = %5. Una tarea es no confiable con probabilidad u, así que P = %6 − (%7 − u·%8)^N = %9.</translation>
    </message>
    <message>
        <source>Each worker outlives the T = %1 ms protocol with probability e^(−μ·T) = %2, independently, so P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m) = %3. With exponential steps of the same means the CTMC gives %4: a worker&apos;s survival e^(−μ·T) gains more from a short protocol than it loses to a long one, and the incidents that end safe are mostly the short ones (%5 ms to safe instead of %6 ms).</source>
        <translation>Cada trabajador sobrevive al protocolo de T = %1 ms con probabilidad e^(−μ·T) = %2, de forma independiente, así que P(seguro) = P(Binomial(n, e^(−μ·T)) ≥ m) = %3. Con pasos exponenciales de las mismas medias la CTMC da %4: la supervivencia e^(−μ·T) de un trabajador gana más con un protocolo corto de lo que pierde con uno largo, y los incidentes que terminan seguros son sobre todo los cortos (%5 ms hasta seguro en lugar de %6 ms).</translation>
    </message>
    <message>
        <source>Exploration overhead against ε, with the first-order (ε/%1)·Δ</source>
        <translation>Sobrecoste de exploración frente a ε, con la aproximación de primer orden (ε/%1)·Δ</translation>
    </message>
    <message>
        <source>Fraction of tasks that are large (%1 = all small, %2 = all large).</source>
        <translation>Fracción de tareas grandes (%1 = todas pequeñas, %2 = todas grandes).</translation>
    </message>
    <message>
        <source>Fraction of time the master is steering: λ·steer_us, against its ceiling %1.</source>
        <translation>Fracción del tiempo en que el maestro dirige paquetes: λ·steer_us, frente a su techo %1.</translation>
    </message>
    <message>
        <source>Give the handler %1 µs of blocking instead of %2 µs (a lower row holds a shared resource longer). Predict the mean end-to-end latency in µs; a simulation grades it.</source>
        <translation>Dé al manejador %1 µs de bloqueo en lugar de %2 µs (una fila inferior retiene más tiempo un recurso compartido). Prediga la latencia media de extremo a extremo en µs; una simulación la califica.</translation>
    </message>
    <message>
        <source>Give the master %1 µs per ACK and the path a random loss of 0.01% (loss_rate = %2). The master binds now. Predict how long an ACK spends at the master (ack_delay_us), in µs.</source>
        <translation>Dé al maestro %1 µs por ACK y al camino una pérdida aleatoria del 0.01% (loss_rate = %2). Ahora el maestro es el cuello de botella. Prediga cuánto tiempo pasa un ACK en el maestro (ack_delay_us), en µs.</translation>
    </message>
    <message>
        <source>Give the system %1 workers (together they could process %2 pkt/s) and offer %3 pkt/s. Run it for real: besides its %4 µs per packet, the real master hands every packet to a worker&apos;s ring, and the run reports that hand-off h (master_handoff_ns) and the steering time it really took (master_service_measured_ns). Predict the delivered throughput in pkt/s.</source>
        <translation>Dé al sistema %1 trabajadores (juntos podrían procesar %2 pkt/s) y ofrezca %3 pkt/s. Ejecútelo de verdad: además de sus %4 µs por paquete, el maestro real entrega cada paquete al anillo de un trabajador, y la ejecución informa de ese traspaso h (master_handoff_ns) y del tiempo de reparto que realmente necesitó (master_service_measured_ns). Prediga el rendimiento entregado en pkt/s.</translation>
    </message>
    <message>
        <source>Greedy batches are as large as the queue that built up during the last batch: %1 requests on average, at a latency of %2 ms, below full&apos;s best of %3 ms: nobody waits for a batch to fill, and the batches still grow with the load.</source>
        <translation>Los lotes greedy son tan grandes como la cola que se formó durante el lote anterior: %1 peticiones en media, con una latencia de %2 ms, por debajo del mejor valor de full, %3 ms: nadie espera a que se llene un lote, y aun así los lotes crecen con la carga.</translation>
    </message>
    <message>
        <source>Half of the explored tasks land on the cluster the agent would have picked anyway, so the first-order estimate is (ε/%1)·Δ = %2 ms. The simulation measures more: a task sent to the slow cluster by the coin also delays the tasks queued behind it there, and a large one blocks a slow core for %3 ms on average. That queueing is what the first-order rule leaves out, and it grows with the load.</source>
        <translation>La mitad de las tareas exploradas cae en el clúster que el agente habría elegido de todos modos, así que la estimación de primer orden es (ε/%1)·Δ = %2 ms. La simulación mide más: una tarea enviada al clúster lento a cara o cruz también retrasa las tareas encoladas detrás de ella allí, y una grande bloquea un núcleo lento durante %3 ms en media. Esa cola es lo que la regla de primer orden deja fuera, y crece con la carga.</translation>
    </message>
    <message>
        <source>Keep the defaults and raise the arrival rate to %1/s. Predict the mean time a request waits in the master&apos;s queue, in ms (not counting its service).</source>
        <translation>Mantenga los valores por defecto y suba la tasa de llegadas a %1/s. Prediga el tiempo medio que una petición espera en la cola del maestro, en ms (sin contar su servicio).</translation>
    </message>
    <message>
        <source>Keep the defaults. By what factor must the master&apos;s CPU get faster (journal_cpu_ms divided by it) so the mean window meets the %1 ms bound?</source>
        <translation>Mantenga los valores por defecto. ¿En qué factor debe acelerarse la CPU del maestro (journal_cpu_ms dividido por él) para que la ventana media cumpla la cota de %1 ms?</translation>
    </message>
    <message>
        <source>Local task time over the chosen strategy&apos;s task time (above %1: the strategy pays).</source>
        <translation>Tiempo de la tarea en local dividido por el tiempo con la estrategia elegida (por encima de %1: la estrategia compensa).</translation>
    </message>
    <message>
        <source>MSS/RTT·√(%1/(2p)).</source>
        <translation>MSS/RTT·√(%1/(2p)).</translation>
    </message>
    <message>
        <source>MVA with constant signing times: exact only for exponential service. Constant times queue less, so the MVA overstates the response time and understates the throughput, most near the knee N* = %1; far below and far past it the two agree</source>
        <translation>MVA con tiempos de firma constantes: exacto solo para servicio exponencial. Los tiempos constantes hacen menos cola, así que el MVA sobrestima el tiempo de respuesta e infravalora el rendimiento, sobre todo cerca del codo N* = %1; muy por debajo y muy por encima ambos coinciden</translation>
    </message>
    <message>
        <source>Make the master&apos;s service lognormal (coefficient of variation %1, same %2 ms mean) at the defaults. Predict the master&apos;s mean queue wait in ms; a simulation grades it.</source>
        <translation>Haga lognormal el servicio del maestro (coeficiente de variación %1, la misma media de %2 ms) con los valores por defecto. Prediga la espera media en la cola del maestro en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Make the tasks variable (task_cv = %1, same mean) and cut the job into %2 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Haga variables las tareas (task_cv = %1, misma media) y divida el trabajo en %2 tareas. Prediga el makespan en segundos; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Marking visits the live objects, sweeping the whole heap: on a little core %1 ms. The big core does the same work %2× faster: %3 ms (mark %4 ms, sweep %5 ms).</source>
        <translation>El marcado visita los objetos vivos, el barrido todo el heap: en un núcleo pequeño %1 ms. El núcleo grande hace el mismo trabajo %2× más rápido: %3 ms (marcado %4 ms, barrido %5 ms).</translation>
    </message>
    <message>
        <source>Mean latency per task above the same learner that never explores (ε = %1, or c = %2 for UCB), on the same tasks: what exploring costs, including the tasks queued behind an explored one. Simulation only.</source>
        <translation>Latencia media por tarea por encima del mismo aprendiz que nunca explora (ε = %1, o c = %2 con UCB), sobre las mismas tareas: lo que cuesta explorar, incluidas las tareas encoladas detrás de una explorada. Solo simulación.</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one write&apos;s data (real mode: computing and pwrite-ing a %1 KiB block).</source>
        <translation>Tiempo medio que un trabajador dedica a los datos de una escritura (modo real: calcular y escribir con pwrite un bloque de %1 KiB).</translation>
    </message>
    <message>
        <source>Minimum mutator utilization, %1 ms window</source>
        <translation>Utilización mínima del mutador, ventana de %1 ms</translation>
    </message>
    <message>
        <source>No heartbeat is lost (hb_loss = %1) and the workers wait for k = %2 misses; the master beats every H = %3 ms. Predict the mean detection delay in ms.</source>
        <translation>No se pierde ningún latido (hb_loss = %1) y los trabajadores esperan k = %2 fallos; el maestro late cada H = %3 ms. Prediga el retardo medio de detección en ms.</translation>
    </message>
    <message>
        <source>No random loss, a %1 Mbit/s link and a slow master: %2 µs per ACK. Run it for real (a master thread runs Reno on real ACKs, worker threads checksum real payloads, a link-emulator thread serializes the segments) and predict Reno&apos;s mean congestion window, in segments.</source>
        <translation>Sin pérdida aleatoria, un enlace de %1 Mbit/s y un maestro lento: %2 µs por ACK. Ejecútelo de verdad (un hilo maestro ejecuta Reno sobre ACK reales, hilos trabajadores calculan sumas de comprobación de cargas reales, un hilo emulador del enlace serializa los segmentos) y prediga la ventana de congestión media de Reno, en segmentos.</translation>
    </message>
    <message>
        <source>No untrusted quantum reaches a privileged core, so only the residual q is left: P = %1 − (%2 − u·q)^N = %3, %4 times less than symmetric (%5). The floor stays: amp cannot remove q.</source>
        <translation>Ningún quantum no confiable llega a un núcleo privilegiado, así que solo queda el residual q: P = %1 − (%2 − u·q)^N = %3, %4 veces menos que en simétrico (%5). El suelo se mantiene: amp no puede eliminar q.</translation>
    </message>
    <message>
        <source>None: the affinity mask keeps them off, and sched_getcpu() after every quantum confirms it. The model says %1; in symmetric it would be quanta·k/n = %2 if the kernel spread them evenly over the cores it may use.</source>
        <translation>Ninguno: la máscara de afinidad las mantiene fuera, y sched_getcpu() tras cada quantum lo confirma. El modelo dice %1; en symmetric serían quanta·k/n = %2 si el kernel las repartiera por igual entre los núcleos que pueden usar.</translation>
    </message>
    <message>
        <source>Nothing is ever lost: the master (%1 Mbit/s) is slower than the link (%2), so the link&apos;s buffer never fills, and Reno grows the window until the receiver&apos;s window stops it: %3·(BDP + buffer) = %4 segments. The path holds only X·RTT ≈ %5 of them; the rest wait as ACKs at the master, about %6 ms each (Little&apos;s law). The window is a count, not a speed, so a slow or busy machine shows the same number: only the time it takes changes.</source>
        <translation>Nunca se pierde nada: el maestro (%1 Mbit/s) es más lento que el enlace (%2), así que el búfer del enlace nunca se llena, y Reno hace crecer la ventana hasta que la ventana del receptor lo detiene: %3·(BDP + buffer) = %4 segmentos. El camino solo contiene X·RTT ≈ %5 de ellos; el resto espera como ACK en el maestro, cada uno unos %6 ms (ley de Little). La ventana es un número, no una velocidad, así que una máquina lenta u ocupada muestra la misma cifra: solo cambia el tiempo que tarda.</translation>
    </message>
    <message>
        <source>Now %1 littles offload to the one big core. Predict the speedup of offloading over local; a simulation grades it.</source>
        <translation>Ahora %1 núcleos pequeños descargan en el único núcleo grande. Prediga la aceleración de descargar frente a local; una simulación la califica.</translation>
    </message>
    <message>
        <source>Now let the receiver acknowledge every second segment (ack_every = %1). Predict the throughput of the simulated flow in Mbit/s.</source>
        <translation>Ahora haga que el receptor confirme uno de cada dos segmentos (ack_every = %1). Prediga el rendimiento del flujo simulado en Mbit/s.</translation>
    </message>
    <message>
        <source>Offer %1 transactions/s to %2 workers with one write per commit (group_max = %3). Predict the commits per second; a simulation grades it.</source>
        <translation>Ofrezca %1 transacciones/s a %2 trabajadores con una escritura por commit (group_max = %3). Prediga los commits por segundo; una simulación los califica.</translation>
    </message>
    <message>
        <source>Offloading saves f·T·(%1 − %2/(w·b)) of the vector part and costs two hand-offs, %3·h. They are equal at f* = %4·h / (T·(%5 − %6/(w·b))) = %7: a small fraction, because one hand-off is short against the task. Below it the hand-offs cost more than the SIMD units save.</source>
        <translation>Descargar ahorra f·T·(%1 − %2/(w·b)) de la parte vectorial y cuesta dos traspasos, %3·h. Se igualan en f* = %4·h / (T·(%5 − %6/(w·b))) = %7: una fracción pequeña, porque un traspaso es corto frente a la tarea. Por debajo, los traspasos cuestan más de lo que ahorran las unidades SIMD.</translation>
    </message>
    <message>
        <source>On paper the master steers one packet per %1 µs: at most %2 pkt/s, whatever the workers could do; the rest overflow its receive ring. With %3 workers the hash happens to spread the flows well enough (the busiest worker saturates only at %4 pkt/s), so the master binds and about %5 pkt/s come out of the model. The real master also pays h per packet, so its ceiling is %6/(D + h): every %7 µs of hand-off costs about %8 pkt/s here (the run&apos;s master_ceiling_per_s computes it from what it measured). With an even spread the master would bind from process/steer = %9 workers on; under rss_hash the busiest worker usually binds first (exercise %10). On a machine with fewer cores than the master and the workers need, threads share cores and the run says so: then it measures the host, not the master.</source>
        <translation>Sobre el papel el maestro dirige un paquete cada %1 µs: como máximo %2 pkt/s, hagan lo que hagan los trabajadores; el resto desborda su anillo de recepción. Con %3 trabajadores el hash reparte los flujos casualmente bastante bien (el trabajador más ocupado solo se satura a %4 pkt/s), así que el cuello de botella es el maestro, y del modelo salen unos %5 pkt/s. El maestro real paga además h por paquete, así que su techo es %6/(D + h): cada %7 µs de traspaso cuesta aquí unos %8 pkt/s (master_ceiling_per_s de la ejecución lo calcula a partir de lo medido). Con un reparto uniforme el maestro sería el cuello de botella a partir de process/steer = %9 trabajadores; con rss_hash suele serlo antes el trabajador más ocupado (ejercicio %10). En una máquina con menos núcleos de los que necesitan el maestro y los trabajadores, los hilos comparten núcleos y la ejecución lo indica: entonces mide el anfitrión, no el maestro.</translation>
    </message>
    <message>
        <source>One commit at a time, S = c + d per record: at most %1 records/s. Saturated, with two workers, the lock changes hands on every commit and stands idle for h each time, so the ceiling is %2/(c + d + h): at the model&apos;s guess of h = %3 µs that is %4 writes/s. The lab pads each sync up to log_device_ms, so on a fast device d is exactly %5 ms; a slower one (a disk, a busy virtual machine) shows its own time in sync_mean_ms, and then the device, not the model, sets the ceiling: run it once on tmpfs and once on a disk (data_dir). The model charges h only when the lock changes core, (c−%6)/c of the time: %7 writes/s here.</source>
        <translation>Un commit cada vez, S = c + d por registro: como máximo %1 registros/s. En saturación, con dos trabajadores, el cerrojo cambia de manos en cada commit y queda parado h cada vez, así que el techo es %2/(c + d + h): con la suposición del modelo h = %3 µs eso da %4 escrituras/s. El laboratorio rellena cada sincronización hasta log_device_ms, así que en un dispositivo rápido d es exactamente %5 ms; uno más lento (un disco, una máquina virtual ocupada) muestra su propio tiempo en sync_mean_ms, y entonces es el dispositivo, no el modelo, el que fija el techo: ejecútelo una vez en tmpfs y otra en un disco (data_dir). El modelo cobra h solo cuando el cerrojo cambia de núcleo, (c−%6)/c del tiempo: aquí %7 escrituras/s.</translation>
    </message>
    <message>
        <source>One core can process %1/S_ack = %2 ACKs per second, and each ACK releases one %3-byte segment: %4 Mbit/s on paper, below the link&apos;s %5 Mbit/s and the workers&apos; %6, so the master binds. The real master also pays the hand-off, so its ceiling is a·MSS/(S_ack + h): each µs of h per ACK costs about %7 Mbit/s here (the run&apos;s master_ceiling_mbps computes it from what it measured). The flow comes in a little below that ceiling, since Reno&apos;s losses idle the master now and then. On a machine with fewer cores than the master, the link emulator and the workers need, they share cores and the number is the scheduler&apos;s; the run says so.</source>
        <translation>Un núcleo puede procesar %1/S_ack = %2 ACK por segundo, y cada ACK libera un segmento de %3 bytes: %4 Mbit/s sobre el papel, por debajo de los %5 Mbit/s del enlace y los %6 de los trabajadores, así que el cuello de botella es el maestro. El maestro real paga además el traspaso, así que su techo es a·MSS/(S_ack + h): cada µs de h por ACK cuesta aquí unos %7 Mbit/s (master_ceiling_mbps de la ejecución lo calcula a partir de lo medido). El flujo llega algo por debajo de ese techo, porque las pérdidas de Reno dejan ocioso al maestro de vez en cuando. En una máquina con menos núcleos de los que necesitan el maestro, el emulador del enlace y los trabajadores, estos comparten núcleos y la cifra es la del planificador; la ejecución lo indica.</translation>
    </message>
    <message>
        <source>One fsync of %1 ms per commit, %2 ms per write, up to %3 writes per commit: how many commits per second can the master make durable at most?</source>
        <translation>Un fsync de %1 ms por commit, %2 ms por escritura, hasta %3 escrituras por commit: ¿cuántos commits por segundo puede hacer duraderos el maestro como máximo?</translation>
    </message>
    <message>
        <source>P = %1: the risk of a batch compounds with every task. If each task stayed on the one core it was given, as real schedulers prefer, a task would either run all its quanta on a privileged core or none, and P would be %2 instead: fewer tasks exposed, each exposed for longer.</source>
        <translation>P = %1: el riesgo de un lote se acumula con cada tarea. Si cada tarea se quedara en el núcleo que se le asignó, como prefieren los planificadores reales, una tarea ejecutaría todos sus quanta en un núcleo privilegiado o ninguno, y P sería %2: menos tareas expuestas, cada una expuesta más tiempo.</translation>
    </message>
    <message>
        <source>Packets steered to the busiest worker ÷ the mean over all workers (%1 = even). Counts dropped packets too: it measures the policy&apos;s choice.</source>
        <translation>Paquetes dirigidos al trabajador más ocupado ÷ la media de todos los trabajadores (%1 = uniforme). Cuenta también los descartados: mide la elección de la política.</translation>
    </message>
    <message>
        <source>Past the knee N* = (D + Z)/D = %1 the gatekeeper never idles, so the throughput is its ceiling %2/D = %3 per second; the MVA gives %4. Every client beyond N* only lengthens the queue: the response time is now %5 ms against D = %6 ms alone.</source>
        <translation>Pasado el codo N* = (D + Z)/D = %1 el guardián nunca está ocioso, así que el rendimiento es su techo %2/D = %3 por segundo; el MVA da %4. Cada cliente más allá de N* solo alarga la cola: el tiempo de respuesta es ahora %5 ms frente a D = %6 ms solo.</translation>
    </message>
    <message>
        <source>Policy full, batch_max = %1: predict the mean latency in ms; a simulation grades it. Then compare with batch_max = %2.</source>
        <translation>Política full, batch_max = %1: prediga la latencia media en ms; una simulación la califica. Después compare con batch_max = %2.</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine: the wait scales with (%1 + c_s²)/%2, which is %3 for c_s = %4 against %5 for exponential and %6 for constant service. So %7 ms becomes %8 ms at the same load: variability alone, nothing else changed.</source>
        <translation>Pollaczek–Khinchine: la espera escala con (%1 + c_s²)/%2, que es %3 para c_s = %4 frente a %5 para servicio exponencial y %6 para servicio constante. Así %7 ms pasan a ser %8 ms con la misma carga: solo por la variabilidad, sin cambiar nada más.</translation>
    </message>
    <message>
        <source>Popularity of the k-th flow ∝ %1/k^s: %2 = all flows equally busy, %3 = a few elephants and many mice.</source>
        <translation>Popularidad del k-ésimo flujo ∝ %1/k^s: %2 = todos los flujos igual de activos, %3 = unos pocos elefantes y muchos ratones.</translation>
    </message>
    <message>
        <source>Push the arrival rate towards %1/S_m: the master&apos;s wait explodes while the workers, at two thirds of it, keep spare capacity. Adding workers past c* = S_w/S_m buys nothing; switch the design to locked to see the same ceiling with a lock instead of a master.</source>
        <translation>Lleve la tasa de llegadas hacia %1/S_m: la espera del maestro se dispara mientras los trabajadores, a dos tercios de ella, conservan capacidad de sobra. Añadir trabajadores más allá de c* = S_w/S_m no aporta nada; cambie el diseño a locked para ver el mismo techo con un cerrojo en lugar de un maestro.</translation>
    </message>
    <message>
        <source>Put the collector on one little core. Predict the minimum mutator utilization over a %1 ms window; a simulation grades it.</source>
        <translation>Ponga el recolector en un núcleo pequeño. Prediga la utilización mínima del mutador en una ventana de %1 ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on a privileged core, on average: quanta·k/n in symmetric, %1 in amp. Real mode reads the CPU with sched_getcpu() after every quantum.</source>
        <translation>Quanta que una tarea no confiable ejecutó en un núcleo privilegiado, en media: quanta·k/n en symmetric, %1 en amp. El modo real lee la CPU con sched_getcpu() tras cada quantum.</translation>
    </message>
    <message>
        <source>RTT/%1</source>
        <translation>RTT/%1</translation>
    </message>
    <message>
        <source>RTT/%1, random loss</source>
        <translation>RTT/%1, pérdida aleatoria</translation>
    </message>
    <message>
        <source>Raise ack_cost_us until the master bound drops below the link: throughput stops following the link and sits at ack_every·MSS/ack_cost, master_util is pinned at %1, and ack_delay_us (the ACK queue at the master) grows the RTT. Then set ack_every = %2: the same core carries twice the flow. Adding workers helps only while the worker bound is the smallest.</source>
        <translation>Suba ack_cost_us hasta que la cota del maestro caiga por debajo de la del enlace: el rendimiento deja de seguir al enlace y se queda en ack_every·MSS/ack_cost, master_util se queda fijo en %1, y ack_delay_us (la cola de ACK en el maestro) alarga el RTT. Luego ponga ack_every = %2: el mismo núcleo lleva el doble de flujo. Añadir trabajadores solo ayuda mientras la cota de los trabajadores es la menor.</translation>
    </message>
    <message>
        <source>Raise the write rate to %1/s, beyond the %2/s that one-record commits can sustain, and allow commits of up to %3 records. Predict the master&apos;s capacity in records per second, b/(b·c + d).</source>
        <translation>Suba la tasa de escrituras a %1/s, por encima de los %2/s que aguantan los commits de un registro, y permita commits de hasta %3 registros. Prediga la capacidad del maestro en registros por segundo, b/(b·c + d).</translation>
    </message>
    <message>
        <source>Real mode: %1 when a scan of the address space the client threads run in found the key&apos;s secret bytes (thread isolation: it does), %2 when it did not.</source>
        <translation>Modo real: %1 cuando un barrido del espacio de direcciones en el que se ejecutan los hilos cliente encontró los bytes secretos de la clave (con aislamiento por hilos, los encuentra), %2 cuando no.</translation>
    </message>
    <message>
        <source>Real mode: %1 when every signature was checked and valid (Ed25519: by the clients with the public key; HMAC: by the gatekeeper, the only holder of the key), else %2.</source>
        <translation>Modo real: %1 cuando cada firma se comprobó y era válida (Ed25519: por los clientes con la clave pública; HMAC: por el guardián, el único que posee la clave); si no, %2.</translation>
    </message>
    <message>
        <source>Real mode: %1 when every step ended exactly once, in order, and every worker ran each step it lived through exactly once.</source>
        <translation>Modo real: %1 cuando cada paso terminó exactamente una vez, en orden, y cada trabajador ejecutó exactamente una vez cada paso que vivió.</translation>
    </message>
    <message>
        <source>Requests arrive at %1/s; a batch costs %2 ms + %3 ms per request. What is the smallest batch size the accelerator can keep up with?</source>
        <translation>Las peticiones llegan a %1/s; un lote cuesta %2 ms + %3 ms por petición. ¿Cuál es el menor tamaño de lote con el que el acelerador da abasto?</translation>
    </message>
    <message>
        <source>Run the defaults without worker failures (worker_fail_rate = %1) on the real engine: the master is a process that is really killed. Predict the time from its death to the safe state in ms.</source>
        <translation>Ejecute los valores por defecto sin fallos de trabajadores (worker_fail_rate = %1) en el motor real: el maestro es un proceso al que se mata de verdad. Prediga el tiempo desde su muerte hasta el estado seguro en ms.</translation>
    </message>
    <message>
        <source>Run the learning master for real: a master thread, one pinned thread per core of each cluster, the slow ones doing %1 times the work (emulated, unless the machine has real little cores). Predict the fraction of tasks the agent sends to the fast cluster.</source>
        <translation>Ejecute de verdad el maestro que aprende: un hilo maestro, un hilo fijado por núcleo de cada clúster, los lentos hacen %1 veces el trabajo (emulado, salvo que la máquina tenga núcleos pequeños reales). Prediga la fracción de tareas que el agente envía al clúster rápido.</translation>
    </message>
    <message>
        <source>Same setting (%1/s, up to %2 records per commit): predict the mean consistency window in ms; a simulation grades it.</source>
        <translation>Misma configuración (%1/s, hasta %2 registros por commit): prediga la ventana de consistencia media en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Scheduling quanta each task runs; a quantum is %1 ms of the task&apos;s CPU time in real mode.</source>
        <translation>Quanta de planificación que ejecuta cada tarea; en modo real un quantum es %1 ms de tiempo de CPU de la tarea.</translation>
    </message>
    <message>
        <source>Set %1 clients, about the knee. Predict the mean response time in ms (exponential signing times); a simulation grades it.</source>
        <translation>Ponga %1 clientes, más o menos en el codo. Prediga el tiempo medio de respuesta en ms (tiempos de firma exponenciales); una simulación lo califica.</translation>
    </message>
    <message>
        <source>Set f = %1 and h = %2 µs. Predict the mean task time with offload, in µs; a simulation grades it.</source>
        <translation>Ponga f = %1 y h = %2 µs. Prediga el tiempo medio de tarea con descarga, en µs; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Set group_max = %1 (one fsync per write) and keep the rest. Predict the mean commit latency in ms; a simulation grades it.</source>
        <translation>Ponga group_max = %1 (un fsync por escritura) y mantenga el resto. Prediga la latencia media de commit en ms; una simulación la califica.</translation>
    </message>
    <message>
        <source>Share f of the task&apos;s little-core time that is vector work (a dot product the big core&apos;s SIMD units speed up); the rest, %1 − f, is scalar work.</source>
        <translation>Fracción f del tiempo de la tarea en el núcleo pequeño que es trabajo vectorial (un producto escalar que aceleran las unidades SIMD del núcleo grande); el resto, %1 − f, es trabajo escalar.</translation>
    </message>
    <message>
        <source>Share of each parallel collector thread&apos;s time lost to coordination (barriers, shared work lists): the parallel speed is threads·(%1 − overhead).</source>
        <translation>Fracción del tiempo de cada hilo del recolector paralelo que se pierde en coordinación (barreras, listas de trabajo compartidas): la velocidad paralela es threads·(%1 − overhead).</translation>
    </message>
    <message>
        <source>Signing is nearly constant-time. Keep %1 clients and set constant signing times (det). Predict the mean response time in ms; a simulation grades it.</source>
        <translation>Firmar tarda un tiempo casi constante. Mantenga %1 clientes y ponga tiempos de firma constantes (det). Prediga el tiempo medio de respuesta en ms; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Start without the slow cluster: the master sends every task to the single fast core (always_fast). 20% of the tasks are large (%1 ms), the rest small (%2 ms), at %3 tasks/s. Predict the mean latency in ms.</source>
        <translation>Empiece sin el clúster lento: el maestro envía cada tarea al único núcleo rápido (always_fast). El 20% de las tareas son grandes (%1 ms), el resto pequeñas (%2 ms), a %3 tareas/s. Prediga la latencia media en ms.</translation>
    </message>
    <message>
        <source>Sweep batch_max under the full policy: below b_min the accelerator cannot keep up, just above it the queue dominates, and far above it requests wait for their batch to fill: a U whose minimum sits just above b_min. The capacity b/s(b) keeps rising towards %1/s1 all the while, so the batch size with the most throughput is never the one with the least latency. In real mode the accelerator is a CPU core running a real dense network in batches; the lab measures its s0 and s1 first and shows the fit.</source>
        <translation>Haga un barrido de batch_max con la política full: por debajo de b_min el acelerador no da abasto, justo por encima domina la cola, y muy por encima las peticiones esperan a que se llene su lote: una U cuyo mínimo queda justo por encima de b_min. La capacidad b/s(b) sigue subiendo hacia %1/s1 todo el tiempo, así que el tamaño de lote con más rendimiento nunca es el de menor latencia. En modo real el acelerador es un núcleo de CPU que ejecuta una red densa real por lotes; el laboratorio mide primero sus s0 y s1 y muestra el ajuste.</translation>
    </message>
    <message>
        <source>Sweep the clients: throughput climbs along N/(D + Z) while the gatekeeper idles, bends at the knee N* = (D + Z)/D and flattens at %1/D, where each new client only adds its signature time to everyone&apos;s response. With exponential signing times the simulation sits on the MVA curve; with constant ones it queues less near the knee. In real mode compare the two isolations: in thread isolation a worker thread finds the signing key in its own address space (the run says where), in process isolation the same scan comes back empty while it finds the key in the gatekeeper&apos;s process, and the measured D shows what the process boundary costs per signature.</source>
        <translation>Haga un barrido de los clientes: el rendimiento sube a lo largo de N/(D + Z) mientras el guardián está ocioso, se dobla en el codo N* = (D + Z)/D y se aplana en %1/D, donde cada cliente nuevo solo añade su tiempo de firma a la respuesta de todos. Con tiempos de firma exponenciales la simulación cae sobre la curva del MVA; con tiempos constantes hace menos cola cerca del codo. En modo real compare los dos aislamientos: con aislamiento por hilos un hilo trabajador encuentra la clave de firma en su propio espacio de direcciones (la ejecución dice dónde); con aislamiento por procesos el mismo barrido vuelve vacío, mientras que encuentra la clave en el proceso del guardián, y la D medida muestra lo que cuesta por firma la frontera entre procesos.</translation>
    </message>
    <message>
        <source>Switch to the greedy policy with batch_max = %1: the accelerator takes what waits. Predict the mean batch size; a simulation grades it.</source>
        <translation>Cambie a la política greedy con batch_max = %1: el acelerador toma lo que espera. Prediga el tamaño medio de lote; una simulación lo califica.</translation>
    </message>
    <message>
        <source>Switch to the locked design with %1 workers and %2 ms of data work per write, and offer %3 writes/s. Each commit holds the journal lock for %4 ms of appending plus a sync padded to %5 ms. Run it once on the real engine and read what a sync really took (sync_mean_ms) and the lock&apos;s hand-over h (lock_handoff_ns). Predict the throughput in writes/s; a second real run grades it.</source>
        <translation>Cambie al diseño con cerrojo con %1 trabajadores y %2 ms de trabajo de datos por escritura, y ofrezca %3 escrituras/s. Cada commit retiene el cerrojo del journal durante %4 ms de escritura más una sincronización rellenada hasta %5 ms. Ejecútelo una vez en el motor real y lea cuánto tardó realmente una sincronización (sync_mean_ms) y el traspaso h del cerrojo (lock_handoff_ns). Prediga el rendimiento en escrituras/s; una segunda ejecución real lo califica.</translation>
    </message>
    <message>
        <source>Switch to the locked design: %1 workers, each doing a serialized step of exactly %2 ms under one shared lock and then %3 ms of its own work. Offer %4 requests/s, more than the lock can pass. Run it once on the real engine and read the lock hand-over h it reports (lock_handoff_ns, among the run&apos;s facts): the time from one worker&apos;s unlock to the waiting worker&apos;s lock. Predict the throughput in requests/s; a second real run grades it.</source>
        <translation>Cambie al diseño con cerrojo: %1 trabajadores, cada uno hace un paso serializado de exactamente %2 ms bajo un cerrojo compartido y luego %3 ms de trabajo propio. Ofrezca %4 peticiones/s, más de las que el cerrojo deja pasar. Ejecútelo una vez en el motor real y lea el traspaso h del cerrojo que informa (lock_handoff_ns, entre los datos de la ejecución): el tiempo desde que un trabajador libera el cerrojo hasta que lo toma el que espera. Prediga el rendimiento en peticiones/s; una segunda ejecución real lo califica.</translation>
    </message>
    <message>
        <source>Symmetric placement with %1 tasks. Predict P(escalation); the model grades it. Then ask what a task that stays on one core changes.</source>
        <translation>Ubicación simétrica con %1 tareas. Prediga P(escalada); el modelo la califica. Luego pregúntese qué cambia una tarea que se queda en un núcleo.</translation>
    </message>
    <message>
        <source>Symmetric placement: %1 tasks, a share u = %2 untrusted, %3 quanta each, %4 of %5 cores privileged, v = %6 per privileged quantum, q = %7. Predict P(at least one escalation); a simulation grades it.</source>
        <translation>Ubicación simétrica: %1 tareas, una fracción u = %2 no confiable, %3 quanta cada una, %4 de %5 núcleos privilegiado, v = %6 por quantum privilegiado, q = %7. Prediga P(al menos una escalada); una simulación la califica.</translation>
    </message>
    <message>
        <source>Task set schedulable (%1 = yes)</source>
        <translation>Conjunto de tareas planificable (%1 = sí)</translation>
    </message>
    <message>
        <source>The MVA adds one client at a time: R(n) = D·(%1 + Q(n−%2)). At N = %3 it gives %4 ms, with %5 requests at the gatekeeper on average and utilization %6. The asymptotes alone would say max(D, N·D − Z) = %7 ms: at the knee randomness, not the average load, makes the queue.</source>
        <translation>El MVA añade los clientes de uno en uno: R(n) = D·(%1 + Q(n−%2)). Con N = %3 da %4 ms, con %5 peticiones en el guardián en media y una utilización de %6. Las asíntotas solas dirían max(D, N·D − Z) = %7 ms: en el codo es el azar, no la carga media, lo que forma la cola.</translation>
    </message>
    <message>
        <source>The MVA does not know the distribution: it still says %1 ms, exact only for exponential times. Constant signing times queue less: the simulation lands between the MVA and the asymptote %2 ms. Far below or far past the knee the difference fades; near it, it is largest.</source>
        <translation>El MVA no conoce la distribución: sigue diciendo %1 ms, exacto solo para tiempos exponenciales. Los tiempos de firma constantes hacen menos cola: la simulación cae entre el MVA y la asíntota de %2 ms. Muy por debajo o muy por encima del codo la diferencia se desvanece; cerca de él es máxima.</translation>
    </message>
    <message>
        <source>The batch limit (%1 to %2) that gives the lowest mean latency under this policy.</source>
        <translation>El límite de lote (%1 a %2) que da la menor latencia media con esta política.</translation>
    </message>
    <message>
        <source>The bound grows with the blocking to %1 µs and no simulated command crosses it, yet the mean hardly moves: blocking happens only when a command finds a lower row inside its critical section, and the worst case needs every delay at its maximum at once. The bound is sound, and pessimistic.</source>
        <translation>La cota crece con el bloqueo hasta %1 µs y ninguna orden simulada la cruza, pero la media apenas se mueve: el bloqueo solo ocurre cuando una orden encuentra una fila inferior dentro de su sección crítica, y el peor caso necesita cada retraso en su máximo a la vez. La cota es segura, y pesimista.</translation>
    </message>
    <message>
        <source>The fast core is M/H₂/%1, busy ρ = %2 of the time. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(%3(%4−ρ)) = %5 ms. The mean task takes only %6 ms: the large tasks&apos; variance makes the small ones wait. The best fixed threshold policy, which uses the slow core too, gets %7 ms.</source>
        <translation>El núcleo rápido es M/H₂/%1, ocupado ρ = %2 del tiempo. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(%3(%4−ρ)) = %5 ms. La tarea media solo tarda %6 ms: la varianza de las tareas grandes hace esperar a las pequeñas. La mejor política fija de umbral, que usa también el núcleo lento, obtiene %7 ms.</translation>
    </message>
    <message>
        <source>The fastest of the three strategies: %1 = local, %2 = offload, %3 = migrate.</source>
        <translation>La más rápida de las tres estrategias: %1 = local, %2 = descargar, %3 = migrar.</translation>
    </message>
    <message>
        <source>The gatekeeper signs in D = %1 µs; clients think Z = %2 ms. With %3 clients, how many signatures per second does it deliver?</source>
        <translation>El guardián firma en D = %1 µs; los clientes piensan Z = %2 ms. Con %3 clientes, ¿cuántas firmas por segundo entrega?</translation>
    </message>
    <message>
        <source>The handler (row %1: C = %2 µs, T = %3 µs, blocking %4 µs) shares the worker with row %5 (C = %6 µs every %7 µs), which has a higher priority. Commands reach it up to %8 µs late. Predict its worst-case response time in µs.</source>
        <translation>El manejador (fila %1: C = %2 µs, T = %3 µs, bloqueo de %4 µs) comparte el trabajador con la fila %5 (C = %6 µs cada %7 µs), que tiene más prioridad. Las órdenes le llegan con hasta %8 µs de retraso. Prediga su tiempo de respuesta en el peor caso en µs.</translation>
    </message>
    <message>
        <source>The highest packet rate every core keeps up with: min(%1/steer, %2/(process × the busiest worker&apos;s share)). With equal shares the second term is workers/process. A run computes it from its own measured times and shares.</source>
        <translation>La mayor tasa de paquetes que todos los núcleos aguantan: min(%1/steer, %2/(process × la fracción del trabajador más ocupado)). Con fracciones iguales el segundo término es workers/process. Una ejecución la calcula a partir de sus propios tiempos y fracciones medidos.</translation>
    </message>
    <message>
        <source>The job waits for its slowest last task. With equal tasks it would take %1 s; the Kruskal–Weiss estimate adds σ·E[max of p normals] for the last wave: %2 s. With only %3 tasks each task is four times larger and so is its spread: %4 s. Variable tasks are why jobs are cut finer than the worker count: here r* = %5.</source>
        <translation>El trabajo espera a su última tarea más lenta. Con tareas iguales tardaría %1 s; la estimación de Kruskal–Weiss añade σ·E[máx de p normales] para la última oleada: %2 s. Con solo %3 tareas cada tarea es cuatro veces mayor, y también su dispersión: %4 s. Las tareas variables son la razón de que los trabajos se dividan más finamente que el número de trabajadores: aquí r* = %5.</translation>
    </message>
    <message>
        <source>The learned policy, greedy on each task&apos;s expected response time with a coin ε = %1 of the time, sends 84% of the tasks to the fast cluster in the model. The real agent is the same code; in a short run it is still learning, and its share moves with what it has seen.</source>
        <translation>La política aprendida, voraz según el tiempo de respuesta esperado de cada tarea, con una moneda en ε = %1 de los casos, envía en el modelo el 84% de las tareas al clúster rápido. El agente real es el mismo código; en una ejecución corta aún está aprendiendo, y su fracción se mueve con lo que ha visto.</translation>
    </message>
    <message>
        <source>The learning master explores: with probability ε = %1 it tosses a coin instead of taking the cluster it has learned is best. At the learned policy the two clusters&apos; expected response times differ by Δ = %2 ms for an arriving task, on average. Predict the simulated exploration overhead (latency above the same learner that never explores), in ms.</source>
        <translation>El maestro que aprende explora: con probabilidad ε = %1 lanza una moneda en lugar de tomar el clúster que ha aprendido que es el mejor. Con la política aprendida, los tiempos de respuesta esperados de los dos clústeres difieren en media en Δ = %2 ms para una tarea que llega. Prediga el sobrecoste de exploración simulado (latencia por encima del mismo aprendiz que nunca explora), en ms.</translation>
    </message>
    <message>
        <source>The least share of any %1 ms window in which the mutators run: what a task with a %2 ms deadline can count on. %3 when a pause is %4 ms or longer.</source>
        <translation>La menor fracción de cualquier ventana de %1 ms en la que se ejecutan los mutadores: con lo que puede contar una tarea con un plazo de %2 ms. %3 cuando una pausa dura %4 ms o más.</translation>
    </message>
    <message>
        <source>The master is an M/D/%1 queue: W_q = ρ·D / (%2(%3−ρ)) = %4 × %5 / %6 = %7 µs. At the default %8 pkt/s (ρ = %9) it was %10 µs: the last 10% of load multiplies the wait by %11. That is the knee.</source>
        <translation>El maestro es una cola M/D/%1: W_q = ρ·D / (%2(%3−ρ)) = %4 × %5 / %6 = %7 µs. Con los %8 pkt/s por defecto (ρ = %9) eran %10 µs: el último 10% de carga multiplica la espera por %11. Ese es el codo.</translation>
    </message>
    <message>
        <source>The master needs %1 µs per packet. Raise the packet rate to %2 pkt/s (ρ = %3 at the master). Predict the mean time a packet waits before the master steers it, in µs.</source>
        <translation>El maestro necesita %1 µs por paquete. Suba la tasa de paquetes a %2 pkt/s (ρ = %3 en el maestro). Prediga el tiempo medio que un paquete espera antes de que el maestro lo dirija, en µs.</translation>
    </message>
    <message>
        <source>The master passes %1 Mbit/s, one segment per %2 µs. Reno&apos;s window is set by the losses, not by the master: W̄ ≈ √(%3/(2p)) = %4 segments. By Little&apos;s law they take W̄ × %5 µs = %6 ms per lap. The path takes %7 ms of it, a worker and the link %8 µs, and the rest, about %9 ms, is ACKs queueing at the master: the master&apos;s queue becomes part of the round trip. The simulation waits longer still: with random (not periodic) losses the window averages about 25% more than √(%10/(2p)), and every extra segment in flight waits at the master.</source>
        <translation>El maestro deja pasar %1 Mbit/s, un segmento cada %2 µs. La ventana de Reno la fijan las pérdidas, no el maestro: W̄ ≈ √(%3/(2p)) = %4 segmentos. Por la ley de Little tardan W̄ × %5 µs = %6 ms por vuelta. El camino se lleva %7 ms, un trabajador y el enlace %8 µs, y el resto, unos %9 ms, son ACK haciendo cola en el maestro: la cola del maestro pasa a formar parte del tiempo de ida y vuelta. La simulación espera aún más: con pérdidas aleatorias (no periódicas) la ventana es en media alrededor de un 25% mayor que √(%10/(2p)), y cada segmento adicional en vuelo espera en el maestro.</translation>
    </message>
    <message>
        <source>The mean latency overhead you accept for exploring; the model gives the largest ε within it, %1·budget/Δ.</source>
        <translation>El sobrecoste medio de latencia que acepta por explorar; el modelo da el mayor ε dentro de él, %1·budget/Δ.</translation>
    </message>
    <message>
        <source>The model says %1 at the defaults with %2 workers: W/T with T = %3 s. On a machine with fewer cores the run uses fewer workers (and a smaller corpus, so each worker still counts the same), and the speedup falls with the worker count; the real master also pays to find word boundaries, and the merge of real hash maps costs more than ρ when the vocabulary is large.</source>
        <translation>El modelo dice %1 con los valores por defecto y %2 trabajadores: W/T con T = %3 s. En una máquina con menos núcleos la ejecución usa menos trabajadores (y un corpus menor, para que cada trabajador cuente lo mismo), y la aceleración cae con el número de trabajadores; el maestro real además paga por encontrar los límites entre palabras, y la fusión de tablas hash reales cuesta más que ρ cuando el vocabulario es grande.</translation>
    </message>
    <message>
        <source>The model says %1 with w = %2 and h = %3 µs. The real run measures its own SIMD speedup (AVX2 or AVX-%4 against a scalar build; memory bandwidth caps it for large arrays) and its own hand-off, and the verdict shows the model at those measured values. The big core&apos;s extra speed b is emulated on a symmetric machine: the little does b times the work, so that part of the gain is b by construction.</source>
        <translation>El modelo dice %1 con w = %2 y h = %3 µs. La ejecución real mide su propia aceleración SIMD (AVX2 o AVX-%4 frente a una compilación escalar; con vectores grandes la limita el ancho de banda de memoria) y su propio traspaso, y el veredicto muestra el modelo con esos valores medidos. La velocidad extra b del núcleo grande se emula en una máquina simétrica: el núcleo pequeño hace b veces el trabajo, así que esa parte de la ganancia es b por construcción.</translation>
    </message>
    <message>
        <source>The model says %1: after each commit the master waits up to %2 ms for more writes, and %3 writes/s bring few in that time. A real COMMIT slower than %4 ms (see commit_ms and the fact fsync_mean_ms) lets more writes pile up behind it, so real groups are often larger: the verdict then compares against the model at the measured commit time. The run ends by re-opening the database: balance_ok must be %5.</source>
        <translation>El modelo dice %1: tras cada commit el maestro espera hasta %2 ms a que lleguen más escrituras, y %3 escrituras/s traen pocas en ese tiempo. Un COMMIT real más lento que %4 ms (véanse commit_ms y el dato fsync_mean_ms) deja que se acumulen más escrituras detrás, así que los grupos reales suelen ser mayores: el veredicto compara entonces con el modelo en el tiempo de commit medido. La ejecución termina reabriendo la base de datos: balance_ok debe ser %5.</translation>
    </message>
    <message>
        <source>The model says %1: big_factor. On a machine without little cores the run emulates them (a little core takes big_factor times as long for its share), so the gain comes out near big_factor by construction; stopping the mutators takes the same time on both and pulls it a little below. On real big and little cores the gain is smaller than their speed ratio: marking follows pointers and waits on memory, which a faster core does not speed up.</source>
        <translation>El modelo dice %1: big_factor. En una máquina sin núcleos pequeños la ejecución los emula (un núcleo pequeño tarda big_factor veces más en su parte), así que la ganancia sale cerca de big_factor por construcción; detener los mutadores tarda lo mismo en ambos y la baja un poco. En núcleos grandes y pequeños reales la ganancia es menor que su relación de velocidades: el marcado sigue punteros y espera a la memoria, y eso no lo acelera un núcleo más rápido.</translation>
    </message>
    <message>
        <source>The model says U = X·D = %1 for D = %2 µs. The real run measures its own D: an Ed25519 signature on this CPU, the key&apos;s page unlocked and locked again around it, and the gatekeeper&apos;s side of the hand-over between the processes; the verdict shows the model at the measured D and think time (the messages&apos; transit counted with it). Every signature is verified by the clients with the public key, and a scan of the clients&apos; memory shows the key is not there.</source>
        <translation>El modelo dice U = X·D = %1 para D = %2 µs. La ejecución real mide su propio D: una firma Ed25519 en esta CPU, con la página de la clave desbloqueada y bloqueada de nuevo a su alrededor, y la parte del guardián en el traspaso entre los procesos; el veredicto muestra el modelo con el D y el tiempo de reflexión medidos (contando con él el tránsito de los mensajes). Los clientes verifican cada firma con la clave pública, y un barrido de la memoria de los clientes muestra que la clave no está allí.</translation>
    </message>
    <message>
        <source>The most writes per commit (%1 to %2) that gives the lowest mean commit latency.</source>
        <translation>El máximo de escrituras por commit (%1 a %2) que da la menor latencia media de commit.</translation>
    </message>
    <message>
        <source>The panic falls anywhere in a beat interval, so the first missed beat is due ½·H later on average, and k − %1 more follow: (k − ½)·H = %2 ms, never more than k·H = %3 ms. Every extra miss the workers wait for costs a whole interval.</source>
        <translation>El pánico cae en cualquier punto de un intervalo de latido, así que el primer latido perdido vence en media ½·H después, y le siguen k − %1 más: (k − ½)·H = %2 ms, nunca más de k·H = %3 ms. Cada fallo adicional que esperan los trabajadores cuesta un intervalo entero.</translation>
    </message>
    <message>
        <source>The pause is now %1 ms, and the worst %2 ms window starts with it: only %3 of that window is left to the mutators, against %4 with the big core. The mean utilization hardly moves (%5 against %6): it hides what a deadline sees.</source>
        <translation>La pausa es ahora de %1 ms, y la peor ventana de %2 ms empieza con ella: a los mutadores solo les queda %3 de esa ventana, frente a %4 con el núcleo grande. La utilización media apenas se mueve (%5 frente a %6): oculta lo que ve un plazo.</translation>
    </message>
    <message>
        <source>The pause is the collector&apos;s work over its speed: marking grows with the live objects, sweeping with the heap. The big core divides it by big_factor, parallel little cores by threads·(%1 − overhead). Watch the MMU curve rather than the mean utilization: a high mean can still leave a short window with almost no mutator time, and the big core shortens exactly those windows. In real mode the big core&apos;s speed is emulated on symmetric machines (the run says so): there the gain equals big_factor by construction, while real big cores gain less because marking waits on memory.</source>
        <translation>La pausa es el trabajo del recolector dividido por su velocidad: el marcado crece con los objetos vivos, el barrido con el heap. El núcleo grande la divide por big_factor, los núcleos pequeños en paralelo por threads·(%1 − overhead). Observe la curva MMU más que la utilización media: una media alta puede dejar aun así una ventana corta casi sin tiempo de mutador, y el núcleo grande acorta precisamente esas ventanas. En modo real la velocidad del núcleo grande se emula en máquinas simétricas (la ejecución lo indica): allí la ganancia es igual a big_factor por construcción, mientras que los núcleos grandes reales ganan menos porque el marcado espera a la memoria.</translation>
    </message>
    <message>
        <source>The task count (%1 to %2) with the shortest model makespan.</source>
        <translation>El número de tareas (%1 a %2) con el menor makespan del modelo.</translation>
    </message>
    <message>
        <source>The tasks on the worker core, one row each, scheduled by fixed priorities with preemption: worst-case execution time C, period T (the least time between releases), deadline D (at most T; %1 means T), release jitter J, blocking B (the longest a lower-priority task can hold a shared resource it needs) and priority (%2 is the highest; %3 takes the row&apos;s number, so the first row is the highest). One row is the command handler.</source>
        <translation>Las tareas del núcleo trabajador, una fila cada una, planificadas por prioridades fijas con expropiación: tiempo de ejecución en el peor caso C, periodo T (el menor tiempo entre liberaciones), plazo D (como máximo T; %1 significa T), jitter de liberación J, bloqueo B (lo más que una tarea de menor prioridad puede retener un recurso compartido que necesita) y prioridad (%2 es la más alta; %3 toma el número de la fila, así que la primera fila es la más alta). Una fila es el manejador de órdenes.</translation>
    </message>
    <message>
        <source>The vector fraction above which offloading beats local, at the offload overhead this run saw: O / (T · (%1 − r)), O = two hand-offs and any wait at the big core, r = the big core&apos;s time for the vector part over the little&apos;s. Above %2: offloading never pays.</source>
        <translation>La fracción vectorial por encima de la cual descargar supera a la ejecución local, con el sobrecoste de descarga que vio esta ejecución: O / (T · (%1 − r)), O = dos traspasos y la posible espera en el núcleo grande, r = el tiempo del núcleo grande para la parte vectorial dividido por el del pequeño. Por encima de %2: descargar nunca compensa.</translation>
    </message>
    <message>
        <source>The worker that owns the elephant flow gets its 16% plus, on average, an 8th of the rest: %1 + %2/%3 ≈ %4 of all packets, %5 times its fair share of %6/%7. The real hash of these %8 flows gives it %9 (%10 times). The run counts packets, not time, and the hash is a fixed function of each flow&apos;s addresses, so a busy or virtual machine measures the same imbalance; its ring is the first to overflow while other workers idle.</source>
        <translation>El trabajador al que pertenece el flujo elefante recibe su 16% más, en media, una 8ª parte del resto: %1 + %2/%3 ≈ %4 de todos los paquetes, %5 veces su parte justa de %6/%7. El hash real de estos %8 flujos le da %9 (%10 veces). La ejecución cuenta paquetes, no tiempo, y el hash es una función fija de las direcciones de cada flujo, así que una máquina ocupada o virtual mide el mismo desequilibrio; su anillo es el primero en desbordarse mientras otros trabajadores están ociosos.</translation>
    </message>
    <message>
        <source>The workers can finish c/S_w requests per second, the master %1/S_m. They match at c* = S_w/S_m = %2 workers: below it the workers bind, above it the master does. At c* both saturate together, which is why the defaults use %3.</source>
        <translation>Los trabajadores pueden terminar c/S_w peticiones por segundo, el maestro %1/S_m. Se igualan en c* = S_w/S_m = %2 trabajadores: por debajo el cuello de botella son los trabajadores, por encima el maestro. En c* ambos se saturan a la vez, y por eso los valores por defecto usan %3.</translation>
    </message>
    <message>
        <source>The workers keep up (capacity %1 transactions/s), so the reads are all answered: %2/s. The writes are not: the master makes at most %3/(d + s) = %4 commits/s, whatever the workers, and the writes beyond it queue without bound. More workers would raise the reads further and the commits not at all; group_max = %5 would lift the ceiling to %6.</source>
        <translation>Los trabajadores dan abasto (capacidad de %1 transacciones/s), así que se responden todas las lecturas: %2/s. Las escrituras no: el maestro hace como máximo %3/(d + s) = %4 commits/s, haya los trabajadores que haya, y las escrituras que exceden ese valor hacen cola sin límite. Más trabajadores subirían aún más las lecturas y nada los commits; group_max = %5 elevaría el techo a %6.</translation>
    </message>
    <message>
        <source>The writes reach the master at %1/s, each needing %2 + %3 ms: the master is %4 busy, an M/D/%5 queue, and Pollaczek–Khinchine makes a write wait far longer than its own commit. With the query&apos;s %6 ms before it the commit latency is %7 ms, against %8 ms with groups of up to %9 (the best group_max here is %10, at %11 ms).</source>
        <translation>Las escrituras llegan al maestro a %1/s y cada una necesita %2 + %3 ms: el maestro está ocupado el %4 del tiempo, una cola M/D/%5, y Pollaczek–Khinchine hace que una escritura espere mucho más que lo que dura su propio commit. Con los %6 ms de la consulta antes, la latencia de commit es %7 ms, frente a %8 ms con grupos de hasta %9 (el mejor group_max aquí es %10, con %11 ms).</translation>
    </message>
    <message>
        <source>Time a packet waits before the master steers it (M/D/%1).</source>
        <translation>Tiempo que un paquete espera antes de que el maestro lo dirija (M/D/%1).</translation>
    </message>
    <message>
        <source>Time the master spends handing a request to a worker (model and simulation). A real run measures its own; enter that here to see its effect on the ceiling %1/(S_m + h).</source>
        <translation>Tiempo que el maestro dedica a entregar una petición a un trabajador (modelo y simulación). Una ejecución real mide el suyo; introdúzcalo aquí para ver su efecto en el techo %1/(S_m + h).</translation>
    </message>
    <message>
        <source>Under rss_hash one worker carries the heavy flows and its ring overflows while others idle, yet not one packet is reordered; switch to round_robin and the bars level out but reordering appears. Then sweep the workers: the saturation rate never passes %1/steer_us, whatever the workers could do, but under rss_hash it mostly stays below it and is not monotone — %2 workers carry less than %3, because the hash puts two heavy flows on one worker.</source>
        <translation>Con rss_hash un trabajador lleva los flujos pesados y su anillo se desborda mientras otros están ociosos, pero ni un solo paquete se reordena; cambie a round_robin y las barras se igualan, pero aparece la reordenación. Luego haga un barrido de los trabajadores: la tasa de saturación nunca supera %1/steer_us, hagan lo que hagan los trabajadores, pero con rss_hash suele quedarse por debajo y no es monótona: %2 trabajadores soportan menos que %3, porque el hash pone dos flujos pesados en un mismo trabajador.</translation>
    </message>
    <message>
        <source>Under rss_hash the busiest of the %1 flows carries 16% of all packets (Zipf s = %2), and every flow stays on one worker. Run it for real at %3 pkt/s with %4 workers: the master thread computes the real Toeplitz hash of every packet. Predict the imbalance (busiest worker&apos;s load ÷ mean).</source>
        <translation>Con rss_hash el más activo de los %1 flujos lleva el 16% de todos los paquetes (Zipf s = %2), y cada flujo se queda en un trabajador. Ejecútelo de verdad a %3 pkt/s con %4 trabajadores: el hilo maestro calcula el hash de Toeplitz real de cada paquete. Prediga el desequilibrio (carga del trabajador más ocupado ÷ media).</translation>
    </message>
    <message>
        <source>Watch the learning curve fall as the agent fills its Q-table and settle near the best fixed threshold policy&apos;s line: a little below it at small ε (the agent also sees each task&apos;s size), above it as ε grows, by the price of exploring. Sweep ε: the simulated cost lies above the (ε/%1)·Δ line from the start and bends upward, because a task sent to the slow cluster by a coin also delays the tasks queued behind it.</source>
        <translation>Observe cómo cae la curva de aprendizaje a medida que el agente llena su tabla Q y se estabiliza cerca de la línea de la mejor política fija de umbral: algo por debajo con ε pequeño (el agente también ve el tamaño de cada tarea), por encima a medida que crece ε, por el precio de explorar. Haga un barrido de ε: el coste simulado queda por encima de la recta (ε/%1)·Δ desde el principio y se curva hacia arriba, porque una tarea enviada al clúster lento a cara o cruz también retrasa las tareas encoladas detrás de ella.</translation>
    </message>
    <message>
        <source>What the master spends to classify and steer one packet (always the same). Its ceiling is %1/steer_us.</source>
        <translation>Lo que el maestro dedica a clasificar y dirigir un paquete (siempre lo mismo). Su techo es %1/steer_us.</translation>
    </message>
    <message>
        <source>Which row of the task set handles the master&apos;s commands (counted from %1). The master sends one command per period of that row.</source>
        <translation>Qué fila del conjunto de tareas atiende las órdenes del maestro (contando desde %1). El maestro envía una orden por periodo de esa fila.</translation>
    </message>
    <message>
        <source>While one sync runs, the next records pile up and share the next sync: the window is %1 ms by the model&apos;s Markov chain, which a simulation confirms within its confidence interval.</source>
        <translation>Mientras corre una sincronización, los registros siguientes se acumulan y comparten la siguiente: la ventana es de %1 ms según la cadena de Markov del modelo, lo que una simulación confirma dentro de su intervalo de confianza.</translation>
    </message>
    <message>
        <source>With %1 queues the indirection table moves the flows, and two heavy ones now share a worker: its share grows from 18.1% to 25.5% of all packets. That worker saturates at %2/(process × share) = %3 pkt/s, below the %4 offered: it is sent %5 pkt/s and can do %6, so about 4.6% of all packets are dropped at its ring (the model: 4.6%). With %7 workers the busiest worker&apos;s ceiling was %8 pkt/s, above the master&apos;s. Adding a worker cut the capacity: RSS does not balance skewed flows.</source>
        <translation>Con %1 colas la tabla de indirección mueve los flujos, y dos pesados comparten ahora un trabajador: su fracción crece del 18.1% al 25.5% de todos los paquetes. Ese trabajador se satura en %2/(process × share) = %3 pkt/s, por debajo de los %4 ofrecidos: se le envían %5 pkt/s y puede con %6, así que alrededor del 4.6% de todos los paquetes se descartan en su anillo (el modelo: 4.6%). Con %7 trabajadores el techo del trabajador más ocupado era %8 pkt/s, por encima del del maestro. Añadir un trabajador redujo la capacidad: RSS no equilibra flujos sesgados.</translation>
    </message>
    <message>
        <source>With a master of %1 ms and workers of %2 ms, how many workers does it take before the workers stop being the bottleneck?</source>
        <translation>Con un maestro de %1 ms y trabajadores de %2 ms, ¿cuántos trabajadores hacen falta para que los trabajadores dejen de ser el cuello de botella?</translation>
    </message>
    <message>
        <source>With equal tasks every multiple of p keeps all workers busy to the end, and each extra task only adds τ + ρ of serial time at the master. So the best count is r* = p = %1 (makespan %2 s, against %3 s at %4 tasks).</source>
        <translation>Con tareas iguales cada múltiplo de p mantiene ocupados a todos los trabajadores hasta el final, y cada tarea adicional solo añade τ + ρ de tiempo serie en el maestro. Así que el mejor número es r* = p = %1 (makespan de %2 s frente a %3 s con %4 tareas).</translation>
    </message>
    <message>
        <source>With fewer than b requests waiting, the master waits up to this long for more (the timer starts when the accelerator is free and a request waits); %1 = take what waits.</source>
        <translation>Con menos de b peticiones en espera, el maestro espera hasta este tiempo a que lleguen más (el temporizador arranca cuando el acelerador está libre y una petición espera); %1 = tomar lo que espera.</translation>
    </message>
    <message>
        <source>With fewer than group_max writes waiting, the master waits up to this long for more (the timer starts when it is free and a write waits); %1 = take what waits.</source>
        <translation>Con menos de group_max escrituras en espera, el maestro espera hasta este tiempo a que lleguen más (el temporizador arranca cuando está libre y una escritura espera); %1 = tomar lo que espera.</translation>
    </message>
    <message>
        <source>With group_max = %1 every record pays a whole sync, so the master saturates at %2/(journal_cpu + log_device) however many workers there are: the window explodes at that knee. Speeding up the master&apos;s CPU cannot fix a slow log device (min_master_speed becomes ∞); group commit can, because one sync then covers many records.</source>
        <translation>Con group_max = %1 cada registro paga una sincronización entera, así que el maestro se satura en %2/(journal_cpu + log_device) por muchos trabajadores que haya: la ventana se dispara en ese codo. Acelerar la CPU del maestro no puede compensar un dispositivo de log lento (min_master_speed pasa a ser ∞); el commit en grupo sí, porque entonces una sincronización cubre muchos registros.</translation>
    </message>
    <message>
        <source>With no hand-over the lock would pass %1/S = %2 requests/s. But each time it goes from one worker to the other it stands idle for h while the waiter wakes up, and saturated, with two workers, it changes hands on every step: the ceiling is %3/(S + h). At the model&apos;s guess of h = %4 µs that is %5 requests/s; your run&apos;s h decides. A waiter sleeps in the kernel, and waking it takes a few µs on an idle machine and far more on a busy virtual one, so h is the host&apos;s as much as the lock&apos;s (the tolerance widens on a VM). The model charges h only when the lock changes core, (c−%6)/c of the time if any worker were equally likely to be next: %7 requests/s here; saturated, it changes core every time. Run the amp design at the same load: its master pays its own hand-off instead (the handoff_ms row), a push into a ring that a polling worker takes, usually far cheaper than waking a sleeping thread.</source>
        <translation>Sin traspaso el cerrojo dejaría pasar %1/S = %2 peticiones/s. Pero cada vez que pasa de un trabajador al otro queda parado h mientras el que espera se despierta, y en saturación, con dos trabajadores, cambia de manos en cada paso: el techo es %3/(S + h). Con la suposición del modelo h = %4 µs eso da %5 peticiones/s; su ejecución decide h. El que espera duerme en el kernel, y despertarlo cuesta unos pocos µs en una máquina ociosa y mucho más en una virtual ocupada, así que h es tanto del anfitrión como del cerrojo (en una VM la tolerancia se amplía). El modelo cobra h solo cuando el cerrojo cambia de núcleo, (c−%6)/c del tiempo si cualquier trabajador tuviera la misma probabilidad de ser el siguiente: aquí %7 peticiones/s; en saturación cambia de núcleo cada vez. Ejecute el diseño amp con la misma carga: su maestro paga en cambio su propio traspaso (la fila handoff_ms), una inserción en un anillo que vacía un trabajador que sondea, normalmente mucho más barata que despertar un hilo dormido.</translation>
    </message>
    <message>
        <source>With one little, migrate beats offload while m &lt; h + (%1 − f)·T·(%2 − %3/b)/%4.</source>
        <translation>Con un núcleo pequeño, migrar supera a descargar mientras m &lt; h + (%1 − f)·T·(%2 − %3/b)/%4.</translation>
    </message>
    <message>
        <source>Workers now fail at %1 per second during the shutdown (%2 workers, quorum %3). Predict P(safe) with fixed step times; a simulation grades it.</source>
        <translation>Ahora los trabajadores fallan a %1 por segundo durante el apagado (%2 trabajadores, quórum %3). Prediga P(seguro) con tiempos de paso fijos; una simulación la califica.</translation>
    </message>
    <message>
        <source>X·D of the chosen strategy (%1 when local).</source>
        <translation>X·D de la estrategia elegida (%1 en local).</translation>
    </message>
    <message>
        <source>You accept %1 ms of mean latency for exploring. With Δ = %2 ms, the first-order rule says the largest ε is %3·budget/Δ. At ε = %4, predict the model&apos;s exploration overhead in ms.</source>
        <translation>Acepta %1 ms de latencia media por explorar. Con Δ = %2 ms, la regla de primer orden dice que el mayor ε es %3·budget/Δ. Con ε = %4, prediga el sobrecoste de exploración del modelo en ms.</translation>
    </message>
    <message>
        <source>Z = (%1 − f)·T + %2·h: what a little spends per offloaded task on its own work and the hand-offs.</source>
        <translation>Z = (%1 − f)·T + %2·h: lo que un núcleo pequeño dedica por tarea descargada a su propio trabajo y a los traspasos.</translation>
    </message>
    <message>
        <source>a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two task sizes (Lee–Longton)</source>
        <translation>una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (%1 + cs²)/%2 para los dos tamaños de tarea (Lee–Longton)</translation>
    </message>
    <message>
        <source>arrival rate [%1/s]</source>
        <translation>tasa de llegadas [%1/s]</translation>
    </message>
    <message>
        <source>b/(b·c + d) = %1/(%2 × %3 + %4) ms = %5 records/s: the sync&apos;s %6 ms is paid once per group. So %7/s is no longer beyond the master, and the window falls to %8 ms, better than without groups at %9/s (%10 ms); about %11 records share a commit.</source>
        <translation>b/(b·c + d) = %1/(%2 × %3 + %4) ms = %5 registros/s: los %6 ms de la sincronización se pagan una vez por grupo. Así %7/s ya no excede al maestro, y la ventana baja a %8 ms, mejor que sin grupos a %9/s (%10 ms); unos %11 registros comparten un commit.</translation>
    </message>
    <message>
        <source>e^(−μ·T) with fixed steps; Π %1/(%2 + μ·sᵢ) with exponential ones.</source>
        <translation>e^(−μ·T) con pasos fijos; Π %1/(%2 + μ·sᵢ) con pasos exponenciales.</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3).</source>
        <translation>exp (cv %1), det (cv %2) o lognormal (cv %3).</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3). Only exp makes the master&apos;s input exactly Poisson (Burke).</source>
        <translation>exp (cv %1), det (cv %2) o lognormal (cv %3). Solo exp hace que la entrada del maestro sea exactamente de Poisson (Burke).</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3). Only exp makes the model exact: the writes then reach the master as a Poisson stream (Burke).</source>
        <translation>exp (cv %1), det (cv %2) o lognormal (cv %3). Solo exp hace exacto el modelo: las escrituras llegan entonces al maestro como un flujo de Poisson (Burke).</translation>
    </message>
    <message>
        <source>master&apos;s ceiling %1/steer</source>
        <translation>techo del maestro %1/steer</translation>
    </message>
    <message>
        <source>min(N/(D + Z), %1/D): the asymptotes.</source>
        <translation>min(N/(D + Z), %1/D): las asíntotas.</translation>
    </message>
    <message>
        <source>on/off input is burstier than Poisson: the M/D/%1 wait is a lower estimate</source>
        <translation>la entrada on/off es más a ráfagas que un proceso de Poisson: la espera M/D/%1 es una estimación por defecto</translation>
    </message>
    <message>
        <source>poisson: independent arrivals; onoff: bursts, exponential on and off periods of %1 ms mean each, Poisson at twice the rate while on (the same mean rate).</source>
        <translation>poisson: llegadas independientes; onoff: ráfagas, periodos de actividad e inactividad exponenciales de %1 ms de media cada uno, Poisson al doble de tasa durante la actividad (la misma tasa media).</translation>
    </message>
    <message>
        <source>privileged_quanta over the quanta run: k/n in symmetric, %1 in amp.</source>
        <translation>privileged_quanta dividido por los quanta ejecutados: k/n en symmetric, %1 en amp.</translation>
    </message>
    <message>
        <source>rss_hash: %1/(process × the busiest worker&apos;s share of packets); not monotone in the number of workers.</source>
        <translation>rss_hash: %1/(process × la fracción de paquetes del trabajador más ocupado); no es monótono en el número de trabajadores.</translation>
    </message>
    <message>
        <source>rss_hash: a Toeplitz hash of the %1-tuple picks the worker (a flow always lands on the same one); round_robin: packets in turn; jsq: the worker with the fewest packets; flowlet: a flow keeps its worker until it pauses for %2 × process_us, then moves to the least loaded one.</source>
        <translation>rss_hash: un hash de Toeplitz de la %1-tupla elige el trabajador (un flujo siempre cae en el mismo); round_robin: paquetes por turnos; jsq: el trabajador con menos paquetes; flowlet: un flujo conserva su trabajador hasta que hace una pausa de %2 × process_us, y entonces pasa al menos cargado.</translation>
    </message>
    <message>
        <source>s: %1, big_factor or threads·(%2 − overhead).</source>
        <translation>s: %1, big_factor o threads·(%2 − overhead).</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (UCB&apos;s exploration, which shrinks like ln n/n, left out), in a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>la política aprendida tomada como voraz según el tiempo de respuesta esperado de cada tarea (la exploración de UCB, que decrece como ln n/n, se deja fuera), en una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (%1 + cs²)/%2 para los dos tamaños; se dejan fuera el estado discretizado del agente y su fase de aprendizaje</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (with probability ε a coin), in a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>la política aprendida tomada como voraz según el tiempo de respuesta esperado de cada tarea (con probabilidad ε, cara o cruz), en una CTMC con servicio exponencial de la media mezclada, con su cola escalada por (%1 + cs²)/%2 para los dos tamaños; se dejan fuera el estado discretizado del agente y su fase de aprendizaje</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/%1/K sobrestima las pérdidas</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; flowlet modelled as an even split; sticky elephant flows make it less even</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/%1/K sobrestima las pérdidas; flowlet modelado como un reparto uniforme; los flujos elefante persistentes lo hacen menos uniforme</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; jsq modelled as one pooled M/M/W/(W·K) queue</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/%1/K sobrestima las pérdidas; jsq modelado como una única cola conjunta M/M/W/(W·K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; non-exponential processing modelled as exponential (M/M/%2/K)</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/%1/K sobrestima las pérdidas; procesamiento no exponencial modelado como exponencial (M/M/%2/K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; round_robin: each worker gets every W-th packet, far more regular than Poisson; M/M/%2/K with λ/W overstates drops and waits</source>
        <translation>la salida del maestro es más regular que un proceso de Poisson, así que M/M/%1/K sobrestima las pérdidas; round_robin: cada trabajador recibe uno de cada W paquetes, mucho más regular que Poisson; M/M/%2/K con λ/W sobrestima pérdidas y esperas</translation>
    </message>
    <message>
        <source>threads·(%1 − overhead).</source>
        <translation>threads·(%1 − overhead).</translation>
    </message>
    <message>
        <source>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ gives w = %1 µs (row %2 preempts it once), and R = J + w with J = %3 µs of release jitter (the master&apos;s): %4 µs. The end-to-end bound adds the IPC and the actuator: %5 µs.</source>
        <translation>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ da w = %1 µs (la fila %2 la expropia una vez), y R = J + w con J = %3 µs de jitter de liberación (el del maestro): %4 µs. La cota de extremo a extremo añade el IPC y el actuador: %5 µs.</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>trabajador %1</translation>
    </message>
    <message>
        <source>worker %1 (hash imbalance)</source>
        <translation>trabajador %1 (desequilibrio del hash)</translation>
    </message>
    <message>
        <source>worker failure rate μ [%1/s]</source>
        <translation>tasa de fallos de los trabajadores μ [%1/s]</translation>
    </message>
    <message>
        <source>workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/%1)</source>
        <translation>trabajadores: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/%1)</translation>
    </message>
    <message>
        <source>workers: Kingman G/G/%1 per worker with round-robin arrivals (SCV c_a²/c)</source>
        <translation>trabajadores: Kingman G/G/%1 por trabajador con llegadas por turnos (SCV c_a²/c)</translation>
    </message>
    <message>
        <source>write rate [%1/s]</source>
        <translation>tasa de escrituras [%1/s]</translation>
    </message>
    <message>
        <source>ρ at the master is %1, so its wait is ρ/(μ−λ) = %2 ms: the knee of the curve. With its %3 ms of service a request spends %4 ms at the master; the question asked for the wait alone. The workers, at %5, still have room.</source>
        <translation>ρ en el maestro es %1, así que su espera es ρ/(μ−λ) = %2 ms: el codo de la curva. Con sus %3 ms de servicio una petición pasa %4 ms en el maestro; la pregunta pedía solo la espera. Los trabajadores, a %5, aún tienen margen.</translation>
    </message>
    <message>
        <source>ℓ: probability that one heartbeat is lost on its way (each independently). Below %1: a master whose every beat is lost cannot be told from a dead one.</source>
        <translation>ℓ: probabilidad de que un latido se pierda por el camino (cada uno de forma independiente). Por debajo de %1: un maestro cuyos latidos se pierden todos no se distingue de uno muerto.</translation>
    </message>
    <message>
        <source>⌊λ·s0/(%1 − λ·s1)⌋ + %2: below this batch size the accelerator cannot keep up (model, from the parameters).</source>
        <translation>⌊λ·s0/(%1 − λ·s1)⌋ + %2: por debajo de este tamaño de lote el acelerador no da abasto (modelo, a partir de los parámetros).</translation>
    </message>
    <message>
        <source>⌊λ·s0/(%1 − λ·s1)⌋ + %2: the smallest b with λ·s(b)/b &lt; %3.</source>
        <translation>⌊λ·s0/(%1 − λ·s1)⌋ + %2: el menor b con λ·s(b)/b &lt; %3.</translation>
    </message>
    <message>
        <source>        link   loss (Mathis)       master        workers</source>
        <translation>        enlace pérdida (Mathis)    maestro       trabajadores</translation>
    </message>
    <message>
        <source>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = the receiver&apos;s window when p = %1)</source>
        <translation>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = la ventana del receptor cuando p = %1)</translation>
    </message>
    <message>
        <source>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = the receiver&apos;s window when p = 0)</source>
        <translation>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = la ventana del receptor cuando p = 0)</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %2·budget/Δ</source>
        <translation>Una CTMC sobre (tareas en el clúster rápido, tareas en el lento): llegadas λ repartidas por la política, salidas min(n, c)·μ por clúster; T = E[n_fast + n_slow]/λ (Little). Exploración ≈ (ε/%1)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es %2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Una CTMC sobre (tareas en el clúster rápido, tareas en el lento): llegadas λ repartidas por la política, salidas min(n, c)·μ por clúster; T = E[n_fast + n_slow]/λ (Little). Exploración ≈ (ε/2)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es 2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow, turn): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %2·budget/Δ</source>
        <translation>Una CTMC sobre (tareas en el clúster rápido, tareas en el lento, turno): llegadas λ repartidas por la política, salidas min(n, c)·μ por clúster; T = E[n_fast + n_slow]/λ (Little). Exploración ≈ (ε/%1)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es %2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow, turn): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Una CTMC sobre (tareas en el clúster rápido, tareas en el lento, turno): llegadas λ repartidas por la política, salidas min(n, c)·μ por clúster; T = E[n_fast + n_slow]/λ (Little). Exploración ≈ (ε/2)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es 2·budget/Δ</translation>
    </message>
    <message>
        <source>A commit takes k = min(n, b) of the n waiting records: S_k = C₁ + … + C_k + d,  E[S_k] = k·c + d</source>
        <translation>Un commit toma k = min(n, b) de los n registros en espera: S_k = C₁ + … + C_k + d,  E[S_k] = k·c + d</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = %1·λ); each cluster is M/H₂/c. c = %2: T = E[S] + λ·E[S²]/(%3(%4−ρ)) (Pollaczek–Khinchine), E[S²] = %5·((%6−m)·s² + m·L²)·k². Exploration ≈ (ε/%7)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %8·budget/Δ</source>
        <translation>Reparto de Bernoulli: cada clúster recibe un flujo de Poisson (λ_fast = %1·λ); cada clúster es M/H₂/c. c = %2: T = E[S] + λ·E[S²]/(%3(%4−ρ)) (Pollaczek–Khinchine), E[S²] = %5·((%6−m)·s² + m·L²)·k². Exploración ≈ (ε/%7)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es %8·budget/Δ</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = 0.5·λ); each cluster is M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Reparto de Bernoulli: cada clúster recibe un flujo de Poisson (λ_fast = 0,5·λ); cada clúster es M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploración ≈ (ε/2)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es 2·budget/Δ</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = 1·λ); each cluster is M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Reparto de Bernoulli: cada clúster recibe un flujo de Poisson (λ_fast = 1·λ); cada clúster es M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploración ≈ (ε/2)·Δ, Δ la diferencia media entre los tiempos de respuesta esperados de los clústeres para una tarea que llega, con la política aprendida; el mayor ε dentro del presupuesto es 2·budget/Δ</translation>
    </message>
    <message>
        <source>C link rate, MSS segment payload, RTT round trip without queueing, p random loss probability,</source>
        <translation>C tasa del enlace, MSS carga útil de un segmento, RTT tiempo de ida y vuelta sin colas, p probabilidad de pérdida aleatoria,</translation>
    </message>
    <message>
        <source>E[T] = E[N]/λ over the chain (n jobs; k workers at the lock; how its holder got it)</source>
        <translation>E[T] = E[N]/λ sobre la cadena (n tareas; k trabajadores en el cerrojo; cómo lo obtuvo quien lo tiene)</translation>
    </message>
    <message>
        <source>E[T] = W_master + W_q,workers + S_w</source>
        <translation>E[T] = W_master + W_q,workers + S_w</translation>
    </message>
    <message>
        <source>E[T] ≈ W_q,workers + W_lock + S_w</source>
        <translation>E[T] ≈ W_q,workers + W_lock + S_w</translation>
    </message>
    <message>
        <source>MVA, one queueing and one delay station: R(n) = D·(%1 + Q(n−%2)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), from Q(%3) = %4; U = X·D. Asymptotes X ≤ min(N/(D + Z), %5/D), R ≥ max(D, N·D − Z); knee N* = (D + Z)/D</source>
        <translation>MVA, una estación de cola y una de retardo: R(n) = D·(%1 + Q(n−%2)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), desde Q(%3) = %4; U = X·D. Asíntotas X ≤ min(N/(D + Z), %5/D), R ≥ max(D, N·D − Z); codo N* = (D + Z)/D</translation>
    </message>
    <message>
        <source>MVA, one queueing and one delay station: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), from Q(0) = 0; U = X·D. Asymptotes X ≤ min(N/(D + Z), 1/D), R ≥ max(D, N·D − Z); knee N* = (D + Z)/D</source>
        <translation>MVA, una estación de cola y una de retardo: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), desde Q(0) = 0; U = X·D. Asíntotas X ≤ min(N/(D + Z), 1/D), R ≥ max(D, N·D − Z); codo N* = (D + Z)/D</translation>
    </message>
    <message>
        <source>Master (M/D/%1): W_q = ρ·D / (%2(%3 − ρ)),  ρ = λ·D</source>
        <translation>Maestro (M/D/%1): W_q = ρ·D / (%2(%3 − ρ)),  ρ = λ·D</translation>
    </message>
    <message>
        <source>Master (M/D/1): W_q = ρ·D / (2(1 − ρ)),  ρ = λ·D</source>
        <translation>Maestro (M/D/1): W_q = ρ·D / (2(1 − ρ)),  ρ = λ·D</translation>
    </message>
    <message>
        <source>Response-time analysis per task (fixed priorities, preemptive): w = C + B + Σ_hp ⌈(w + J_j)/T_j⌉·C_j, iterated from w = C + B to a fixed point, R = J + w, schedulable when R ≤ D. The handler&apos;s J includes the master&apos;s assumed maximum jitter. End-to-end bound = longest path of the chain master → IPC → handler → actuator = J_master,max + IPC + (J_handler + w_handler) + actuator</source>
        <translation>Análisis del tiempo de respuesta por tarea (prioridades fijas, expulsivo): w = C + B + Σ_hp ⌈(w + J_j)/T_j⌉·C_j, iterado desde w = C + B hasta un punto fijo, R = J + w, planificable cuando R ≤ D. La J del manejador incluye el jitter máximo supuesto del maestro. Cota de extremo a extremo = camino más largo de la cadena maestro → IPC → manejador → actuador = J_master,max + IPC + (J_handler + w_handler) + actuador</translation>
    </message>
    <message>
        <source>S = C + d,  S̄ = c + d,  E[S²] = c² + (c + d)²,  ρ = λ·(c + d)</source>
        <translation>S = C + d,  S̄ = c + d,  E[S²] = c² + (c + d)²,  ρ = λ·(c + d)</translation>
    </message>
    <message>
        <source>Saturation: X ≤ min(%1/D, W/S, %2/(S·max share)),  share_i = λᵢ/λ  (the last under rss_hash: the busiest worker)</source>
        <translation>Saturación: X ≤ min(%1/D, W/S, %2/(S·max share)),  share_i = λᵢ/λ  (el último con rss_hash: el trabajador más cargado)</translation>
    </message>
    <message>
        <source>Saturation: X ≤ min(1/D, W/S, 1/(S·max share)),  share_i = λᵢ/λ  (the last under rss_hash: the busiest worker)</source>
        <translation>Saturación: X ≤ min(1/D, W/S, 1/(S·max share)),  share_i = λᵢ/λ  (el último con rss_hash: el trabajador más cargado)</translation>
    </message>
    <message>
        <source>W = L / λ (Little), with L, the mean number of records queued or in a commit, from the Markov chain of the number waiting at each commit&apos;s end (solved numerically)</source>
        <translation>W = L / λ (Little), con L, el número medio de registros en cola o en un commit, de la cadena de Markov del número en espera al final de cada commit (resuelta numéricamente)</translation>
    </message>
    <message>
        <source>W = S̄ + λ·E[S²] / (%1(%2 − ρ))   (Pollaczek–Khinchine: the master is an M/G/%3 queue)</source>
        <translation>W = S̄ + λ·E[S²] / (%1(%2 − ρ))   (Pollaczek–Khinchine: el maestro es una cola M/G/%3)</translation>
    </message>
    <message>
        <source>W = S̄ + λ·E[S²] / (2(1 − ρ))   (Pollaczek–Khinchine: the master is an M/G/1 queue)</source>
        <translation>W = S̄ + λ·E[S²] / (2(1 − ρ))   (Pollaczek–Khinchine: el maestro es una cola M/G/1)</translation>
    </message>
    <message>
        <source>W_lock = λ·E[S_l²] / (%1(%2−ρ_l)) + S_l,  S_l = S_m + h_lock·(c−%3)/c   (Pollaczek–Khinchine)</source>
        <translation>W_lock = λ·E[S_l²] / (%1(%2−ρ_l)) + S_l,  S_l = S_m + h_lock·(c−%3)/c   (Pollaczek–Khinchine)</translation>
    </message>
    <message>
        <source>W_master = λ·E[S²] / (%1(%2−ρ_m)) + S,  S = S_m + h   (Pollaczek–Khinchine; E[S²] = (%3+c_s²)·S²)</source>
        <translation>W_master = λ·E[S²] / (%1(%2−ρ_m)) + S,  S = S_m + h   (Pollaczek–Khinchine; E[S²] = (%3+c_s²)·S²)</translation>
    </message>
    <message>
        <source>W_master = λ·E[S²] / (2(1−ρ_m)) + S,  S = S_m + h   (Pollaczek–Khinchine; E[S²] = (1+c_s²)·S²)</source>
        <translation>W_master = λ·E[S²] / (2(1−ρ_m)) + S,  S = S_m + h   (Pollaczek–Khinchine; E[S²] = (1+c_s²)·S²)</translation>
    </message>
    <message>
        <source>W_q,workers = C(c, λ·S_w) · S_w / (c(%1−ρ_w))   (Erlang C, M/M/c)</source>
        <translation>W_q,workers = C(c, λ·S_w) · S_w / (c(%1−ρ_w))   (Erlang C, M/M/c)</translation>
    </message>
    <message>
        <source>W_q,workers = C(c, λ·S_w) · S_w / (c(1−ρ_w))   (Erlang C, M/M/c)</source>
        <translation>W_q,workers = C(c, λ·S_w) · S_w / (c(1−ρ_w))   (Erlang C, M/M/c)</translation>
    </message>
    <message>
        <source>W_q,workers ≈ C(c, λ·(W_lock + S_w)) · (W_lock + S_w) / (c(%1−ρ_w)) · (%2 + c_s²)/%3</source>
        <translation>W_q,workers ≈ C(c, λ·(W_lock + S_w)) · (W_lock + S_w) / (c(%1−ρ_w)) · (%2 + c_s²)/%3</translation>
    </message>
    <message>
        <source>When the master binds (Little&apos;s law around the loop): RTT_eff ≈ W̄·MSS/X_master,</source>
        <translation>Cuando limita el maestro (ley de Little en el bucle): RTT_eff ≈ W̄·MSS/X_master,</translation>
    </message>
    <message>
        <source>Worker i (M/M/%1/K): P_drop,i = (%2 − ρᵢ)·ρᵢ^K / (%3 − ρᵢ^(K+%4)),  ρᵢ = λᵢ·S,  K = ring_slots + %5</source>
        <translation>Trabajador i (M/M/%1/K): P_drop,i = (%2 − ρᵢ)·ρᵢ^K / (%3 − ρᵢ^(K+%4)),  ρᵢ = λᵢ·S,  K = ring_slots + %5</translation>
    </message>
    <message>
        <source>Worker i (M/M/1/K): P_drop,i = (1 − ρᵢ)·ρᵢ^K / (1 − ρᵢ^(K+1)),  ρᵢ = λᵢ·S,  K = ring_slots + 1</source>
        <translation>Trabajador i (M/M/1/K): P_drop,i = (1 − ρᵢ)·ρᵢ^K / (1 − ρᵢ^(K+1)),  ρᵢ = λᵢ·S,  K = ring_slots + 1</translation>
    </message>
    <message>
        <source>X ≈ min( C,  MSS/RTT·√(%1/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )</source>
        <translation>X ≈ min( C,  MSS/RTT·√(%1/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )</translation>
    </message>
    <message>
        <source>X ≈ min( C,  MSS/RTT·√(3/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )</source>
        <translation>X ≈ min( C,  MSS/RTT·√(3/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )</translation>
    </message>
    <message>
        <source>a group of k costs d + k·s, so the capacity is b/(d + b·s); the master takes what waits, up to b</source>
        <translation>un grupo de k cuesta d + k·s, así que la capacidad es b/(d + b·s); el maestro toma lo que espera, hasta b</translation>
    </message>
    <message>
        <source>a group of k costs d + k·s, so the capacity is b/(d + b·s); with fewer than b waiting the master waits up to T for more (Neuts&apos; (a, b) rule with a = b and a timer)</source>
        <translation>un grupo de k cuesta d + k·s, así que la capacidad es b/(d + b·s); si esperan menos de b, el maestro espera hasta T a que lleguen más (regla (a, b) de Neuts con a = b y un temporizador)</translation>
    </message>
    <message>
        <source>a segments per ACK, S_ack master time per ACK, n workers, S_seg worker time per segment.</source>
        <translation>a segmentos por ACK, S_ack tiempo del maestro por ACK, n trabajadores, S_seg tiempo de un trabajador por segmento.</translation>
    </message>
    <message>
        <source>arrival λ: a free worker takes the job and asks for the lock; lock done (rate %1/S_l): the worker goes on to its own part; part done (rate %2/S_w each): the job leaves and the worker takes the next</source>
        <translation>llegada λ: un trabajador libre toma la tarea y pide el cerrojo; cerrojo terminado (tasa %1/S_l): el trabajador pasa a su propia parte; parte terminada (tasa %2/S_w cada uno): la tarea sale y el trabajador toma la siguiente</translation>
    </message>
    <message>
        <source>arrival λ: a free worker takes the job and asks for the lock; lock done (rate 1/S_l): the worker goes on to its own part; part done (rate 1/S_w each): the job leaves and the worker takes the next</source>
        <translation>llegada λ: un trabajador libre toma la tarea y pide el cerrojo; cerrojo terminado (tasa 1/S_l): el trabajador pasa a su propia parte; parte terminada (tasa 1/S_w cada uno): la tarea sale y el trabajador toma la siguiente</translation>
    </message>
    <message>
        <source>capacity = b / (b·c + d),  ρ = λ·(b·c + d)/b</source>
        <translation>capacidad = b / (b·c + d),  ρ = λ·(b·c + d)/b</translation>
    </message>
    <message>
        <source>capacity b/(s0 + s1·b) = %1 requests/s &lt; λ = %2: the accelerator cannot keep up, the queue grows without bound. The smallest stable batch is b_min = ⌊λ·s0/(%3 − λ·s1)⌋ + %4 = %5.</source>
        <translation>capacidad b/(s0 + s1·b) = %1 peticiones/s &lt; λ = %2: el acelerador no da abasto, la cola crece sin límite. El lote estable más pequeño es b_min = ⌊λ·s0/(%3 − λ·s1)⌋ + %4 = %5.</translation>
    </message>
    <message>
        <source>capacity b/(s0 + s1·b) = %1 requests/s &lt; λ = %2: the accelerator cannot keep up, the queue grows without bound. The smallest stable batch is none: λ·s1 ≥ %3, even endless batches are too slow.</source>
        <translation>capacidad b/(s0 + s1·b) = %1 peticiones/s &lt; λ = %2: el acelerador no da abasto, la cola crece sin límite. No hay lote estable más pequeño: λ·s1 ≥ %3, incluso lotes sin fin son demasiado lentos.</translation>
    </message>
    <message>
        <source>capacity of the master b/(d + b·s) = %1 commits/s, of the workers c/q = %2 transactions/s; λ·w = %3 writes/s and λ = %4 transactions/s: the master cannot keep up, its queue grows without bound.</source>
        <translation>capacidad del maestro b/(d + b·s) = %1 commits/s, de los trabajadores c/q = %2 transacciones/s; λ·w = %3 escrituras/s y λ = %4 transacciones/s: el maestro no da abasto, su cola crece sin límite.</translation>
    </message>
    <message>
        <source>capacity of the master b/(d + b·s) = %1 commits/s, of the workers c/q = %2 transactions/s; λ·w = %3 writes/s and λ = %4 transactions/s: the workers cannot keep up, its queue grows without bound.</source>
        <translation>capacidad del maestro b/(d + b·s) = %1 commits/s, de los trabajadores c/q = %2 transacciones/s; λ·w = %3 escrituras/s y λ = %4 transacciones/s: los trabajadores no dan abasto, su cola crece sin límite.</translation>
    </message>
    <message>
        <source>commit latency = read latency + L/(λw)   (Little), L from the Markov chain of the writes waiting at each commit&apos;s end, solved numerically</source>
        <translation>latencia del commit = latencia de lectura + L/(λw)   (Little), L de la cadena de Markov de las escrituras en espera al final de cada commit, resuelta numéricamente</translation>
    </message>
    <message>
        <source>commit latency = read latency + S + λw·S² / (%1(%2 − λw·S)),  S = d + s   (the master is M/D/%3: Pollaczek–Khinchine)</source>
        <translation>latencia del commit = latencia de lectura + S + λw·S² / (%1(%2 − λw·S)),  S = d + s   (el maestro es M/D/%3: Pollaczek–Khinchine)</translation>
    </message>
    <message>
        <source>d = W/r; task i leaves the master at (i+%1)·τ and starts at sᵢ = max((i+%2)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; speedup = W/T; with r = p: T ≈ p·(τ + ρ) + W/p, best at p* ≈ √(W/(τ + ρ)), speedup ≈ ½·√(W/(τ + ρ))</source>
        <translation>d = W/r; la tarea i sale del maestro en (i+%1)·τ y empieza en sᵢ = max((i+%2)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; aceleración = W/T; con r = p: T ≈ p·(τ + ρ) + W/p, óptimo en p* ≈ √(W/(τ + ρ)), aceleración ≈ ½·√(W/(τ + ρ))</translation>
    </message>
    <message>
        <source>d = W/r; task i leaves the master at (i+1)·τ and starts at sᵢ = max((i+1)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; speedup = W/T; with r = p: T ≈ p·(τ + ρ) + W/p, best at p* ≈ √(W/(τ + ρ)), speedup ≈ ½·√(W/(τ + ρ))</source>
        <translation>d = W/r; la tarea i sale del maestro en (i+1)·τ y empieza en sᵢ = max((i+1)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; aceleración = W/T; con r = p: T ≈ p·(τ + ρ) + W/p, óptimo en p* ≈ √(W/(τ + ρ)), aceleración ≈ ½·√(W/(τ + ρ))</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (lost beats just before the panic count as misses); false alarms (%3 − ℓ)·ℓ^k per interval; exponential steps: absorbing CTMC over (step, alive workers), step i ends at rate %4/sᵢ, a worker fails at rate a·μ; P(safe) and E[T | safe] by solving it; time to safe = detect + E[protocol | safe]</source>
        <translation>detección = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (los latidos perdidos justo antes del pánico cuentan como fallos); falsas alarmas (%3 − ℓ)·ℓ^k por intervalo; pasos exponenciales: CTMC absorbente sobre (paso, trabajadores vivos), el paso i termina con tasa %4/sᵢ, un trabajador cae con tasa a·μ; P(seguro) y E[T | seguro] resolviéndola; tiempo hasta seguro = detección + E[protocolo | seguro]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (lost beats just before the panic count as misses); false alarms (%3 − ℓ)·ℓ^k per interval; fixed steps, no repair: P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; time to safe = detect + E[protocol | safe]</source>
        <translation>detección = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (los latidos perdidos justo antes del pánico cuentan como fallos); falsas alarmas (%3 − ℓ)·ℓ^k por intervalo; pasos fijos, sin reparación: P(seguro) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; tiempo hasta seguro = detección + E[protocolo | seguro]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (lost beats just before the panic count as misses); false alarms (1 − ℓ)·ℓ^k per interval; exponential steps: absorbing CTMC over (step, alive workers), step i ends at rate 1/sᵢ, a worker fails at rate a·μ; P(safe) and E[T | safe] by solving it; time to safe = detect + E[protocol | safe]</source>
        <translation>detección = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (los latidos perdidos justo antes del pánico cuentan como fallos); falsas alarmas (1 − ℓ)·ℓ^k por intervalo; pasos exponenciales: CTMC absorbente sobre (paso, trabajadores vivos), el paso i termina con tasa 1/sᵢ, un trabajador cae con tasa a·μ; P(seguro) y E[T | seguro] resolviéndola; tiempo hasta seguro = detección + E[protocolo | seguro]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (lost beats just before the panic count as misses); false alarms (1 − ℓ)·ℓ^k per interval; fixed steps, no repair: P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; time to safe = detect + E[protocol | safe]</source>
        <translation>detección = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (los latidos perdidos justo antes del pánico cuentan como fallos); falsas alarmas (1 − ℓ)·ℓ^k por intervalo; pasos fijos, sin reparación: P(seguro) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; tiempo hasta seguro = detección + E[protocolo | seguro]</translation>
    </message>
    <message>
        <source>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   imbalance = max λᵢ / mean λᵢ,   throughput = λ·(%1 − drop_rate)</source>
        <translation>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   desequilibrio = max λᵢ / media λᵢ,   rendimiento = λ·(%1 − drop_rate)</translation>
    </message>
    <message>
        <source>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   imbalance = max λᵢ / mean λᵢ,   throughput = λ·(1 − drop_rate)</source>
        <translation>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   desequilibrio = max λᵢ / media λᵢ,   rendimiento = λ·(1 − drop_rate)</translation>
    </message>
    <message>
        <source>full: the accelerator waits for b requests (M/D^(b,b)/%1)</source>
        <translation>full: el acelerador espera b peticiones (M/D^(b,b)/%1)</translation>
    </message>
    <message>
        <source>full: the accelerator waits for b requests (M/D^(b,b)/1)</source>
        <translation>full: el acelerador espera b peticiones (M/D^(b,b)/1)</translation>
    </message>
    <message>
        <source>greedy: the accelerator takes what waits, up to b, as soon as it is free</source>
        <translation>greedy: el acelerador toma lo que espera, hasta b, en cuanto queda libre</translation>
    </message>
    <message>
        <source>latency = L/λ (Little), L from the Markov chain of the requests waiting at each batch&apos;s end, solved numerically (exact for Poisson arrivals); a batch of k costs s(k) = s0 + s1·k</source>
        <translation>latencia = L/λ (Little), L de la cadena de Markov de las peticiones en espera al final de cada lote, resuelta numéricamente (exacta con llegadas de Poisson); un lote de k cuesta s(k) = s0 + s1·k</translation>
    </message>
    <message>
        <source>levels n ≥ c share one rate matrix R: π_{n+%1} = π_n·R   (matrix-geometric, exact)</source>
        <translation>los niveles n ≥ c comparten una matriz de tasas R: π_{n+%1} = π_n·R   (matricial-geométrico, exacto)</translation>
    </message>
    <message>
        <source>levels n ≥ c share one rate matrix R: π_{n+1} = π_n·R   (matrix-geometric, exact)</source>
        <translation>los niveles n ≥ c comparten una matriz de tasas R: π_{n+1} = π_n·R   (matricial-geométrico, exacto)</translation>
    </message>
    <message>
        <source>local = T; offload = (%1−f)·T + f·T/(w·b) + %2·h; migrate = (%3−f)·T/b + f·T/(w·b) + %4·m; break-even f* = %5·h / (T·(%6 − %7/(w·b))). N littles share the big core: a closed loop with think Z and demand D (offload Z = (%8−f)·T + %9·h, D = f·T/(w·b); migrate Z = %10·m, D = (%11−f)·T/b + f·T/(w·b)), solved by MVA: R(n) = D·(%12 + Q(n−%13)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), task time = N/X(N); knee N* = (Z + D)/D</source>
        <translation>local = T; offload = (%1−f)·T + f·T/(w·b) + %2·h; migrate = (%3−f)·T/b + f·T/(w·b) + %4·m; punto de equilibrio f* = %5·h / (T·(%6 − %7/(w·b))). N núcleos pequeños comparten el núcleo grande: un bucle cerrado con tiempo de reflexión Z y demanda D (offload Z = (%8−f)·T + %9·h, D = f·T/(w·b); migrate Z = %10·m, D = (%11−f)·T/b + f·T/(w·b)), resuelto por MVA: R(n) = D·(%12 + Q(n−%13)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), tiempo por tarea = N/X(N); codo N* = (Z + D)/D</translation>
    </message>
    <message>
        <source>local = T; offload = (1−f)·T + f·T/(w·b) + 2·h; migrate = (1−f)·T/b + f·T/(w·b) + 2·m; break-even f* = 2·h / (T·(1 − 1/(w·b))). N littles share the big core: a closed loop with think Z and demand D (offload Z = (1−f)·T + 2·h, D = f·T/(w·b); migrate Z = 2·m, D = (1−f)·T/b + f·T/(w·b)), solved by MVA: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), task time = N/X(N); knee N* = (Z + D)/D</source>
        <translation>local = T; offload = (1−f)·T + f·T/(w·b) + 2·h; migrate = (1−f)·T/b + f·T/(w·b) + 2·m; punto de equilibrio f* = 2·h / (T·(1 − 1/(w·b))). N núcleos pequeños comparten el núcleo grande: un bucle cerrado con tiempo de reflexión Z y demanda D (offload Z = (1−f)·T + 2·h, D = f·T/(w·b); migrate Z = 2·m, D = (1−f)·T/b + f·T/(w·b)), resuelto por MVA: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), tiempo por tarea = N/X(N); codo N* = (Z + D)/D</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = %1 records/s, workers capacity workers/data = %2 writes/s; λ = %3 is beyond the capacity of the master: the queue grows without bound and the window with it.</source>
        <translation>capacidad del maestro b/(b·c + d) = %1 registros/s, capacidad de los trabajadores workers/data = %2 escrituras/s; λ = %3 supera la capacidad del maestro: la cola crece sin límite y la ventana con ella.</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = %1 records/s, workers capacity workers/data = %2 writes/s; λ = %3 is beyond the capacity of the workers: the queue grows without bound and the window with it.</source>
        <translation>capacidad del maestro b/(b·c + d) = %1 registros/s, capacidad de los trabajadores workers/data = %2 escrituras/s; λ = %3 supera la capacidad de los trabajadores: la cola crece sin límite y la ventana con ella.</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = 496.3 records/s, workers capacity workers/data = 800 writes/s; λ = 400 is beyond the capacity of the workers: the queue grows without bound and the window with it.</source>
        <translation>capacidad del maestro b/(b·c + d) = 496,3 registros/s, capacidad de los trabajadores workers/data = 800 escrituras/s; λ = 400 supera la capacidad de los trabajadores: la cola crece sin límite y la ventana con ella.</translation>
    </message>
    <message>
        <source>master_util ≈ X / (a·MSS/S_ack);  mean cwnd W̄ ≈ √(%1/(2p)) when loss or the master binds, ¾·(C·RTT/MSS + buffer) when the link binds</source>
        <translation>master_util ≈ X / (a·MSS/S_ack);  cwnd medio W̄ ≈ √(%1/(2p)) cuando limitan las pérdidas o el maestro, ¾·(C·RTT/MSS + búfer) cuando limita el enlace</translation>
    </message>
    <message>
        <source>master_util ≈ X / (a·MSS/S_ack);  mean cwnd W̄ ≈ √(3/(2p)) when loss or the master binds, ¾·(C·RTT/MSS + buffer) when the link binds</source>
        <translation>master_util ≈ X / (a·MSS/S_ack);  cwnd medio W̄ ≈ √(3/(2p)) cuando limitan las pérdidas o el maestro, ¾·(C·RTT/MSS + búfer) cuando limita el enlace</translation>
    </message>
    <message>
        <source>minimum master speed m: the smallest m with W(c/m) ≤ window_bound_ms (the device time d is not sped up)</source>
        <translation>velocidad mínima del maestro m: el menor m con W(c/m) ≤ window_bound_ms (el tiempo del dispositivo d no se acelera)</translation>
    </message>
    <message>
        <source>no writes (write fraction %1): only the read side, M/M/c.</source>
        <translation>sin escrituras (fracción de escrituras %1): solo el lado de lectura, M/M/c.</translation>
    </message>
    <message>
        <source>p99 ≈ S̄ + θ·ln(%1·ρ),  θ = (W − S̄)/ρ   (approximation: exponential tail of the wait)</source>
        <translation>p99 ≈ S̄ + θ·ln(%1·ρ),  θ = (W − S̄)/ρ   (aproximación: cola exponencial de la espera)</translation>
    </message>
    <message>
        <source>p99 ≈ S̄ + θ·ln(100·ρ),  θ = (W − S̄)/ρ   (approximation: exponential tail of the wait)</source>
        <translation>p99 ≈ S̄ + θ·ln(100·ρ),  θ = (W − S̄)/ρ   (aproximación: cola exponencial de la espera)</translation>
    </message>
    <message>
        <source>p99 ≈ s + θ·ln(%1·u),  s = k̃·c + d,  θ = (W − s)/u   (approximation; u the master&apos;s busy fraction, k̃ the size of the commit an average record is in)</source>
        <translation>p99 ≈ s + θ·ln(%1·u),  s = k̃·c + d,  θ = (W − s)/u   (aproximación; u la fracción de tiempo en que el maestro está ocupado, k̃ el tamaño del commit en el que está un registro medio)</translation>
    </message>
    <message>
        <source>pause P = (live/mark + heap/sweep)/s, s = %1 on a little core, big_factor on the big core, threads·(%2 − overhead) for parallel_little; run R = (heap − live)/(mutators·alloc); cycle C = R + P; mutator utilization U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w with w = k·C + r, %3 ≤ r &lt; C (the worst window starts with a pause)</source>
        <translation>pausa P = (live/mark + heap/sweep)/s, s = %1 en un núcleo pequeño, big_factor en el núcleo grande, threads·(%2 − overhead) con parallel_little; ejecución R = (heap − live)/(mutators·alloc); ciclo C = R + P; utilización de los mutadores U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w con w = k·C + r, %3 ≤ r &lt; C (la peor ventana empieza con una pausa)</translation>
    </message>
    <message>
        <source>pause P = (live/mark + heap/sweep)/s, s = 1 on a little core, big_factor on the big core, threads·(1 − overhead) for parallel_little; run R = (heap − live)/(mutators·alloc); cycle C = R + P; mutator utilization U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w with w = k·C + r, 0 ≤ r &lt; C (the worst window starts with a pause)</source>
        <translation>pausa P = (live/mark + heap/sweep)/s, s = 1 en un núcleo pequeño, big_factor en el núcleo grande, threads·(1 − overhead) con parallel_little; ejecución R = (heap − live)/(mutators·alloc); ciclo C = R + P; utilización de los mutadores U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w con w = k·C + r, 0 ≤ r &lt; C (la peor ventana empieza con una pausa)</translation>
    </message>
    <message>
        <source>quick estimate (approx): (b − %1)/(%2λ) + ρ/(%3 − ρ) · (%4/b)/%5 · s(b) + s(b),  ρ = λ·s(b)/b   (formation wait, then Kingman for Erlang-b batch arrivals at a deterministic server)</source>
        <translation>estimación rápida (aprox.): (b − %1)/(%2λ) + ρ/(%3 − ρ) · (%4/b)/%5 · s(b) + s(b),  ρ = λ·s(b)/b   (espera de formación, luego Kingman para llegadas de lotes Erlang-b a un servidor determinista)</translation>
    </message>
    <message>
        <source>quick estimate (approx): (b − 1)/(2λ) + ρ/(1 − ρ) · (1/b)/2 · s(b) + s(b),  ρ = λ·s(b)/b   (formation wait, then Kingman for Erlang-b batch arrivals at a deterministic server)</source>
        <translation>estimación rápida (aprox.): (b − 1)/(2λ) + ρ/(1 − ρ) · (1/b)/2 · s(b) + s(b),  ρ = λ·s(b)/b   (espera de formación, luego Kingman para llegadas de lotes Erlang-b a un servidor determinista)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C)</source>
        <translation>latencia de lectura = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (%1 + cs²)/%2 for non-exponential queries: approx)</source>
        <translation>latencia de lectura = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (%1 + cs²)/%2 para consultas no exponenciales: aprox.)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (1 + cs²)/2 for non-exponential queries: approx)</source>
        <translation>latencia de lectura = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (1 + cs²)/2 para consultas no exponenciales: aprox.)</translation>
    </message>
    <message>
        <source>rss_hash: λᵢ = λ · Σ p_f over the flows f whose Toeplitz hash maps to worker i,  p_f = f^(−s) / Σₖ k^(−s)</source>
        <translation>rss_hash: λᵢ = λ · Σ p_f sobre los flujos f cuyo hash de Toeplitz apunta al trabajador i,  p_f = f^(−s) / Σₖ k^(−s)</translation>
    </message>
    <message>
        <source>stable iff λ·s(b)/b &lt; %1; smallest stable batch b_min = ⌊λ·s0/(%2 − λ·s1)⌋ + %3</source>
        <translation>estable si y solo si λ·s(b)/b &lt; %1; lote estable más pequeño b_min = ⌊λ·s0/(%2 − λ·s1)⌋ + %3</translation>
    </message>
    <message>
        <source>stable iff λ·s(b)/b &lt; 1; smallest stable batch b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1</source>
        <translation>estable si y solo si λ·s(b)/b &lt; 1; lote estable más pequeño b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1</translation>
    </message>
    <message>
        <source>symmetric: P = %1 − (%2 − u·(%3 − (%4 − v·k/n)^quanta·(%5 − q)))^N; amp: P = %6 − (%7 − u·q)^N. Exact when each quantum lands on a core drawn uniformly and independently (symmetric) and the draws are independent. Bracket, a task that stays on the one core it was given: per task u·[(k/n)·(%8 − (%9 − v)^quanta·(%10 − q)) + (%11 − k/n)·q]. A task over its CPU budget runs only ⌊cpu_budget_ms/%12 ms⌋ quanta</source>
        <translation>symmetric: P = %1 − (%2 − u·(%3 − (%4 − v·k/n)^quanta·(%5 − q)))^N; amp: P = %6 − (%7 − u·q)^N. Exacta cuando cada quantum cae en un núcleo elegido de forma uniforme e independiente (symmetric) y los sorteos son independientes. Como cota, una tarea que se queda en el único núcleo que se le asignó: por tarea u·[(k/n)·(%8 − (%9 − v)^quanta·(%10 − q)) + (%11 − k/n)·q]. Una tarea que supera su presupuesto de CPU ejecuta solo ⌊cpu_budget_ms/%12 ms⌋ quanta</translation>
    </message>
    <message>
        <source>symmetric: P = 1 − (1 − u·(1 − (1 − v·k/n)^quanta·(1 − q)))^N; amp: P = 1 − (1 − u·q)^N. Exact when each quantum lands on a core drawn uniformly and independently (symmetric) and the draws are independent. Bracket, a task that stays on the one core it was given: per task u·[(k/n)·(1 − (1 − v)^quanta·(1 − q)) + (1 − k/n)·q]. A task over its CPU budget runs only ⌊cpu_budget_ms/1 ms⌋ quanta</source>
        <translation>symmetric: P = 1 − (1 − u·(1 − (1 − v·k/n)^quanta·(1 − q)))^N; amp: P = 1 − (1 − u·q)^N. Exacta cuando cada quantum cae en un núcleo elegido de forma uniforme e independiente (symmetric) y los sorteos son independientes. Como cota, una tarea que se queda en el único núcleo que se le asignó: por tarea u·[(k/n)·(1 − (1 − v)^quanta·(1 − q)) + (1 − k/n)·q]. Una tarea que supera su presupuesto de CPU ejecuta solo ⌊cpu_budget_ms/1 ms⌋ quanta</translation>
    </message>
    <message>
        <source>timeout: with fewer than b waiting the accelerator waits up to T for more; the timer starts when it is free and a request waits (Neuts&apos; (a, b) rule with a = b and this timer, which keeps the chain Markov)</source>
        <translation>timeout: si esperan menos de b, el acelerador espera hasta T a que lleguen más; el temporizador arranca cuando está libre y espera una petición (regla (a, b) de Neuts con a = b y este temporizador, que mantiene markoviana la cadena)</translation>
    </message>
    <message>
        <source>λ arrival rate, S_l = S_m + hand-over, S_w worker part, c workers</source>
        <translation>λ tasa de llegadas, S_l = S_m + traspaso, S_w parte del trabajador, c trabajadores</translation>
    </message>
    <message>
        <source>λ arrival rate, S_m master service, h hand-off, S_w worker service, c workers, c_s² squared coefficient of variation</source>
        <translation>λ tasa de llegadas, S_m tiempo de servicio del maestro, h traspaso, S_w tiempo de servicio del trabajador, c trabajadores, c_s² coeficiente de variación al cuadrado</translation>
    </message>
    <message>
        <source>λ arrival rate, S_m serialized step, h_lock lock hand-over between cores, S_w worker part, c workers</source>
        <translation>λ tasa de llegadas, S_m paso serializado, h_lock traspaso del cerrojo entre núcleos, S_w parte del trabajador, c trabajadores</translation>
    </message>
    <message>
        <source>λ arrival rate, s0 setup per batch, s1 time per request, b requests per batch at most, T batch timeout</source>
        <translation>λ tasa de llegadas, s0 preparación por lote, s1 tiempo por petición, b peticiones por lote como máximo, T tiempo límite del lote</translation>
    </message>
    <message>
        <source>λ packet rate, D master time per packet (steer_us), S mean worker time (process_us), W workers, s Zipf skew, K places per worker (ring plus the packet in service)</source>
        <translation>λ tasa de paquetes, D tiempo del maestro por paquete (steer_us), S tiempo medio del trabajador (process_us), W trabajadores, s sesgo de Zipf, K plazas por trabajador (el anillo más el paquete en servicio)</translation>
    </message>
    <message>
        <source>λ transaction rate, w write fraction, q mean query time, c workers, Wq(M/M/c) by Erlang C; d commit time per group (the fsync), s commit time per write, b writes per commit at most, T group timeout</source>
        <translation>λ tasa de transacciones, w fracción de escrituras, q tiempo medio de consulta, c trabajadores, Wq(M/M/c) según Erlang C; d tiempo de commit por grupo (el fsync), s tiempo de commit por escritura, b escrituras por commit como máximo, T tiempo límite del grupo</translation>
    </message>
    <message>
        <source>λ write rate reaching the master, c mean journal CPU per record (exponential), d log device time per commit (fixed), b = group_max, ρ master utilization, W mean consistency window</source>
        <translation>λ tasa de escrituras que llega al maestro, c CPU media del journal por registro (exponencial), d tiempo del dispositivo de log por commit (fijo), b = group_max, ρ utilización del maestro, W ventana de consistencia media</translation>
    </message>
    <message>
        <source>ρ_lock = λ·S = %1, ρ_workers = %2: a utilization ≥ %3 means the queue grows without bound; no mean sojourn exists.</source>
        <translation>ρ_lock = λ·S = %1, ρ_workers = %2: una utilización ≥ %3 significa que la cola crece sin límite; no existe un tiempo de permanencia medio.</translation>
    </message>
    <message>
        <source>ρ_m = λ·S,  ρ_w = λ·S_w / c,  X ≤ min(%1/S, c/S_w)</source>
        <translation>ρ_m = λ·S,  ρ_w = λ·S_w / c,  X ≤ min(%1/S, c/S_w)</translation>
    </message>
    <message>
        <source>ρ_m = λ·S,  ρ_w = λ·S_w / c,  X ≤ min(1/S, c/S_w)</source>
        <translation>ρ_m = λ·S,  ρ_w = λ·S_w / c,  X ≤ min(1/S, c/S_w)</translation>
    </message>
    <message>
        <source>ρ_master = λ·S = %1, ρ_workers = %2: a utilization ≥ %3 means the queue grows without bound; no mean sojourn exists.</source>
        <translation>ρ_master = λ·S = %1, ρ_workers = %2: una utilización ≥ %3 significa que la cola crece sin límite; no existe un tiempo de permanencia medio.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objetos</translation>
    </message>
    <message>
        <source>objects/ms</source>
        <translation>objetos/ms</translation>
    </message>
    <message>
        <source>quanta</source>
        <translation>quanta</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <source>× a little core</source>
        <translation>× un núcleo pequeño</translation>
    </message>
</context>
</TS>
