<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>There is no lab &apos;%1&apos;.</source>
        <translation>No existe el laboratorio «%1».</translation>
    </message>
</context>
<context>
    <name>amp::app::AssignmentDialog</name>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Each student gets their own numbers for the exercises, drawn from their id and the assignment&apos;s seed that the teacher gives. Your checks are kept as attempts; hand in your answers with &lt;tt&gt;amplab assignment LAB --student ID --seed S --answer EXERCISE=VALUE --submit FILE.json&lt;/tt&gt;.</source>
        <translation>Cada estudiante recibe sus propios números para los ejercicios, obtenidos de su identificador y de la semilla de la tarea que indica el profesorado. Sus comprobaciones se guardan como intentos; entregue sus respuestas con &lt;tt&gt;amplab assignment LAB --student ID --seed S --answer EXERCISE=VALUE --submit FILE.json&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>your student id</source>
        <translation>su identificador de estudiante</translation>
    </message>
    <message>
        <source>Student id:</source>
        <translation>Identificador de estudiante:</translation>
    </message>
    <message>
        <source>Assignment seed:</source>
        <translation>Semilla de la tarea:</translation>
    </message>
    <message>
        <source>The lab&apos;s own numbers</source>
        <translation>Los números propios del laboratorio</translation>
    </message>
</context>
<context>
    <name>amp::app::CliHelp</name>
    <message>
        <source>the GUI</source>
        <translation>la interfaz gráfica</translation>
    </message>
    <message>
        <source>list labs</source>
        <translation>lista los laboratorios</translation>
    </message>
    <message>
        <source>parameters, ranges, metrics, model</source>
        <translation>parámetros, rangos, métricas, modelo</translation>
    </message>
    <message>
        <source>every record of the first replication (or real run)</source>
        <translation>cada registro de la primera replicación (o de la ejecución real)</translation>
    </message>
    <message>
        <source>the curve and a table per point</source>
        <translation>la curva y una tabla por punto</translation>
    </message>
    <message>
        <source>prints the commands that run it as N shards, then merge them</source>
        <translation>muestra las órdenes que la ejecutan en N partes y luego las combinan</translation>
    </message>
    <message>
        <source>a choice parameter sweeps all its choices: %1</source>
        <translation>un parámetro de selección recorre todas sus opciones: %1</translation>
    </message>
    <message>
        <source>a table parameter takes JSON rows: %1</source>
        <translation>un parámetro de tabla admite filas JSON: %1</translation>
    </message>
    <message>
        <source>a list of runs/sweeps, e.g. a class assignment</source>
        <translation>una lista de ejecuciones/barridos, p. ej. una tarea de clase</translation>
    </message>
    <message>
        <source>the run a report carries, again</source>
        <translation>la ejecución que contiene un informe, de nuevo</translation>
    </message>
    <message>
        <source>(%1: the N newest runs, after skipping the K newest)</source>
        <translation>(%1: las N ejecuciones más recientes, tras saltar las K más recientes)</translation>
    </message>
    <message>
        <source>name or annotate a saved run (shown in exports)</source>
        <translation>nombra o anota una ejecución guardada (aparece en las exportaciones)</translation>
    </message>
    <message>
        <source>fold databases (e.g. sweep shards) together</source>
        <translation>combina bases de datos (p. ej. las partes de un barrido)</translation>
    </message>
    <message>
        <source>B − A with its own 95% CI; two simulations are re-run in pairs with common random numbers (paired), other runs are compared from their own CIs</source>
        <translation>B − A con su propio IC del 95 %; dos simulaciones se vuelven a ejecutar por pares con números aleatorios comunes (emparejadas), las demás ejecuciones se comparan por sus propios IC</translation>
    </message>
    <message>
        <source>step through a lesson script in presentation mode (GUI); %1 validates it headless (labs, keys, values, conditions, charts); a lab&apos;s id stands for its shipped lesson</source>
        <translation>recorre un guion de lección en modo presentación (GUI); %1 lo valida sin interfaz (laboratorios, claves, valores, condiciones, gráficos); el identificador de un laboratorio designa su lección incluida</translation>
    </message>
    <message>
        <source>a problem per student: the exercises with the student&apos;s own numbers, drawn from the id and the assignment&apos;s seed; %1 writes the ASSIGNMENT.json to grade with</source>
        <translation>un problema por estudiante: los ejercicios con sus propios números, extraídos de su identificador y de la semilla de la tarea; %1 escribe el ASSIGNMENT.json con el que se califica</translation>
    </message>
    <message>
        <source>hands in predictions (and the saved runs made for them); run again to add</source>
        <translation>entrega predicciones (y las ejecuciones guardadas para ellas); vuelva a ejecutarlo para añadir más</translation>
    </message>
    <message>
        <source>every submission in %1 graded on the problem derived again from its student&apos;s id (model, or the seeded simulation): a CSV row per answer, with its error</source>
        <translation>cada entrega de %1 se califica con el problema derivado de nuevo del identificador de su estudiante (modelo o simulación con semilla): una fila CSV por respuesta, con su error</translation>
    </message>
    <message>
        <source>A real run without %1 runs until the key metric&apos;s 95% CI is within %2 (default 5%) of its mean, at most 60 s. It starts from parameters fitted to this machine (fewer workers, the same utilizations; %3 keeps the lab&apos;s own) and at the lab&apos;s time scale (%4: work K× shorter, arrivals K× denser, results in the lab&apos;s time; K:1 stretches it; 1:1 = the lab&apos;s own time).</source>
        <translation>Una ejecución real sin %1 dura hasta que el IC del 95 % de la métrica principal queda dentro de %2 (por defecto 5 %) de su media, como mucho 60 s. Parte de parámetros ajustados a esta máquina (menos trabajadores, las mismas utilizaciones; %3 conserva los del laboratorio) y de la escala de tiempo del laboratorio (%4: trabajo K× más corto, llegadas K× más densas, resultados en el tiempo del laboratorio; K:1 lo estira; 1:1 = el tiempo propio del laboratorio).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 a run failed or could not be saved, or the database is not AMP Lab&apos;s, corrupt or newer; 2 bad input.</source>
        <translation>Código de salida: 0 éxito; 1 una ejecución falló o no pudo guardarse, o la base de datos no es de AMP Lab, está dañada o es más reciente; 2 entrada no válida.</translation>
    </message>
    <message>
        <source>The database is %1, else %2, else the per-user data folder; its folder must exist (the per-user one is created).</source>
        <translation>La base de datos es %1; si no, %2; si no, la carpeta de datos del usuario; su carpeta debe existir (la del usuario se crea).</translation>
    </message>
    <message>
        <source>%1 — a teaching lab for asymmetric multiprocessing</source>
        <translation>%1 — un laboratorio docente de multiprocesamiento asimétrico</translation>
    </message>
</context>
<context>
    <name>amp::app::CliWords</name>
    <message>
        <source>interrupted: %1</source>
        <translation>interrumpido: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;; see &apos;amplab help&apos;</source>
        <translation>argumento desconocido &apos;%1&apos;; véase &apos;amplab help&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number in [%2, %3], got &apos;%4&apos;</source>
        <translation>%1 debe ser un número en [%2, %3]; se recibió &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number in [%2, %3], got &apos;%4&apos;</source>
        <translation>%1 debe ser un número entero en [%2, %3]; se recibió &apos;%4&apos;</translation>
    </message>
    <message>
        <source>fitted to this machine: %1 (--no-fit keeps the lab&apos;s own values; a parameter you --set is kept)</source>
        <translation>ajustado a este equipo: %1 (--no-fit conserva los valores propios del laboratorio; un parámetro fijado con --set se mantiene)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3 run %4, seed %5</source>
        <translation>%1 (%2), ejecución %4 (%3), semilla %5</translation>
    </message>
    <message>
        <source>95% CI %1</source>
        <translation>IC del 95 % %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>(at measured service %1)</source>
        <translation>(con el servicio medido %1)</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>veredicto: %1</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>cuello de botella: %1</translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation>duración: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>lab id (see &apos;amplab labs&apos;)</source>
        <translation>el identificador de un laboratorio (véase &apos;amplab labs&apos;)</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>valor por defecto %1</translation>
    </message>
    <message>
        <source>(a temporary folder)</source>
        <translation>(una carpeta temporal)</translation>
    </message>
    <message>
        <source>(only when %1 is %2)</source>
        <translation>(solo cuando %1 es %2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>an integer in [%1, %2] %3, default %4</source>
        <translation>un entero en [%1, %2] %3, valor por defecto %4</translation>
    </message>
    <message>
        <source>a number in [%1, %2] %3, default %4</source>
        <translation>un número en [%1, %2] %3, valor por defecto %4</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Métricas:</translation>
    </message>
    <message>
        <source>Model values:</source>
        <translation>Valores del modelo:</translation>
    </message>
    <message>
        <source>Runs are transient: one outcome per replication, no warm-up deleted.</source>
        <translation>Las ejecuciones son transitorias: un resultado por réplica, sin descartar calentamiento.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>--samples %1: the file must end in .csv</source>
        <translation>--samples %1: el archivo debe terminar en .csv</translation>
    </message>
    <message>
        <source>--samples needs a simulation or a real run: a model run has no requests to record</source>
        <translation>--samples necesita una simulación o una ejecución real: una ejecución del modelo no tiene peticiones que registrar</translation>
    </message>
    <message>
        <source>wrote %1 records of the real run to %2%3</source>
        <translation>se escribieron %1 registros de la ejecución real en %2%3</translation>
    </message>
    <message>
        <source>wrote %1 records of the first replication to %2%3</source>
        <translation>se escribieron %1 registros de la primera réplica en %2%3</translation>
    </message>
    <message>
        <source> (1 request in %1, chosen at random: weight %1)</source>
        <translation> (1 petición de cada %1, elegida al azar: peso %1)</translation>
    </message>
    <message>
        <source>the run stopped and was saved as cancelled (run %1), with what it measured until then</source>
        <translation>la ejecución se detuvo y se guardó como cancelada (ejecución %1), con lo medido hasta entonces</translation>
    </message>
    <message>
        <source>the run stopped and could not be saved: %1</source>
        <translation>la ejecución se detuvo y no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>error: the run failed: %1</source>
        <translation>error: la ejecución falló: %1</translation>
    </message>
    <message>
        <source>error: the run was not saved: %1</source>
        <translation>error: la ejecución no se guardó: %1</translation>
    </message>
    <message>
        <source>warning: the system is unstable (utilization ≥ 1 at the %1)</source>
        <translation>aviso: el sistema es inestable (utilización ≥ 1 en %1)</translation>
    </message>
    <message>
        <source>sweep needs --vary key=from:to:steps[:log] (twice for a two-parameter sweep)</source>
        <translation>sweep necesita --vary key=from:to:steps[:log] (dos veces para un barrido de dos parámetros)</translation>
    </message>
    <message>
        <source>--vary may be given at most twice (a two-parameter sweep)</source>
        <translation>--vary puede darse como máximo dos veces (un barrido de dos parámetros)</translation>
    </message>
    <message>
        <source>--shard must be K/N with 1 ≤ K ≤ N, got &apos;%1&apos;</source>
        <translation>--shard debe ser K/N con 1 ≤ K ≤ N; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--report covers one-parameter sweeps; a two-parameter sweep&apos;s heat map is in the GUI</source>
        <translation>--report cubre barridos de un parámetro; el mapa de calor de un barrido de dos parámetros está en la interfaz gráfica</translation>
    </message>
    <message>
        <source>--plan makes the shards itself: leave out --shard</source>
        <translation>--plan crea las partes por sí mismo: omita --shard</translation>
    </message>
    <message>
        <source>error: a point was not saved: %1</source>
        <translation>error: un punto no se guardó: %1</translation>
    </message>
    <message>
        <source>the sweep stopped; %1 of its points were saved (an unfinished one as cancelled)</source>
        <translation>el barrido se detuvo; se guardaron %1 de sus puntos (uno sin terminar, como cancelado)</translation>
    </message>
    <message>
        <source>note: --chart draws one-parameter sweeps; a two-parameter sweep&apos;s heat map is in the GUI</source>
        <translation>nota: --chart dibuja barridos de un parámetro; el mapa de calor de un barrido de dos parámetros está en la interfaz gráfica</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC del 95 %</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>change from the previous point [95% CI]</source>
        <translation>cambio respecto al punto anterior [IC del 95 %]</translation>
    </message>
    <message>
        <source>paired, %1 pairs</source>
        <translation>emparejado, %1 pares</translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation>no emparejado</translation>
    </message>
    <message>
        <source>batch file (JSON)</source>
        <translation>archivo de lote (JSON)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the batch stopped after entry %1 of %2</source>
        <translation>el lote se detuvo tras la entrada %1 de %2</translation>
    </message>
    <message>
        <source>run id %1</source>
        <translation>número de ejecución %1</translation>
    </message>
    <message>
        <source>run ids must be positive integers, got &apos;%1&apos;</source>
        <translation>los números de ejecución deben ser enteros positivos; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run %1 is of lab &apos;%2&apos; and run %3 of &apos;%4&apos;: compare runs of one lab</source>
        <translation>la ejecución %1 es del laboratorio &apos;%2&apos; y la ejecución %3 de &apos;%4&apos;: compare ejecuciones de un mismo laboratorio</translation>
    </message>
    <message>
        <source>run %1 is a model-only run, which has no CI: compare simulations or real runs</source>
        <translation>la ejecución %1 es solo del modelo y no tiene IC: compare simulaciones o ejecuciones reales</translation>
    </message>
    <message>
        <source>--metric %1 is not a metric of %2 (see &apos;amplab describe %2&apos;)</source>
        <translation>--metric %1 no es una métrica de %2 (véase &apos;amplab describe %2&apos;)</translation>
    </message>
    <message>
        <source>the comparison stopped; nothing was saved (a comparison is recomputed, never stored)</source>
        <translation>la comparación se detuvo; no se guardó nada (una comparación se recalcula, nunca se almacena)</translation>
    </message>
    <message>
        <source>--pairs pairs simulations; run %1 or %2 is not one</source>
        <translation>--pairs empareja simulaciones; la ejecución %1 o la %2 no lo es</translation>
    </message>
    <message>
        <source>error: cannot compare: %1</source>
        <translation>error: no se puede comparar: %1</translation>
    </message>
    <message>
        <source>output database</source>
        <translation>base de datos de salida</translation>
    </message>
    <message>
        <source>input database</source>
        <translation>base de datos de entrada</translation>
    </message>
    <message>
        <source>runs merge needs OUT.db and at least one IN.db</source>
        <translation>runs merge necesita OUT.db y al menos una IN.db</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 runs merged</source>
        <translation>%1: %2 ejecuciones fusionadas</translation>
    </message>
    <message>
        <source>runs subcommand (list|show|export|delete|merge)</source>
        <translation>un subcomando de runs (list|show|export|delete|merge)</translation>
    </message>
    <message>
        <source>unknown runs subcommand &apos;%1&apos;; use %2</source>
        <translation>subcomando de runs desconocido &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>run id</source>
        <translation>número de ejecución</translation>
    </message>
    <message>
        <source>run id must be a positive integer, got &apos;%1&apos;</source>
        <translation>el número de ejecución debe ser un entero positivo; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--since must be a date or time in ISO 8601 (2026-12-01 or 2026-12-01T14:00:00Z), got &apos;%1&apos;</source>
        <translation>--since debe ser una fecha u hora en ISO 8601 (2026-12-01 o 2026-12-01T14:00:00Z); se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--offset needs --limit (a page of the newest runs)</source>
        <translation>--offset necesita --limit (una página de las ejecuciones más recientes)</translation>
    </message>
    <message>
        <source>no runs in %1</source>
        <translation>no hay ejecuciones en %1</translation>
    </message>
    <message>
        <source>%1 (model)</source>
        <translation>%1 (modelo)</translation>
    </message>
    <message>
        <source>showing %1 of %2 runs (--limit, --offset page from the newest)</source>
        <translation>se muestran %1 de %2 ejecuciones (--limit, --offset paginan desde las más recientes)</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nombre: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>run %1 belongs to an unknown lab</source>
        <translation>la ejecución %1 pertenece a un laboratorio desconocido</translation>
    </message>
    <message>
        <source>--format must be one of %1, got &apos;%2&apos;</source>
        <translation>--format debe ser uno de %1; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.pdf</source>
        <translation>--format pdf necesita --output FILE.pdf</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nombre nuevo</translation>
    </message>
    <message>
        <source>note text</source>
        <translation>texto de la nota</translation>
    </message>
    <message>
        <source>run %1 is now named &apos;%2&apos;</source>
        <translation>la ejecución %1 se llama ahora &apos;%2&apos;</translation>
    </message>
    <message>
        <source>run %1&apos;s note is set</source>
        <translation>la nota de la ejecución %1 está guardada</translation>
    </message>
    <message>
        <source>deleted run %1</source>
        <translation>ejecución %1 eliminada</translation>
    </message>
    <message>
        <source>(amplab --help shows every command.)</source>
        <translation>(amplab --help muestra todas las órdenes.)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: %2 (or --help, --version; no arguments opens the GUI)</source>
        <translation>orden desconocida &apos;%1&apos;; órdenes: %2 (o --help, --version; sin argumentos se abre la interfaz gráfica)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>unknown lab &apos;%1&apos;; labs: %2</source>
        <translation>laboratorio desconocido &apos;%1&apos;; laboratorios: %2</translation>
    </message>
    <message>
        <source>--mode must be one of model|sim|real, got &apos;%1&apos;</source>
        <translation>--mode debe ser model, sim o real; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration (seconds)</source>
        <translation>--duration (segundos)</translation>
    </message>
    <message>
        <source>--warmup (seconds)</source>
        <translation>--warmup (segundos)</translation>
    </message>
    <message>
        <source>--precision (relative CI half-width)</source>
        <translation>--precision (semiamplitud relativa del IC)</translation>
    </message>
    <message>
        <source>--time-scale must be 1:K (compress the lab&apos;s time K×, K up to 10000) or K:1 (stretch it, K up to 100), got &apos;%1&apos;</source>
        <translation>--time-scale debe ser 1:K (comprimir el tiempo del laboratorio K veces, K hasta 10000) o K:1 (estirarlo, K hasta 100); se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--service-clock must be time (busy until the requested time has passed) or work (a fixed amount of computation), got &apos;%1&apos;</source>
        <translation>--service-clock debe ser time (ocupado hasta que pasa el tiempo pedido) o work (una cantidad fija de cálculo); se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration of a real run must be at most 600 s</source>
        <translation>--duration de una ejecución real debe ser como máximo 600 s</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no sim mode</source>
        <translation>el laboratorio &apos;%1&apos; no tiene simulación</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no real mode</source>
        <translation>el laboratorio &apos;%1&apos; no tiene ejecución real</translation>
    </message>
    <message>
        <source>paired: %1 replication pairs of %2 simulated s, both with run %3&apos;s random numbers (seed %4)</source>
        <translation>emparejado: %1 pares de réplicas de %2 s simulados, ambos con los números aleatorios de la ejecución %3 (semilla %4)</translation>
    </message>
    <message>
        <source>unpaired, from each run&apos;s own CI: only simulations can replay the same random numbers</source>
        <translation>no emparejado, a partir del IC propio de cada ejecución: solo las simulaciones pueden repetir los mismos números aleatorios</translation>
    </message>
    <message>
        <source>no difference is shown: the CI of B − A contains 0</source>
        <translation>no se aprecia ninguna diferencia: el IC de B − A contiene el 0</translation>
    </message>
    <message>
        <source>B is higher than A (the CI of B − A excludes 0)</source>
        <translation>B es mayor que A (el IC de B − A excluye el 0)</translation>
    </message>
    <message>
        <source>B is lower than A (the CI of B − A excludes 0)</source>
        <translation>B es menor que A (el IC de B − A excluye el 0)</translation>
    </message>
    <message>
        <source>compare run %1 (A) with run %2 (B), %3, %4</source>
        <translation>comparación de la ejecución %1 (A) con la ejecución %2 (B), %3, %4</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>difiere en: %1</translation>
    </message>
    <message>
        <source>no parameter differs</source>
        <translation>ningún parámetro difiere</translation>
    </message>
    <message>
        <source>the same replications unpaired: %1: pairing removes the noise both runs share</source>
        <translation>las mismas réplicas sin emparejar: %1: emparejar elimina el ruido que comparten ambas ejecuciones</translation>
    </message>
    <message>
        <source>warm-up (MSER-5)</source>
        <translation>calentamiento (MSER-5)</translation>
    </message>
    <message>
        <source>replication pairs</source>
        <translation>pares de réplicas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>replication %1/%2</source>
        <translation>réplica %1/%2</translation>
    </message>
    <message>
        <source>real run %1 of %2</source>
        <translation>ejecución real %1 de %2</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>ejecución %1: %2</translation>
    </message>
    <message>
        <source>--vary: &apos;%1&apos; is not a parameter of %2</source>
        <translation>--vary: &apos;%1&apos; no es un parámetro de %2</translation>
    </message>
    <message>
        <source>--vary: %1 is a choice: give &apos;%1&apos; (all of %2) or indices in [0, %3]</source>
        <translation>--vary: %1 es una elección: indique &apos;%1&apos; (todas las de %2) o índices en [0, %3]</translation>
    </message>
    <message>
        <source>--vary: &apos;%1&apos; is not a number or a choice; allowed is %2</source>
        <translation>--vary: &apos;%1&apos; no es ni un número ni una elección; se admite %2</translation>
    </message>
    <message>
        <source>&quot;vary&quot; needs one or two key=from:to:steps[:log]</source>
        <translation>&quot;vary&quot; necesita uno o dos key=from:to:steps[:log]</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, entrada %2: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: se esperaba un objeto; se recibió %2</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; did you mean &quot;%3&quot;? Allowed: %4</source>
        <translation>%1: clave desconocida &quot;%2&quot;; ¿quería decir &quot;%3&quot;? Se admiten: %4</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: se esperaba %2; se recibió %3</translation>
    </message>
    <message>
        <source>%1: needs &quot;lab&quot; (a lab id, see &apos;amplab labs&apos;)</source>
        <translation>%1: necesita &quot;lab&quot; (el identificador de un laboratorio, véase &apos;amplab labs&apos;)</translation>
    </message>
    <message>
        <source>a lab id (a string)</source>
        <translation>el identificador de un laboratorio (un texto)</translation>
    </message>
    <message>
        <source>&quot;model&quot;, &quot;sim&quot; or &quot;real&quot;</source>
        <translation>&quot;model&quot;, &quot;sim&quot; o &quot;real&quot;</translation>
    </message>
    <message>
        <source>&quot;1:K&quot; or &quot;K:1&quot;</source>
        <translation>&quot;1:K&quot; o &quot;K:1&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot; or &quot;work&quot;</source>
        <translation>&quot;time&quot; o &quot;work&quot;</translation>
    </message>
    <message>
        <source>an object of parameter values ({&quot;key&quot;: value})</source>
        <translation>un objeto con valores de parámetros ({&quot;key&quot;: value})</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>un número de segundos</translation>
    </message>
    <message>
        <source>&quot;key=from:to:steps[:log]&quot; or a list of two of them</source>
        <translation>&quot;key=from:to:steps[:log]&quot; o una lista de dos de ellos</translation>
    </message>
    <message>
        <source>a number, a text or table rows</source>
        <translation>un número, un texto o filas de tabla</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 has no runs (expected {&quot;runs&quot;: [...]} or a list)</source>
        <translation>%1 no tiene ejecuciones (se esperaba {&quot;runs&quot;: [...]} o una lista)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;. Allowed: %3</source>
        <translation>%1: clave desconocida &quot;%2&quot;. Se admiten: %3</translation>
    </message>
    <message>
        <source>%1 (see &apos;%2&apos;)</source>
        <translation>%1 (véase &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>within %1%, graded by the model</source>
        <translation>dentro del %1 %, calificado por el modelo</translation>
    </message>
    <message>
        <source>within %1% or inside the 95% CI, graded by a seeded simulation</source>
        <translation>dentro del %1 % o del IC del 95 %, calificado por una simulación con semilla</translation>
    </message>
    <message>
        <source>within %1%, graded on the model (your real run is yours to make; the grader cannot re-run it)</source>
        <translation>dentro del %1 %, calificado con el modelo (la ejecución real es cosa suya; el calificador no puede repetirla)</translation>
    </message>
    <message>
        <source>within %1%</source>
        <translation>dentro del %1 %</translation>
    </message>
    <message>
        <source>Varies:</source>
        <translation>Varía:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Fijar:</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Predecir:</translation>
    </message>
    <message>
        <source>Assignment: %1 (%2), seed %3</source>
        <translation>Tarea: %1 (%2), semilla %3</translation>
    </message>
    <message>
        <source>Assignment: %1 (%2), seed %3, student %4</source>
        <translation>Tarea: %1 (%2), semilla %3, estudiante %4</translation>
    </message>
    <message>
        <source>Your numbers are the settings under each exercise; a number the text works out from them (a
utilization, a capacity) may be the lab&apos;s own example.</source>
        <translation>Sus números son los ajustes bajo cada ejercicio; un número que el texto deduce de ellos (una
utilización, una capacidad) puede ser el ejemplo propio del laboratorio.</translation>
    </message>
    <message>
        <source>nothing (the same for every student)</source>
        <translation>nada (igual para todos los estudiantes)</translation>
    </message>
    <message>
        <source>nothing (the lab&apos;s defaults)</source>
        <translation>nada (los valores por defecto del laboratorio)</translation>
    </message>
    <message>
        <source>(the exercise&apos;s own numbers: no other draw passed the lab&apos;s checks)</source>
        <translation>(los números propios del ejercicio: ningún otro sorteo superó las comprobaciones del laboratorio)</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message>
        <source>Each student&apos;s own numbers: %1</source>
        <translation>Los números propios de cada estudiante: %1</translation>
    </message>
    <message>
        <source>To grade: %1, then %2</source>
        <translation>Para calificar: %1, después %2</translation>
    </message>
    <message>
        <source>To hand in: %1</source>
        <translation>Para entregar: %1</translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: expected EXERCISE=VALUE with EXERCISE one of %3 (lab &apos;%4&apos;)</source>
        <translation>%1 &apos;%2&apos;: se esperaba EXERCISE=VALUE con EXERCISE uno de %3 (laboratorio &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: the prediction must be a number</source>
        <translation>%1: la predicción debe ser un número</translation>
    </message>
    <message>
        <source>%1: the prediction must be a number in %2</source>
        <translation>%1: la predicción debe ser un número en %2</translation>
    </message>
    <message>
        <source>%1: no such run in %2 (the runs: %3)</source>
        <translation>%1: no existe esa ejecución en %2 (las ejecuciones: %3)</translation>
    </message>
    <message>
        <source>%1: a run of lab %2, not %3</source>
        <translation>%1: una ejecución del laboratorio %2, no de %3</translation>
    </message>
    <message>
        <source>%1 = %2, yours %3</source>
        <translation>%1 = %2, el suyo %3</translation>
    </message>
    <message>
        <source>run %1 was not made at your numbers for %2 (%3)</source>
        <translation>la ejecución %1 no se hizo con sus números para %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (--submit adds to a submission file, or writes a new one)</source>
        <translation>%1 (--submit amplía un archivo de entrega o escribe uno nuevo)</translation>
    </message>
    <message>
        <source>%1: the submission of student %2 for %3 seed %4, not of %5 for %6 seed %7; choose another file</source>
        <translation>%1: la entrega de %2 para %3 semilla %4, no de %5 para %6 semilla %7; elija otro archivo</translation>
    </message>
    <message>
        <source>Saved 1 answer of %1 to %2 (%3 of %4 exercises answered). Hand in that file.</source>
        <translation>Guardada 1 respuesta de %1 en %2 (%3 de %4 ejercicios respondidos). Entregue ese archivo.</translation>
    </message>
    <message>
        <source>Saved %1 answers of %2 to %3 (%4 of %5 exercises answered). Hand in that file.</source>
        <translation>Guardadas %1 respuestas de %2 en %3 (%4 de %5 ejercicios respondidos). Entregue ese archivo.</translation>
    </message>
    <message>
        <source>your attempt could not be saved: %1</source>
        <translation>no se pudo guardar su intento: %1</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;; see &apos;%2&apos;</source>
        <translation>argumento desconocido &apos;%1&apos;; véase &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs an id (a name, a number)</source>
        <translation>%1 necesita un identificador (un nombre, un número)</translation>
    </message>
    <message>
        <source>%1 goes with %2 and %3</source>
        <translation>%1 va con %2 y %3</translation>
    </message>
    <message>
        <source>%1 and %2 go together</source>
        <translation>%1 y %2 van juntos</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers passed, %3 exercises not answered</source>
        <translation>%1 de %2 respuestas aprobadas, %3 ejercicios sin responder</translation>
    </message>
    <message>
        <source>1 row with an error</source>
        <translation>1 fila con un error</translation>
    </message>
    <message>
        <source>%1 rows with an error</source>
        <translation>%1 filas con un error</translation>
    </message>
    <message>
        <source>%1 takes %2 and a folder of submissions</source>
        <translation>%1 recibe %2 y una carpeta de entregas</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: </source>
        <translation>clave &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>%1: not a folder (the students&apos; submission files)</source>
        <translation>%1: no es una carpeta (los archivos de entrega de los estudiantes)</translation>
    </message>
    <message>
        <source>1 submission: %1</source>
        <translation>1 entrega: %1</translation>
    </message>
    <message>
        <source>%1 submissions: %2</source>
        <translation>%1 entregas: %2</translation>
    </message>
    <message>
        <source>%1 (it is missing)</source>
        <translation>%1 (falta)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: no es JSON (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>%1: the document must be a JSON object</source>
        <translation>%1: el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be %3</source>
        <translation>%1: la clave &apos;%2&apos; debe ser %3</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a non-empty text</source>
        <translation>%1: la clave &apos;%2&apos; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a whole number in [0, 2^53]</source>
        <translation>%1: la clave &apos;%2&apos; debe ser un número entero en [0, 2^53]</translation>
    </message>
    <message>
        <source>unknown exercise &apos;%1&apos; for lab &apos;%2&apos;; exercises: %3</source>
        <translation>ejercicio desconocido &apos;%1&apos; para el laboratorio &apos;%2&apos;; ejercicios: %3</translation>
    </message>
    <message>
        <source>lab &apos;%1&apos; has no exercises</source>
        <translation>el laboratorio &apos;%1&apos; no tiene ejercicios</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be a non-empty list of {&quot;id&quot;: EXERCISE}</source>
        <translation>%1: la clave &apos;%2&apos; debe ser una lista no vacía de {&quot;id&quot;: EXERCISE}</translation>
    </message>
    <message>
        <source>%1: exercises[%2].id must be the id of one of the lab&apos;s exercises</source>
        <translation>%1: exercises[%2].id debe ser el identificador de uno de los ejercicios del laboratorio</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be an object {EXERCISE: prediction}</source>
        <translation>%1: la clave &apos;%2&apos; debe ser un objeto {EXERCISE: predicción}</translation>
    </message>
    <message>
        <source>%1: answers.%2 must be a number (the prediction, in the metric&apos;s unit)</source>
        <translation>%1: answers.%2 debe ser un número (la predicción, en la unidad de la métrica)</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; must be an object {EXERCISE: {&quot;uuid&quot;: RUN, &quot;value&quot;: v}}</source>
        <translation>%1: la clave &apos;%2&apos; debe ser un objeto {EXERCISE: {&quot;uuid&quot;: RUN, &quot;value&quot;: v}}</translation>
    </message>
    <message>
        <source>%1: runs.%2 must be {&quot;uuid&quot;: the run&apos;s UUID, &quot;value&quot;: a number (optional)}</source>
        <translation>%1: runs.%2 debe ser {&quot;uuid&quot;: el UUID de la ejecución, &quot;value&quot;: un número (opcional)}</translation>
    </message>
    <message>
        <source>lesson: unknown option &apos;%1&apos;; allowed: %2</source>
        <translation>lesson: opción desconocida &apos;%1&apos;; permitidas: %2</translation>
    </message>
    <message>
        <source>usage: %1 (without --check the GUI steps through it)</source>
        <translation>uso: %1 (sin --check la GUI lo recorre paso a paso)</translation>
    </message>
    <message>
        <source>No display found, so the lesson cannot be shown; &apos;amplab lesson FILE --check&apos; validates it headless.</source>
        <translation>No se encontró ninguna pantalla, así que la lección no puede mostrarse; &apos;amplab lesson FILE --check&apos; la valida sin interfaz.</translation>
    </message>
    <message>
        <source>No display found, so the GUI cannot open. Running a headless &apos;foundations&apos; simulation instead; see &apos;amplab help&apos; for the command line.</source>
        <translation>No se encontró ninguna pantalla, así que la GUI no puede abrirse. En su lugar se ejecuta una simulación de &apos;foundations&apos; sin interfaz; &apos;amplab help&apos; describe la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>amp::app::ExerciseGrading</name>
    <message>
        <source>this is a virtual machine, whose timings are noisier</source>
        <translation>esta es una máquina virtual, cuyos tiempos son más ruidosos</translation>
    </message>
    <message>
        <source>the run had more threads than cores</source>
        <translation>la ejecución tenía más hilos que núcleos</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The %1 gives %2</source>
        <translation>Resultado (%1): %2</translation>
    </message>
    <message>
        <source> (95% CI %1 … %2)</source>
        <translation> (IC del 95 %: %1 … %2)</translation>
    </message>
    <message>
        <source>You predicted %1; the %2 gives %3. Passed ✓ (within %4%).</source>
        <translation>Su predicción: %1; resultado (%2): %3. Superado ✓ (dentro del %4 %).</translation>
    </message>
    <message>
        <source>You predicted %1. Not yet: that is %2% above what the %3 gives; within %4% passes.</source>
        <translation>Su predicción: %1. Todavía no: está un %2 % por encima del resultado (%3); se supera dentro del %4 %.</translation>
    </message>
    <message>
        <source>You predicted %1. Not yet: that is %2% below what the %3 gives; within %4% passes.</source>
        <translation>Su predicción: %1. Todavía no: está un %2 % por debajo del resultado (%3); se supera dentro del %4 %.</translation>
    </message>
    <message>
        <source>Think again, or show the answer.</source>
        <translation>Piénselo de nuevo o muestre la respuesta.</translation>
    </message>
    <message>
        <source>The tolerance was widened from %1% to %2% because %3.</source>
        <translation>La tolerancia se amplió del %1 % al %2 % porque %3.</translation>
    </message>
</context>
<context>
    <name>amp::app::ExercisePanel</name>
    <message>
        <source>This lab has no exercises yet.</source>
        <translation>Este laboratorio aún no tiene ejercicios.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exercise %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejercicio %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>los valores por defecto</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Check applies these settings first; other parameters go to their defaults.</source>
        <translation>«Comprobar» aplica primero esta configuración; los demás parámetros vuelven a sus valores por defecto.</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Usar esta configuración</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Su predicción:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check by running</source>
        <translation>Comprobar con una ejecución</translation>
    </message>
    <message>
        <source>Compares with the model&apos;s answer</source>
        <translation>Compara con la respuesta del modelo</translation>
    </message>
    <message>
        <source>Runs the lab with these settings and compares</source>
        <translation>Ejecuta el laboratorio con esta configuración y compara</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>Enter your prediction and check it first; then the answer is yours to see.</source>
        <translation>Introduzca su predicción y compruébela primero; después podrá ver la respuesta.</translation>
    </message>
    <message>
        <source>Predict first, then check: the run tells you how close you were.</source>
        <translation>Primero prediga, luego compruebe: la ejecución le dice cuánto se ha acercado.</translation>
    </message>
    <message>
        <source>Enter a number first: your prediction is what the check compares.</source>
        <translation>Introduzca primero un número: la comprobación compara su predicción.</translation>
    </message>
    <message>
        <source>The answer and why</source>
        <translation>La respuesta y por qué</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source> ✓ passed</source>
        <translation> ✓ superado</translation>
    </message>
    <message numerus="yes">
        <source>Progress: %1 of %2 exercises passed (%n attempt(s) so far). Predict first, then check.</source>
        <translation>
            <numerusform>Progreso: %1 de %2 ejercicios superados (%n intento hasta ahora). Primero prediga, luego compruebe.</numerusform>
            <numerusform>Progreso: %1 de %2 ejercicios superados (%n intentos hasta ahora). Primero prediga, luego compruebe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Your prediction for exercise %1</source>
        <translation>Tu predicción para el ejercicio %1</translation>
    </message>
</context>
<context>
    <name>amp::app::HistoryDock</name>
    <message>
        <source>Run history</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Only this lab</source>
        <translation>Solo este laboratorio</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Métrica principal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two runs to overlay them</source>
        <translation>Seleccione dos ejecuciones para superponerlas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>Recuperar las últimas ejecuciones eliminadas</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar la ejecución</translation>
    </message>
    <message>
        <source>No run database is open, so runs are not kept.</source>
        <translation>No hay ninguna base de datos de ejecuciones abierta, así que las ejecuciones no se guardan.</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: sin valor</translation>
    </message>
    <message>
        <source>%1 = %2 (model)</source>
        <translation>%1 = %2 (modelo)</translation>
    </message>
    <message>
        <source>Started %1 (UTC) · %2</source>
        <translation>Iniciada %1 (UTC) · %2</translation>
    </message>
    <message>
        <source>Could not open run #%1: %2</source>
        <translation>No se pudo abrir la ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>Could not open the runs to compare: %1</source>
        <translation>No se pudieron abrir las ejecuciones que se iban a comparar: %1</translation>
    </message>
    <message>
        <source>Could not rename run #%1: %2</source>
        <translation>No se pudo cambiar el nombre de la ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>Could not save the note of run #%1: %2</source>
        <translation>No se pudo guardar la nota de la ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>Could not delete run #%1: %2</source>
        <translation>No se pudo eliminar la ejecución n.º %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) deleted. Undo brings them back.</source>
        <translation>
            <numerusform>%n ejecución eliminada. «Deshacer» la recupera.</numerusform>
            <numerusform>%n ejecuciones eliminadas. «Deshacer» las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore run #%1: %2</source>
        <translation>No se pudo restaurar la ejecución n.º %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) restored.</source>
        <translation>
            <numerusform>%n ejecución restaurada.</numerusform>
            <numerusform>%n ejecuciones restauradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Comparar las dos seleccionadas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Cambiar el nombre de la ejecución</translation>
    </message>
    <message>
        <source>Name of run #%1:</source>
        <translation>Nombre de la ejecución n.º %1:</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note for run #%1:</source>
        <translation>Nota de la ejecución n.º %1:</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
</context>
<context>
    <name>amp::app::LabBrowser</name>
    <message>
        <source>Search labs…</source>
        <translation>Buscar laboratorios…</translation>
    </message>
    <message>
        <source>(no labs yet)</source>
        <translation>(aún no hay laboratorios)</translation>
    </message>
    <message>
        <source>Search labs</source>
        <translation>Buscar laboratorios</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laboratorios</translation>
    </message>
    <message>
        <source>Arrow keys choose a lab, Enter opens it to work on.</source>
        <translation>Las flechas eligen un laboratorio; Intro lo abre para trabajar en él.</translation>
    </message>
</context>
<context>
    <name>amp::app::LabPage</name>
    <message>
        <source>The model could not be computed: %1</source>
        <translation>No se pudo calcular el modelo: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Drag a slider or type a value; hover for what it means.</source>
        <translation>Arrastre un control deslizante o escriba un valor; pase el ratón por encima para ver qué significa.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores por defecto</translation>
    </message>
    <message>
        <source>Every parameter back to its default</source>
        <translation>Todos los parámetros a su valor por defecto</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca del laboratorio</translation>
    </message>
    <message>
        <source>Exercises (%1)</source>
        <translation>Ejercicios (%1)</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>

## The model

</source>
        <translation>

## El modelo

</translation>
    </message>
    <message>
        <source>

## What to notice (for the teacher)

</source>
        <translation>

## En qué fijarse (para el profesorado)

</translation>
    </message>
    <message>
        <source>Exercises (%1) · %2</source>
        <translation>Ejercicios (%1) · %2</translation>
    </message>
    <message>
        <source>%1 on CPU %2%3</source>
        <translation>%1 en la CPU %2%3</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fijado)</translation>
    </message>
    <message>
        <source> (not pinned)</source>
        <translation> (sin fijar)</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) on %1 core(s): oversubscribed</source>
        <translation>
            <numerusform>%n hilo en %1 núcleo(s): sobresuscrito</numerusform>
            <numerusform>%n hilos en %1 núcleo(s): sobresuscrito</numerusform>
        </translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Parameters, text, exercises and sweeps</source>
        <translation>Parámetros, texto, ejercicios y barridos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>amp::app::LabSession</name>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>real run</source>
        <translation>ejecución real</translation>
    </message>
    <message>
        <source>Parameters changed during the run: it restarted with the new values (this lab applies changes by restarting).</source>
        <translation>Los parámetros cambiaron durante la ejecución: se reinició con los valores nuevos (este laboratorio aplica los cambios reiniciando).</translation>
    </message>
    <message>
        <source>Fitted to this machine: %1. Defaults brings the lab&apos;s own values back.</source>
        <translation>Ajustado a esta máquina: %1. «Valores por defecto» recupera los valores propios del laboratorio.</translation>
    </message>
    <message>
        <source>The model could not be computed: %1</source>
        <translation>No se pudo calcular el modelo: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>No se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
    <message>
        <source>The %1 was cancelled.</source>
        <translation>Cancelado: %1.</translation>
    </message>
    <message>
        <source>The run failed, so nothing to compare with.</source>
        <translation>La ejecución falló, así que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>The %1 failed: %2</source>
        <translation>Falló (%1): %2</translation>
    </message>
    <message>
        <source>The run finished but could not be saved: %1</source>
        <translation>La ejecución terminó, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>The system is unstable at these parameters: queues grow for as long as it runs.</source>
        <translation>Con estos parámetros el sistema es inestable: las colas crecen mientras se ejecuta.</translation>
    </message>
    <message>
        <source>The run did not report %1.</source>
        <translation>La ejecución no informó de %1.</translation>
    </message>
    <message>
        <source>Showing saved run #%1 from %2 (UTC). Its parameters are set; Run repeats it.</source>
        <translation>Se muestra la ejecución guardada n.º %1 del %2 (UTC). Sus parámetros están aplicados; «Ejecutar» la repite.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2. The parameters shown are those of %2; Run leaves the comparison.</source>
        <translation>Comparación de %1 con %2. Los parámetros mostrados son los de %2; «Ejecutar» sale de la comparación.</translation>
    </message>
    <message>
        <source>Exercise settings: %1</source>
        <translation>Configuración del ejercicio: %1</translation>
    </message>
    <message>
        <source>The model gives no value for %1 here.</source>
        <translation>Aquí el modelo no da ningún valor para %1.</translation>
    </message>
    <message>
        <source>Your attempt could not be saved: %1</source>
        <translation>No se pudo guardar su intento: %1</translation>
    </message>
</context>
<context>
    <name>amp::app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>El idioma del escritorio</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonMenu</name>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
        <source>A lab&apos;s &amp;lesson</source>
        <translation>&amp;Lección de un laboratorio</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;Record a lesson</source>
        <translation>&amp;Grabar una lección</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lesson scripts (*.json)</source>
        <translation>Guiones de lección (*.json)</translation>
    </message>
    <message>
        <source>Recording: labs, parameters, modes and runs become steps. Lesson → Record again to save.</source>
        <translation>Grabando: laboratorios, parámetros, modos y ejecuciones se convierten en pasos. Lección → Grabar de nuevo para guardar.</translation>
    </message>
    <message>
        <source>Save the recorded lesson</source>
        <translation>Guardar la lección grabada</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: add questions (&quot;ask&quot;), answers and words (&quot;say&quot;) to it, then open it.</source>
        <translation>Guardado %1: añada preguntas (&quot;ask&quot;), respuestas y explicaciones (&quot;say&quot;) y después ábralo.</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonPlayer</name>
    <message>
        <source>→ next · ← back
Space run/pause · R answer</source>
        <translation>→ siguiente · ← atrás
Espacio ejecutar/pausa · R respuesta</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>There is no lab &apos;%1&apos;.</source>
        <translation>No existe el laboratorio «%1».</translation>
    </message>
    <message>
        <source>The run ended before %1 was seen.</source>
        <translation>La ejecución terminó antes de que se viera %1.</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>Reached %1: %2 (Space resumes).</source>
        <translation>Alcanzado %1: %2 (Espacio continúa).</translation>
    </message>
    <message>
        <source>Nothing to compare yet: two finished runs are needed.</source>
        <translation>Todavía no hay nada que comparar: hacen falta dos ejecuciones terminadas.</translation>
    </message>
    <message>
        <source>The last two runs are of different labs.</source>
        <translation>Las dos últimas ejecuciones son de laboratorios distintos.</translation>
    </message>
    <message>
        <source>A (step %1%2)</source>
        <translation>A (paso %1%2)</translation>
    </message>
    <message>
        <source>B (step %1%2)</source>
        <translation>B (paso %1%2)</translation>
    </message>
    <message>
        <source>The lab has no chart &apos;%1&apos;.</source>
        <translation>El laboratorio no tiene ningún gráfico «%1».</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source> · end of the lesson</source>
        <translation> · fin de la lección</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Answer hidden (R reveals it)</source>
        <translation>Respuesta oculta (R la muestra)</translation>
    </message>
</context>
<context>
    <name>amp::app::LessonRecorder</name>
    <message>
        <source>Recorded lesson</source>
        <translation>Lección grabada</translation>
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
        <translation>Laboratorios</translation>
    </message>
    <message>
        <source>Runs are kept in %1</source>
        <translation>Las ejecuciones se guardan en %1</translation>
    </message>
    <message>
        <source>Run #%1 belongs to the lab &apos;%2&apos;, which this version does not have.</source>
        <translation>La ejecución n.º %1 pertenece al laboratorio «%2», que esta versión no tiene.</translation>
    </message>
    <message>
        <source>Only runs of the same lab can be compared (%1 vs %2).</source>
        <translation>Solo se pueden comparar ejecuciones del mismo laboratorio (%1 frente a %2).</translation>
    </message>
    <message>
        <source>The run database could not be opened, so runs are not kept this session: %1</source>
        <translation>No se pudo abrir la base de datos de ejecuciones, así que en esta sesión no se guardan: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export chart</source>
        <translation>Exportar &amp;gráfico</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;Assignment…</source>
        <translation>&amp;Tarea…</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Perfil…</translation>
    </message>
    <message>
        <source>Whose exercise progress is shown and kept</source>
        <translation>De quién es el progreso en los ejercicios que se muestra y se guarda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Pausar / continuar</translation>
    </message>
    <message>
        <source>Step one event</source>
        <translation>Avanzar un evento</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Página de i&amp;nicio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>F5 run · F6 pause/resume · F7 one event · F8 reset · Ctrl+1…4 mode · Ctrl+ +/− speed · F11 presentation mode.
In presentation mode: Space run/pause, S step, +/− speed, Tab moves between parameters, arrow keys move a slider, Esc leaves.</source>
        <translation>F5 ejecutar · F6 pausar/continuar · F7 un evento · F8 reiniciar · Ctrl+1…4 modo · Ctrl+ +/− velocidad · F11 modo de presentación.
En el modo de presentación: Espacio ejecutar/pausa, S paso, +/− velocidad, Tab pasa de un parámetro a otro, las flechas mueven un control deslizante, Esc sale.</translation>
    </message>
    <message>
        <source>&amp;About AMP Lab</source>
        <translation>&amp;Acerca de AMP Lab</translation>
    </message>
    <message>
        <source>About AMP Lab</source>
        <translation>Acerca de AMP Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;AMP Lab&lt;/b&gt; %1&lt;br&gt;Asymmetric multiprocessing: a master core serializes, workers parallelize. Each lab shows the model, a simulation and a real run side by side.</source>
        <translation>&lt;b&gt;AMP Lab&lt;/b&gt; %1&lt;br&gt;Multiprocesamiento asimétrico: un núcleo maestro serializa, los trabajadores paralelizan. Cada laboratorio muestra el modelo, una simulación y una ejecución real lado a lado.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A report describes one run. Run the lab first, or open a saved run from the run history.</source>
        <translation>Un informe describe una ejecución. Ejecute primero el laboratorio o abra una ejecución guardada desde el historial.</translation>
    </message>
    <message>
        <source>%1 — AMP Lab</source>
        <translation>%1 — AMP Lab</translation>
    </message>
    <message>
        <source>No labs are registered in this build.</source>
        <translation>En esta compilación no hay laboratorios registrados.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Profiles live in the run database, which could not be opened this session.</source>
        <translation>Los perfiles se guardan en la base de datos de ejecuciones, que no se pudo abrir en esta sesión.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Whose exercise progress to show and keep (type a new name to add a profile):</source>
        <translation>De quién es el progreso que se muestra y se guarda (escriba un nombre nuevo para añadir un perfil):</translation>
    </message>
    <message>
        <source>&amp;Choose a lab</source>
        <translation>&amp;Elegir un laboratorio</translation>
    </message>
    <message>
        <source>Ctrl+L lab list: arrow keys choose a lab, Enter opens it · Tab moves on to parameters, buttons, the animation (Space pauses it) and charts · menu key (or Shift+F10) on a chart: export · Ctrl+E report.</source>
        <translation>Ctrl+L lista de laboratorios: las flechas eligen uno, Intro lo abre · Tab pasa a los parámetros, botones, la animación (Espacio la pausa) y gráficos · tecla de menú (o Mayús+F10) sobre un gráfico: exportar · Ctrl+E informe.</translation>
    </message>
</context>
<context>
    <name>amp::app::ReportDialog</name>
    <message>
        <source>Report of run %1</source>
        <translation>Informe de la ejecución %1</translation>
    </message>
    <message>
        <source>Report of run %1 against run %2</source>
        <translation>Informe de la ejecución %1 frente a la ejecución %2</translation>
    </message>
    <message>
        <source>Report of the sweep over %1</source>
        <translation>Informe del barrido de %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Guardar como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown, charts beside it (*.md)</source>
        <translation>Markdown, con los gráficos al lado (*.md)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>amp::app::ReportWords</name>
    <message>
        <source> (approx.)</source>
        <translation> (aprox.)</translation>
    </message>
    <message>
        <source>%1 — %2 run %3</source>
        <translation>%1 — ejecución %3 (%2)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>%1. %2 (graded by %3)</source>
        <translation>%1. %2 (se califica con: %3)</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>sin intentar</translation>
    </message>
    <message>
        <source>passed, %1</source>
        <translation>superado, %1</translation>
    </message>
    <message>
        <source>not passed, %1</source>
        <translation>no superado, %1</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>your prediction</source>
        <translation>su predicción</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>grade
(latest attempt)</source>
        <translation>calificación
(último intento)</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>%1 of %2 exercises answered, %3 passed.</source>
        <translation>%1 de %2 ejercicios respondidos, %3 superados.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · a %2 run</source>
        <translation>AMP Lab · %1 · ejecución: %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>Run: %1 (%2)</source>
        <translation>Ejecución: %1 (%2)</translation>
    </message>
    <message>
        <source>Lab: %1 (%2)</source>
        <translation>Laboratorio: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>La afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>The model&apos;s values</source>
        <translation>Los valores del modelo</translation>
    </message>
    <message>
        <source>Model and %1, with 95% confidence intervals</source>
        <translation>Modelo y medición (%1), con intervalos de confianza del 95 %</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>model at the
measured service</source>
        <translation>modelo con el
servicio medido</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC del 95 %</translation>
    </message>
    <message>
        <source>The model at the measured service takes the service times this run measured instead of the ones asked for: the gap between it and the model is the host&apos;s; what remains is queueing the model does not describe.</source>
        <translation>El modelo con el servicio medido toma los tiempos de servicio que midió esta ejecución en lugar de los pedidos: la distancia entre él y el modelo se debe al equipo; lo que queda es espera en cola que el modelo no describe.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>El modelo</translation>
    </message>
    <message>
        <source>Parameters and seeds</source>
        <translation>Parámetros y semillas</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Semilla: %1</translation>
    </message>
    <message>
        <source>Replications: %1</source>
        <translation>Réplicas: %1</translation>
    </message>
    <message>
        <source>Simulated time per replication: %1 s</source>
        <translation>Tiempo simulado por réplica: %1 s</translation>
    </message>
    <message>
        <source>Warm-up deleted: %1 s</source>
        <translation>Calentamiento descartado: %1 s</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Run it again</source>
        <translation>Volver a ejecutarla</translation>
    </message>
    <message>
        <source>This report carries the run&apos;s configuration. amplab batch --from-report FILE runs it again: a simulation gives the same numbers, a real run the same settings on the machine it runs on.</source>
        <translation>Este informe contiene la configuración de la ejecución. amplab batch --from-report FILE la repite: una simulación da los mismos números; una ejecución real, los mismos ajustes en el equipo donde se ejecute.</translation>
    </message>
    <message>
        <source>--chart %1: the file must end in .png, .svg or .pdf</source>
        <translation>--chart %1: el archivo debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>--report %1: the file must end in .pdf, .html or .md</source>
        <translation>--report %1: el archivo debe terminar en .pdf, .html o .md</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (csv|json|pdf|html|md)</source>
        <translation>formato de exportación desconocido &apos;%1&apos; (csv|json|pdf|html|md)</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>Procesador: %1</translation>
    </message>
    <message>
        <source>Logical cores: %1%2</source>
        <translation>Núcleos lógicos: %1%2</translation>
    </message>
    <message>
        <source>Virtual machine: %1</source>
        <translation>Máquina virtual: %1</translation>
    </message>
    <message>
        <source>Frequency governor: %1</source>
        <translation>Regulador de frecuencia: %1</translation>
    </message>
    <message>
        <source>Asymmetry: %1</source>
        <translation>Asimetría: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Oversubscribed: %1</source>
        <translation>Sobresuscrito: %1</translation>
    </message>
    <message>
        <source>Thread %1: requested CPU %2, %3, ran on CPU %4</source>
        <translation>Hilo %1: CPU pedida %2, %3, se ejecutó en la CPU %4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source> unpaired</source>
        <translation> no emparejado</translation>
    </message>
    <message>
        <source>%1 — sweep</source>
        <translation>%1 — barrido</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · a %2 sweep over %3</source>
        <translation>AMP Lab · %1 · barrido de %3 (%2)</translation>
    </message>
    <message>
        <source>The curve</source>
        <translation>La curva</translation>
    </message>
    <message>
        <source>%1 against %2, with 95% CIs and the model</source>
        <translation>%1 frente a %2, con IC del 95 % y el modelo</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punto por punto</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>change from the
previous point, 95% CI</source>
        <translation>cambio respecto al
punto anterior, IC del 95 %</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>réplicas</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Every point replays the same random numbers, so replication i of one point and of the next saw the same arrivals and job sizes: the change is measured pair by pair, and its CI is narrower than the two points&apos; own CIs suggest. A change whose CI excludes 0 is shown by this sweep.</source>
        <translation>Cada punto repite los mismos números aleatorios, así que la réplica i de un punto y la del siguiente vieron las mismas llegadas y los mismos tamaños de trabajo: el cambio se mide par a par y su IC es más estrecho de lo que sugieren los IC propios de ambos puntos. Un cambio cuyo IC excluye el 0 queda demostrado por este barrido.</translation>
    </message>
    <message>
        <source>Parameters of the first point</source>
        <translation>Parámetros del primer punto</translation>
    </message>
    <message>
        <source>the sweep has no points to report</source>
        <translation>el barrido no tiene puntos de los que informar</translation>
    </message>
    <message>
        <source>%1: %2run %3, a %4 run, seed %5, %6</source>
        <translation>%1: %2ejecución %3 (%4), semilla %5, %6</translation>
    </message>
    <message>
        <source>B − A = %1%2, 95% CI %3%2: %4</source>
        <translation>B − A = %1%2, IC del 95 % %3%2: %4</translation>
    </message>
    <message>
        <source>B is higher than A (the CI excludes 0).</source>
        <translation>B es mayor que A (el IC excluye el 0).</translation>
    </message>
    <message>
        <source>B is lower than A (the CI excludes 0).</source>
        <translation>B es menor que A (el IC excluye el 0).</translation>
    </message>
    <message>
        <source>no difference is shown (the CI contains 0).</source>
        <translation>no se aprecia ninguna diferencia (el IC contiene el 0).</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>%1 — comparison</source>
        <translation>%1 — comparación</translation>
    </message>
    <message>
        <source>%1 — two runs compared</source>
        <translation>%1 — dos ejecuciones comparadas</translation>
    </message>
    <message>
        <source>AMP Lab · %1 · run %2 (A) against run %3 (B)</source>
        <translation>AMP Lab · %1 · ejecución %2 (A) frente a ejecución %3 (B)</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>The parameters are the same: only the face, the seed or the host differ.</source>
        <translation>Los parámetros son iguales: solo difieren la vista, la semilla o el equipo.</translation>
    </message>
    <message>
        <source>The difference in %1</source>
        <translation>La diferencia en %1</translation>
    </message>
    <message>
        <source>Paired: %1 replication pairs, each pair fed the same random numbers, so the noise both runs share cancels. The same replications read as two separate samples give %2, the interval two separate runs would have given.</source>
        <translation>Emparejado: %1 pares de réplicas, cada par con los mismos números aleatorios, de modo que el ruido que comparten ambas ejecuciones se cancela. Las mismas réplicas leídas como dos muestras separadas dan %2, el intervalo que habrían dado dos ejecuciones separadas.</translation>
    </message>
    <message>
        <source>Unpaired, from each run&apos;s own CI (half-widths added in quadrature): only two simulations can replay the same random numbers.</source>
        <translation>No emparejado, a partir del IC propio de cada ejecución (semiamplitudes sumadas en cuadratura): solo dos simulaciones pueden repetir los mismos números aleatorios.</translation>
    </message>
    <message>
        <source>Metric by metric</source>
        <translation>Métrica por métrica</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>modelo A</translation>
    </message>
    <message>
        <source>A, 95% CI</source>
        <translation>A, IC del 95 %</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>modelo B</translation>
    </message>
    <message>
        <source>B, 95% CI</source>
        <translation>B, IC del 95 %</translation>
    </message>
    <message>
        <source>What each run says</source>
        <translation>Qué dice cada ejecución</translation>
    </message>
    <message>
        <source>Parameters of A</source>
        <translation>Parámetros de A</translation>
    </message>
    <message>
        <source>Host of B</source>
        <translation>Equipo de B</translation>
    </message>
    <message>
        <source>Run them again</source>
        <translation>Volver a ejecutarlas</translation>
    </message>
    <message>
        <source>This report carries both runs&apos; configurations. amplab batch --from-report FILE runs A and B again.</source>
        <translation>Este informe contiene las configuraciones de ambas ejecuciones. amplab batch --from-report FILE vuelve a ejecutar A y B.</translation>
    </message>
    <message>
        <source>Bottleneck: %1</source>
        <translation>Cuello de botella: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Approximation: %1</source>
        <translation>Aproximación: %1</translation>
    </message>
    <message>
        <source>No difference could be measured: %1</source>
        <translation>No se pudo medir ninguna diferencia: %1</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Figura %1. %2</translation>
    </message>
</context>
<context>
    <name>amp::app::RunControls</name>
    <message>
        <source>1× (real time)</source>
        <translation>1× (tiempo real)</translation>
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
        <translation>terminar en unos 15 s</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>a toda velocidad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The analytic prediction only (instant)</source>
        <translation>Solo la predicción analítica (instantánea)</translation>
    </message>
    <message>
        <source>The discrete-event simulation, animated, with 95% confidence intervals</source>
        <translation>La simulación de eventos discretos, animada, con intervalos de confianza del 95 %</translation>
    </message>
    <message>
        <source>Real pinned threads doing real work on this machine&apos;s cores</source>
        <translation>Hilos reales fijados que hacen trabajo real en los núcleos de esta máquina</translation>
    </message>
    <message>
        <source>Model, simulation and real run side by side on every chart</source>
        <translation>Modelo, simulación y ejecución real lado a lado en cada gráfico</translation>
    </message>
    <message>
        <source>This lab has no real workload</source>
        <translation>Este laboratorio no tiene carga de trabajo real</translation>
    </message>
    <message>
        <source>Needs a real workload</source>
        <translation>Necesita una carga de trabajo real</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ Ejecutar</translation>
    </message>
    <message>
        <source>Start a run (F5)</source>
        <translation>Iniciar una ejecución (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the simulation (F6)</source>
        <translation>Pausar o continuar la simulación (F6)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One event of the simulation (F7)</source>
        <translation>Un evento de la simulación (F7)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Stop and clear the results (F8)</source>
        <translation>Detener y borrar los resultados (F8)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second, or flat out</source>
        <translation>Segundos simulados por segundo de reloj, o a toda velocidad</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Same seed, same arrivals and job sizes: runs are reproducible</source>
        <translation>Misma semilla, mismas llegadas y tamaños de trabajo: las ejecuciones son reproducibles</translation>
    </message>
    <message>
        <source>Service clock</source>
        <translation>Reloj de servicio</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>What a real run&apos;s service time means.</source>
        <translation>Qué significa el tiempo de servicio de una ejecución real.</translation>
    </message>
    <message>
        <source>time: each service computes until its requested time has passed, so it means what the model means.</source>
        <translation>tiempo: cada servicio calcula hasta que ha pasado el tiempo pedido, así que significa lo mismo que en el modelo.</translation>
    </message>
    <message>
        <source>work: each service does a fixed amount of computation; a busy host stretches it.</source>
        <translation>trabajo: cada servicio realiza una cantidad fija de cálculo; una máquina ocupada lo alarga.</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Escala de tiempo</translation>
    </message>
    <message>
        <source>A real run at 1:k does the lab&apos;s work k× shorter and its arrivals k× denser, so seconds of real time see as many requests as minutes of the lab&apos;s time; k:1 stretches it k× instead. Results are shown in the lab&apos;s time.</source>
        <translation>Una ejecución real a 1:k hace el trabajo del laboratorio k veces más corto y sus llegadas k veces más densas, de modo que unos segundos de tiempo real ven tantas peticiones como minutos del tiempo del laboratorio; k:1, en cambio, lo alarga k veces. Los resultados se muestran en el tiempo del laboratorio.</translation>
    </message>
    <message>
        <source>Fixed costs (a hand-off, a wake-up, a system call) do not scale: at 1:100 a 60 µs wake-up that was 0.06% of a 100 ms service becomes 6%. 1:1 is the lab&apos;s own time.</source>
        <translation>Los costes fijos (un traspaso, un despertar, una llamada al sistema) no se escalan: a 1:100, un despertar de 60 µs que era el 0,06 % de un servicio de 100 ms pasa a ser el 6 %. 1:1 es el tiempo propio del laboratorio.</translation>
    </message>
    <message>
        <source>Fit to this machine</source>
        <translation>Ajustar a esta máquina</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>↻ Restart</source>
        <translation>↻ Reiniciar</translation>
    </message>
    <message>
        <source>The seats outnumber this machine&apos;s %1 cores. Fitted: %2</source>
        <translation>Los puestos superan los %1 núcleos de esta máquina. Ajustado: %2</translation>
    </message>
    <message>
        <source>paused — Step runs one event</source>
        <translation>en pausa — «Paso» ejecuta un evento</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>%1× tiempo real</translation>
    </message>
    <message>
        <source>Simulating · %1 · t = %2 s</source>
        <translation>Simulando · %1 · t = %2 s</translation>
    </message>
    <message>
        <source> · the animation shows samples of the stream (%1 records skipped)</source>
        <translation> · la animación muestra muestras del flujo (%1 registros omitidos)</translation>
    </message>
    <message>
        <source>Real run on this machine&apos;s cores…</source>
        <translation>Ejecución real en los núcleos de esta máquina…</translation>
    </message>
    <message>
        <source>Computing the model…</source>
        <translation>Calculando el modelo…</translation>
    </message>
    <message>
        <source>Done: %1 in %2 s wall time</source>
        <translation>Terminado: %1 en %2 s de tiempo de reloj</translation>
    </message>
    <message numerus="yes">
        <source> · %n replication(s)</source>
        <translation>
            <numerusform> · %n réplica</numerusform>
            <numerusform> · %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>, each until done</source>
        <translation>, cada una hasta terminar</translation>
    </message>
    <message>
        <source> of %1 s</source>
        <translation> de %1 s</translation>
    </message>
    <message>
        <source>The model answers at once; Run stores it in the history.</source>
        <translation>El modelo responde al instante; «Ejecutar» lo guarda en el historial.</translation>
    </message>
    <message>
        <source>Press Run to simulate (about %1 simulated seconds per replication).</source>
        <translation>Pulse «Ejecutar» para simular (unos %1 segundos simulados por réplica).</translation>
    </message>
    <message>
        <source>Press Run to measure on real cores.</source>
        <translation>Pulse «Ejecutar» para medir en núcleos reales.</translation>
    </message>
    <message>
        <source>Press Run: simulation, then the real run, each next to the model.</source>
        <translation>Pulse «Ejecutar»: la simulación y después la ejecución real, cada una junto al modelo.</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
</context>
<context>
    <name>amp::app::StartPage</name>
    <message>
        <source>Continue where I stopped</source>
        <translation>Continuar donde lo dejé</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Perfil…</translation>
    </message>
    <message>
        <source>Switch to another student&apos;s progress, or add one</source>
        <translation>Cambiar al progreso de otro estudiante o añadir uno</translation>
    </message>
    <message>
        <source>%p% of the exercises</source>
        <translation>%p % de los ejercicios</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Continue with this exercise</source>
        <translation>Continuar con este ejercicio</translation>
    </message>
    <message>
        <source>&lt;b&gt;The path&lt;/b&gt; — foundations first; open any lab with a click</source>
        <translation>&lt;b&gt;El itinerario&lt;/b&gt; — primero los fundamentos; abra cualquier laboratorio con un clic</translation>
    </message>
    <message>
        <source>✓ every exercise passed · ◐ begun · ○ not tried yet</source>
        <translation>✓ todos los ejercicios superados · ◐ empezado · ○ sin intentar</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Perfil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress is not kept this session: the database could not be opened.</source>
        <translation>En esta sesión no se guarda el progreso: no se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Done so far: %1</source>
        <translation>Hecho hasta ahora: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exercise %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — ejercicio %2 de %3</translation>
    </message>
    <message>
        <source>Every exercise on the path is passed. Open any lab below to revisit it.</source>
        <translation>Todos los ejercicios del itinerario están superados. Abra cualquier laboratorio de abajo para repasarlo.</translation>
    </message>
    <message>
        <source>no exercises yet</source>
        <translation>aún sin ejercicios</translation>
    </message>
    <message>
        <source>%1 of %2 exercises passed</source>
        <translation>%1 de %2 ejercicios superados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The path</source>
        <translation>El itinerario</translation>
    </message>
</context>
<context>
    <name>amp::app::StudyPath</name>
    <message>
        <source>%1 of %2 labs, %3 of %4 exercises</source>
        <translation>%1 de %2 laboratorios, %3 de %4 ejercicios</translation>
    </message>
    <message>
        <source>An exercise counts once one of your predictions for it has passed; a lab counts when every one of its exercises has. Failed attempts are kept too, and never undo a pass.</source>
        <translation>Un ejercicio cuenta en cuanto una de sus predicciones lo ha superado; un laboratorio cuenta cuando lo han hecho todos sus ejercicios. Los intentos fallidos también se guardan y nunca anulan un ejercicio superado.</translation>
    </message>
</context>
<context>
    <name>amp::app::SweepPanel</name>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Replications per point; every point uses the same seeds (common random numbers).</source>
        <translation>Réplicas por punto; todos los puntos usan las mismas semillas (números aleatorios comunes).</translation>
    </message>
    <message>
        <source>logarithmic steps</source>
        <translation>pasos logarítmicos</translation>
    </message>
    <message>
        <source>A second parameter: every value of the first with every value of this one, drawn as a heat map.</source>
        <translation>Un segundo parámetro: cada valor del primero con cada valor de este, dibujado como mapa de calor.</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <source>From … to</source>
        <translation>De … a</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>and vary</source>
        <translation>y variar</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Ejecutar el barrido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Preview and save the sweep&apos;s report: the curve with the model, and each point with its change from the one before</source>
        <translation>Previsualizar y guardar el informe del barrido: la curva con el modelo y cada punto con su cambio respecto al anterior</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Choose a parameter and a range with &apos;to&apos; above &apos;from&apos;.</source>
        <translation>Elija un parámetro y un intervalo con «a» mayor que «de».</translation>
    </message>
    <message>
        <source>The second parameter must differ from the first and have &apos;to&apos; above &apos;from&apos;.</source>
        <translation>El segundo parámetro debe ser distinto del primero y tener «a» mayor que «de».</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %1 over %n point(s)…</source>
        <translation>
            <numerusform>Barriendo %1 en %n punto…</numerusform>
            <numerusform>Barriendo %1 en %n puntos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Sweep cancelled; %n point(s) finished.</source>
        <translation>
            <numerusform>Barrido cancelado; %n punto terminado.</numerusform>
            <numerusform>Barrido cancelado; %n puntos terminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) failed: %1</source>
        <translation>
            <numerusform>%n punto falló: %1</numerusform>
            <numerusform>%n puntos fallaron: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n point(s) failed: %1</source>
        <translation>
            <numerusform>Barrido: %n punto falló: %1</numerusform>
            <numerusform>Barrido: %n puntos fallaron: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n point(s), each with its 95% confidence interval.</source>
        <translation>
            <numerusform>Terminado: %n punto, con su intervalo de confianza del 95 %.</numerusform>
            <numerusform>Terminado: %n puntos, cada uno con su intervalo de confianza del 95 %.</numerusform>
        </translation>
    </message>
    <message>
        <source> vs </source>
        <translation> frente a </translation>
    </message>
    <message>
        <source>Run the sweep to add measured points</source>
        <translation>Ejecute el barrido para añadir puntos medidos</translation>
    </message>
    <message>
        <source>Vary from</source>
        <translation>Variar desde</translation>
    </message>
    <message>
        <source>Vary to</source>
        <translation>Variar hasta</translation>
    </message>
    <message>
        <source>Second parameter from</source>
        <translation>Segundo parámetro desde</translation>
    </message>
    <message>
        <source>Second parameter to</source>
        <translation>Segundo parámetro hasta</translation>
    </message>
    <message>
        <source>Second parameter steps</source>
        <translation>Pasos del segundo parámetro</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progreso del barrido</translation>
    </message>
</context>
<context>
    <name>amp::app::WindowHost</name>
    <message>
        <source>The language changes once the sweep ends (Cancel ends it now).</source>
        <translation>El idioma cambia en cuanto termine el barrido (Cancelar lo termina ya).</translation>
    </message>
</context>
<context>
    <name>amp::lesson</name>
    <message>
        <source>Open the lab %1</source>
        <translation>Abrir el laboratorio %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Ajustar %1</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>real run</source>
        <translation>ejecución real</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>comparar</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run until %1</source>
        <translation>Ejecutar hasta %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Compare the last two runs</source>
        <translation>Comparar las dos últimas ejecuciones</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>lab: there is no lab &apos;%1&apos;; labs: %2</source>
        <translation>lab: no existe el laboratorio &apos;%1&apos;; laboratorios: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>paso %1: %2</translation>
    </message>
    <message>
        <source>there is no lab &apos;%1&apos;; labs: %2</source>
        <translation>no existe el laboratorio &apos;%1&apos;; laboratorios: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of %2; allowed: %3</source>
        <translation>&apos;%1&apos; no es un parámetro de %2; permitidos: %3</translation>
    </message>
    <message>
        <source>%1 has no real mode; allowed: %2</source>
        <translation>%1 no tiene modo real; permitidos: %2</translation>
    </message>
    <message>
        <source>%1 has no simulation; allowed: %2</source>
        <translation>%1 no tiene simulación; permitidos: %2</translation>
    </message>
    <message>
        <source>run_until needs a simulation or a real run, but the mode is model</source>
        <translation>run_until necesita una simulación o una ejecución real, pero el modo es model</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric of %2; allowed: t (time in s), %3</source>
        <translation>&apos;%1&apos; no es una métrica de %2; permitidas: t (tiempo en s), %3</translation>
    </message>
    <message>
        <source>%1 is in &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 está en &apos;%2&apos;, no en &apos;%3&apos;</translation>
    </message>
    <message>
        <source>reveal has no question before it (an &apos;ask&apos; step)</source>
        <translation>reveal no tiene ninguna pregunta antes (un paso &apos;ask&apos;)</translation>
    </message>
    <message>
        <source>compare needs two &apos;run&apos; steps before it (a run_until&apos;s run is stopped, not finished)</source>
        <translation>compare necesita dos pasos &apos;run&apos; antes (la ejecución de un run_until se detiene, no termina)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chart of %2; allowed: %3</source>
        <translation>&apos;%1&apos; no es un gráfico de %2; permitidos: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 steps on %3 (%4 runs, %5 questions, %6 charts)</source>
        <translation>&apos;%1&apos;: %2 pasos sobre %3 (%4 ejecuciones, %5 preguntas, %6 gráficos)</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;run&quot;: true}</source>
        <translation>debe ser un objeto como {&quot;run&quot;: true}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a step has one of: %2</source>
        <translation>clave desconocida &apos;%1&apos;; un paso tiene una de: %2</translation>
    </message>
    <message>
        <source>one kind of step per object (found %1): one of %2</source>
        <translation>un tipo de paso por objeto (encontrados: %1): uno de %2</translation>
    </message>
    <message>
        <source>empty step; a step has one of: %1</source>
        <translation>paso vacío; un paso tiene una de: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text</source>
        <translation>&apos;%1&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>&apos;answer&apos; belongs to an &apos;ask&apos; step</source>
        <translation>&apos;answer&apos; pertenece a un paso &apos;ask&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty text</source>
        <translation>&apos;%1&apos; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true</source>
        <translation>&apos;%1&apos; admite true</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos;; allowed: %2</source>
        <translation>modo &apos;%1&apos;; permitidos: %2</translation>
    </message>
    <message>
        <source>&apos;set&apos; must be an object of parameters, e.g. {&quot;workers&quot;: 8}</source>
        <translation>&apos;set&apos; debe ser un objeto de parámetros, p. ej. {&quot;workers&quot;: 8}</translation>
    </message>
    <message>
        <source>set.%1 must be a number or a text</source>
        <translation>set.%1 debe ser un número o un texto</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; is not &apos;NAME OP NUMBER [UNIT]&apos; (OP one of &gt;= &lt;= &gt; &lt;), e.g. &apos;t &gt;= 60 s&apos; or &apos;master_util &gt;= 0.95&apos;</source>
        <translation>la condición &apos;%1&apos; no tiene la forma &apos;NAME OP NUMBER [UNIT]&apos; (OP uno de &gt;= &lt;= &gt; &lt;), p. ej. &apos;t &gt;= 60 s&apos; o &apos;master_util &gt;= 0.95&apos;</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos;: time is in s, ms or min, not &apos;%2&apos;</source>
        <translation>condición &apos;%1&apos;: el tiempo va en s, ms o min, no en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>no es JSON en la posición %1: %2</translation>
    </message>
    <message>
        <source>must be an object {&quot;lesson&quot;: 1, &quot;title&quot;: …, &quot;lab&quot;: …, &quot;steps&quot;: […]}</source>
        <translation>debe ser un objeto {&quot;lesson&quot;: 1, &quot;title&quot;: …, &quot;lab&quot;: …, &quot;steps&quot;: […]}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed: %2</source>
        <translation>clave desconocida &apos;%1&apos;; permitidas: %2</translation>
    </message>
    <message>
        <source>&apos;lesson&apos; must be 1 (the format&apos;s version)</source>
        <translation>&apos;lesson&apos; debe ser 1 (la versión del formato)</translation>
    </message>
    <message>
        <source>&apos;lab&apos; must be a lab&apos;s id (amplab labs lists them)</source>
        <translation>&apos;lab&apos; debe ser el identificador de un laboratorio (amplab labs los lista)</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a non-empty array</source>
        <translation>&apos;steps&apos; debe ser un array no vacío</translation>
    </message>
    <message>
        <source>no lesson given: amplab lesson FILE|LAB [--check]</source>
        <translation>no se indicó ninguna lección: amplab lesson FILE|LAB [--check]</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); give a lesson file or a lab&apos;s id for its shipped lesson</source>
        <translation>%1: no se puede leer (%2); indique un archivo de lección o el identificador de un laboratorio para su lección incluida</translation>
    </message>
</context>
<context>
    <name>amp::widgets</name>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>Unknown chart format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>Formato de gráfico desconocido «%1»: use .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>Press Run to see each one&apos;s share</source>
        <translation>Pulse «Ejecutar» para ver la parte de cada uno</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>Press Run to compare the model with a measurement</source>
        <translation>Pulse «Ejecutar» para comparar el modelo con una medición</translation>
    </message>
    <message>
        <source> (sweep)</source>
        <translation> (barrido)</translation>
    </message>
    <message>
        <source> (model)</source>
        <translation> (modelo)</translation>
    </message>
    <message>
        <source>The sweep measured nothing here</source>
        <translation>El barrido no midió nada aquí</translation>
    </message>
    <message>
        <source>Sweep both parameters to fill the map</source>
        <translation>Haga un barrido de ambos parámetros para rellenar el mapa</translation>
    </message>
    <message>
        <source>share of requests [%]</source>
        <translation>proporción de peticiones [%]</translation>
    </message>
    <message>
        <source>%1 [% of all]</source>
        <translation>%1 [% del total]</translation>
    </message>
    <message>
        <source>real (live)</source>
        <translation>real (en directo)</translation>
    </message>
    <message>
        <source>simulation (live)</source>
        <translation>simulación (en directo)</translation>
    </message>
    <message>
        <source>Press Run to see the distribution</source>
        <translation>Pulse «Ejecutar» para ver la distribución</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <source>%1, mean of %2</source>
        <translation>%1, media de %2</translation>
    </message>
    <message>
        <source>Press Run to watch it learn</source>
        <translation>Pulse «Ejecutar» para verlo aprender</translation>
    </message>
    <message>
        <source>model
mean</source>
        <translation>modelo
media</translation>
    </message>
    <message>
        <source>
mean</source>
        <translation>
media</translation>
    </message>
    <message>
        <source>
p99 per stage</source>
        <translation>
p99 por etapa</translation>
    </message>
    <message>
        <source>Press Run to split the latency into its stages</source>
        <translation>Pulse «Ejecutar» para descomponer la latencia en sus etapas</translation>
    </message>
    <message>
        <source>Run to add the measured stages</source>
        <translation>Ejecute para añadir las etapas medidas</translation>
    </message>
    <message>
        <source>This chart sweeps an unknown parameter &apos;%1&apos;</source>
        <translation>Este gráfico barre un parámetro desconocido «%1»</translation>
    </message>
    <message>
        <source>real sweep (95% CI)</source>
        <translation>barrido real (IC del 95 %)</translation>
    </message>
    <message>
        <source>simulation sweep (95% CI)</source>
        <translation>barrido simulado (IC del 95 %)</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>usted está aquí</translation>
    </message>
    <message>
        <source>time [s]</source>
        <translation>tiempo [s]</translation>
    </message>
    <message>
        <source>Press Run to watch this over time</source>
        <translation>Pulse «Ejecutar» para ver su evolución</translation>
    </message>
    <message>
        <source>Press Run to see who did what, when</source>
        <translation>Pulse «Ejecutar» para ver quién hizo qué y cuándo</translation>
    </message>
    <message>
        <source>first %1 of %2 events</source>
        <translation>primeros %1 de %2 eventos</translation>
    </message>
</context>
<context>
    <name>amp::widgets::CeilingPanel</name>
    <message>
        <source>&lt;b&gt;Master utilization&lt;/b&gt; (the serialization ceiling)</source>
        <translation>&lt;b&gt;Utilización del maestro&lt;/b&gt; (el techo de serialización)</translation>
    </message>
    <message>
        <source>Capacity vs workers</source>
        <translation>Capacidad frente a trabajadores</translation>
    </message>
    <message>
        <source>capacity (model)</source>
        <translation>capacidad (modelo)</translation>
    </message>
    <message>
        <source>master ceiling %1</source>
        <translation>techo del maestro %1</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>usted está aquí</translation>
    </message>
    <message>
        <source>This lab has no single serializing master, so there is no serialization ceiling to show.</source>
        <translation>Este laboratorio no tiene un único maestro que serialice, así que no hay techo de serialización que mostrar.</translation>
    </message>
    <message>
        <source>1/s</source>
        <translation>1/s</translation>
    </message>
    <message>
        <source>Ceiling: at most &lt;b&gt;%1 %2&lt;/b&gt; through the master, however many workers.</source>
        <translation>Techo: como mucho &lt;b&gt;%1 %2&lt;/b&gt; a través del maestro, haya los trabajadores que haya.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity with %n worker(s): %1 %2</source>
        <translation>
            <numerusform>Capacidad con %n trabajador: %1 %2</numerusform>
            <numerusform>Capacidad con %n trabajadores: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (bottleneck: %1).</source>
        <translation> (cuello de botella: %1).</translation>
    </message>
    <message>
        <source>Bottleneck: %1.</source>
        <translation>Cuello de botella: %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c02020&apos;&gt;Unstable: the queue in front of the bottleneck grows without bound.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c02020&apos;&gt;Inestable: la cola delante del cuello de botella crece sin límite.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Master utilization</source>
        <translation>Utilización del maestro</translation>
    </message>
    <message>
        <source>The master&apos;s utilization while the lab runs, against its ceiling (100%) and the model&apos;s value.</source>
        <translation>La utilización del maestro durante la ejecución, frente a su techo (100 %) y al valor del modelo.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ChartGrid</name>
    <message>
        <source>Measured on the real machine: shown here when the run ends (while it runs, only queue depths and busy CPUs are sampled)</source>
        <translation>Medido en la máquina real: aparece aquí cuando termina la ejecución (mientras se ejecuta, solo se muestrean las longitudes de cola y las CPU ocupadas)</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ChartWidget</name>
    <message>
        <source>Unknown chart format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>Formato de gráfico desconocido «%1»: use .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation>%1 frente a %2.</translation>
    </message>
    <message>
        <source>The menu key (or Shift+F10) exports it as PNG, SVG or PDF.</source>
        <translation>La tecla de menú (o Mayús+F10) lo exporta como PNG, SVG o PDF.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::LabTables</name>
    <message>
        <source>Press Run: a simulation or a real run fills these tables.</source>
        <translation>Pulse «Ejecutar»: una simulación o una ejecución real rellena estas tablas.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::MetricTable</name>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Simulation ± 95% CI</source>
        <translation>Simulación ± IC 95 %</translation>
    </message>
    <message>
        <source>Real ± 95% CI</source>
        <translation>Real ± IC 95 %</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>  95% CI [%1, %2]</source>
        <translation>  IC 95 % [%1; %2]</translation>
    </message>
    <message>
        <source>Paired: both systems re-run for %1 replication pairs with the same random numbers. Compared from the two runs&apos; own CIs, the interval would be [%2, %3].</source>
        <translation>Emparejado: ambos sistemas se vuelven a ejecutar en %1 pares de réplicas con los mismos números aleatorios. A partir de los IC propios de las dos ejecuciones, el intervalo sería [%2; %3].</translation>
    </message>
    <message>
        <source>Unpaired, from the two runs&apos; own CIs: only two simulations can replay the same random numbers.</source>
        <translation>Sin emparejar, a partir de los IC propios de las dos ejecuciones: solo dos simulaciones pueden repetir los mismos números aleatorios.</translation>
    </message>
    <message>
        <source>Approximation: %1</source>
        <translation>Aproximación: %1</translation>
    </message>
    <message>
        <source>Exact for these parameters</source>
        <translation>Exacto para estos parámetros</translation>
    </message>
    <message>
        <source>The model says this system is unstable (a queue grows without bound).</source>
        <translation>Según el modelo, este sistema es inestable (una cola crece sin límite).</translation>
    </message>
    <message>
        <source>The model&apos;s value lies inside this 95% confidence interval [%1, %2].</source>
        <translation>El valor del modelo está dentro de este intervalo de confianza del 95 % [%1; %2].</translation>
    </message>
    <message>
        <source>The model&apos;s value lies outside this 95% confidence interval [%1, %2].</source>
        <translation>El valor del modelo está fuera de este intervalo de confianza del 95 % [%1; %2].</translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>  (model at measured service %1)</source>
        <translation>  (modelo con el servicio medido %1)</translation>
    </message>
    <message>
        <source>The model evaluated at the service times this real run measured: %1 (at the requested ones: %2).</source>
        <translation>El modelo evaluado con los tiempos de servicio que midió esta ejecución real: %1 (con los pedidos: %2).</translation>
    </message>
    <message>
        <source>Changed between the runs: %1</source>
        <translation>Cambiado entre las ejecuciones: %1</translation>
    </message>
    <message>
        <source>Same parameters in both runs: the difference is noise (and the seed).</source>
        <translation>Mismos parámetros en ambas ejecuciones: la diferencia es ruido (y la semilla).</translation>
    </message>
    <message>
        <source>No CI for the difference: %1</source>
        <translation>Sin IC para la diferencia: %1</translation>
    </message>
    <message>
        <source>%1: no difference is shown (the %2 95% CI of B − A contains 0).</source>
        <translation>%1: no se aprecia ninguna diferencia (el IC del 95 % %2 de B − A contiene el 0).</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>emparejado</translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation>no emparejado</translation>
    </message>
    <message>
        <source>%1: %2 is %3 than %4 (the %5 95% CI of B − A excludes 0).</source>
        <translation>%1: %2 es %3 que %4 (el IC del 95 % %5 de B − A excluye el 0).</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>Re-running both simulations in pairs with common random numbers for the difference&apos;s CI…</source>
        <translation>Volviendo a ejecutar ambas simulaciones por pares con números aleatorios comunes para el IC de la diferencia…</translation>
    </message>
    <message>
        <source>The model&apos;s values are hidden while you work on the exercises: predict first.</source>
        <translation>Los valores del modelo están ocultos mientras trabaja en los ejercicios: primero prediga.</translation>
    </message>
    <message>
        <source>Model: unstable — the offered load exceeds what the bottleneck can serve.</source>
        <translation>Modelo: inestable — la carga ofrecida supera lo que puede servir el cuello de botella.</translation>
    </message>
    <message>
        <source>Model: the bottleneck is the %1.</source>
        <translation>Modelo – cuello de botella: %1.</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulación: %1</translation>
    </message>
    <message>
        <source>Real: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Each metric&apos;s model value, its simulated and real value with the 95% confidence interval, and in words whether the model lies inside it.</source>
        <translation>Para cada métrica, el valor del modelo, los valores simulado y real con su intervalo de confianza del 95 % y, en palabras, si el modelo cae dentro de él.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::ParamPanel</name>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>Restablecer el valor por defecto</translation>
    </message>
    <message>
        <source>a temporary folder</source>
        <translation>una carpeta temporal</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a folder for the lab&apos;s files</source>
        <translation>Elija una carpeta para los archivos del laboratorio</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Restablecer %1 a su valor por defecto</translation>
    </message>
</context>
<context>
    <name>amp::widgets::QueueView</name>
    <message>
        <source>%1% busy</source>
        <translation>%1 % ocupado</translation>
    </message>
    <message numerus="yes">
        <source>%n arrived</source>
        <translation>
            <numerusform>%n llegada</numerusform>
            <numerusform>%n llegadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 waiting</source>
        <translation>%1/%2 en espera</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>núcleo %1</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 descartadas</translation>
    </message>
    <message>
        <source>This lab has no topology to animate.</source>
        <translation>Este laboratorio no tiene ninguna topología que animar.</translation>
    </message>
    <message>
        <source>t = %1 s (real)</source>
        <translation>t = %1 s (real)</translation>
    </message>
    <message>
        <source>t = %1 s simulated</source>
        <translation>t = %1 s simulados</translation>
    </message>
    <message>
        <source>%1  ·  arrivals %2  ·  completions %3  ·  drops %4</source>
        <translation>%1  ·  llegadas %2  ·  completadas %3  ·  descartadas %4</translation>
    </message>
    <message>
        <source>  (seen)</source>
        <translation>  (lo observado)</translation>
    </message>
    <message>
        <source>Sampled: queue depths and busy CPUs of the real run</source>
        <translation>Muestreado: longitudes de cola y CPU ocupadas de la ejecución real</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>utilización</translation>
    </message>
    <message>
        <source>request / waiting</source>
        <translation>petición / en espera</translation>
    </message>
    <message>
        <source>Queue animation</source>
        <translation>Animación de las colas</translation>
    </message>
    <message>
        <source>Requests moving between the lab&apos;s stations: how many wait in each queue, which cores are busy, and the counts of arrivals, completions and drops.</source>
        <translation>Peticiones que circulan entre las estaciones del laboratorio: cuántas esperan en cada cola, qué núcleos están ocupados y los recuentos de llegadas, finalizaciones y descartes.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, %3 of %4 busy</source>
        <translation>%1: %2 en espera, %3 de %4 ocupados</translation>
    </message>
    <message>
        <source>t = %1 s simulated: %2 arrivals, %3 completions, %4 drops.</source>
        <translation>t = %1 s simulados: %2 llegadas, %3 completadas, %4 descartadas.</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Todavía no hay ninguna ejecución.</translation>
    </message>
</context>
<context>
    <name>amp::widgets::TableParamEditor</name>
    <message>
        <source>%1: %2 in [%3, %4]</source>
        <translation>%1: %2 en [%3, %4]</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Fila</translation>
    </message>
    <message>
        <source>Add a row (a copy of the last one)</source>
        <translation>Añadir una fila (copia de la última)</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Fila</translation>
    </message>
    <message>
        <source>Remove the selected row (or the last one)</source>
        <translation>Quitar la fila seleccionada (o la última)</translation>
    </message>
    <message>
        <source>row %1, %2: not a number</source>
        <translation>fila %1, %2: no es un número</translation>
    </message>
</context>
<context>
    <name>amp::widgets::UtilizationGauge</name>
    <message>
        <source>100% = ceiling</source>
        <translation>100 % = techo</translation>
    </message>
    <message>
        <source>| model %1%</source>
        <translation>| modelo %1 %</translation>
    </message>
</context>
</TS>
