<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>amp::labs</name>
    <message>
        <source>(1 + c_s²)/2 of the serialized step: how much its variability multiplies the wait (1 for exponential).</source>
        <translation>(1 + c_s²)/2 des serialisierten Schritts: um wie viel seine Streuung die Wartezeit vervielfacht (1 bei exponentieller Verteilung).</translation>
    </message>
    <message>
        <source>(1 − f)·T = 40 µs stay on the little, the vector part takes f·T/(w·b) = 0.625 µs on the big core, and the two hand-offs add 2·h: 50.6 µs against 50 µs local. The break-even is now f* = 0.213.</source>
        <translation>(1 − f)·T = 40 µs bleiben auf dem kleinen Kern, der Vektorteil braucht f·T/(w·b) = 0.625 µs auf dem großen Kern, und die zwei Übergaben addieren 2·h: 50.6 µs gegenüber 50 µs lokal. Der Break-even liegt jetzt bei f* = 0.213.</translation>
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
        <translation>(D + Z)/D: wo sich die beiden Asymptoten schneiden.</translation>
    </message>
    <message>
        <source>(Z + D)/D for offload: beyond this many littles the big core is saturated.</source>
        <translation>(Z + D)/D beim Auslagern: ab so vielen kleinen Kernen ist der große Kern gesättigt.</translation>
    </message>
    <message>
        <source>(b − 1)/(2λ) for the batch to form, plus Kingman&apos;s wait for the E_b/D/1 accelerator queue, plus s(b) (approx).</source>
        <translation>(b − 1)/(2λ), bis der Batch voll ist, plus Kingmans Wartezeit für die E_b/D/1-Warteschlange des Beschleunigers, plus s(b) (Näherung).</translation>
    </message>
    <message>
        <source>(quick − exact)/exact: how far the hand estimate is from the exact chain.</source>
        <translation>(schnell − exakt)/exakt: wie weit die Überschlagsrechnung von der exakten Markov-Kette abweicht.</translation>
    </message>
    <message>
        <source>(ε/2)·Δ = 0.1/2 × 7.53 ms = 0.377 ms; the largest ε within 1 ms is 0.27. Exercise 2 shows why to stay below it: the first-order rule ignores the queueing, which grows with the load.</source>
        <translation>(ε/2)·Δ = 0.1/2 × 7.53 ms = 0.377 ms; das größte ε innerhalb von 1 ms ist 0.27. Übung 2 zeigt, warum man darunter bleiben sollte: die Regel erster Ordnung ignoriert die Warteschlange, die mit der Last wächst.</translation>
    </message>
    <message>
        <source>1 when response-time analysis finds every task&apos;s worst case within its deadline, 0 when some task has no fixed point below its deadline (an answer, not an error).</source>
        <translation>1, wenn die Antwortzeitanalyse für jede Task eine Worst-Case-Antwortzeit innerhalb ihrer Deadline findet; 0, wenn eine Task keinen Fixpunkt unterhalb ihrer Deadline hat (eine Antwort, kein Fehler).</translation>
    </message>
    <message>
        <source>1 when the database, re-opened after the run, holds the same total balance as at the start, passes SQLite&apos;s integrity check and has every acknowledged commit; 0 otherwise.</source>
        <translation>1, wenn die nach dem Lauf wieder geöffnete Datenbank denselben Gesamtsaldo wie zu Beginn hat, die Integritätsprüfung von SQLite besteht und jeden bestätigten Commit enthält; sonst 0.</translation>
    </message>
    <message>
        <source>1 − (1 − u·q)^N: what no placement removes.</source>
        <translation>1 − (1 − u·q)^N: was keine Platzierung beseitigt.</translation>
    </message>
    <message>
        <source>1 − (1 − v·share)^quanta·(1 − q).</source>
        <translation>1 − (1 − v·share)^quanta·(1 − q).</translation>
    </message>
    <message>
        <source>1 − W / (p · makespan): the share of the workers&apos; time spent waiting.</source>
        <translation>1 − W / (p · makespan): der Anteil der Zeit, in dem die Worker warten.</translation>
    </message>
    <message>
        <source>1.26×: journal_cpu_ms must drop to 0.396 ms. The device&apos;s 1.5 ms is not sped up: the other way to meet the bound is a faster device, at most 1.39 ms per commit with this master.</source>
        <translation>1.26×: journal_cpu_ms muss auf 0.396 ms sinken. Die 1.5 ms des Geräts werden nicht schneller: der andere Weg, die Schranke einzuhalten, ist ein schnelleres Gerät, mit diesem Master höchstens 1.39 ms pro Commit.</translation>
    </message>
    <message>
        <source>1/(d + s): one fsync per write.</source>
        <translation>1/(d + s): ein fsync pro Schreibvorgang.</translation>
    </message>
    <message>
        <source>1/S of the serializing station (the master&apos;s step with its hand-off, or the lock&apos;s step with its mean hand-over): no number of workers lifts throughput above it.</source>
        <translation>1/S der serialisierenden Station (der Schritt des Masters mit seiner Übergabe oder der Schritt unter der Sperre mit seiner mittleren Übergabezeit): keine Anzahl von Workern hebt den Durchsatz darüber.</translation>
    </message>
    <message>
        <source>1/s1: what no batch size can exceed.</source>
        <translation>1/s1: was keine Batchgröße übertreffen kann.</translation>
    </message>
    <message>
        <source>1: the receiver acknowledges every segment; 2: every second one (delayed ACKs, 40 ms timer).</source>
        <translation>1: der Empfänger bestätigt jedes Segment; 2: jedes zweite (verzögerte ACKs, 40-ms-Timer).</translation>
    </message>
    <message>
        <source>2·budget/Δ (at most 1).</source>
        <translation>2·budget/Δ (höchstens 1).</translation>
    </message>
    <message>
        <source>2·h / (T·(1 − 1/(w·b))): where local and offload meet when nobody else uses the big core.</source>
        <translation>2·h / (T·(1 − 1/(w·b))): wo lokale Ausführung und Auslagern gleichauf liegen, solange niemand sonst den großen Kern nutzt.</translation>
    </message>
    <message>
        <source>4 little cores, each losing a share 0.2 of its time to coordination, collect at 3.2× a little core: 2.19 ms, against 2.33 ms on the big core. Several little cores can beat one big core, if the work splits and the coordination stays small.</source>
        <translation>4 kleine Kerne, die jeweils einen Anteil 0.2 ihrer Zeit an die Koordination verlieren, sammeln mit 3.2× der Geschwindigkeit eines kleinen Kerns: 2.19 ms gegenüber 2.33 ms auf dem großen Kern. Mehrere kleine Kerne können einen großen schlagen, wenn sich die Arbeit aufteilen lässt und die Koordination gering bleibt.</translation>
    </message>
    <message>
        <source>A batch of b must take no longer than the b requests take to arrive: s0 + s1·b &lt; b/λ, so b &gt; λ·s0/(1 − λ·s1) = 2.5, and the smallest such whole b is 3. Below it the queue grows without bound, whatever the policy.</source>
        <translation>Ein Batch aus b darf nicht länger dauern, als die b Anfragen zum Ankommen brauchen: s0 + s1·b &lt; b/λ, also b &gt; λ·s0/(1 − λ·s1) = 2.5, und das kleinste solche ganzzahlige b ist 3. Darunter wächst die Warteschlange unbegrenzt, welche Strategie auch immer gilt.</translation>
    </message>
    <message>
        <source>A false alarm starts where a received beat is followed by k lost ones: (1 − ℓ)·ℓ^k = 0.0064 per interval, 1150 per hour at one beat every 20 ms. One more miss divides it by 1/ℓ; the detection grows by H. The same losses also shorten the detection: 45.2 ms against 48.9 ms at the defaults.</source>
        <translation>Ein Fehlalarm beginnt, wo auf einen empfangenen Heartbeat k verlorene folgen: (1 − ℓ)·ℓ^k = 0.0064 pro Intervall, 1150 pro Stunde bei einem Heartbeat alle 20 ms. Ein Fehlschlag mehr teilt das durch 1/ℓ; die Erkennung wächst um H. Dieselben Verluste verkürzen auch die Erkennung: 45.2 ms gegenüber 48.9 ms bei den Voreinstellungen.</translation>
    </message>
    <message>
        <source>A full group of b writes costs d + b·s = 4 + 8 × 0.2 ms, so the master commits at most b/(d + b·s) = 1430 writes/s. One write per commit would give 1/(d + s) = 238: group commit multiplies the ceiling because the fsync is paid once per group. No number of workers changes either figure.</source>
        <translation>Eine volle Gruppe aus b Schreibvorgängen kostet d + b·s = 4 + 8 × 0.2 ms, also schreibt der Master höchstens b/(d + b·s) = 1430 Schreibvorgänge/s fest. Ein Schreibvorgang pro Commit ergäbe 1/(d + s) = 238: Group Commit vervielfacht die Obergrenze, weil das fsync einmal pro Gruppe bezahlt wird. Keine Zahl von Workern ändert einen der beiden Werte.</translation>
    </message>
    <message>
        <source>A learning master on fast and slow clusters</source>
        <translation>Ein lernender Master auf schnellen und langsamen Clustern</translation>
    </message>
    <message>
        <source>A lone client waits only for its own signature.</source>
        <translation>Ein einzelner Client wartet nur auf seine eigene Signatur.</translation>
    </message>
    <message>
        <source>A lossy link: hb_loss = 0.2. Predict the false alarms per hour (k beats lost in a row while the master lives); a simulation grades it.</source>
        <translation>Eine verlustbehaftete Verbindung: hb_loss = 0.2. Sagen Sie die Fehlalarme pro Stunde voraus (k Heartbeats in Folge verloren, während der Master lebt); eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>A master or a lock: who serializes better?</source>
        <translation>Master oder Sperre: wer serialisiert besser?</translation>
    </message>
    <message>
        <source>A master or a lock? Take a serialized step of 0.05 ms and 2 workers of 0.1 ms, exponential. The master hands each request to a sleeping worker in 30 µs; the lock costs 40 µs when it changes core. Up to which arrival rate (requests/s) does the locked design give the shorter mean sojourn? (The design_compare chart shows both designs at one load.)</source>
        <translation>Master oder Sperre? Nehmen Sie einen serialisierten Schritt von 0.05 ms und 2 Worker mit 0.1 ms, exponentiell verteilt. Der Master übergibt jede Anfrage in 30 µs an einen schlafenden Worker; die Sperre kostet 40 µs, wenn sie den Kern wechselt. Bis zu welcher Ankunftsrate (Anfragen/s) liefert das Design mit Sperre die kürzere mittlere Verweilzeit? (Das Diagramm design_compare zeigt beide Designs bei einer Last.)</translation>
    </message>
    <message>
        <source>A read transaction&apos;s time from arrival to its answer: wait for a worker, then the query.</source>
        <translation>Die Zeit einer Lesetransaktion von der Ankunft bis zur Antwort: Warten auf einen Worker, dann die Abfrage.</translation>
    </message>
    <message>
        <source>A request&apos;s time from arrival to its answer: waiting for its batch to form, for the accelerator, and its batch&apos;s run.</source>
        <translation>Die Zeit einer Anfrage von der Ankunft bis zur Antwort: Warten, bis ihr Batch gebildet ist, Warten auf den Beschleuniger und die Ausführung ihres Batches.</translation>
    </message>
    <message>
        <source>A slow core takes this many times as long as a fast one for the same task.</source>
        <translation>Ein langsamer Kern braucht für dieselbe Task so viel Mal länger als ein schneller.</translation>
    </message>
    <message>
        <source>A spinning worker sees the command within a cache-line transfer between cores: the median is well under a µs. Its 99th percentile is the host&apos;s: whenever the worker&apos;s core is taken from it (another thread, the kernel, on a virtual machine the hypervisor), the command waits until it is back. Spinning buys the short wake-up with a whole core; under SCHED_FIFO the kernel throttles a thread that never sleeps for a share of every second (the run warns), which makes the tail worse, not better.</source>
        <translation>Ein aktiv wartender Worker sieht das Kommando innerhalb einer Cache-Line-Übertragung zwischen Kernen: der Median liegt deutlich unter einer µs. Sein 99. Perzentil gehört dem Host: immer wenn dem Worker sein Kern weggenommen wird (von einem anderen Thread, vom Kernel, auf einer virtuellen Maschine vom Hypervisor), wartet das Kommando, bis er ihn zurückhat. Aktives Warten erkauft das kurze Aufwecken mit einem ganzen Kern; unter SCHED_FIFO drosselt der Kernel einen Thread, der nie schläft, für einen Teil jeder Sekunde (der Lauf warnt), was den Ausläufer schlechter macht, nicht besser.</translation>
    </message>
    <message>
        <source>A write transaction&apos;s time from arrival to its commit being durable: query, wait for the master, its group&apos;s UPDATEs and fsync.</source>
        <translation>Die Zeit einer Schreibtransaktion von der Ankunft bis zum dauerhaften Commit: Abfrage, Warten auf den Master, die UPDATEs ihrer Gruppe und fsync.</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>ACK delay at the master</source>
        <translation>ACK-Verzögerung am Master</translation>
    </message>
    <message>
        <source>ACKs queued</source>
        <translation>ACKs in der Warteschlange</translation>
    </message>
    <message>
        <source>ACKs waiting at the master</source>
        <translation>ACKs, die am Master warten</translation>
    </message>
    <message>
        <source>AI and runtimes</source>
        <translation>KI und Laufzeitsysteme</translation>
    </message>
    <message>
        <source>Accelerator utilization</source>
        <translation>Auslastung des Beschleunigers</translation>
    </message>
    <message>
        <source>Actuator time</source>
        <translation>Aktorzeit</translation>
    </message>
    <message>
        <source>Alarms raised while the master still lived (k beats lost in a row), per hour of beats.</source>
        <translation>Alarme, die ausgelöst wurden, während der Master noch lebte (k Heartbeats in Folge verloren), pro Stunde Heartbeats.</translation>
    </message>
    <message>
        <source>Algorithm (real mode)</source>
        <translation>Algorithmus (realer Modus)</translation>
    </message>
    <message>
        <source>All signatures valid</source>
        <translation>Alle Signaturen gültig</translation>
    </message>
    <message>
        <source>All the cores (n). The real face maps them onto the CPUs this machine has and says how.</source>
        <translation>Alle Kerne (n). Der reale Modus bildet sie auf die CPUs dieses Rechners ab und sagt, wie.</translation>
    </message>
    <message>
        <source>Allocation rate per mutator</source>
        <translation>Allokationsrate pro Mutator</translation>
    </message>
    <message>
        <source>Arrival pattern</source>
        <translation>Ankunftsmuster</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Ankunftsrate</translation>
    </message>
    <message>
        <source>At 240000 pkt/s with 14 workers hardly a packet is lost. Add one worker, 15 in all. Predict the drop rate of the simulated system (a fraction: 0.01 is 1%).</source>
        <translation>Bei 240000 pkt/s und 14 Workern geht kaum ein Paket verloren. Fügen Sie einen Worker hinzu, 15 insgesamt. Sagen Sie die Verlustrate des simulierten Systems voraus (als Anteil: 0.01 sind 1%).</translation>
    </message>
    <message>
        <source>At b = 4 a request waits (b − 1)/(2λ) on average for its batch to fill, queues behind a busy accelerator (it is 0.7 busy) and rides its batch: 2.42 ms (the quick estimate says 2.56). At b = 8 filling takes longer: 3.56 ms. The lowest latency is at b = 4, just above b_min = 3.</source>
        <translation>Bei b = 4 wartet eine Anfrage im Mittel (b − 1)/(2λ), bis ihr Batch voll ist, steht hinter einem beschäftigten Beschleuniger an (er ist zu 0.7 ausgelastet) und fährt in ihrem Batch mit: 2.42 ms (die schnelle Schätzung sagt 2.56). Bei b = 8 dauert das Füllen länger: 3.56 ms. Die niedrigste Latenz liegt bei b = 4, knapp über b_min = 3.</translation>
    </message>
    <message>
        <source>At light load the lock is free when a worker asks, and changes core only when the other worker held it last: the step takes 0.071 ms on average against 0.08 ms at the master, whose hand-off is paid on every request. Under load the lock passes from one waiting worker to the other every time, the full transfer, and a worker waiting for it takes no new request. The mean sojourn times cross at 3110 requests/s: at 1560/s the lock gives 0.182 ms against 0.189 ms, at 6230/s 0.304 ms against 0.245 ms. A simulation at either load agrees; the model folds the constant transfer into an exponential phase of the same mean.</source>
        <translation>Bei geringer Last ist die Sperre frei, wenn ein Worker sie anfordert, und wechselt den Kern nur, wenn der andere Worker sie zuletzt hielt: der Schritt dauert im Mittel 0.071 ms gegenüber 0.08 ms am Master, dessen Übergabe bei jeder Anfrage anfällt. Unter Last geht die Sperre jedes Mal von einem wartenden Worker zum anderen, die volle Übergabe, und ein Worker, der auf sie wartet, nimmt keine neue Anfrage an. Die mittleren Verweilzeiten kreuzen sich bei 3110 Anfragen/s: bei 1560/s liefert die Sperre 0.182 ms gegenüber 0.189 ms, bei 6230/s 0.304 ms gegenüber 0.245 ms. Eine Simulation bei beiden Lasten stimmt zu; das Modell fasst die konstante Übergabe als exponentielle Phase gleichen Mittelwerts auf.</translation>
    </message>
    <message>
        <source>At the defaults (50000 live objects in a heap of 200000, a little core marks 10000 and sweeps 100000 objects/ms, the big core is 3× faster), how long is a pause with the collector on the big core, in ms?</source>
        <translation>Wie lange dauert bei den Voreinstellungen (50000 lebende Objekte in einem Heap von 200000, ein kleiner Kern markiert 10000 und fegt 100000 Objekte/ms, der große Kern ist 3× schneller) eine Pause, wenn der Collector auf dem großen Kern läuft, in ms?</translation>
    </message>
    <message>
        <source>At the defaults (T = 50 µs, w = 8, b = 2, h = 2 µs, one little), above which vector fraction does offloading the vector part pay?</source>
        <translation>Ab welchem Vektoranteil lohnt es sich bei den Voreinstellungen (T = 50 µs, w = 8, b = 2, h = 2 µs, ein kleiner Kern), den Vektorteil auszulagern?</translation>
    </message>
    <message>
        <source>At the defaults (W = 1 s, 4 workers, τ = 5 ms, ρ = 1 ms, equal tasks), how many tasks give the shortest makespan?</source>
        <translation>Wie viele Tasks ergeben bei den Voreinstellungen (W = 1 s, 4 Worker, τ = 5 ms, ρ = 1 ms, gleich große Tasks) den kürzesten Makespan?</translation>
    </message>
    <message>
        <source>At the defaults (a 1000 Mbit/s link, 2 ms RTT, one ACK per 1460-byte segment, 15 µs of master time per ACK) the master binds. Run it for real: besides each ACK&apos;s own time, the real master hands the segments an ACK releases to the workers&apos; rings, and the run reports that hand-off h per ACK (master_handoff_us_per_ack) next to the time an ACK really took (master_wall_us_per_ack). Predict the throughput in Mbit/s.</source>
        <translation>Bei den Voreinstellungen (eine Verbindung mit 1000 Mbit/s, 2 ms RTT, ein ACK pro 1460-Byte-Segment, 15 µs Master-Zeit pro ACK) ist der Master der Engpass. Führen Sie es echt aus: Neben der eigenen Zeit jedes ACKs übergibt der echte Master die Segmente, die ein ACK freigibt, an die Ringe der Worker, und der Lauf meldet diese Übergabe h pro ACK (master_handoff_us_per_ack) neben der Zeit, die ein ACK tatsächlich brauchte (master_wall_us_per_ack). Sagen Sie den Durchsatz in Mbit/s voraus.</translation>
    </message>
    <message>
        <source>At the lab&apos;s s0 and s1 the model says 3.56 ms; the real network&apos;s own s0 and s1 differ by machine, and the verdict compares the run with the model at the measured ones. Full batches of b are (b − 1)/(2λ) of waiting to fill, the queue, and s0 + s1·b of real arithmetic.</source>
        <translation>Bei den s0 und s1 des Labors sagt das Modell 3.56 ms; die eigenen s0 und s1 des echten Netzes hängen vom Rechner ab, und das Urteil vergleicht den Lauf mit dem Modell bei den gemessenen Werten. Volle Batches zu b bestehen aus (b − 1)/(2λ) Wartezeit bis zum Füllen, der Warteschlange und s0 + s1·b echter Arithmetik.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Background load threads (real mode)</source>
        <translation>Threads für Hintergrundlast (realer Modus)</translation>
    </message>
    <message>
        <source>Balance unchanged</source>
        <translation>Saldo unverändert</translation>
    </message>
    <message>
        <source>Batch policy</source>
        <translation>Batch-Strategie</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Batch size (max)</source>
        <translation>Batchgröße (max.)</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>Batchgrößen</translation>
    </message>
    <message>
        <source>Batch timeout</source>
        <translation>Batch-Timeout</translation>
    </message>
    <message>
        <source>Below this arrival rate the locked design has the shorter mean sojourn (a free lock changes core only now and then), above it the master (under load the lock changes core every time, and a worker waiting for it is a worker lost). 0: the master is faster at every load.</source>
        <translation>Unterhalb dieser Ankunftsrate hat das Design mit Sperre die kürzere mittlere Verweilzeit (eine freie Sperre wechselt nur ab und zu den Kern), darüber der Master (unter Last wechselt die Sperre jedes Mal den Kern, und ein Worker, der auf sie wartet, ist ein verlorener Worker). 0: der Master ist bei jeder Last schneller.</translation>
    </message>
    <message>
        <source>Best batch size</source>
        <translation>Beste Batchgröße</translation>
    </message>
    <message>
        <source>Best group size limit</source>
        <translation>Beste Obergrenze der Gruppengröße</translation>
    </message>
    <message>
        <source>Best speedup</source>
        <translation>Bester Speedup</translation>
    </message>
    <message>
        <source>Best strategy (0 local, 1 offload, 2 migrate)</source>
        <translation>Beste Strategie (0 lokal, 1 auslagern, 2 migrieren)</translation>
    </message>
    <message>
        <source>Best strategy over f and the migration cost</source>
        <translation>Beste Strategie über f und die Migrationskosten</translation>
    </message>
    <message>
        <source>Best task count r*</source>
        <translation>Beste Taskanzahl r*</translation>
    </message>
    <message>
        <source>Best worker count p*</source>
        <translation>Beste Workeranzahl p*</translation>
    </message>
    <message>
        <source>Big core speed factor</source>
        <translation>Geschwindigkeitsfaktor des großen Kerns</translation>
    </message>
    <message>
        <source>Big core utilization</source>
        <translation>Auslastung des großen Kerns</translation>
    </message>
    <message>
        <source>Big core&apos;s gain</source>
        <translation>Gewinn durch den großen Kern</translation>
    </message>
    <message>
        <source>Bottleneck link rate</source>
        <translation>Rate der Engpassverbindung</translation>
    </message>
    <message>
        <source>Bound against the master&apos;s assumed jitter</source>
        <translation>Schranke gegen den angenommenen Jitter des Masters</translation>
    </message>
    <message>
        <source>Break-even f*, one little</source>
        <translation>Break-even f*, ein kleiner Kern</translation>
    </message>
    <message>
        <source>Break-even vector fraction</source>
        <translation>Break-even-Vektoranteil</translation>
    </message>
    <message>
        <source>Busiest worker&apos;s load</source>
        <translation>Last des am stärksten belasteten Workers</translation>
    </message>
    <message>
        <source>Busy fast cores ÷ fast cores, averaged over time.</source>
        <translation>Belegte schnelle Kerne ÷ schnelle Kerne, über die Zeit gemittelt.</translation>
    </message>
    <message>
        <source>Busy slow cores ÷ slow cores, averaged over time.</source>
        <translation>Belegte langsame Kerne ÷ langsame Kerne, über die Zeit gemittelt.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>C: the bottleneck link&apos;s rate.</source>
        <translation>C: die Rate der Engpassverbindung.</translation>
    </message>
    <message>
        <source>CPU budget</source>
        <translation>CPU-Budget</translation>
    </message>
    <message>
        <source>CPU time an untrusted task may use; the master kills it past this. With quanta × 1 ms over the budget every untrusted task is killed.</source>
        <translation>CPU-Zeit, die eine nicht vertrauenswürdige Task verbrauchen darf; darüber hinaus beendet der Master sie. Liegt quanta × 1 ms über dem Budget, wird jede nicht vertrauenswürdige Task beendet.</translation>
    </message>
    <message>
        <source>CPU time the whole job takes on one core (W). The real engine sizes its corpus so that counting it on one core takes about this long.</source>
        <translation>CPU-Zeit, die der ganze Job auf einem Kern braucht (W). Der reale Modus bemisst seinen Textkorpus so, dass das Zählen auf einem Kern ungefähr so lange dauert.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Capacity at this batch size</source>
        <translation>Kapazität bei dieser Batchgröße</translation>
    </message>
    <message>
        <source>Capacity of endless batches</source>
        <translation>Kapazität bei endlosen Batches</translation>
    </message>
    <message>
        <source>Ceiling 1/D</source>
        <translation>Obergrenze 1/D</translation>
    </message>
    <message>
        <source>Chance that at least one task of the batch escalates its privileges. Simulation: the share of simulated batches where one did; real mode: the share of real batches.</source>
        <translation>Wahrscheinlichkeit, dass mindestens eine Task des Batches ihre Rechte ausweitet. Simulation: der Anteil der simulierten Batches, in denen eine es tat; realer Modus: der Anteil der echten Batches.</translation>
    </message>
    <message>
        <source>Chance that one untrusted quantum on a privileged core turns into a privilege escalation (v). Drawn, in every face: the lab exploits nothing.</source>
        <translation>Wahrscheinlichkeit, dass ein nicht vertrauenswürdiges Quantum auf einem privilegierten Kern zu einer Rechteausweitung führt (v). In jedem Modus ausgewürfelt: das Labor nutzt keine echte Lücke aus.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Clients in the closed loop (N). Each thinks, asks the gatekeeper for one signature, waits for it, and thinks again: never more than N requests are out.</source>
        <translation>Clients in der geschlossenen Schleife (N). Jeder denkt nach, bittet den Gatekeeper um eine Signatur, wartet darauf und denkt wieder nach: nie sind mehr als N Anfragen unterwegs.</translation>
    </message>
    <message>
        <source>Coefficient of variation of a task&apos;s map time (lognormal, same mean); 0 = all tasks equal. The real engine&apos;s tasks are equal byte ranges.</source>
        <translation>Variationskoeffizient der Map-Zeit einer Task (lognormal, gleicher Mittelwert); 0 = alle Tasks gleich. Die Tasks des realen Modus sind gleich große Bytebereiche.</translation>
    </message>
    <message>
        <source>Collect on 4 little cores in parallel (overhead 0.2). Predict the pause in ms; a simulation grades it.</source>
        <translation>Sammeln Sie auf 4 kleinen Kernen parallel (Overhead 0.2). Sagen Sie die Pause in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Collection cycle</source>
        <translation>Sammelzyklus</translation>
    </message>
    <message>
        <source>Collector placement</source>
        <translation>Platzierung des Collectors</translation>
    </message>
    <message>
        <source>Collector speed</source>
        <translation>Geschwindigkeit des Collectors</translation>
    </message>
    <message>
        <source>Command handler&apos;s row</source>
        <translation>Zeile des Kommando-Handlers</translation>
    </message>
    <message>
        <source>Commands whose end-to-end latency exceeded the bound. Always 0 in the simulation; in real mode each one is Linux breaking an assumption of the bound.</source>
        <translation>Kommandos, deren Ende-zu-Ende-Latenz die Schranke überschritt. In der Simulation immer 0; im realen Modus ist jedes davon Linux, das eine Annahme der Schranke verletzt.</translation>
    </message>
    <message>
        <source>Commit capacity</source>
        <translation>Commit-Kapazität</translation>
    </message>
    <message>
        <source>Commit capacity without groups</source>
        <translation>Commit-Kapazität ohne Gruppen</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Commit-Latenz</translation>
    </message>
    <message>
        <source>Commit latency against group size</source>
        <translation>Commit-Latenz gegen die Gruppengröße</translation>
    </message>
    <message>
        <source>Commit latency at the best group size limit</source>
        <translation>Commit-Latenz bei der besten Obergrenze der Gruppengröße</translation>
    </message>
    <message>
        <source>Commit latency distribution</source>
        <translation>Verteilung der Commit-Latenz</translation>
    </message>
    <message>
        <source>Commit latency without groups</source>
        <translation>Commit-Latenz ohne Gruppen</translation>
    </message>
    <message>
        <source>Commit time per group</source>
        <translation>Commit-Zeit pro Gruppe</translation>
    </message>
    <message>
        <source>Commit time per group (the fsync)</source>
        <translation>Commit-Zeit pro Gruppe (das fsync)</translation>
    </message>
    <message>
        <source>Commit time per write</source>
        <translation>Commit-Zeit pro Schreibvorgang</translation>
    </message>
    <message>
        <source>Commits per second</source>
        <translation>Commits pro Sekunde</translation>
    </message>
    <message>
        <source>Completed requests per second.</source>
        <translation>Abgeschlossene Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation>Staufenster</translation>
    </message>
    <message>
        <source>Congestion window over time (Reno&apos;s sawtooth)</source>
        <translation>Staufenster über die Zeit (Renos Sägezahn)</translation>
    </message>
    <message>
        <source>Consistency window</source>
        <translation>Konsistenzfenster</translation>
    </message>
    <message>
        <source>Consistency window against group commit size</source>
        <translation>Konsistenzfenster gegen die Größe des Group Commit</translation>
    </message>
    <message>
        <source>Consistency window against write rate</source>
        <translation>Konsistenzfenster gegen die Schreibrate</translation>
    </message>
    <message>
        <source>Consistency window distribution</source>
        <translation>Verteilung des Konsistenzfensters</translation>
    </message>
    <message>
        <source>Containment: untrusted code only on small cores</source>
        <translation>Eindämmung: nicht vertrauenswürdiger Code nur auf kleinen Kernen</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Cores in the fast cluster.</source>
        <translation>Kerne im schnellen Cluster.</translation>
    </message>
    <message>
        <source>Cores in the slow cluster.</source>
        <translation>Kerne im langsamen Cluster.</translation>
    </message>
    <message>
        <source>Cores that run privileged code (k): the kernel&apos;s, the master&apos;s, the key holder&apos;s. An untrusted quantum there is a chance for an exploit. Fewer than the cores.</source>
        <translation>Kerne, die privilegierten Code ausführen (k): den des Kernels, des Masters, des Schlüsselhalters. Ein nicht vertrauenswürdiges Quantum dort ist eine Gelegenheit für einen Exploit. Weniger als die Kerne insgesamt.</translation>
    </message>
    <message>
        <source>Crossover worker count c*</source>
        <translation>Workeranzahl am Kreuzungspunkt c*</translation>
    </message>
    <message>
        <source>Crypto: the master as cryptographic gatekeeper</source>
        <translation>Krypto: der Master als kryptografischer Gatekeeper</translation>
    </message>
    <message>
        <source>Cut by amp</source>
        <translation>Senkung durch amp</translation>
    </message>
    <message>
        <source>Cut the job into 256 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Teilen Sie den Job in 256 Tasks. Sagen Sie den Makespan in Sekunden voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Cycle time R + Z</source>
        <translation>Zykluszeit R + Z</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Data work distribution</source>
        <translation>Verteilung der Datenarbeit</translation>
    </message>
    <message>
        <source>Data work per write</source>
        <translation>Datenarbeit pro Schreibvorgang</translation>
    </message>
    <message>
        <source>Delivered packets that completed after a later packet of the same flow, in % of delivered packets.</source>
        <translation>Ausgelieferte Pakete, die nach einem späteren Paket desselben Flows fertig wurden, in % der ausgelieferten Pakete.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Detection against the miss limit</source>
        <translation>Erkennung gegen die Fehlschlaggrenze</translation>
    </message>
    <message>
        <source>Detection delay</source>
        <translation>Erkennungsverzögerung</translation>
    </message>
    <message>
        <source>Detection takes 48.9 ms on average and the steps 70 ms: 119 ms. The real detector looks for each beat a little after it is due (its grace, for the master&apos;s wake-up), and every step ends when the slowest worker has done it: the verdict shows the model with that grace.</source>
        <translation>Die Erkennung dauert im Mittel 48.9 ms und die Schritte 70 ms: 119 ms. Der echte Detektor schaut nach jedem Heartbeat etwas nach dessen Fälligkeit (seine Karenzzeit, für das Aufwachen des Masters), und jeder Schritt endet, wenn der langsamste Worker ihn erledigt hat: das Urteil zeigt das Modell mit dieser Karenzzeit.</translation>
    </message>
    <message>
        <source>Dispatch, map and merge over time</source>
        <translation>Verteilen, Map und Merge über die Zeit</translation>
    </message>
    <message>
        <source>Distinct 5-tuples (client address and port) the packets belong to.</source>
        <translation>Verschiedene 5-Tupel (Client-Adresse und Port), zu denen die Pakete gehören.</translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation>Verlustrate</translation>
    </message>
    <message>
        <source>Drop-tail buffer in front of the bottleneck link: a segment arriving to a full buffer is lost.</source>
        <translation>Drop-Tail-Puffer vor der Engpassverbindung: ein Segment, das auf einen vollen Puffer trifft, geht verloren.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Each ACK now covers two segments, so the master bound doubles to 1557.33 Mbit/s and no longer binds: the link&apos;s 1000 Mbit/s does. Halving the work per byte on the serial core moved the bottleneck. The simulation delivers a few percent less than the link: a random loss soon after a halving leaves the window below the pipe and the link idles, and the workers&apos; bound (1168 Mbit/s) is only 17% above the link, so the workers queue Reno&apos;s bursts. A bound is a ceiling, not a forecast: bounds that nearly tie lose to queueing.</source>
        <translation>Jedes ACK deckt jetzt zwei Segmente ab, also verdoppelt sich die Schranke des Masters auf 1557.33 Mbit/s und bindet nicht mehr: die 1000 Mbit/s der Verbindung binden. Die Arbeit pro Byte auf dem seriellen Kern zu halbieren hat den Engpass verschoben. Die Simulation liefert einige Prozent weniger als die Verbindung: ein zufälliger Verlust kurz nach einer Halbierung lässt das Fenster unter der Leitungskapazität, und die Verbindung läuft leer; die Schranke der Worker (1168 Mbit/s) liegt nur 17% über der Verbindung, sodass sich Renos Schübe bei den Workern stauen. Eine Schranke ist eine Obergrenze, keine Vorhersage: Schranken, die fast gleichauf liegen, verlieren gegen die Warteschlange.</translation>
    </message>
    <message>
        <source>Each little hands the big core D = 1.88 µs of work per cycle and spends Z = (1 − f)·T + 2·h = 24 µs elsewhere, so the big core saturates beyond N* = (Z + D)/D = 13.8 littles. The MVA gives 1.11 (big core 0.998 busy); with constant times the simulation queues less and settles near the bound 45 µs per task. Either way the shared big core eats part of the gain one little had: 1.93.</source>
        <translation>Jeder kleine Kern übergibt dem großen Kern pro Zyklus D = 1.88 µs Arbeit und verbringt Z = (1 − f)·T + 2·h = 24 µs anderswo, also sättigt der große Kern jenseits von N* = (Z + D)/D = 13.8 kleinen Kernen. Die MVA ergibt 1.11 (großer Kern zu 0.998 ausgelastet); mit konstanten Zeiten wartet die Simulation weniger und pendelt sich nahe der Schranke von 45 µs pro Task ein. So oder so frisst der gemeinsam genutzte große Kern einen Teil des Gewinns, den ein einzelner kleiner Kern hatte: 1.93.</translation>
    </message>
    <message>
        <source>Each task is now only 0.00391 s of work, but the master needs 5 ms to send each one: it sends the last one after r·τ, and then merges for r·ρ. The master&apos;s serial part, 1.54 s, dominates: makespan 1.54 s, master utilization 0.997.</source>
        <translation>Jede Task ist jetzt nur noch 0.00391 s Arbeit, aber der Master braucht 5 ms, um jede zu verschicken: er schickt die letzte nach r·τ und führt dann r·ρ lang zusammen. Der serielle Teil des Masters, 1.54 s, dominiert: Makespan 1.54 s, Auslastung des Masters 0.997.</translation>
    </message>
    <message>
        <source>Each untrusted quantum lands on a privileged core with probability k/n = 0.25, so one untrusted task escalates with probability 1 − (1 − v·k/n)^quanta·(1 − q) = 0.0498. A task is untrusted with probability u, so P = 1 − (1 − u·0.0498)^N = 0.222.</source>
        <translation>Jedes nicht vertrauenswürdige Quantum landet mit Wahrscheinlichkeit k/n = 0.25 auf einem privilegierten Kern, also weitet eine nicht vertrauenswürdige Task ihre Rechte mit Wahrscheinlichkeit 1 − (1 − v·k/n)^quanta·(1 − q) = 0.0498 aus. Eine Task ist mit Wahrscheinlichkeit u nicht vertrauenswürdig, also P = 1 − (1 − u·0.0498)^N = 0.222.</translation>
    </message>
    <message>
        <source>Each worker outlives the T = 70 ms protocol with probability e^(−μ·T) = 0.497, independently, so P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m) = 0.495. With exponential steps of the same means the CTMC gives 0.545: a worker&apos;s survival e^(−μ·T) gains more from a short protocol than it loses to a long one, and the incidents that end safe are mostly the short ones (101 ms to safe instead of 119 ms).</source>
        <translation>Jeder Worker überlebt das Protokoll von T = 70 ms mit Wahrscheinlichkeit e^(−μ·T) = 0.497, unabhängig, also P(sicher) = P(Binomial(n, e^(−μ·T)) ≥ m) = 0.495. Mit exponentiellen Schritten derselben Mittelwerte ergibt die CTMC 0.545: das Überleben e^(−μ·T) eines Workers gewinnt durch ein kurzes Protokoll mehr, als es durch ein langes verliert, und die Vorfälle, die sicher enden, sind meist die kurzen (101 ms bis sicher statt 119 ms).</translation>
    </message>
    <message>
        <source>End-to-end bound</source>
        <translation>Ende-zu-Ende-Schranke</translation>
    </message>
    <message>
        <source>End-to-end latency (model: its bound)</source>
        <translation>Ende-zu-Ende-Latenz (Modell: ihre Schranke)</translation>
    </message>
    <message>
        <source>End-to-end latency against the bound</source>
        <translation>Ende-zu-Ende-Latenz gegen die Schranke</translation>
    </message>
    <message>
        <source>Error of the quick estimate</source>
        <translation>Fehler der Überschlagsrechnung</translation>
    </message>
    <message>
        <source>Every step run once</source>
        <translation>Jeder Schritt einmal ausgeführt</translation>
    </message>
    <message>
        <source>Exploit probability</source>
        <translation>Exploit-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Exploration budget</source>
        <translation>Explorationsbudget</translation>
    </message>
    <message>
        <source>Exploration overhead</source>
        <translation>Explorations-Overhead</translation>
    </message>
    <message>
        <source>Exploration overhead against ε, with the first-order (ε/2)·Δ</source>
        <translation>Explorations-Overhead gegen ε, mit der Näherung erster Ordnung (ε/2)·Δ</translation>
    </message>
    <message>
        <source>Exploration ε</source>
        <translation>Exploration ε</translation>
    </message>
    <message>
        <source>Extra time a journal commit takes when the lock (and the log&apos;s tail) last belonged to another core.</source>
        <translation>Zusätzliche Zeit, die ein Journal-Commit braucht, wenn die Sperre (und das Ende des Logs) zuletzt einem anderen Kern gehörte.</translation>
    </message>
    <message>
        <source>Extra time the serialized step takes when the lock (and the data it guards) last belonged to another core.</source>
        <translation>Zusätzliche Zeit, die der serialisierte Schritt braucht, wenn die Sperre (und die Daten, die sie schützt) zuletzt einem anderen Kern gehörte.</translation>
    </message>
    <message>
        <source>Failover: master panic, heartbeats and the way to a safe state</source>
        <translation>Failover: Panik des Masters, Heartbeats und der Weg in einen sicheren Zustand</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <source>False alarms per interval</source>
        <translation>Fehlalarme pro Intervall</translation>
    </message>
    <message>
        <source>Fast cluster utilization</source>
        <translation>Auslastung des schnellen Clusters</translation>
    </message>
    <message>
        <source>Fast cores</source>
        <translation>Schnelle Kerne</translation>
    </message>
    <message>
        <source>Flow skew (Zipf s)</source>
        <translation>Schiefe der Flows (Zipf s)</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Folder for the corpus</source>
        <translation>Ordner für den Korpus</translation>
    </message>
    <message>
        <source>Folder for the data and log files</source>
        <translation>Ordner für die Daten- und Logdateien</translation>
    </message>
    <message>
        <source>Folder for the database</source>
        <translation>Ordner für die Datenbank</translation>
    </message>
    <message>
        <source>Fraction of tasks that are large (0 = all small, 1 = all large).</source>
        <translation>Anteil der großen Tasks (0 = alle klein, 1 = alle groß).</translation>
    </message>
    <message>
        <source>Fraction of tasks the master sent to the fast cluster.</source>
        <translation>Anteil der Tasks, die der Master an den schnellen Cluster schickte.</translation>
    </message>
    <message>
        <source>Fraction of time the accelerator runs a batch.</source>
        <translation>Anteil der Zeit, in der der Beschleuniger einen Batch ausführt.</translation>
    </message>
    <message>
        <source>Fraction of time the master appends or waits for its log device.</source>
        <translation>Anteil der Zeit, in der der Master anhängt oder auf sein Log-Gerät wartet.</translation>
    </message>
    <message>
        <source>Fraction of time the master is steering: λ·steer_us, against its ceiling 1.</source>
        <translation>Anteil der Zeit, in der der Master Pakete verteilt: λ·steer_us, gegenüber seiner Obergrenze 1.</translation>
    </message>
    <message>
        <source>Fraction of time the master runs UPDATEs or waits for its commit&apos;s fsync.</source>
        <translation>Anteil der Zeit, in der der Master UPDATEs ausführt oder auf das fsync seines Commits wartet.</translation>
    </message>
    <message>
        <source>From a client&apos;s request to its signature (R): waiting for the gatekeeper and signing, and in real mode the hand-over both ways.</source>
        <translation>Von der Anfrage eines Clients bis zu seiner Signatur (R): Warten auf den Gatekeeper und Signieren, im realen Modus zusätzlich die Übergabe in beide Richtungen.</translation>
    </message>
    <message>
        <source>From a packet&apos;s arrival to the end of its processing on a worker (delivered packets).</source>
        <translation>Von der Ankunft eines Pakets bis zum Ende seiner Verarbeitung auf einem Worker (ausgelieferte Pakete).</translation>
    </message>
    <message>
        <source>From a task&apos;s arrival at the master to its completion on a core.</source>
        <translation>Von der Ankunft einer Task beim Master bis zu ihrer Fertigstellung auf einem Kern.</translation>
    </message>
    <message>
        <source>From the first dispatch to the end of the master&apos;s merge.</source>
        <translation>Von der ersten Verteilung bis zum Ende des Merge durch den Master.</translation>
    </message>
    <message>
        <source>From the handler&apos;s result to the actuator&apos;s action: the last stage of the chain.</source>
        <translation>Vom Ergebnis des Handlers bis zur Aktion des Aktors: die letzte Stufe der Kette.</translation>
    </message>
    <message>
        <source>From the master&apos;s panic to the workers&apos; detection (the k-th miss in a row).</source>
        <translation>Von der Panik des Masters bis zur Erkennung durch die Worker (der k-te Fehlschlag in Folge).</translation>
    </message>
    <message>
        <source>From the moment a command is due at the master to the actuator&apos;s action. The model gives no mean, only the bound; simulated latencies never exceed it, real ones may.</source>
        <translation>Von dem Zeitpunkt, zu dem ein Kommando am Master fällig ist, bis zur Aktion des Aktors. Das Modell liefert keinen Mittelwert, nur die Schranke; simulierte Latenzen überschreiten sie nie, echte können es.</translation>
    </message>
    <message>
        <source>From the panic to the end of the last step, over the incidents that reached the safe state.</source>
        <translation>Von der Panik bis zum Ende des letzten Schritts, über die Vorfälle, die den sicheren Zustand erreichten.</translation>
    </message>
    <message>
        <source>GC overhead</source>
        <translation>GC-Overhead</translation>
    </message>
    <message>
        <source>GC: stop-the-world collection on the big core</source>
        <translation>GC: Stop-the-World-Speicherbereinigung auf dem großen Kern</translation>
    </message>
    <message>
        <source>Gatekeeper utilization</source>
        <translation>Auslastung des Gatekeepers</translation>
    </message>
    <message>
        <source>Give the handler 200 µs of blocking instead of 50 µs (a lower row holds a shared resource longer). Predict the mean end-to-end latency in µs; a simulation grades it.</source>
        <translation>Geben Sie dem Handler 200 µs Blockierzeit statt 50 µs (eine tiefere Zeile hält eine gemeinsame Ressource länger). Sagen Sie die mittlere Ende-zu-Ende-Latenz in µs voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Give the master 50 µs per ACK and the path a random loss of 0.01% (loss_rate = 0.0001). The master binds now. Predict how long an ACK spends at the master (ack_delay_us), in µs.</source>
        <translation>Geben Sie dem Master 50 µs pro ACK und dem Pfad einen zufälligen Verlust von 0.01% (loss_rate = 0.0001). Jetzt ist der Master der Engpass. Sagen Sie voraus, wie lange ein ACK am Master verbringt (ack_delay_us), in µs.</translation>
    </message>
    <message>
        <source>Give the system 16 workers (together they could process 800000 pkt/s) and offer 400000 pkt/s. Run it for real: besides its 4 µs per packet, the real master hands every packet to a worker&apos;s ring, and the run reports that hand-off h (master_handoff_ns) and the steering time it really took (master_service_measured_ns). Predict the delivered throughput in pkt/s.</source>
        <translation>Geben Sie dem System 16 Worker (zusammen könnten sie 800000 pkt/s verarbeiten) und bieten Sie 400000 pkt/s an. Führen Sie es echt aus: Neben seinen 4 µs pro Paket übergibt der echte Master jedes Paket an den Ring eines Workers, und der Lauf meldet diese Übergabe h (master_handoff_ns) und die tatsächlich benötigte Verteilzeit (master_service_measured_ns). Sagen Sie den ausgelieferten Durchsatz in pkt/s voraus.</translation>
    </message>
    <message>
        <source>Greedy batches are as large as the queue that built up during the last batch: 2.6 requests on average, at a latency of 1.97 ms, below full&apos;s best of 2.42 ms: nobody waits for a batch to fill, and the batches still grow with the load.</source>
        <translation>Greedy-Batches sind so groß wie die Warteschlange, die sich während des letzten Batches gebildet hat: im Mittel 2.6 Anfragen, bei einer Latenz von 1.97 ms, unter dem besten Wert von full mit 2.42 ms: niemand wartet, bis ein Batch voll ist, und die Batches wachsen trotzdem mit der Last.</translation>
    </message>
    <message>
        <source>Group commit: the master commits up to this many writes with one fsync.</source>
        <translation>Group Commit: der Master schreibt bis zu so viele Schreibvorgänge mit einem fsync fest.</translation>
    </message>
    <message>
        <source>Group commit: the master takes up to this many waiting records and syncs them once.</source>
        <translation>Group Commit: der Master nimmt bis zu so viele wartende Einträge und synchronisiert sie einmal.</translation>
    </message>
    <message>
        <source>Group timeout</source>
        <translation>Gruppen-Timeout</translation>
    </message>
    <message>
        <source>H: the master sends a heartbeat every H; the workers expect each one when it is due.</source>
        <translation>H: der Master sendet alle H einen Heartbeat; die Worker erwarten jeden zu seinem Fälligkeitszeitpunkt.</translation>
    </message>
    <message>
        <source>Half of the explored tasks land on the cluster the agent would have picked anyway, so the first-order estimate is (ε/2)·Δ = 1.13 ms. The simulation measures more: a task sent to the slow cluster by the coin also delays the tasks queued behind it there, and a large one blocks a slow core for 30 ms on average. That queueing is what the first-order rule leaves out, and it grows with the load.</source>
        <translation>Die Hälfte der explorierten Tasks landet ohnehin auf dem Cluster, den der Agent gewählt hätte, also ist die Schätzung erster Ordnung (ε/2)·Δ = 1.13 ms. Die Simulation misst mehr: eine Task, die per Münzwurf an den langsamen Cluster geht, verzögert dort auch die Tasks hinter ihr, und eine große blockiert einen langsamen Kern im Mittel für 30 ms. Diese Warteschlange lässt die Regel erster Ordnung außer Acht, und sie wächst mit der Last.</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Hand-off per request</source>
        <translation>Übergabe pro Anfrage</translation>
    </message>
    <message>
        <source>Hand-off, one way</source>
        <translation>Übergabe, eine Richtung</translation>
    </message>
    <message>
        <source>Hand-off, one way, measured</source>
        <translation>Übergabe, eine Richtung, gemessen</translation>
    </message>
    <message>
        <source>Hand-over round trip</source>
        <translation>Übergabe hin und zurück</translation>
    </message>
    <message>
        <source>Handler&apos;s release jitter</source>
        <translation>Release-Jitter des Handlers</translation>
    </message>
    <message>
        <source>Handler&apos;s worst release-to-done time w</source>
        <translation>Schlechteste Zeit des Handlers von der Freigabe bis zum Ende w</translation>
    </message>
    <message>
        <source>Handler&apos;s worst response</source>
        <translation>Schlechteste Antwortzeit des Handlers</translation>
    </message>
    <message>
        <source>Hash steering keeps flows in order but unbalances workers; spraying balances but reorders. Where does the master itself saturate?</source>
        <translation>Hash-basiertes Verteilen hält Flows in Reihenfolge, verteilt aber ungleich auf die Worker; Streuen gleicht aus, vertauscht aber die Reihenfolge. Wo sättigt der Master selbst?</translation>
    </message>
    <message>
        <source>Heap objects one little core sweeps per millisecond (a linear scan).</source>
        <translation>Heap-Objekte, die ein kleiner Kern pro Millisekunde fegt (ein linearer Durchlauf).</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Heartbeat-Intervall</translation>
    </message>
    <message>
        <source>Heartbeat loss</source>
        <translation>Heartbeat-Verlust</translation>
    </message>
    <message>
        <source>How far each response time moves the learned value: Q ← Q + α·(T − Q) (the first sample sets it).</source>
        <translation>Wie weit jede Antwortzeit den gelernten Wert verschiebt: Q ← Q + α·(T − Q) (der erste Messwert setzt ihn).</translation>
    </message>
    <message>
        <source>How fast must the master and its log device be to keep the consistency window bounded?</source>
        <translation>Wie schnell müssen der Master und sein Log-Gerät sein, damit das Konsistenzfenster beschränkt bleibt?</translation>
    </message>
    <message>
        <source>How late the master sends a command on average, after the moment it was due (exponential in the simulation, cut off at the assumed maximum).</source>
        <translation>Wie spät der Master ein Kommando im Mittel nach seinem Fälligkeitszeitpunkt sendet (in der Simulation exponentiell, beim angenommenen Maximum abgeschnitten).</translation>
    </message>
    <message>
        <source>How long a command takes from the master to the worker (a mailbox in shared memory and an interrupt), in the model and the simulation. The real run measures its own hand-over.</source>
        <translation>Wie lange ein Kommando vom Master zum Worker braucht (ein Postfach im gemeinsamen Speicher und ein Interrupt), im Modell und in der Simulation. Der echte Lauf misst seine eigene Übergabe.</translation>
    </message>
    <message>
        <source>How long the mutators stand still in one collection: from the moment the heap is full until they run again (real mode: stopping them at their safepoints included).</source>
        <translation>Wie lange die Mutatoren bei einer Sammlung stillstehen: vom Moment, in dem der Heap voll ist, bis sie wieder laufen (realer Modus: einschließlich des Anhaltens an ihren Safepoints).</translation>
    </message>
    <message>
        <source>How long until the system is safe after the master dies, and how likely is it to get there?</source>
        <translation>Wie lange dauert es, bis das System nach dem Tod des Masters sicher ist, und wie wahrscheinlich ist es, dass es dort ankommt?</translation>
    </message>
    <message>
        <source>How many clients can one key-holding core serve, and what does isolation cost?</source>
        <translation>Wie viele Clients kann ein einzelner Kern mit dem Schlüssel bedienen, und was kostet die Isolation?</translation>
    </message>
    <message>
        <source>How many tasks should a job be cut into?</source>
        <translation>In wie viele Tasks sollte man einen Job aufteilen?</translation>
    </message>
    <message>
        <source>How many tasks the job is cut into (r); each maps W/r of the work.</source>
        <translation>In wie viele Tasks der Job aufgeteilt wird (r); jede bearbeitet W/r der Arbeit.</translation>
    </message>
    <message>
        <source>How much does pinning untrusted work to a small-core pool cut the chance of privilege escalation?</source>
        <translation>Wie stark senkt es die Wahrscheinlichkeit einer Rechteausweitung, nicht vertrauenswürdige Arbeit an einen Pool kleiner Kerne zu binden?</translation>
    </message>
    <message>
        <source>How much faster the big core collects than a little core. On machines without real little cores the real engine emulates it: a little core takes big_factor times as long.</source>
        <translation>Um wie viel schneller der große Kern sammelt als ein kleiner Kern. Auf Rechnern ohne echte kleine Kerne emuliert der reale Modus das: ein kleiner Kern braucht big_factor-mal so lange.</translation>
    </message>
    <message>
        <source>How much faster the big core does the vector part with its vector units than with scalar code (w). The real engine measures its own: the widest vector build the CPU has against a scalar build.</source>
        <translation>Um wie viel schneller der große Kern den Vektorteil mit seinen Vektoreinheiten erledigt als mit skalarem Code (w). Der reale Modus misst seinen eigenen Wert: den breitesten Vektor-Build der CPU gegen einen skalaren Build.</translation>
    </message>
    <message>
        <source>How much faster the big core runs scalar code than a little core (b). On machines without real little cores the real engine emulates it: a little does b times the work.</source>
        <translation>Um wie viel schneller der große Kern skalaren Code ausführt als ein kleiner Kern (b). Auf Rechnern ohne echte kleine Kerne emuliert der reale Modus das: ein kleiner Kern erledigt die b-fache Arbeit.</translation>
    </message>
    <message>
        <source>How much shorter are pauses when the collector runs on the big core?</source>
        <translation>Um wie viel kürzer sind die Pausen, wenn der Collector auf dem großen Kern läuft?</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>IPC time</source>
        <translation>IPC-Zeit</translation>
    </message>
    <message>
        <source>Idlest worker&apos;s load</source>
        <translation>Last des am wenigsten belasteten Workers</translation>
    </message>
    <message>
        <source>Inference requests per second arriving at the master (Poisson).</source>
        <translation>Inferenzanfragen pro Sekunde, die beim Master ankommen (Poisson).</translation>
    </message>
    <message>
        <source>Isolation (real mode)</source>
        <translation>Isolation (realer Modus)</translation>
    </message>
    <message>
        <source>Its own J plus the master&apos;s assumed maximum jitter: how late a command can reach it.</source>
        <translation>Sein eigenes J plus der angenommene maximale Jitter des Masters: wie spät ein Kommando ihn erreichen kann.</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Journal CPU per record</source>
        <translation>Journal-CPU pro Eintrag</translation>
    </message>
    <message>
        <source>Journal queue length</source>
        <translation>Länge der Journal-Warteschlange</translation>
    </message>
    <message>
        <source>Journal records made durable per second.</source>
        <translation>Pro Sekunde dauerhaft gemachte Journal-Einträge.</translation>
    </message>
    <message>
        <source>Keep the defaults and raise the arrival rate to 9.5/s. Predict the mean time a request waits in the master&apos;s queue, in ms (not counting its service).</source>
        <translation>Behalten Sie die Voreinstellungen bei und erhöhen Sie die Ankunftsrate auf 9.5/s. Sagen Sie die mittlere Zeit voraus, die eine Anfrage in der Warteschlange des Masters wartet, in ms (ohne ihre Bedienung).</translation>
    </message>
    <message>
        <source>Keep the defaults. By what factor must the master&apos;s CPU get faster (journal_cpu_ms divided by it) so the mean window meets the 5 ms bound?</source>
        <translation>Behalten Sie die Voreinstellungen bei. Um welchen Faktor muss die CPU des Masters schneller werden (journal_cpu_ms geteilt durch ihn), damit das mittlere Fenster die Schranke von 5 ms einhält?</translation>
    </message>
    <message>
        <source>Key found in the workers&apos; memory</source>
        <translation>Schlüssel im Speicher der Worker gefunden</translation>
    </message>
    <message>
        <source>Killed tasks per batch</source>
        <translation>Beendete Tasks pro Batch</translation>
    </message>
    <message>
        <source>Knee N*</source>
        <translation>Knick N*</translation>
    </message>
    <message>
        <source>Large task</source>
        <translation>Große Task</translation>
    </message>
    <message>
        <source>Large tasks</source>
        <translation>Große Tasks</translation>
    </message>
    <message>
        <source>Large-scale systems</source>
        <translation>Große verteilte Systeme</translation>
    </message>
    <message>
        <source>Latencies over the bound</source>
        <translation>Latenzen über der Schranke</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Latency against batch size</source>
        <translation>Latenz gegen die Batchgröße</translation>
    </message>
    <message>
        <source>Latency at the best batch size</source>
        <translation>Latenz bei der besten Batchgröße</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Verteilung der Latenz</translation>
    </message>
    <message>
        <source>Latency of the large tasks only.</source>
        <translation>Latenz nur der großen Tasks.</translation>
    </message>
    <message>
        <source>Latency of the small tasks only.</source>
        <translation>Latenz nur der kleinen Tasks.</translation>
    </message>
    <message>
        <source>Latency over time</source>
        <translation>Latenz über die Zeit</translation>
    </message>
    <message>
        <source>Latency, large tasks</source>
        <translation>Latenz, große Tasks</translation>
    </message>
    <message>
        <source>Latency, small tasks</source>
        <translation>Latenz, kleine Tasks</translation>
    </message>
    <message>
        <source>Learned Q-table: how much better fast is, per state</source>
        <translation>Gelernte Q-Tabelle: wie viel besser schnell ist, pro Zustand</translation>
    </message>
    <message>
        <source>Learning curve: mean latency over time</source>
        <translation>Lernkurve: mittlere Latenz über die Zeit</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>Lernrate α</translation>
    </message>
    <message>
        <source>Light-load line N/(D + Z)</source>
        <translation>Schwachlastgerade N/(D + Z)</translation>
    </message>
    <message>
        <source>Link buffer</source>
        <translation>Puffer der Verbindung</translation>
    </message>
    <message>
        <source>Linux&apos;s share of the bound</source>
        <translation>Anteil von Linux an der Schranke</translation>
    </message>
    <message>
        <source>Little cores</source>
        <translation>Kleine Kerne</translation>
    </message>
    <message>
        <source>Little cores (N) that all hand work to the one big core: it becomes a shared server.</source>
        <translation>Kleine Kerne (N), die alle Arbeit an den einen großen Kern abgeben: er wird zu einem gemeinsam genutzten Bediener.</translation>
    </message>
    <message>
        <source>Little cores that collect together in the parallel_little placement.</source>
        <translation>Kleine Kerne, die bei der Platzierung parallel_little gemeinsam sammeln.</translation>
    </message>
    <message>
        <source>Littles and the big core over time</source>
        <translation>Kleine Kerne und der große Kern über die Zeit</translation>
    </message>
    <message>
        <source>Live objects</source>
        <translation>Lebende Objekte</translation>
    </message>
    <message>
        <source>Live objects one little core marks per millisecond (following pointers: memory-bound).</source>
        <translation>Lebende Objekte, die ein kleiner Kern pro Millisekunde markiert (Zeigern folgen: speichergebunden).</translation>
    </message>
    <message>
        <source>Load imbalance</source>
        <translation>Lastungleichgewicht</translation>
    </message>
    <message>
        <source>Load per worker</source>
        <translation>Last pro Worker</translation>
    </message>
    <message>
        <source>Load where the designs tie</source>
        <translation>Last, bei der die Designs gleichauf liegen</translation>
    </message>
    <message>
        <source>Local task time over the chosen strategy&apos;s task time (above 1: the strategy pays).</source>
        <translation>Lokale Taskzeit geteilt durch die Taskzeit der gewählten Strategie (über 1: die Strategie lohnt sich).</translation>
    </message>
    <message>
        <source>Lock hand-over between cores</source>
        <translation>Übergabe der Sperre zwischen Kernen</translation>
    </message>
    <message>
        <source>Log device time per commit</source>
        <translation>Zeit des Log-Geräts pro Commit</translation>
    </message>
    <message>
        <source>Longest detection k·H</source>
        <translation>Längste Erkennung k·H</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Untere Schranke</translation>
    </message>
    <message>
        <source>MSS/RTT·√(3/(2p)).</source>
        <translation>MSS/RTT·√(3/(2p)).</translation>
    </message>
    <message>
        <source>MVA with constant signing times: exact only for exponential service. Constant times queue less, so the MVA overstates the response time and understates the throughput, most near the knee N* = 21; far below and far past it the two agree</source>
        <translation>MVA mit konstanten Signierzeiten: exakt nur für exponentielle Bedienung. Konstante Zeiten erzeugen weniger Warteschlange, also überschätzt die MVA die Antwortzeit und unterschätzt den Durchsatz, am stärksten nahe dem Knick N* = 21; weit darunter und weit darüber stimmen beide überein</translation>
    </message>
    <message>
        <source>Make the master&apos;s service lognormal (coefficient of variation 2, same 100 ms mean) at the defaults. Predict the master&apos;s mean queue wait in ms; a simulation grades it.</source>
        <translation>Machen Sie die Bedienzeit des Masters lognormal (Variationskoeffizient 2, gleicher Mittelwert von 100 ms) bei den Voreinstellungen. Sagen Sie die mittlere Wartezeit in der Warteschlange des Masters in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Make the tasks variable (task_cv = 1, same mean) and cut the job into 16 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Machen Sie die Tasks variabel (task_cv = 1, gleicher Mittelwert) und teilen Sie den Job in 16 Tasks. Sagen Sie den Makespan in Sekunden voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>Makespan</translation>
    </message>
    <message>
        <source>Makespan against the task count</source>
        <translation>Makespan gegen die Taskanzahl</translation>
    </message>
    <message>
        <source>Makespan at r*</source>
        <translation>Makespan bei r*</translation>
    </message>
    <message>
        <source>MapReduce: the master&apos;s scheduling overhead</source>
        <translation>MapReduce: der Scheduling-Overhead des Masters</translation>
    </message>
    <message>
        <source>Mark phase</source>
        <translation>Markierphase</translation>
    </message>
    <message>
        <source>Mark rate on a little core</source>
        <translation>Markierrate auf einem kleinen Kern</translation>
    </message>
    <message>
        <source>Marking visits the live objects, sweeping the whole heap: on a little core 7 ms. The big core does the same work 3× faster: 2.33 ms (mark 1.67 ms, sweep 0.667 ms).</source>
        <translation>Das Markieren besucht die lebenden Objekte, das Fegen den ganzen Heap: auf einem kleinen Kern 7 ms. Der große Kern erledigt dieselbe Arbeit 3× schneller: 2.33 ms (Markieren 1.67 ms, Fegen 0.667 ms).</translation>
    </message>
    <message>
        <source>Master and workers</source>
        <translation>Master und Worker</translation>
    </message>
    <message>
        <source>Master busy, workers idle</source>
        <translation>Master beschäftigt, Worker untätig</translation>
    </message>
    <message>
        <source>Master capacity</source>
        <translation>Kapazität des Masters</translation>
    </message>
    <message>
        <source>Master jitter (assumed maximum) plus IPC: the part of the chain the RTOS cannot vouch for.</source>
        <translation>Jitter des Masters (angenommenes Maximum) plus IPC: der Teil der Kette, für den das RTOS nicht bürgen kann.</translation>
    </message>
    <message>
        <source>Master jitter, assumed maximum</source>
        <translation>Jitter des Masters, angenommenes Maximum</translation>
    </message>
    <message>
        <source>Master jitter, mean</source>
        <translation>Jitter des Masters, Mittelwert</translation>
    </message>
    <message>
        <source>Master queue length</source>
        <translation>Länge der Warteschlange des Masters</translation>
    </message>
    <message>
        <source>Master queue wait</source>
        <translation>Wartezeit in der Warteschlange des Masters</translation>
    </message>
    <message>
        <source>Master service</source>
        <translation>Bedienung am Master</translation>
    </message>
    <message>
        <source>Master service distribution</source>
        <translation>Verteilung der Bedienzeit des Masters</translation>
    </message>
    <message>
        <source>Master service time</source>
        <translation>Bedienzeit des Masters</translation>
    </message>
    <message>
        <source>Master time per ACK</source>
        <translation>Master-Zeit pro ACK</translation>
    </message>
    <message>
        <source>Master time per packet</source>
        <translation>Master-Zeit pro Paket</translation>
    </message>
    <message>
        <source>Master utilization</source>
        <translation>Auslastung des Masters</translation>
    </message>
    <message>
        <source>Master&apos;s merge per task</source>
        <translation>Merge des Masters pro Task</translation>
    </message>
    <message>
        <source>Master&apos;s policy</source>
        <translation>Strategie des Masters</translation>
    </message>
    <message>
        <source>Master&apos;s scheduling per task</source>
        <translation>Scheduling des Masters pro Task</translation>
    </message>
    <message>
        <source>Master&apos;s serial time</source>
        <translation>Serielle Zeit des Masters</translation>
    </message>
    <message>
        <source>Master&apos;s timer lateness</source>
        <translation>Timer-Verspätung des Masters</translation>
    </message>
    <message>
        <source>Mean CPU time the master spends appending one record (exponential).</source>
        <translation>Mittlere CPU-Zeit, die der Master zum Anhängen eines Eintrags braucht (exponentiell).</translation>
    </message>
    <message>
        <source>Mean gap between the two clusters&apos; expected response times for an arriving task, at the learned policy: what one non-greedy choice costs, to first order.</source>
        <translation>Mittlerer Abstand zwischen den erwarteten Antwortzeiten der beiden Cluster für eine ankommende Task bei der gelernten Strategie: was eine nicht-gierige Entscheidung in erster Näherung kostet.</translation>
    </message>
    <message>
        <source>Mean latency per task above the best fixed threshold policy on the same tasks (the simulation runs that policy as a twin on the same arrivals). Negative: the policy beat every fixed threshold (it also sees the task&apos;s size). A real run is compared with that policy simulated on the same tasks.</source>
        <translation>Mittlere Latenz pro Task über der besten festen Schwellwertstrategie für dieselben Tasks (die Simulation führt diese Strategie als Zwilling auf denselben Ankünften aus). Negativ: die Strategie schlug jeden festen Schwellwert (sie sieht auch die Größe der Task). Ein echter Lauf wird mit dieser Strategie verglichen, simuliert auf denselben Tasks.</translation>
    </message>
    <message>
        <source>Mean latency per task above the same learner that never explores (ε = 0, or c = 0 for UCB), on the same tasks: what exploring costs, including the tasks queued behind an explored one. Simulation only.</source>
        <translation>Mittlere Latenz pro Task über demselben Lerner, der nie exploriert (ε = 0 bzw. c = 0 bei UCB), auf denselben Tasks: was das Explorieren kostet, einschließlich der Tasks, die hinter einer explorierten warten. Nur Simulation.</translation>
    </message>
    <message>
        <source>Mean number of records one sync makes durable.</source>
        <translation>Mittlere Anzahl der Einträge, die eine Synchronisation dauerhaft macht.</translation>
    </message>
    <message>
        <source>Mean number of writes one commit (one fsync) makes durable.</source>
        <translation>Mittlere Anzahl der Schreibvorgänge, die ein Commit (ein fsync) dauerhaft macht.</translation>
    </message>
    <message>
        <source>Mean over the workers.</source>
        <translation>Mittelwert über die Worker.</translation>
    </message>
    <message>
        <source>Mean pause with collector_threads little cores collecting together.</source>
        <translation>Mittlere Pause, wenn collector_threads kleine Kerne gemeinsam sammeln.</translation>
    </message>
    <message>
        <source>Mean pause with the collector on one little core.</source>
        <translation>Mittlere Pause mit dem Collector auf einem kleinen Kern.</translation>
    </message>
    <message>
        <source>Mean pause with the collector on the big core (every run measures all three placements).</source>
        <translation>Mittlere Pause mit dem Collector auf dem großen Kern (jeder Lauf misst alle drei Platzierungen).</translation>
    </message>
    <message>
        <source>Mean time a client spends between a signature and its next request (Z), exponential. In real mode the clients sleep it; the run measures what they really spent.</source>
        <translation>Mittlere Zeit, die ein Client zwischen einer Signatur und seiner nächsten Anfrage verbringt (Z), exponentiell. Im realen Modus schlafen die Clients so lange; der Lauf misst, wie lange sie tatsächlich brauchten.</translation>
    </message>
    <message>
        <source>Mean time a task of the chosen strategy waits while the big core serves other littles.</source>
        <translation>Mittlere Zeit, die eine Task der gewählten Strategie wartet, während der große Kern andere kleine Kerne bedient.</translation>
    </message>
    <message>
        <source>Mean time a worker spends on a transaction&apos;s query (real mode: real SELECTs on the worker&apos;s own read-only connection, for that long).</source>
        <translation>Mittlere Zeit, die ein Worker für die Abfrage einer Transaktion braucht (realer Modus: echte SELECTs über die eigene Nur-Lese-Verbindung des Workers, so lange).</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one packet (parse, checksum, protocol work).</source>
        <translation>Mittlere Zeit, die ein Worker für ein Paket braucht (Parsen, Prüfsumme, Protokollarbeit).</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one write&apos;s data (real mode: computing and pwrite-ing a 4 KiB block).</source>
        <translation>Mittlere Zeit, die ein Worker für die Daten eines Schreibvorgangs braucht (realer Modus: Berechnen und pwrite eines 4-KiB-Blocks).</translation>
    </message>
    <message>
        <source>Mean time from a write&apos;s query end to its durable commit.</source>
        <translation>Mittlere Zeit vom Ende der Abfrage eines Schreibvorgangs bis zu seinem dauerhaften Commit.</translation>
    </message>
    <message>
        <source>Mean time of a large task on a fast core (exponential).</source>
        <translation>Mittlere Zeit einer großen Task auf einem schnellen Kern (exponentiell).</translation>
    </message>
    <message>
        <source>Mean time of a small task on a fast core (exponential).</source>
        <translation>Mittlere Zeit einer kleinen Task auf einem schnellen Kern (exponentiell).</translation>
    </message>
    <message>
        <source>Mean time of a task kept on its little core (scalar code only).</source>
        <translation>Mittlere Zeit einer Task, die auf ihrem kleinen Kern bleibt (nur skalarer Code).</translation>
    </message>
    <message>
        <source>Mean time of a task whose thread moves to the big core and back: two migrations, any wait for the big core, and the whole task there.</source>
        <translation>Mittlere Zeit einer Task, deren Thread zum großen Kern und zurück wandert: zwei Migrationen, eventuelles Warten auf den großen Kern und die ganze Task dort.</translation>
    </message>
    <message>
        <source>Mean time of a task whose vector part goes to the big core through the ring and back: the scalar part, two hand-offs, any wait for the big core, and the vector part there.</source>
        <translation>Mittlere Zeit einer Task, deren Vektorteil über den Ring zum großen Kern und zurück geht: der skalare Teil, zwei Übergaben, eventuelles Warten auf den großen Kern und der Vektorteil dort.</translation>
    </message>
    <message>
        <source>Mean time one worker spends on each request (the parallel part).</source>
        <translation>Mittlere Zeit, die ein Worker für jede Anfrage braucht (der parallele Teil).</translation>
    </message>
    <message>
        <source>Mean time the master spends on each request (the serialized part).</source>
        <translation>Mittlere Zeit, die der Master für jede Anfrage braucht (der serialisierte Teil).</translation>
    </message>
    <message>
        <source>Mean worker load</source>
        <translation>Mittlere Last der Worker</translation>
    </message>
    <message>
        <source>Migrate: time to move the whole thread to the big core by re-pinning it, and again to move it back (m each way). The real engine measures it.</source>
        <translation>Migrieren: die Zeit, um den ganzen Thread durch Umpinnen auf den großen Kern zu verschieben, und nochmals, um ihn zurückzuholen (m pro Richtung). Der reale Modus misst sie.</translation>
    </message>
    <message>
        <source>Migration pays below</source>
        <translation>Migrieren lohnt sich unterhalb von</translation>
    </message>
    <message>
        <source>Migration, one way</source>
        <translation>Migration, eine Richtung</translation>
    </message>
    <message>
        <source>Migration, one way, measured</source>
        <translation>Migration, eine Richtung, gemessen</translation>
    </message>
    <message>
        <source>Minimum master speed</source>
        <translation>Mindestgeschwindigkeit des Masters</translation>
    </message>
    <message>
        <source>Minimum master speed against write rate</source>
        <translation>Mindestgeschwindigkeit des Masters gegen die Schreibrate</translation>
    </message>
    <message>
        <source>Minimum mutator utilization against the window</source>
        <translation>Minimale Mutator-Auslastung gegen das Fenster</translation>
    </message>
    <message>
        <source>Minimum mutator utilization by window</source>
        <translation>Minimale Mutator-Auslastung nach Fenster</translation>
    </message>
    <message>
        <source>Minimum mutator utilization, 10 ms window</source>
        <translation>Minimale Mutator-Auslastung, 10-ms-Fenster</translation>
    </message>
    <message>
        <source>Misses before acting</source>
        <translation>Fehlschläge bis zum Eingreifen</translation>
    </message>
    <message>
        <source>Model p99 of the window</source>
        <translation>p99 des Fensters im Modell</translation>
    </message>
    <message>
        <source>Model: the handler&apos;s worst-case response time by response-time analysis, from its arrival on the worker (the command due plus the IPC) to done. Simulation: the worst one seen. Real: the worst time from a command&apos;s hand-over to the handler done.</source>
        <translation>Modell: die Worst-Case-Antwortzeit des Handlers nach der Antwortzeitanalyse, von seiner Ankunft auf dem Worker (das fällige Kommando plus IPC) bis zum Ende. Simulation: die schlechteste beobachtete. Realer Modus: die schlechteste Zeit von der Übergabe eines Kommandos bis zum Ende des Handlers.</translation>
    </message>
    <message>
        <source>Model: the smallest multiplier on the master&apos;s CPU speed (journal_cpu_ms / m) that keeps the mean window within window_bound_ms. ∞ (no value) when the log device alone breaks the bound.</source>
        <translation>Modell: der kleinste Faktor auf die CPU-Geschwindigkeit des Masters (journal_cpu_ms / m), der das mittlere Fenster innerhalb von window_bound_ms hält. ∞ (kein Wert), wenn schon das Log-Gerät allein die Schranke verletzt.</translation>
    </message>
    <message>
        <source>Mutator threads</source>
        <translation>Mutator-Threads</translation>
    </message>
    <message>
        <source>Mutator utilization</source>
        <translation>Mutator-Auslastung</translation>
    </message>
    <message>
        <source>Mutators and the collector over time</source>
        <translation>Mutatoren und Collector über die Zeit</translation>
    </message>
    <message>
        <source>Mutators and the collector: the first cycles</source>
        <translation>Mutatoren und Collector: die ersten Zyklen</translation>
    </message>
    <message>
        <source>Mutators&apos; run between collections</source>
        <translation>Laufzeit der Mutatoren zwischen Sammlungen</translation>
    </message>
    <message>
        <source>New data delivered in order to the receiver per second.</source>
        <translation>Neue Daten, die dem Empfänger pro Sekunde in Reihenfolge ausgeliefert werden.</translation>
    </message>
    <message>
        <source>No heartbeat is lost (hb_loss = 0) and the workers wait for k = 4 misses; the master beats every H = 20 ms. Predict the mean detection delay in ms.</source>
        <translation>Kein Heartbeat geht verloren (hb_loss = 0), und die Worker warten auf k = 4 Fehlschläge; der Master sendet alle H = 20 ms einen Heartbeat. Sagen Sie die mittlere Erkennungsverzögerung in ms voraus.</translation>
    </message>
    <message>
        <source>No random loss, a 100 Mbit/s link and a slow master: 200 µs per ACK. Run it for real (a master thread runs Reno on real ACKs, worker threads checksum real payloads, a link-emulator thread serializes the segments) and predict Reno&apos;s mean congestion window, in segments.</source>
        <translation>Kein zufälliger Verlust, eine Verbindung mit 100 Mbit/s und ein langsamer Master: 200 µs pro ACK. Führen Sie es echt aus (ein Master-Thread betreibt Reno mit echten ACKs, Worker-Threads bilden Prüfsummen über echte Nutzdaten, ein Thread emuliert die Verbindung und serialisiert die Segmente) und sagen Sie das mittlere Staufenster von Reno in Segmenten voraus.</translation>
    </message>
    <message>
        <source>No untrusted quantum reaches a privileged core, so only the residual q is left: P = 1 − (1 − u·q)^N = 0.00499, 44.4 times less than symmetric (0.222). The floor stays: amp cannot remove q.</source>
        <translation>Kein nicht vertrauenswürdiges Quantum erreicht einen privilegierten Kern, also bleibt nur das Restrisiko q: P = 1 − (1 − u·q)^N = 0.00499, 44.4-mal weniger als symmetrisch (0.222). Der Sockel bleibt: amp kann q nicht beseitigen.</translation>
    </message>
    <message>
        <source>None: the affinity mask keeps them off, and sched_getcpu() after every quantum confirms it. The model says 0; in symmetric it would be quanta·k/n = 5 if the kernel spread them evenly over the cores it may use.</source>
        <translation>Keines: die Affinitätsmaske hält sie fern, und sched_getcpu() nach jedem Quantum bestätigt es. Das Modell sagt 0; bei symmetric wären es quanta·k/n = 5, wenn der Kernel sie gleichmäßig auf die Kerne verteilte, die sie nutzen dürfen.</translation>
    </message>
    <message>
        <source>Nothing is ever lost: the master (58.4 Mbit/s) is slower than the link (100), so the link&apos;s buffer never fills, and Reno grows the window until the receiver&apos;s window stops it: 2·(BDP + buffer) = 435 segments. The path holds only X·RTT ≈ 11 of them; the rest wait as ACKs at the master, about 84.8 ms each (Little&apos;s law). The window is a count, not a speed, so a slow or busy machine shows the same number: only the time it takes changes.</source>
        <translation>Nichts geht je verloren: der Master (58.4 Mbit/s) ist langsamer als die Verbindung (100), also füllt sich ihr Puffer nie, und Reno vergrößert das Fenster, bis das Empfangsfenster es stoppt: 2·(BDP + buffer) = 435 Segmente. Der Pfad fasst nur X·RTT ≈ 11 davon; der Rest wartet als ACKs am Master, jedes etwa 84.8 ms (Gesetz von Little). Das Fenster ist eine Anzahl, keine Geschwindigkeit, also zeigt ein langsamer oder ausgelasteter Rechner dieselbe Zahl: nur die Zeit, die es dauert, ändert sich.</translation>
    </message>
    <message>
        <source>Now 24 littles offload to the one big core. Predict the speedup of offloading over local; a simulation grades it.</source>
        <translation>Jetzt lagern 24 kleine Kerne auf den einen großen Kern aus. Sagen Sie den Speedup des Auslagerns gegenüber lokaler Ausführung voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Now let the receiver acknowledge every second segment (ack_every = 2). Predict the throughput of the simulated flow in Mbit/s.</source>
        <translation>Lassen Sie nun den Empfänger jedes zweite Segment bestätigen (ack_every = 2). Sagen Sie den Durchsatz des simulierten Flows in Mbit/s voraus.</translation>
    </message>
    <message>
        <source>Now let the worker sleep on a futex. Predict the 99th percentile of the wake-up latency in µs.</source>
        <translation>Lassen Sie den Worker nun auf einem Futex schlafen. Sagen Sie das 99. Perzentil der Aufweck-Latenz in µs voraus.</translation>
    </message>
    <message>
        <source>Now pin the untrusted tasks to the small cores (amp). Predict P(escalation), and how many times smaller it is.</source>
        <translation>Binden Sie die nicht vertrauenswürdigen Tasks nun an die kleinen Kerne (amp). Sagen Sie P(Ausweitung) voraus und um wie viel Mal sie kleiner ist.</translation>
    </message>
    <message>
        <source>OS functions</source>
        <translation>Betriebssystemfunktionen</translation>
    </message>
    <message>
        <source>Objects each mutator allocates per millisecond while it runs.</source>
        <translation>Objekte, die jeder Mutator pro Millisekunde Laufzeit allokiert.</translation>
    </message>
    <message>
        <source>Objects freed per collection</source>
        <translation>Pro Sammlung freigegebene Objekte</translation>
    </message>
    <message>
        <source>Objects still reachable from the mutators&apos; roots at a collection: what the collector marks. At most heap_objects.</source>
        <translation>Objekte, die bei einer Sammlung von den Wurzeln der Mutatoren aus noch erreichbar sind: was der Collector markiert. Höchstens heap_objects.</translation>
    </message>
    <message>
        <source>Objects the heap holds: what the collector sweeps. The free part, heap − live, is what the mutators allocate between two collections.</source>
        <translation>Objekte, die der Heap fasst: was der Collector fegt. Der freie Teil, Heap − lebende, ist das, was die Mutatoren zwischen zwei Sammlungen allokieren.</translation>
    </message>
    <message>
        <source>Offer 3000 transactions/s to 16 workers with one write per commit (group_max = 1). Predict the commits per second; a simulation grades it.</source>
        <translation>Bieten Sie 16 Workern 3000 Transaktionen/s an, mit einem Schreibvorgang pro Commit (group_max = 1). Sagen Sie die Commits pro Sekunde voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Offload speedup against little cores</source>
        <translation>Speedup durch Auslagern gegen die Zahl der kleinen Kerne</translation>
    </message>
    <message>
        <source>Offload time, deterministic bound</source>
        <translation>Auslagerungszeit, deterministische Schranke</translation>
    </message>
    <message>
        <source>Offload: time to hand the vector part to the big core through a ring, and again for the result to come back (h each way). The real engine measures it.</source>
        <translation>Auslagern: die Zeit, um den Vektorteil über einen Ring an den großen Kern zu übergeben, und nochmals, bis das Ergebnis zurück ist (h pro Richtung). Der reale Modus misst sie.</translation>
    </message>
    <message>
        <source>Offloading saves f·T·(1 − 1/(w·b)) of the vector part and costs two hand-offs, 2·h. They are equal at f* = 2·h / (T·(1 − 1/(w·b))) = 0.0853: a small fraction, because one hand-off is short against the task. Below it the hand-offs cost more than the SIMD units save.</source>
        <translation>Auslagern spart f·T·(1 − 1/(w·b)) des Vektorteils und kostet zwei Übergaben, 2·h. Beide sind gleich bei f* = 2·h / (T·(1 − 1/(w·b))) = 0.0853: ein kleiner Anteil, weil eine Übergabe gegenüber der Task kurz ist. Darunter kosten die Übergaben mehr, als die SIMD-Einheiten sparen.</translation>
    </message>
    <message>
        <source>On paper the master steers one packet per 4 µs: at most 250000 pkt/s, whatever the workers could do; the rest overflow its receive ring. With 16 workers the hash happens to spread the flows well enough (the busiest worker saturates only at 269000 pkt/s), so the master binds and about 250000 pkt/s come out of the model. The real master also pays h per packet, so its ceiling is 1/(D + h): every 0.1 µs of hand-off costs about 6100 pkt/s here (the run&apos;s master_ceiling_per_s computes it from what it measured). With an even spread the master would bind from process/steer = 5 workers on; under rss_hash the busiest worker usually binds first (exercise 4). On a machine with fewer cores than the master and the workers need, threads share cores and the run says so: then it measures the host, not the master.</source>
        <translation>Auf dem Papier verteilt der Master ein Paket pro 4 µs: höchstens 250000 pkt/s, was die Worker auch leisten könnten; der Rest läuft in seinem Empfangsring über. Mit 16 Workern verteilt der Hash die Flows zufällig gut genug (der am stärksten belastete Worker sättigt erst bei 269000 pkt/s), also ist der Master der Engpass, und etwa 250000 pkt/s kommen aus dem Modell. Der echte Master zahlt zusätzlich h pro Paket, also ist seine Obergrenze 1/(D + h): jede 0.1 µs Übergabe kostet hier etwa 6100 pkt/s (master_ceiling_per_s des Laufs berechnet das aus den Messwerten). Bei gleichmäßiger Verteilung wäre der Master ab process/steer = 5 Workern der Engpass; bei rss_hash ist meist zuerst der am stärksten belastete Worker der Engpass (Übung 4). Auf einem Rechner mit weniger Kernen, als Master und Worker brauchen, teilen sich Threads Kerne, und der Lauf sagt das: dann misst er den Host, nicht den Master.</translation>
    </message>
    <message>
        <source>One commit at a time, S = c + d per record: at most 500 records/s. Saturated, with two workers, the lock changes hands on every commit and stands idle for h each time, so the ceiling is 1/(c + d + h): at the model&apos;s guess of h = 20 µs that is 495 writes/s. The lab pads each sync up to log_device_ms, so on a fast device d is exactly 1.5 ms; a slower one (a disk, a busy virtual machine) shows its own time in sync_mean_ms, and then the device, not the model, sets the ceiling: run it once on tmpfs and once on a disk (data_dir). The model charges h only when the lock changes core, (c−1)/c of the time: 498 writes/s here.</source>
        <translation>Ein Commit nach dem anderen, S = c + d pro Eintrag: höchstens 500 Einträge/s. Gesättigt, mit zwei Workern, wechselt die Sperre bei jedem Commit den Besitzer und steht jedes Mal h lang still, also ist die Obergrenze 1/(c + d + h): bei der Annahme des Modells h = 20 µs sind das 495 Schreibvorgänge/s. Das Labor füllt jedes Sync bis log_device_ms auf, auf einem schnellen Gerät ist d also genau 1.5 ms; ein langsameres (eine Festplatte, eine ausgelastete virtuelle Maschine) zeigt seine eigene Zeit in sync_mean_ms, und dann bestimmt das Gerät die Obergrenze, nicht das Modell: führen Sie es einmal auf tmpfs und einmal auf einer Festplatte aus (data_dir). Das Modell berechnet h nur, wenn die Sperre den Kern wechselt, (c−1)/c der Zeit: hier 498 Schreibvorgänge/s.</translation>
    </message>
    <message>
        <source>One core can process 1/S_ack = 66667 ACKs per second, and each ACK releases one 1460-byte segment: 778.67 Mbit/s on paper, below the link&apos;s 1000 Mbit/s and the workers&apos; 1168, so the master binds. The real master also pays the hand-off, so its ceiling is a·MSS/(S_ack + h): each µs of h per ACK costs about 49 Mbit/s here (the run&apos;s master_ceiling_mbps computes it from what it measured). The flow comes in a little below that ceiling, since Reno&apos;s losses idle the master now and then. On a machine with fewer cores than the master, the link emulator and the workers need, they share cores and the number is the scheduler&apos;s; the run says so.</source>
        <translation>Ein Kern kann 1/S_ack = 66667 ACKs pro Sekunde verarbeiten, und jedes ACK gibt ein Segment von 1460 Byte frei: 778.67 Mbit/s auf dem Papier, unter den 1000 Mbit/s der Verbindung und den 1168 der Worker, also ist der Master der Engpass. Der echte Master zahlt zusätzlich die Übergabe, also ist seine Obergrenze a·MSS/(S_ack + h): jede µs h pro ACK kostet hier etwa 49 Mbit/s (master_ceiling_mbps des Laufs berechnet das aus den Messwerten). Der Flow kommt etwas unter dieser Obergrenze an, weil Renos Verluste den Master ab und zu leerlaufen lassen. Auf einem Rechner mit weniger Kernen, als Master, Verbindungsemulator und Worker brauchen, teilen sie sich Kerne, und die Zahl ist die des Schedulers; der Lauf sagt das.</translation>
    </message>
    <message>
        <source>One fsync of 4 ms per commit, 0.2 ms per write, up to 8 writes per commit: how many commits per second can the master make durable at most?</source>
        <translation>Ein fsync von 4 ms pro Commit, 0.2 ms pro Schreibvorgang, bis zu 8 Schreibvorgänge pro Commit: wie viele Commits pro Sekunde kann der Master höchstens dauerhaft machen?</translation>
    </message>
    <message>
        <source>One job: dispatch, map, merge</source>
        <translation>Ein Job: Verteilen, Map, Merge</translation>
    </message>
    <message>
        <source>One round of a client: think, ask, wait (= N/X).</source>
        <translation>Eine Runde eines Clients: nachdenken, anfragen, warten (= N/X).</translation>
    </message>
    <message>
        <source>One worker outlives the protocol</source>
        <translation>Ein Worker überlebt das Protokoll</translation>
    </message>
    <message>
        <source>P = 0.714: the risk of a batch compounds with every task. If each task stayed on the one core it was given, as real schedulers prefer, a task would either run all its quanta on a privileged core or none, and P would be 0.689 instead: fewer tasks exposed, each exposed for longer.</source>
        <translation>P = 0.714: das Risiko eines Batches steigt mit jeder Task. Bliebe jede Task auf dem einen Kern, der ihr zugewiesen wurde, wie es echte Scheduler bevorzugen, liefe eine Task entweder alle ihre Quanten auf einem privilegierten Kern oder keines, und P wäre stattdessen 0.689: weniger Tasks exponiert, jede davon länger.</translation>
    </message>
    <message>
        <source>P(at least one escalation)</source>
        <translation>P(mindestens eine Ausweitung)</translation>
    </message>
    <message>
        <source>P(escalation)</source>
        <translation>P(Ausweitung)</translation>
    </message>
    <message>
        <source>P(escalation) against tasks, both placements</source>
        <translation>P(Ausweitung) gegen die Tasks, beide Platzierungen</translation>
    </message>
    <message>
        <source>P(escalation), amp</source>
        <translation>P(Ausweitung), amp</translation>
    </message>
    <message>
        <source>P(escalation), symmetric</source>
        <translation>P(Ausweitung), symmetrisch</translation>
    </message>
    <message>
        <source>P(escalation), tasks stay put</source>
        <translation>P(Ausweitung), Tasks bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>P(safe)</source>
        <translation>P(sicher)</translation>
    </message>
    <message>
        <source>P(safe) against the worker failure rate</source>
        <translation>P(sicher) gegen die Ausfallrate der Worker</translation>
    </message>
    <message>
        <source>P(symmetric)/P(amp).</source>
        <translation>P(symmetrisch)/P(amp).</translation>
    </message>
    <message>
        <source>Packet rate</source>
        <translation>Paketrate</translation>
    </message>
    <message>
        <source>Packets delivered per second (dropped packets do not count).</source>
        <translation>Pro Sekunde ausgelieferte Pakete (verworfene Pakete zählen nicht).</translation>
    </message>
    <message>
        <source>Packets one worker&apos;s ring holds while the worker is busy; a packet steered to a full ring is dropped.</source>
        <translation>Pakete, die der Ring eines Workers fasst, während der Worker beschäftigt ist; ein Paket, das an einen vollen Ring verteilt wird, wird verworfen.</translation>
    </message>
    <message>
        <source>Packets per second arriving at the master (mean rate).</source>
        <translation>Pakete pro Sekunde, die beim Master ankommen (mittlere Rate).</translation>
    </message>
    <message>
        <source>Packets per second steered to a worker, averaged over the workers.</source>
        <translation>Pakete pro Sekunde, die an einen Worker verteilt werden, gemittelt über die Worker.</translation>
    </message>
    <message>
        <source>Packets per second steered to the busiest worker (delivered or dropped).</source>
        <translation>Pakete pro Sekunde, die an den am stärksten belasteten Worker verteilt werden (ausgeliefert oder verworfen).</translation>
    </message>
    <message>
        <source>Packets per second steered to the least loaded worker.</source>
        <translation>Pakete pro Sekunde, die an den am wenigsten belasteten Worker verteilt werden.</translation>
    </message>
    <message>
        <source>Packets steered to the busiest worker ÷ the mean over all workers (1 = even). Counts dropped packets too: it measures the policy&apos;s choice.</source>
        <translation>An den am stärksten belasteten Worker verteilte Pakete ÷ Mittelwert über alle Worker (1 = gleichmäßig). Zählt auch verworfene Pakete: es misst die Entscheidung der Strategie.</translation>
    </message>
    <message>
        <source>Parallel collector speed</source>
        <translation>Geschwindigkeit des parallelen Collectors</translation>
    </message>
    <message>
        <source>Parallel collector threads</source>
        <translation>Threads des parallelen Collectors</translation>
    </message>
    <message>
        <source>Parallel overhead</source>
        <translation>Paralleler Overhead</translation>
    </message>
    <message>
        <source>Past the knee N* = (D + Z)/D = 21 the gatekeeper never idles, so the throughput is its ceiling 1/D = 20000 per second; the MVA gives 20000. Every client beyond N* only lengthens the queue: the response time is now 2.2 ms against D = 0.05 ms alone.</source>
        <translation>Jenseits des Knicks N* = (D + Z)/D = 21 ist der Gatekeeper nie untätig, also ist der Durchsatz seine Obergrenze 1/D = 20000 pro Sekunde; die MVA ergibt 20000. Jeder Client über N* hinaus verlängert nur die Warteschlange: die Antwortzeit beträgt jetzt 2.2 ms gegenüber D = 0.05 ms allein.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause by placement</source>
        <translation>Pause nach Platzierung</translation>
    </message>
    <message>
        <source>Pause distribution</source>
        <translation>Verteilung der Pausen</translation>
    </message>
    <message>
        <source>Pause on one little core over the pause on the big core: how many times shorter the big core makes it.</source>
        <translation>Pause auf einem kleinen Kern geteilt durch die Pause auf dem großen Kern: um wie viel Mal der große Kern sie verkürzt.</translation>
    </message>
    <message>
        <source>Pause, big core</source>
        <translation>Pause, großer Kern</translation>
    </message>
    <message>
        <source>Pause, one little core</source>
        <translation>Pause, ein kleiner Kern</translation>
    </message>
    <message>
        <source>Pause, parallel little cores</source>
        <translation>Pause, parallele kleine Kerne</translation>
    </message>
    <message>
        <source>Paused time per unit of mutator time: how much longer the program takes because of the collector.</source>
        <translation>Pausenzeit pro Einheit Mutator-Zeit: um wie viel länger das Programm wegen des Collectors braucht.</translation>
    </message>
    <message>
        <source>Payload bytes per segment; headers are not counted.</source>
        <translation>Nutzdatenbytes pro Segment; Header werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Poisson λ</source>
        <translation>Poisson λ</translation>
    </message>
    <message>
        <source>Policy full, batch_max = 4: predict the mean latency in ms; a simulation grades it. Then compare with batch_max = 8.</source>
        <translation>Strategie full, batch_max = 4: Sagen Sie die mittlere Latenz in ms voraus; eine Simulation bewertet die Antwort. Vergleichen Sie dann mit batch_max = 8.</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine factor</source>
        <translation>Pollaczek-Chintschin-Faktor</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine: the wait scales with (1 + c_s²)/2, which is 2.5 for c_s = 2 against 1 for exponential and 0.5 for constant service. So 400 ms becomes 1000 ms at the same load: variability alone, nothing else changed.</source>
        <translation>Pollaczek-Chintschin: die Wartezeit skaliert mit (1 + c_s²)/2, das ist 2.5 für c_s = 2 gegenüber 1 für exponentielle und 0.5 für konstante Bedienung. Aus 400 ms werden also 1000 ms bei gleicher Last: allein durch die Streuung, sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Popularity of the k-th flow ∝ 1/k^s: 0 = all flows equally busy, 1 = a few elephants and many mice.</source>
        <translation>Popularität des k-ten Flows ∝ 1/k^s: 0 = alle Flows gleich stark, 1 = wenige Elefanten und viele Mäuse.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Privileged cores</source>
        <translation>Privilegierte Kerne</translation>
    </message>
    <message>
        <source>Privileged quanta per untrusted task</source>
        <translation>Privilegierte Quanten pro nicht vertrauenswürdiger Task</translation>
    </message>
    <message>
        <source>Probability of reaching the safe state</source>
        <translation>Wahrscheinlichkeit, den sicheren Zustand zu erreichen</translation>
    </message>
    <message>
        <source>Probability that a segment is lost on the path, independently of the others (besides buffer overflow).</source>
        <translation>Wahrscheinlichkeit, dass ein Segment auf dem Pfad verloren geht, unabhängig von den anderen (neben Pufferüberläufen).</translation>
    </message>
    <message>
        <source>Propagation delay there and back, without any queueing (half each way).</source>
        <translation>Ausbreitungsverzögerung hin und zurück, ohne jede Warteschlange (je Richtung die Hälfte).</translation>
    </message>
    <message>
        <source>Protocol length T</source>
        <translation>Protokolldauer T</translation>
    </message>
    <message>
        <source>Push the arrival rate towards 1/S_m: the master&apos;s wait explodes while the workers, at two thirds of it, keep spare capacity. Adding workers past c* = S_w/S_m buys nothing; switch the design to locked to see the same ceiling with a lock instead of a master.</source>
        <translation>Treiben Sie die Ankunftsrate gegen 1/S_m: die Wartezeit am Master explodiert, während die Worker, bei zwei Dritteln davon, noch Reserven haben. Mehr Worker über c* = S_w/S_m hinaus bringen nichts; stellen Sie das Design auf locked um, um dieselbe Obergrenze mit einer Sperre statt eines Masters zu sehen.</translation>
    </message>
    <message>
        <source>Put the collector on one little core. Predict the minimum mutator utilization over a 10 ms window; a simulation grades it.</source>
        <translation>Setzen Sie den Collector auf einen kleinen Kern. Sagen Sie die minimale Mutator-Auslastung über ein Fenster von 10 ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Q gap [ms]</source>
        <translation>Q-Abstand [ms]</translation>
    </message>
    <message>
        <source>Q(N) = X·R: waiting or being signed.</source>
        <translation>Q(N) = X·R: wartend oder beim Signieren.</translation>
    </message>
    <message>
        <source>Q(slow) − Q(fast) per state</source>
        <translation>Q(langsam) − Q(schnell) pro Zustand</translation>
    </message>
    <message>
        <source>Q-table</source>
        <translation>Q-Tabelle</translation>
    </message>
    <message>
        <source>Quanta a task runs before its CPU budget ends it.</source>
        <translation>Quanten, die eine Task läuft, bevor ihr CPU-Budget sie beendet.</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on a privileged core, on average: quanta·k/n in symmetric, 0 in amp. Real mode reads the CPU with sched_getcpu() after every quantum.</source>
        <translation>Quanten, die eine nicht vertrauenswürdige Task im Mittel auf einem privilegierten Kern lief: quanta·k/n bei symmetric, 0 bei amp. Der reale Modus liest nach jedem Quantum die CPU mit sched_getcpu().</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on each core it may use (the small ones in amp, all in symmetric), on average: what amp piles onto fewer cores. The chart shows every core.</source>
        <translation>Quanten, die eine nicht vertrauenswürdige Task im Mittel auf jedem Kern lief, den sie nutzen darf (bei amp die kleinen, bei symmetric alle): was amp auf weniger Kerne häuft. Das Diagramm zeigt jeden Kern.</translation>
    </message>
    <message>
        <source>Quanta per core</source>
        <translation>Quanten pro Kern</translation>
    </message>
    <message>
        <source>Quanta per core it may use</source>
        <translation>Quanten pro nutzbarem Kern</translation>
    </message>
    <message>
        <source>Quanta per task</source>
        <translation>Quanten pro Task</translation>
    </message>
    <message>
        <source>Quanta run</source>
        <translation>Gelaufene Quanten</translation>
    </message>
    <message>
        <source>Query time</source>
        <translation>Abfragezeit</translation>
    </message>
    <message>
        <source>Query time distribution</source>
        <translation>Verteilung der Abfragezeit</translation>
    </message>
    <message>
        <source>Quick estimate of the latency (full)</source>
        <translation>Schnelle Schätzung der Latenz (full)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>R = (heap − live)/(mutators·alloc).</source>
        <translation>R = (heap − live)/(mutators·alloc).</translation>
    </message>
    <message>
        <source>RTOS: a Linux master commanding real-time workers</source>
        <translation>RTOS: ein Linux-Master steuert Echtzeit-Worker</translation>
    </message>
    <message>
        <source>RTT/2</source>
        <translation>RTT/2</translation>
    </message>
    <message>
        <source>RTT/2, random loss</source>
        <translation>RTT/2, zufälliger Verlust</translation>
    </message>
    <message>
        <source>Raise ack_cost_us until the master bound drops below the link: throughput stops following the link and sits at ack_every·MSS/ack_cost, master_util is pinned at 1, and ack_delay_us (the ACK queue at the master) grows the RTT. Then set ack_every = 2: the same core carries twice the flow. Adding workers helps only while the worker bound is the smallest.</source>
        <translation>Erhöhen Sie ack_cost_us, bis die Schranke des Masters unter die der Verbindung fällt: der Durchsatz folgt nicht mehr der Verbindung, sondern liegt bei ack_every·MSS/ack_cost, master_util bleibt bei 1, und ack_delay_us (die ACK-Warteschlange am Master) verlängert die RTT. Setzen Sie dann ack_every = 2: derselbe Kern trägt den doppelten Flow. Mehr Worker helfen nur, solange die Schranke der Worker die kleinste ist.</translation>
    </message>
    <message>
        <source>Raise the write rate to 600/s, beyond the 500/s that one-record commits can sustain, and allow commits of up to 8 records. Predict the master&apos;s capacity in records per second, b/(b·c + d).</source>
        <translation>Erhöhen Sie die Schreibrate auf 600/s, über die 500/s hinaus, die Commits mit einem Eintrag durchhalten, und erlauben Sie Commits mit bis zu 8 Einträgen. Sagen Sie die Kapazität des Masters in Einträgen pro Sekunde voraus, b/(b·c + d).</translation>
    </message>
    <message>
        <source>Random loss</source>
        <translation>Zufälliger Verlust</translation>
    </message>
    <message>
        <source>Rate of the slowest link on the path. Segments are serialized onto it one at a time.</source>
        <translation>Rate der langsamsten Verbindung auf dem Pfad. Segmente werden nacheinander auf sie serialisiert.</translation>
    </message>
    <message>
        <source>Read latency</source>
        <translation>Leselatenz</translation>
    </message>
    <message>
        <source>Read latency distribution</source>
        <translation>Verteilung der Leselatenz</translation>
    </message>
    <message>
        <source>Read transactions answered per second.</source>
        <translation>Pro Sekunde beantwortete Lesetransaktionen.</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>Lesevorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>Reads scale with workers; commits don&apos;t. How much does group commit buy?</source>
        <translation>Lesevorgänge skalieren mit den Workern, Commits nicht. Was bringt Group Commit?</translation>
    </message>
    <message>
        <source>Real mode makes its SQLite database here; empty = a temporary folder, removed after the run. A folder on tmpfs and one on a disk commit very differently.</source>
        <translation>Der reale Modus legt seine SQLite-Datenbank hier an; leer = ein temporärer Ordner, der nach dem Lauf gelöscht wird. Ein Ordner auf tmpfs und einer auf einer Festplatte schreiben Commits sehr unterschiedlich schnell fest.</translation>
    </message>
    <message>
        <source>Real mode writes and syncs its files here; empty = a temporary folder, removed after the run. A folder on tmpfs and one on a disk sync very differently: part of the lesson.</source>
        <translation>Der reale Modus schreibt und synchronisiert seine Dateien hier; leer = ein temporärer Ordner, der nach dem Lauf gelöscht wird. Ein Ordner auf tmpfs und einer auf einer Festplatte synchronisieren sehr unterschiedlich schnell: ein Teil der Lektion.</translation>
    </message>
    <message>
        <source>Real mode writes its generated corpus here; empty = a temporary folder, removed after the run.</source>
        <translation>Der reale Modus schreibt seinen erzeugten Korpus hier hinein; leer = ein temporärer Ordner, der nach dem Lauf gelöscht wird.</translation>
    </message>
    <message>
        <source>Real mode: 1 when a scan of the address space the client threads run in found the key&apos;s secret bytes (thread isolation: it does), 0 when it did not.</source>
        <translation>Realer Modus: 1, wenn eine Durchsuchung des Adressraums, in dem die Client-Threads laufen, die geheimen Bytes des Schlüssels fand (Thread-Isolation: sie findet sie), 0, wenn nicht.</translation>
    </message>
    <message>
        <source>Real mode: 1 when every signature was checked and valid (Ed25519: by the clients with the public key; HMAC: by the gatekeeper, the only holder of the key), else 0.</source>
        <translation>Realer Modus: 1, wenn jede Signatur geprüft und gültig war (Ed25519: von den Clients mit dem öffentlichen Schlüssel; HMAC: vom Gatekeeper, dem einzigen Besitzer des Schlüssels), sonst 0.</translation>
    </message>
    <message>
        <source>Real mode: 1 when every step ended exactly once, in order, and every worker ran each step it lived through exactly once.</source>
        <translation>Realer Modus: 1, wenn jeder Schritt genau einmal und in der richtigen Reihenfolge endete und jeder Worker jeden Schritt, den er erlebte, genau einmal ausführte.</translation>
    </message>
    <message>
        <source>Real mode: D as measured, the gatekeeper&apos;s time per signature plus the hand-over round trip (between processes with process isolation). The model&apos;s value is the sign_us it assumed.</source>
        <translation>Realer Modus: D wie gemessen, die Zeit des Gatekeepers pro Signatur plus die Übergabe hin und zurück (bei Prozessisolation zwischen Prozessen). Der Wert des Modells ist das angenommene sign_us.</translation>
    </message>
    <message>
        <source>Real mode: commands for which the master woke later than the assumed maximum jitter.</source>
        <translation>Realer Modus: Kommandos, bei denen der Master später aufwachte als der angenommene maximale Jitter.</translation>
    </message>
    <message>
        <source>Real mode: from the master handing a command over to the worker running, with the chosen wake-up mechanism (what cyclictest measures for a timer).</source>
        <translation>Realer Modus: von der Übergabe eines Kommandos durch den Master bis der Worker läuft, mit dem gewählten Aufweckmechanismus (was cyclictest für einen Timer misst).</translation>
    </message>
    <message>
        <source>Real mode: how late the master&apos;s timer woke it after the moment the command was due: the master&apos;s real jitter.</source>
        <translation>Realer Modus: wie spät der Timer des Masters ihn nach dem Fälligkeitszeitpunkt des Kommandos weckte: der echte Jitter des Masters.</translation>
    </message>
    <message>
        <source>Real mode: how the worker waits for a command. spin polls a word and burns its core; futex sleeps in the kernel; eventfd sleeps in poll(), as an event loop would; condvar is a condition variable with its mutex.</source>
        <translation>Realer Modus: wie der Worker auf ein Kommando wartet. spin fragt ein Wort ab und verbrennt seinen Kern; futex schläft im Kernel; eventfd schläft in poll(), wie es eine Ereignisschleife täte; condvar ist eine Bedingungsvariable mit ihrem Mutex.</translation>
    </message>
    <message>
        <source>Real mode: on runs the master and the worker under SCHED_FIFO where the system allows it (the run says when it does not); off leaves them at normal priority, beside any load.</source>
        <translation>Realer Modus: on führt Master und Worker unter SCHED_FIFO aus, wo das System es erlaubt (der Lauf sagt, wenn nicht); off lässt sie auf normaler Priorität, neben jeder Last.</translation>
    </message>
    <message>
        <source>Real mode: re-pinning the thread to the big core&apos;s CPU or back, one way, as measured (the model&apos;s value is the parameter it assumed).</source>
        <translation>Realer Modus: Umpinnen des Threads auf die CPU des großen Kerns oder zurück, eine Richtung, wie gemessen (der Wert des Modells ist der angenommene Parameter).</translation>
    </message>
    <message>
        <source>Real mode: the 99th percentile of the wake-up latency in this run.</source>
        <translation>Realer Modus: das 99. Perzentil der Aufweck-Latenz in diesem Lauf.</translation>
    </message>
    <message>
        <source>Real mode: the ring&apos;s hand-off of the vector part and of its result, one way, as measured (the model&apos;s value is the parameter it assumed).</source>
        <translation>Realer Modus: die Übergabe des Vektorteils und seines Ergebnisses über den Ring, eine Richtung, wie gemessen (der Wert des Modells ist der angenommene Parameter).</translation>
    </message>
    <message>
        <source>Real mode: the time a request and its signature spend travelling between a client and the gatekeeper (through shared-memory rings, and the wake-ups), both ways, queueing left out.</source>
        <translation>Realer Modus: die Zeit, die eine Anfrage und ihre Signatur zwischen einem Client und dem Gatekeeper unterwegs sind (über Ringe im gemeinsamen Speicher und die Aufweckvorgänge), in beide Richtungen, ohne Warteschlange.</translation>
    </message>
    <message>
        <source>Real mode: threads that keep the master&apos;s and the worker&apos;s cores busy meanwhile, at normal priority.</source>
        <translation>Realer Modus: Threads, die währenddessen die Kerne des Masters und des Workers mit normaler Priorität beschäftigen.</translation>
    </message>
    <message>
        <source>Real-time priority (real mode)</source>
        <translation>Echtzeitpriorität (realer Modus)</translation>
    </message>
    <message>
        <source>Records per commit</source>
        <translation>Einträge pro Commit</translation>
    </message>
    <message>
        <source>Records per commit (max)</source>
        <translation>Einträge pro Commit (max.)</translation>
    </message>
    <message>
        <source>Records per second the master can make durable at most: b/(b·c + d) with b = group_max.</source>
        <translation>Einträge pro Sekunde, die der Master höchstens dauerhaft machen kann: b/(b·c + d) mit b = group_max.</translation>
    </message>
    <message>
        <source>Records waiting for the master</source>
        <translation>Einträge, die auf den Master warten</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Regret</translation>
    </message>
    <message>
        <source>Regret against the best fixed threshold</source>
        <translation>Regret gegenüber dem besten festen Schwellwert</translation>
    </message>
    <message>
        <source>Regret so far</source>
        <translation>Bisheriger Regret</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Umgeordnet</translation>
    </message>
    <message>
        <source>Reordering and imbalance across policies</source>
        <translation>Umordnung und Ungleichgewicht der Strategien</translation>
    </message>
    <message>
        <source>Requests answered per second.</source>
        <translation>Pro Sekunde beantwortete Anfragen.</translation>
    </message>
    <message>
        <source>Requests arrive at 2000/s; a batch costs 1 ms + 0.1 ms per request. What is the smallest batch size the accelerator can keep up with?</source>
        <translation>Anfragen kommen mit 2000/s an; ein Batch kostet 1 ms + 0.1 ms pro Anfrage. Welches ist die kleinste Batchgröße, mit der der Beschleuniger Schritt halten kann?</translation>
    </message>
    <message>
        <source>Requests at the gatekeeper</source>
        <translation>Anfragen beim Gatekeeper</translation>
    </message>
    <message>
        <source>Requests per batch: the mean, and the histogram of the batches&apos; sizes.</source>
        <translation>Anfragen pro Batch: der Mittelwert und das Histogramm der Batchgrößen.</translation>
    </message>
    <message>
        <source>Requests per second arriving at the master (Poisson).</source>
        <translation>Anfragen pro Sekunde, die beim Master ankommen (Poisson).</translation>
    </message>
    <message>
        <source>Residual floor</source>
        <translation>Restsockel</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Response bound</source>
        <translation>Antwortzeitschranke</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Response time against clients</source>
        <translation>Antwortzeit gegen die Zahl der Clients</translation>
    </message>
    <message>
        <source>Response time distribution</source>
        <translation>Verteilung der Antwortzeit</translation>
    </message>
    <message>
        <source>Response without queueing (D)</source>
        <translation>Antwortzeit ohne Warteschlange (D)</translation>
    </message>
    <message>
        <source>Response-time analysis gives each task of the worker&apos;s set its worst case, and the chain master → IPC → handler → actuator adds up to a bound that no simulated command ever exceeds: the simulation&apos;s histogram ends before the dashed line, usually well before it (the bound is sound and pessimistic). Raise the handler&apos;s blocking or give a higher row more work and watch the bound and the handler&apos;s worst case move together. Then run it for real: Linux&apos;s timer and wake-up are the part of the chain the RTOS cannot vouch for. On a virtual machine their tail is long, so the real histogram crosses the bound now and then, and the master&apos;s assumed worst-case jitter turns out to be a hope. Compare spin with futex wake-ups, and switch the background load and SCHED_FIFO on and off.</source>
        <translation>Die Antwortzeitanalyse liefert jeder Task aus der Menge des Workers ihren schlechtesten Fall, und die Kette Master → IPC → Handler → Aktor summiert sich zu einer Schranke, die kein simuliertes Kommando je überschreitet: das Histogramm der Simulation endet vor der gestrichelten Linie, meist deutlich davor (die Schranke ist sicher und pessimistisch). Erhöhen Sie die Blockierzeit des Handlers oder geben Sie einer höheren Zeile mehr Arbeit, und beobachten Sie, wie sich die Schranke und der schlechteste Fall des Handlers gemeinsam bewegen. Führen Sie es dann echt aus: Timer und Aufwecken von Linux sind der Teil der Kette, für den das RTOS nicht bürgen kann. Auf einer virtuellen Maschine ist ihr Ausläufer lang, sodass das echte Histogramm die Schranke ab und zu überschreitet und sich der angenommene Worst-Case-Jitter des Masters als Hoffnung herausstellt. Vergleichen Sie spin mit futex als Aufweckmechanismus, und schalten Sie die Hintergrundlast und SCHED_FIFO ein und aus.</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Übertragungswiederholungen</translation>
    </message>
    <message>
        <source>Ring slots</source>
        <translation>Ring-Plätze</translation>
    </message>
    <message>
        <source>Risk per untrusted task</source>
        <translation>Risiko pro nicht vertrauenswürdiger Task</translation>
    </message>
    <message>
        <source>Risk per untrusted task that remains wherever it runs (q): a kernel bug reachable from any core, a side channel through a shared cache.</source>
        <translation>Risiko pro nicht vertrauenswürdiger Task, das bleibt, wo auch immer sie läuft (q): ein Kernel-Fehler, der von jedem Kern aus erreichbar ist, ein Seitenkanal über einen gemeinsamen Cache.</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Umlaufzeit (RTT)</translation>
    </message>
    <message>
        <source>Run for real with the worker spinning on a word (spin), at normal priority. Predict the 99th percentile of the wake-up latency in µs: tenths of a µs, a few µs, tens, or hundreds?</source>
        <translation>Führen Sie es echt aus, mit einem Worker, der aktiv auf ein Wort wartet (spin), bei normaler Priorität. Sagen Sie das 99. Perzentil der Aufweck-Latenz in µs voraus: Zehntel µs, einige µs, Zehner oder Hunderter?</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (Ed25519 with libsodium; the gatekeeper is a process of its own and alone holds the key). Predict the gatekeeper&apos;s utilization.</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus (Ed25519 mit libsodium; der Gatekeeper ist ein eigener Prozess und besitzt als einziger den Schlüssel). Sagen Sie die Auslastung des Gatekeepers voraus.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real SQLite bank; the run may fit the workers to your machine and says so). Predict the mean number of writes per commit (group_size).</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus (eine echte SQLite-Bank; der Lauf passt die Worker gegebenenfalls an Ihren Rechner an und sagt das). Sagen Sie die mittlere Anzahl der Schreibvorgänge pro Commit voraus (group_size).</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real dot product: scalar on the little, the widest SIMD the CPU has on the big core; the run measures the hand-off through the ring). Predict the speedup of offloading.</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus (ein echtes Skalarprodukt: skalar auf dem kleinen Kern, mit dem breitesten SIMD der CPU auf dem großen; der Lauf misst die Übergabe über den Ring). Sagen Sie den Speedup des Auslagerns voraus.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real mark-sweep collector over an arena of nodes with random pointers; it runs on the big core, on a little core and on parallel little cores in turn). Predict the big core&apos;s gain: the little core&apos;s pause over the big core&apos;s.</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus (ein echter Mark-Sweep-Collector über eine Arena von Knoten mit zufälligen Zeigern; er läuft nacheinander auf dem großen Kern, auf einem kleinen Kern und parallel auf kleinen Kernen). Sagen Sie den Gewinn durch den großen Kern voraus: die Pause des kleinen Kerns geteilt durch die des großen.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine (a real word count; the run may fit the workers to your machine and says so). Predict the speedup: the single-threaded count&apos;s time over the makespan.</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus (eine echte Wortzählung; der Lauf passt die Worker gegebenenfalls an Ihren Rechner an und sagt das). Sagen Sie den Speedup voraus: die Zeit der einfädigen Zählung geteilt durch den Makespan.</translation>
    </message>
    <message>
        <source>Run the defaults on the real engine: the accelerator is a CPU core running a real dense network in batches, and the run first measures its s0 and s1 (facts s0_ms, s1_ms). Predict the mean latency in ms at those measured values (the model at them is shown beside the run).</source>
        <translation>Führen Sie die Voreinstellungen mit der echten Engine aus: der Beschleuniger ist ein CPU-Kern, der ein echtes dichtes Netz in Batches ausführt, und der Lauf misst zuerst dessen s0 und s1 (Fakten s0_ms, s1_ms). Sagen Sie die mittlere Latenz in ms bei diesen gemessenen Werten voraus (das Modell bei diesen Werten steht neben dem Lauf).</translation>
    </message>
    <message>
        <source>Run the defaults without worker failures (worker_fail_rate = 0) on the real engine: the master is a process that is really killed. Predict the time from its death to the safe state in ms.</source>
        <translation>Führen Sie die Voreinstellungen ohne Worker-Ausfälle (worker_fail_rate = 0) mit der echten Engine aus: der Master ist ein Prozess, der wirklich beendet wird. Sagen Sie die Zeit von seinem Tod bis zum sicheren Zustand in ms voraus.</translation>
    </message>
    <message>
        <source>Run the learning master for real: a master thread, one pinned thread per core of each cluster, the slow ones doing 3 times the work (emulated, unless the machine has real little cores). Predict the fraction of tasks the agent sends to the fast cluster.</source>
        <translation>Führen Sie den lernenden Master echt aus: ein Master-Thread, ein gepinnter Thread pro Kern jedes Clusters, die langsamen erledigen die 3-fache Arbeit (emuliert, sofern der Rechner keine echten kleinen Kerne hat). Sagen Sie den Anteil der Tasks voraus, die der Agent an den schnellen Cluster schickt.</translation>
    </message>
    <message>
        <source>Run the real engine in amp placement (the untrusted tasks are sandboxed processes pinned to the small cores). Predict how many quanta per untrusted task run on a privileged core.</source>
        <translation>Führen Sie die echte Engine mit der Platzierung amp aus (die nicht vertrauenswürdigen Tasks sind Prozesse in einer Sandbox, an die kleinen Kerne gebunden). Sagen Sie voraus, wie viele Quanten pro nicht vertrauenswürdiger Task auf einem privilegierten Kern laufen.</translation>
    </message>
    <message>
        <source>SIMD speedup on the big core</source>
        <translation>SIMD-Speedup auf dem großen Kern</translation>
    </message>
    <message>
        <source>SIMD: offloading vector work to the big core</source>
        <translation>SIMD: Vektorarbeit an den großen Kern auslagern</translation>
    </message>
    <message>
        <source>S_w/S: with fewer workers they are the bottleneck, with more the master (or the lock) is.</source>
        <translation>S_w/S: mit weniger Workern sind sie der Engpass, mit mehr der Master (bzw. die Sperre).</translation>
    </message>
    <message>
        <source>Safe-state protocol steps</source>
        <translation>Schritte des Protokolls zum sicheren Zustand</translation>
    </message>
    <message>
        <source>Same setting (600/s, up to 8 records per commit): predict the mean consistency window in ms; a simulation grades it.</source>
        <translation>Gleiche Einstellung (600/s, bis zu 8 Einträge pro Commit): Sagen Sie das mittlere Konsistenzfenster in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Saturation rate</source>
        <translation>Sättigungsrate</translation>
    </message>
    <message>
        <source>Saturation rate against workers: the master&apos;s ceiling, and the hash that can lower it</source>
        <translation>Sättigungsrate gegen die Worker: die Obergrenze des Masters und der Hash, der sie senken kann</translation>
    </message>
    <message>
        <source>Scalar part on a little</source>
        <translation>Skalarer Teil auf einem kleinen Kern</translation>
    </message>
    <message>
        <source>Scheduling quanta each task runs; a quantum is 1 ms of the task&apos;s CPU time in real mode.</source>
        <translation>Scheduling-Quanten, die jede Task läuft; ein Quantum ist im realen Modus 1 ms CPU-Zeit der Task.</translation>
    </message>
    <message>
        <source>Security and safety</source>
        <translation>Angriffs- und Betriebssicherheit</translation>
    </message>
    <message>
        <source>Segment size (MSS)</source>
        <translation>Segmentgröße (MSS)</translation>
    </message>
    <message>
        <source>Segments per ACK</source>
        <translation>Segmente pro ACK</translation>
    </message>
    <message>
        <source>Segments sent again (fast retransmit or timeout) in the measured part of one run.</source>
        <translation>Erneut gesendete Segmente (Fast Retransmit oder Timeout) im gemessenen Teil eines Laufs.</translation>
    </message>
    <message>
        <source>Sent to the fast cluster</source>
        <translation>An den schnellen Cluster geschickt</translation>
    </message>
    <message>
        <source>Serial ceiling of the speedup</source>
        <translation>Serielle Obergrenze des Speedups</translation>
    </message>
    <message>
        <source>Serial time the master spends dispatching each task (τ); tasks leave one after the other.</source>
        <translation>Serielle Zeit, die der Master für das Verteilen jeder Task braucht (τ); die Tasks starten nacheinander.</translation>
    </message>
    <message>
        <source>Serial time the master spends merging each task&apos;s result after the last map (ρ).</source>
        <translation>Serielle Zeit, die der Master nach dem letzten Map für das Zusammenführen des Ergebnisses jeder Task braucht (ρ).</translation>
    </message>
    <message>
        <source>Serialization ceiling</source>
        <translation>Serialisierungsgrenze</translation>
    </message>
    <message>
        <source>Set 21 clients, about the knee. Predict the mean response time in ms (exponential signing times); a simulation grades it.</source>
        <translation>Stellen Sie 21 Clients ein, etwa am Knick. Sagen Sie die mittlere Antwortzeit in ms voraus (exponentielle Signierzeiten); eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Set f = 0.2 and h = 5 µs. Predict the mean task time with offload, in µs; a simulation grades it.</source>
        <translation>Setzen Sie f = 0.2 und h = 5 µs. Sagen Sie die mittlere Taskzeit mit Auslagern in µs voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Set group_max = 1 (one fsync per write) and keep the rest. Predict the mean commit latency in ms; a simulation grades it.</source>
        <translation>Setzen Sie group_max = 1 (ein fsync pro Schreibvorgang) und lassen Sie den Rest. Sagen Sie die mittlere Commit-Latenz in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Setup per batch (s0)</source>
        <translation>Rüstzeit pro Batch (s0)</translation>
    </message>
    <message>
        <source>Share f of the task&apos;s little-core time that is vector work (a dot product the big core&apos;s SIMD units speed up); the rest, 1 − f, is scalar work.</source>
        <translation>Anteil f der Taskzeit auf dem kleinen Kern, der Vektorarbeit ist (ein Skalarprodukt, das die SIMD-Einheiten des großen Kerns beschleunigen); der Rest, 1 − f, ist skalare Arbeit.</translation>
    </message>
    <message>
        <source>Share of each parallel collector thread&apos;s time lost to coordination (barriers, shared work lists): the parallel speed is threads·(1 − overhead).</source>
        <translation>Anteil der Zeit jedes parallelen Collector-Threads, der an Koordination verloren geht (Barrieren, gemeinsame Arbeitslisten): die parallele Geschwindigkeit ist threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>Share of incidents whose last step ended with at least the quorum of workers alive.</source>
        <translation>Anteil der Vorfälle, deren letzter Schritt mit mindestens dem Quorum lebender Worker endete.</translation>
    </message>
    <message>
        <source>Share of packets dropped because the ring they were steered to was full.</source>
        <translation>Anteil der Pakete, die verworfen wurden, weil der Ring, an den sie verteilt wurden, voll war.</translation>
    </message>
    <message>
        <source>Share of the cores that are privileged.</source>
        <translation>Anteil der Kerne, die privilegiert sind.</translation>
    </message>
    <message>
        <source>Share of the makespan the master spends dispatching and merging: r·(τ + ρ) / makespan.</source>
        <translation>Anteil des Makespans, den der Master mit Verteilen und Zusammenführen verbringt: r·(τ + ρ) / makespan.</translation>
    </message>
    <message>
        <source>Share of the tasks that run untrusted code (u); each task is untrusted with this probability.</source>
        <translation>Anteil der Tasks, die nicht vertrauenswürdigen Code ausführen (u); jede Task ist mit dieser Wahrscheinlichkeit nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Share of the time the gatekeeper is signing (U = X·D).</source>
        <translation>Anteil der Zeit, in der der Gatekeeper signiert (U = X·D).</translation>
    </message>
    <message>
        <source>Share of the time the mutators run (not paused), over the whole run.</source>
        <translation>Anteil der Zeit, in der die Mutatoren laufen (nicht pausiert), über den ganzen Lauf.</translation>
    </message>
    <message>
        <source>Share of the transactions that write (a transfer between two accounts); the rest only read.</source>
        <translation>Anteil der Transaktionen, die schreiben (eine Überweisung zwischen zwei Konten); der Rest liest nur.</translation>
    </message>
    <message>
        <source>Share of time the master core spends processing ACKs.</source>
        <translation>Anteil der Zeit, in der der Master-Kern ACKs verarbeitet.</translation>
    </message>
    <message>
        <source>Share of untrusted quanta on privileged cores</source>
        <translation>Anteil nicht vertrauenswürdiger Quanten auf privilegierten Kernen</translation>
    </message>
    <message>
        <source>Signatures per second</source>
        <translation>Signaturen pro Sekunde</translation>
    </message>
    <message>
        <source>Signatures the clients receive per second (X).</source>
        <translation>Signaturen, die die Clients pro Sekunde erhalten (X).</translation>
    </message>
    <message>
        <source>Signing is nearly constant-time. Keep 21 clients and set constant signing times (det). Predict the mean response time in ms; a simulation grades it.</source>
        <translation>Signieren dauert nahezu konstant lange. Behalten Sie 21 Clients bei und stellen Sie konstante Signierzeiten ein (det). Sagen Sie die mittlere Antwortzeit in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signierzeit</translation>
    </message>
    <message>
        <source>Signing time distribution</source>
        <translation>Verteilung der Signierzeit</translation>
    </message>
    <message>
        <source>Signing time, measured</source>
        <translation>Signierzeit, gemessen</translation>
    </message>
    <message>
        <source>Slow cluster utilization</source>
        <translation>Auslastung des langsamen Clusters</translation>
    </message>
    <message>
        <source>Slow core factor</source>
        <translation>Faktor der langsamen Kerne</translation>
    </message>
    <message>
        <source>Slow cores</source>
        <translation>Langsame Kerne</translation>
    </message>
    <message>
        <source>Slowest log device that meets the bound</source>
        <translation>Langsamstes Log-Gerät, das die Schranke einhält</translation>
    </message>
    <message>
        <source>Small task</source>
        <translation>Kleine Task</translation>
    </message>
    <message>
        <source>Smallest stable batch</source>
        <translation>Kleinster stabiler Batch</translation>
    </message>
    <message>
        <source>Sojourn time</source>
        <translation>Verweilzeit</translation>
    </message>
    <message>
        <source>Sojourn time against arrival rate</source>
        <translation>Verweilzeit gegen die Ankunftsrate</translation>
    </message>
    <message>
        <source>Sojourn time distribution</source>
        <translation>Verteilung der Verweilzeit</translation>
    </message>
    <message>
        <source>Sojourn time over time</source>
        <translation>Verweilzeit über die Zeit</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>Speedup against workers</source>
        <translation>Speedup gegen die Worker</translation>
    </message>
    <message>
        <source>Speedup of the strategy</source>
        <translation>Speedup der Strategie</translation>
    </message>
    <message>
        <source>Start at one little: sweep the vector fraction and watch offload cross local at f*, where the time the big core&apos;s SIMD units save pays for two hand-offs. Migration moves the scalar part too, so it wins when re-pinning is cheap and the scalar part is large; the heat map shows the three regions. Then add littles: the one big core becomes a shared server, and past the knee N* its queue eats the gain (speedup against littles). In real mode the hand-off and the re-pin are measured, and the big core&apos;s extra speed is emulated on symmetric machines: the run says so.</source>
        <translation>Beginnen Sie mit einem kleinen Kern: variieren Sie den Vektoranteil und beobachten Sie, wie offload bei f* local kreuzt, wo die Zeit, die die SIMD-Einheiten des großen Kerns sparen, zwei Übergaben bezahlt. Die Migration verschiebt auch den skalaren Teil; sie gewinnt also, wenn das Umpinnen billig und der skalare Teil groß ist; die Heatmap zeigt die drei Bereiche. Fügen Sie dann kleine Kerne hinzu: der eine große Kern wird zu einem gemeinsam genutzten Bediener, und jenseits des Knicks N* frisst seine Warteschlange den Gewinn auf (Speedup gegen die kleinen Kerne). Im realen Modus werden die Übergabe und das Umpinnen gemessen, und die zusätzliche Geschwindigkeit des großen Kerns wird auf symmetrischen Rechnern emuliert: der Lauf sagt das.</translation>
    </message>
    <message>
        <source>Start without the slow cluster: the master sends every task to the single fast core (always_fast). 20% of the tasks are large (10 ms), the rest small (2 ms), at 200 tasks/s. Predict the mean latency in ms.</source>
        <translation>Beginnen Sie ohne den langsamen Cluster: der Master schickt jede Task an den einzigen schnellen Kern (always_fast). 20% der Tasks sind groß (10 ms), der Rest klein (2 ms), bei 200 Tasks/s. Sagen Sie die mittlere Latenz in ms voraus.</translation>
    </message>
    <message>
        <source>Steering policy</source>
        <translation>Verteilstrategie</translation>
    </message>
    <message>
        <source>Step durations</source>
        <translation>Dauern der Schritte</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Sweep batch_max under the full policy: below b_min the accelerator cannot keep up, just above it the queue dominates, and far above it requests wait for their batch to fill: a U whose minimum sits just above b_min. The capacity b/s(b) keeps rising towards 1/s1 all the while, so the batch size with the most throughput is never the one with the least latency. In real mode the accelerator is a CPU core running a real dense network in batches; the lab measures its s0 and s1 first and shows the fit.</source>
        <translation>Variieren Sie batch_max unter der Strategie full: unterhalb von b_min kann der Beschleuniger nicht Schritt halten, knapp darüber dominiert die Warteschlange, und weit darüber warten die Anfragen, bis ihr Batch voll ist: ein U, dessen Minimum knapp über b_min liegt. Die Kapazität b/s(b) steigt dabei die ganze Zeit in Richtung 1/s1, sodass die Batchgröße mit dem höchsten Durchsatz nie die mit der niedrigsten Latenz ist. Im realen Modus ist der Beschleuniger ein CPU-Kern, der ein echtes dichtes Netz in Batches ausführt; das Labor misst zuerst dessen s0 und s1 und zeigt die Anpassung.</translation>
    </message>
    <message>
        <source>Sweep phase</source>
        <translation>Sweep-Phase</translation>
    </message>
    <message>
        <source>Sweep rate on a little core</source>
        <translation>Sweep-Rate auf einem kleinen Kern</translation>
    </message>
    <message>
        <source>Sweep the clients: throughput climbs along N/(D + Z) while the gatekeeper idles, bends at the knee N* = (D + Z)/D and flattens at 1/D, where each new client only adds its signature time to everyone&apos;s response. With exponential signing times the simulation sits on the MVA curve; with constant ones it queues less near the knee. In real mode compare the two isolations: in thread isolation a worker thread finds the signing key in its own address space (the run says where), in process isolation the same scan comes back empty while it finds the key in the gatekeeper&apos;s process, and the measured D shows what the process boundary costs per signature.</source>
        <translation>Variieren Sie die Clients: der Durchsatz steigt entlang N/(D + Z), während der Gatekeeper untätig ist, knickt am Knick N* = (D + Z)/D ab und flacht bei 1/D ab, wo jeder neue Client nur noch seine Signierzeit zur Antwortzeit aller addiert. Mit exponentiellen Signierzeiten liegt die Simulation auf der MVA-Kurve; mit konstanten wartet sie nahe dem Knick weniger. Vergleichen Sie im realen Modus die beiden Isolationen: bei Thread-Isolation findet ein Worker-Thread den Signierschlüssel in seinem eigenen Adressraum (der Lauf sagt, wo), bei Prozessisolation bleibt dieselbe Suche ergebnislos, während sie den Schlüssel im Prozess des Gatekeepers findet, und das gemessene D zeigt, was die Prozessgrenze pro Signatur kostet.</translation>
    </message>
    <message>
        <source>Sweep the task count on a log axis: the makespan falls while the workers balance, flattens, and rises again once the master&apos;s serial dispatching (r·τ) and merging (r·ρ) outgrow the work per task. With equal tasks the best count is the worker count; variable tasks push it up. The speedup against workers flattens at W/(r·(τ + ρ) + d): Amdahl with a serial part the user chose.</source>
        <translation>Variieren Sie die Taskanzahl auf einer logarithmischen Achse: der Makespan fällt, während sich die Last der Worker ausgleicht, flacht ab und steigt wieder, sobald das serielle Verteilen (r·τ) und Zusammenführen (r·ρ) des Masters die Arbeit pro Task übersteigt. Bei gleich großen Tasks ist die beste Anzahl die Workeranzahl; variable Tasks treiben sie nach oben. Der Speedup gegen die Worker flacht bei W/(r·(τ + ρ) + d) ab: Amdahl mit einem seriellen Anteil, den der Nutzer gewählt hat.</translation>
    </message>
    <message>
        <source>Sweep the tasks in both placements. Symmetric: every untrusted quantum has a k/n chance of landing on a privileged core, so the risk grows with the quanta and the tasks; amp: no untrusted quantum ever runs there and only the residual q is left, the floor no placement removes. The cut is large when v·quanta·k/n is large against q, and small when q dominates. In real mode the lab counts, with sched_getcpu() in every quantum, where the sandboxed tasks really ran: none on the privileged core in amp, about k/n of the quanta in symmetric. The exploit itself is drawn, not performed; the sandbox is real: a task that tries a forbidden system call dies by its seccomp filter, one over its CPU budget by the master. Point out what the model leaves out: caches shared across cores.</source>
        <translation>Variieren Sie die Tasks in beiden Platzierungen. Symmetrisch: jedes nicht vertrauenswürdige Quantum landet mit Wahrscheinlichkeit k/n auf einem privilegierten Kern, sodass das Risiko mit den Quanten und den Tasks wächst; amp: kein nicht vertrauenswürdiges Quantum läuft je dort, und nur das Restrisiko q bleibt, der Sockel, den keine Platzierung beseitigt. Die Senkung ist groß, wenn v·quanta·k/n groß gegenüber q ist, und klein, wenn q dominiert. Im realen Modus zählt das Labor mit sched_getcpu() in jedem Quantum, wo die Tasks in der Sandbox tatsächlich liefen: bei amp keine auf dem privilegierten Kern, bei symmetric etwa k/n der Quanten. Der Exploit selbst wird ausgewürfelt, nicht ausgeführt; die Sandbox ist echt: eine Task, die einen verbotenen Systemaufruf versucht, stirbt durch ihren seccomp-Filter, eine, die ihr CPU-Budget überschreitet, durch den Master. Weisen Sie darauf hin, was das Modell auslässt: Caches, die sich Kerne teilen.</translation>
    </message>
    <message>
        <source>Sweep the workers: reads per second follow them, commits per second do not, because every commit passes the one master and pays its fsync. Then sweep group_max with a timeout: one write per commit queues behind the fsync near saturation, a few per commit share it and the latency falls, and waiting for still fuller groups costs the timer again: a U. In real mode the lab re-opens the SQLite database after every run (also a cancelled one, and one whose writer was killed mid-commit) and checks that the total balance is unchanged.</source>
        <translation>Variieren Sie die Worker: die Lesevorgänge pro Sekunde folgen ihnen, die Commits pro Sekunde nicht, denn jeder Commit geht durch den einen Master und zahlt sein fsync. Variieren Sie dann group_max mit einem Timeout: ein Schreibvorgang pro Commit staut sich nahe der Sättigung hinter dem fsync, einige pro Commit teilen es sich und die Latenz sinkt, und das Warten auf noch vollere Gruppen kostet wieder den Timer: ein U. Im realen Modus öffnet das Labor die SQLite-Datenbank nach jedem Lauf erneut (auch nach einem abgebrochenen und nach einem, dessen Schreiber mitten im Commit beendet wurde) und prüft, dass der Gesamtsaldo unverändert ist.</translation>
    </message>
    <message>
        <source>Switch to the greedy policy with batch_max = 16: the accelerator takes what waits. Predict the mean batch size; a simulation grades it.</source>
        <translation>Wechseln Sie zur Strategie greedy mit batch_max = 16: der Beschleuniger nimmt, was wartet. Sagen Sie die mittlere Batchgröße voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Switch to the locked design with 2 workers and 0.5 ms of data work per write, and offer 700 writes/s. Each commit holds the journal lock for 0.5 ms of appending plus a sync padded to 1.5 ms. Run it once on the real engine and read what a sync really took (sync_mean_ms) and the lock&apos;s hand-over h (lock_handoff_ns). Predict the throughput in writes/s; a second real run grades it.</source>
        <translation>Wechseln Sie zum Design mit Sperre, mit 2 Workern und 0.5 ms Datenarbeit pro Schreibvorgang, und bieten Sie 700 Schreibvorgänge/s an. Jeder Commit hält die Journal-Sperre für 0.5 ms Anhängen plus ein auf 1.5 ms aufgefülltes Sync. Führen Sie es einmal mit der echten Engine aus und lesen Sie ab, wie lange ein Sync tatsächlich dauerte (sync_mean_ms) und wie groß die Übergabe h der Sperre ist (lock_handoff_ns). Sagen Sie den Durchsatz in Schreibvorgängen/s voraus; ein zweiter echter Lauf bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Switch to the locked design: 2 workers, each doing a serialized step of exactly 0.2 ms under one shared lock and then 0.1 ms of its own work. Offer 8000 requests/s, more than the lock can pass. Run it once on the real engine and read the lock hand-over h it reports (lock_handoff_ns, among the run&apos;s facts): the time from one worker&apos;s unlock to the waiting worker&apos;s lock. Predict the throughput in requests/s; a second real run grades it.</source>
        <translation>Wechseln Sie zum Design mit Sperre: 2 Worker, die jeweils einen serialisierten Schritt von genau 0.2 ms unter einer gemeinsamen Sperre und danach 0.1 ms eigene Arbeit erledigen. Bieten Sie 8000 Anfragen/s an, mehr als die Sperre durchlassen kann. Führen Sie es einmal mit der echten Engine aus und lesen Sie die gemeldete Übergabe h der Sperre ab (lock_handoff_ns, unter den Fakten des Laufs): die Zeit vom Entsperren durch einen Worker bis zum Sperren durch den wartenden. Sagen Sie den Durchsatz in Anfragen/s voraus; ein zweiter echter Lauf bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Symmetric placement with 100 tasks. Predict P(escalation); the model grades it. Then ask what a task that stays on one core changes.</source>
        <translation>Symmetrische Platzierung mit 100 Tasks. Sagen Sie P(Ausweitung) voraus; das Modell bewertet die Antwort. Fragen Sie sich dann, was eine Task ändert, die auf einem Kern bleibt.</translation>
    </message>
    <message>
        <source>Symmetric placement: 20 tasks, a share u = 0.25 untrusted, 20 quanta each, 1 of 4 cores privileged, v = 0.01 per privileged quantum, q = 0.001. Predict P(at least one escalation); a simulation grades it.</source>
        <translation>Symmetrische Platzierung: 20 Tasks, ein Anteil u = 0.25 nicht vertrauenswürdig, je 20 Quanten, 1 von 4 Kernen privilegiert, v = 0.01 pro privilegiertem Quantum, q = 0.001. Sagen Sie P(mindestens eine Ausweitung) voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Sync time per commit</source>
        <translation>Sync-Zeit pro Commit</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>TCP: control plane on the master, data plane on workers</source>
        <translation>TCP: Steuerungsebene auf dem Master, Datenebene auf den Workern</translation>
    </message>
    <message>
        <source>Task set schedulable (1 = yes)</source>
        <translation>Task-Menge einplanbar (1 = ja)</translation>
    </message>
    <message>
        <source>Task time against the vector fraction</source>
        <translation>Taskzeit gegen den Vektoranteil</translation>
    </message>
    <message>
        <source>Task time on a little core</source>
        <translation>Taskzeit auf einem kleinen Kern</translation>
    </message>
    <message>
        <source>Task time, local</source>
        <translation>Taskzeit, lokal</translation>
    </message>
    <message>
        <source>Task time, migrate</source>
        <translation>Taskzeit, migrieren</translation>
    </message>
    <message>
        <source>Task time, offload</source>
        <translation>Taskzeit, auslagern</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tasks each little core runs one after the other in each strategy&apos;s pass.</source>
        <translation>Tasks, die jeder kleine Kern bei jedem Durchgang einer Strategie nacheinander ausführt.</translation>
    </message>
    <message>
        <source>Tasks in one batch (N), trusted and untrusted. The escalation counts when any of them escalates.</source>
        <translation>Tasks in einem Batch (N), vertrauenswürdige und nicht vertrauenswürdige. Die Ausweitung zählt, wenn irgendeine von ihnen ihre Rechte ausweitet.</translation>
    </message>
    <message>
        <source>Tasks per little</source>
        <translation>Tasks pro kleinem Kern</translation>
    </message>
    <message>
        <source>Tasks per second arriving at the master (Poisson).</source>
        <translation>Tasks pro Sekunde, die beim Master ankommen (Poisson).</translation>
    </message>
    <message>
        <source>The MVA adds one client at a time: R(n) = D·(1 + Q(n−1)). At N = 21 it gives 0.209 ms, with 3.63 requests at the gatekeeper on average and utilization 0.869. The asymptotes alone would say max(D, N·D − Z) = 0.05 ms: at the knee randomness, not the average load, makes the queue.</source>
        <translation>Die MVA fügt einen Client nach dem anderen hinzu: R(n) = D·(1 + Q(n−1)). Bei N = 21 ergibt sie 0.209 ms, mit im Mittel 3.63 Anfragen beim Gatekeeper und einer Auslastung von 0.869. Die Asymptoten allein sagten max(D, N·D − Z) = 0.05 ms: am Knick macht der Zufall die Warteschlange, nicht die mittlere Last.</translation>
    </message>
    <message>
        <source>The MVA does not know the distribution: it still says 0.209 ms, exact only for exponential times. Constant signing times queue less: the simulation lands between the MVA and the asymptote 0.05 ms. Far below or far past the knee the difference fades; near it, it is largest.</source>
        <translation>Die MVA kennt die Verteilung nicht: sie sagt weiterhin 0.209 ms, exakt nur für exponentielle Zeiten. Konstante Signierzeiten erzeugen weniger Warteschlange: die Simulation landet zwischen der MVA und der Asymptote 0.05 ms. Weit unterhalb oder weit jenseits des Knicks verschwindet der Unterschied; nahe daran ist er am größten.</translation>
    </message>
    <message>
        <source>The batch limit (1 to 64) that gives the lowest mean latency under this policy.</source>
        <translation>Die Batch-Obergrenze (1 bis 64), die unter dieser Strategie die niedrigste mittlere Latenz ergibt.</translation>
    </message>
    <message>
        <source>The bound grows with the blocking to 680 µs and no simulated command crosses it, yet the mean hardly moves: blocking happens only when a command finds a lower row inside its critical section, and the worst case needs every delay at its maximum at once. The bound is sound, and pessimistic.</source>
        <translation>Die Schranke wächst mit der Blockierung auf 680 µs, und kein simuliertes Kommando überschreitet sie, doch der Mittelwert bewegt sich kaum: Blockierung tritt nur auf, wenn ein Kommando eine tiefere Zeile in ihrem kritischen Abschnitt antrifft, und der schlechteste Fall braucht jede Verzögerung gleichzeitig in ihrem Maximum. Die Schranke ist sicher und pessimistisch.</translation>
    </message>
    <message>
        <source>The bracket: each task stays on the one core it was first given.</source>
        <translation>Die Klammer: jede Task bleibt auf dem einen Kern, der ihr zuerst zugewiesen wurde.</translation>
    </message>
    <message>
        <source>The fast core is M/H₂/1, busy ρ = 0.72 of the time. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(2(1−ρ)) = 20.2 ms. The mean task takes only 3.6 ms: the large tasks&apos; variance makes the small ones wait. The best fixed threshold policy, which uses the slow core too, gets 10.4 ms.</source>
        <translation>Der schnelle Kern ist M/H₂/1, zu ρ = 0.72 der Zeit beschäftigt. Pollaczek-Chintschin: T = E[S] + λ·E[S²]/(2(1−ρ)) = 20.2 ms. Die mittlere Task dauert nur 3.6 ms: die Varianz der großen Tasks lässt die kleinen warten. Die beste feste Schwellwertstrategie, die auch den langsamen Kern nutzt, erreicht 10.4 ms.</translation>
    </message>
    <message>
        <source>The fastest of the three strategies: 0 = local, 1 = offload, 2 = migrate.</source>
        <translation>Die schnellste der drei Strategien: 0 = lokal, 1 = auslagern, 2 = migrieren.</translation>
    </message>
    <message>
        <source>The first tasks: littles and the big core</source>
        <translation>Die ersten Tasks: kleine Kerne und der große Kern</translation>
    </message>
    <message>
        <source>The fixed point of the recurrence: its C, its blocking, and the higher rows&apos; preemptions.</source>
        <translation>Der Fixpunkt der Rekursion: ihr C, ihre Blockierzeit und die Verdrängungen durch die höheren Zeilen.</translation>
    </message>
    <message>
        <source>The gatekeeper signs in D = 50 µs; clients think Z = 1 ms. With 64 clients, how many signatures per second does it deliver?</source>
        <translation>Der Gatekeeper signiert in D = 50 µs; die Clients denken Z = 1 ms nach. Wie viele Signaturen pro Sekunde liefert er bei 64 Clients?</translation>
    </message>
    <message>
        <source>The gatekeeper&apos;s capacity: one signature per D.</source>
        <translation>Die Kapazität des Gatekeepers: eine Signatur pro D.</translation>
    </message>
    <message>
        <source>The gatekeeper&apos;s time per signature (D), in the model and the simulation. The real engine measures its own: a real signature plus, with process isolation, the round trip between processes.</source>
        <translation>Die Zeit des Gatekeepers pro Signatur (D), im Modell und in der Simulation. Die echte Engine misst ihre eigene: eine echte Signatur plus, bei Prozessisolation, den Hin- und Rückweg zwischen den Prozessen.</translation>
    </message>
    <message>
        <source>The handler (row 2: C = 150 µs, T = 1000 µs, blocking 50 µs) shares the worker with row 1 (C = 100 µs every 500 µs), which has a higher priority. Commands reach it up to 200 µs late. Predict its worst-case response time in µs.</source>
        <translation>Der Handler (Zeile 2: C = 150 µs, T = 1000 µs, Blockierung 50 µs) teilt sich den Worker mit Zeile 1 (C = 100 µs alle 500 µs), die eine höhere Priorität hat. Kommandos erreichen ihn bis zu 200 µs zu spät. Sagen Sie seine Worst-Case-Antwortzeit in µs voraus.</translation>
    </message>
    <message>
        <source>The highest packet rate every core keeps up with: min(1/steer, 1/(process × the busiest worker&apos;s share)). With equal shares the second term is workers/process. A run computes it from its own measured times and shares.</source>
        <translation>Die höchste Paketrate, mit der jeder Kern Schritt hält: min(1/steer, 1/(process × Anteil des am stärksten belasteten Workers)). Bei gleichen Anteilen ist der zweite Term workers/process. Ein Lauf berechnet sie aus seinen eigenen gemessenen Zeiten und Anteilen.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>Der Vorfall</translation>
    </message>
    <message>
        <source>The incident: beats, misses, detection, steps, failures</source>
        <translation>Der Vorfall: Heartbeats, Fehlschläge, Erkennung, Schritte, Ausfälle</translation>
    </message>
    <message>
        <source>The job waits for its slowest last task. With equal tasks it would take 0.286 s; the Kruskal–Weiss estimate adds σ·E[max of p normals] for the last wave: 0.352 s. With only 4 tasks each task is four times larger and so is its spread: 0.536 s. Variable tasks are why jobs are cut finer than the worker count: here r* = 32.</source>
        <translation>Der Job wartet auf seine langsamste letzte Task. Mit gleich großen Tasks dauerte er 0.286 s; die Schätzung nach Kruskal-Weiss addiert σ·E[max von p Normalverteilten] für die letzte Welle: 0.352 s. Mit nur 4 Tasks ist jede Task viermal so groß und ihre Streuung ebenso: 0.536 s. Variable Tasks sind der Grund, warum Jobs feiner als die Workeranzahl aufgeteilt werden: hier r* = 32.</translation>
    </message>
    <message>
        <source>The largest time per commit the log device may take so that the mean window stays within window_bound_ms.</source>
        <translation>Die längste Zeit pro Commit, die das Log-Gerät brauchen darf, damit das mittlere Fenster innerhalb von window_bound_ms bleibt.</translation>
    </message>
    <message>
        <source>The latest the master is assumed to send a command. An assumption about Linux, not a guarantee: the bound builds on it, and the real run counts how often Linux breaks it.</source>
        <translation>Der späteste Zeitpunkt, zu dem der Master ein Kommando annahmegemäß sendet. Eine Annahme über Linux, keine Garantie: die Schranke baut darauf auf, und der echte Lauf zählt, wie oft Linux sie bricht.</translation>
    </message>
    <message>
        <source>The learned policy, greedy on each task&apos;s expected response time with a coin ε = 0.1 of the time, sends 84% of the tasks to the fast cluster in the model. The real agent is the same code; in a short run it is still learning, and its share moves with what it has seen.</source>
        <translation>Die gelernte Strategie, gierig nach der erwarteten Antwortzeit jeder Task, mit einem Münzwurf in ε = 0.1 der Fälle, schickt im Modell 84% der Tasks an den schnellen Cluster. Der echte Agent ist derselbe Code; in einem kurzen Lauf lernt er noch, und sein Anteil bewegt sich mit dem, was er gesehen hat.</translation>
    </message>
    <message>
        <source>The learning master explores: with probability ε = 0.3 it tosses a coin instead of taking the cluster it has learned is best. At the learned policy the two clusters&apos; expected response times differ by Δ = 7.53 ms for an arriving task, on average. Predict the simulated exploration overhead (latency above the same learner that never explores), in ms.</source>
        <translation>Der lernende Master exploriert: mit Wahrscheinlichkeit ε = 0.3 wirft er eine Münze, statt den Cluster zu nehmen, den er als besten gelernt hat. Bei der gelernten Strategie unterscheiden sich die erwarteten Antwortzeiten der beiden Cluster für eine ankommende Task im Mittel um Δ = 7.53 ms. Sagen Sie den simulierten Explorations-Overhead voraus (Latenz über demselben Lerner, der nie exploriert), in ms.</translation>
    </message>
    <message>
        <source>The least share of any 10 ms window in which the mutators run: what a task with a 10 ms deadline can count on. 0 when a pause is 10 ms or longer.</source>
        <translation>Der kleinste Anteil eines beliebigen 10-ms-Fensters, in dem die Mutatoren laufen: worauf sich eine Task mit einer Deadline von 10 ms verlassen kann. 0, wenn eine Pause 10 ms oder länger dauert.</translation>
    </message>
    <message>
        <source>The longest path of the chain master → IPC → handler → actuator: sound, possibly pessimistic. The same in every face: it follows from the parameters.</source>
        <translation>Der längste Pfad der Kette Master → IPC → Handler → Aktor: sicher, möglicherweise pessimistisch. In jedem Modus gleich: er folgt aus den Parametern.</translation>
    </message>
    <message>
        <source>The lowest mean latency of any fixed threshold policy (solved as a CTMC for each threshold).</source>
        <translation>Die niedrigste mittlere Latenz aller festen Schwellwertstrategien (für jeden Schwellwert als CTMC gelöst).</translation>
    </message>
    <message>
        <source>The master as keeper of the journal</source>
        <translation>Der Master als Hüter des Journals</translation>
    </message>
    <message>
        <source>The master as packet traffic cop</source>
        <translation>Der Master als Verkehrspolizist für Pakete</translation>
    </message>
    <message>
        <source>The master as transaction manager</source>
        <translation>Der Master als Transaktionsmanager</translation>
    </message>
    <message>
        <source>The master batches requests for an accelerator</source>
        <translation>Der Master bündelt Anfragen für einen Beschleuniger</translation>
    </message>
    <message>
        <source>The master is an M/D/1 queue: W_q = ρ·D / (2(1−ρ)) = 0.9 × 4 / 0.2 = 18 µs. At the default 200000 pkt/s (ρ = 0.8) it was 8 µs: the last 10% of load multiplies the wait by 2.2. That is the knee.</source>
        <translation>Der Master ist eine M/D/1-Warteschlange: W_q = ρ·D / (2(1−ρ)) = 0.9 × 4 / 0.2 = 18 µs. Bei den voreingestellten 200000 pkt/s (ρ = 0.8) waren es 8 µs: die letzten 10% Last vervielfachen die Wartezeit um 2.2. Das ist der Knick.</translation>
    </message>
    <message>
        <source>The master needs 4 µs per packet. Raise the packet rate to 225000 pkt/s (ρ = 0.9 at the master). Predict the mean time a packet waits before the master steers it, in µs.</source>
        <translation>Der Master braucht 4 µs pro Paket. Erhöhen Sie die Paketrate auf 225000 pkt/s (ρ = 0.9 am Master). Sagen Sie die mittlere Zeit voraus, die ein Paket wartet, bevor der Master es verteilt, in µs.</translation>
    </message>
    <message>
        <source>The master passes 233.6 Mbit/s, one segment per 50 µs. Reno&apos;s window is set by the losses, not by the master: W̄ ≈ √(3/(2p)) = 122 segments. By Little&apos;s law they take W̄ × 50 µs = 6.12 ms per lap. The path takes 2 ms of it, a worker and the link 51.7 µs, and the rest, about 4.07 ms, is ACKs queueing at the master: the master&apos;s queue becomes part of the round trip. The simulation waits longer still: with random (not periodic) losses the window averages about 25% more than √(3/(2p)), and every extra segment in flight waits at the master.</source>
        <translation>Der Master lässt 233.6 Mbit/s durch, ein Segment pro 50 µs. Renos Fenster wird von den Verlusten bestimmt, nicht vom Master: W̄ ≈ √(3/(2p)) = 122 Segmente. Nach dem Gesetz von Little brauchen sie W̄ × 50 µs = 6.12 ms pro Runde. Der Pfad braucht davon 2 ms, ein Worker und die Verbindung 51.7 µs, und der Rest, etwa 4.07 ms, sind ACKs, die am Master warten: die Warteschlange des Masters wird Teil der Umlaufzeit. Die Simulation wartet noch länger: bei zufälligen (nicht periodischen) Verlusten ist das Fenster im Mittel etwa 25% größer als √(3/(2p)), und jedes zusätzliche Segment unterwegs wartet am Master.</translation>
    </message>
    <message>
        <source>The mean latency overhead you accept for exploring; the model gives the largest ε within it, 2·budget/Δ.</source>
        <translation>Der mittlere Latenz-Overhead, den Sie für das Explorieren in Kauf nehmen; das Modell liefert das größte ε innerhalb davon, 2·budget/Δ.</translation>
    </message>
    <message>
        <source>The model says 1.69: after each commit the master waits up to 2 ms for more writes, and 200 writes/s bring few in that time. A real COMMIT slower than 4 ms (see commit_ms and the fact fsync_mean_ms) lets more writes pile up behind it, so real groups are often larger: the verdict then compares against the model at the measured commit time. The run ends by re-opening the database: balance_ok must be 1.</source>
        <translation>Das Modell sagt 1.69: nach jedem Commit wartet der Master bis zu 2 ms auf weitere Schreibvorgänge, und 200 Schreibvorgänge/s bringen in dieser Zeit nur wenige. Ein echtes COMMIT, das langsamer als 4 ms ist (siehe commit_ms und den Fakt fsync_mean_ms), lässt mehr Schreibvorgänge dahinter auflaufen, sodass echte Gruppen oft größer sind: das Urteil vergleicht dann mit dem Modell bei der gemessenen Commit-Zeit. Der Lauf endet damit, dass die Datenbank erneut geöffnet wird: balance_ok muss 1 sein.</translation>
    </message>
    <message>
        <source>The model says 1.93 with w = 8 and h = 2 µs. The real run measures its own SIMD speedup (AVX2 or AVX-512 against a scalar build; memory bandwidth caps it for large arrays) and its own hand-off, and the verdict shows the model at those measured values. The big core&apos;s extra speed b is emulated on a symmetric machine: the little does b times the work, so that part of the gain is b by construction.</source>
        <translation>Das Modell sagt 1.93 mit w = 8 und h = 2 µs. Der echte Lauf misst seinen eigenen SIMD-Speedup (AVX2 oder AVX-512 gegen einen skalaren Build; bei großen Arrays begrenzt ihn die Speicherbandbreite) und seine eigene Übergabe, und das Urteil zeigt das Modell bei diesen gemessenen Werten. Die zusätzliche Geschwindigkeit b des großen Kerns wird auf einem symmetrischen Rechner emuliert: der kleine Kern erledigt die b-fache Arbeit, also ist dieser Teil des Gewinns konstruktionsbedingt b.</translation>
    </message>
    <message>
        <source>The model says 3.5 at the defaults with 4 workers: W/T with T = 0.286 s. On a machine with fewer cores the run uses fewer workers (and a smaller corpus, so each worker still counts the same), and the speedup falls with the worker count; the real master also pays to find word boundaries, and the merge of real hash maps costs more than ρ when the vocabulary is large.</source>
        <translation>Das Modell sagt 3.5 bei den Voreinstellungen mit 4 Workern: W/T mit T = 0.286 s. Auf einem Rechner mit weniger Kernen nutzt der Lauf weniger Worker (und einen kleineren Korpus, sodass jeder Worker gleich viel zählt), und der Speedup fällt mit der Workeranzahl; der echte Master bezahlt außerdem das Finden der Wortgrenzen, und das Zusammenführen echter Hash-Maps kostet bei großem Vokabular mehr als ρ.</translation>
    </message>
    <message>
        <source>The model says 3: big_factor. On a machine without little cores the run emulates them (a little core takes big_factor times as long for its share), so the gain comes out near big_factor by construction; stopping the mutators takes the same time on both and pulls it a little below. On real big and little cores the gain is smaller than their speed ratio: marking follows pointers and waits on memory, which a faster core does not speed up.</source>
        <translation>Das Modell sagt 3: big_factor. Auf einem Rechner ohne kleine Kerne emuliert der Lauf sie (ein kleiner Kern braucht für seinen Anteil big_factor-mal so lange), sodass der Gewinn konstruktionsbedingt nahe big_factor liegt; das Anhalten der Mutatoren dauert auf beiden gleich lang und drückt ihn etwas darunter. Auf echten großen und kleinen Kernen ist der Gewinn kleiner als ihr Geschwindigkeitsverhältnis: das Markieren folgt Zeigern und wartet auf den Speicher, und das beschleunigt ein schnellerer Kern nicht.</translation>
    </message>
    <message>
        <source>The model says U = X·D = 0.708 for D = 50 µs. The real run measures its own D: an Ed25519 signature on this CPU, the key&apos;s page unlocked and locked again around it, and the gatekeeper&apos;s side of the hand-over between the processes; the verdict shows the model at the measured D and think time (the messages&apos; transit counted with it). Every signature is verified by the clients with the public key, and a scan of the clients&apos; memory shows the key is not there.</source>
        <translation>Das Modell sagt U = X·D = 0.708 für D = 50 µs. Der echte Lauf misst sein eigenes D: eine Ed25519-Signatur auf dieser CPU, wobei die Seite des Schlüssels davor entsperrt und danach wieder gesperrt wird, und die Seite des Gatekeepers bei der Übergabe zwischen den Prozessen; das Urteil zeigt das Modell beim gemessenen D und der gemessenen Denkzeit (einschließlich der Laufzeit der Nachrichten). Jede Signatur wird von den Clients mit dem öffentlichen Schlüssel geprüft, und eine Durchsuchung des Speichers der Clients zeigt, dass der Schlüssel dort nicht liegt.</translation>
    </message>
    <message>
        <source>The model&apos;s makespan at the best task count.</source>
        <translation>Der Makespan des Modells bei der besten Taskanzahl.</translation>
    </message>
    <message>
        <source>The model&apos;s mean commit latency at the best limit of writes per commit, at this timeout.</source>
        <translation>Die mittlere Commit-Latenz des Modells bei der besten Obergrenze für Schreibvorgänge pro Commit, bei diesem Timeout.</translation>
    </message>
    <message>
        <source>The model&apos;s mean commit latency with one write per commit (missing when that cannot keep up).</source>
        <translation>Die mittlere Commit-Latenz des Modells mit einem Schreibvorgang pro Commit (fehlt, wenn das nicht Schritt halten kann).</translation>
    </message>
    <message>
        <source>The model&apos;s mean latency at the best batch limit, under this policy.</source>
        <translation>Die mittlere Latenz des Modells bei der besten Batch-Obergrenze unter dieser Strategie.</translation>
    </message>
    <message>
        <source>The most packets all workers together can process.</source>
        <translation>Die meisten Pakete, die alle Worker zusammen verarbeiten können.</translation>
    </message>
    <message>
        <source>The most packets one master can steer per second.</source>
        <translation>Die meisten Pakete, die ein Master pro Sekunde verteilen kann.</translation>
    </message>
    <message>
        <source>The most writes per commit (1 to 64) that gives the lowest mean commit latency.</source>
        <translation>Die höchste Zahl von Schreibvorgängen pro Commit (1 bis 64), die die niedrigste mittlere Commit-Latenz ergibt.</translation>
    </message>
    <message>
        <source>The panic falls anywhere in a beat interval, so the first missed beat is due ½·H later on average, and k − 1 more follow: (k − ½)·H = 70 ms, never more than k·H = 80 ms. Every extra miss the workers wait for costs a whole interval.</source>
        <translation>Die Panik fällt irgendwo in ein Heartbeat-Intervall, also ist der erste ausbleibende Heartbeat im Mittel ½·H später fällig, und k − 1 weitere folgen: (k − ½)·H = 70 ms, nie mehr als k·H = 80 ms. Jeder zusätzliche Fehlschlag, auf den die Worker warten, kostet ein ganzes Intervall.</translation>
    </message>
    <message>
        <source>The pause is now 7 ms, and the worst 10 ms window starts with it: only 0.3 of that window is left to the mutators, against 0.767 with the big core. The mean utilization hardly moves (0.915 against 0.97): it hides what a deadline sees.</source>
        <translation>Die Pause beträgt jetzt 7 ms, und das schlechteste 10-ms-Fenster beginnt mit ihr: nur 0.3 dieses Fensters bleibt den Mutatoren, gegenüber 0.767 mit dem großen Kern. Die mittlere Auslastung bewegt sich kaum (0.915 gegenüber 0.97): sie verdeckt, was eine Deadline sieht.</translation>
    </message>
    <message>
        <source>The pause is the collector&apos;s work over its speed: marking grows with the live objects, sweeping with the heap. The big core divides it by big_factor, parallel little cores by threads·(1 − overhead). Watch the MMU curve rather than the mean utilization: a high mean can still leave a short window with almost no mutator time, and the big core shortens exactly those windows. In real mode the big core&apos;s speed is emulated on symmetric machines (the run says so): there the gain equals big_factor by construction, while real big cores gain less because marking waits on memory.</source>
        <translation>Die Pause ist die Arbeit des Collectors geteilt durch seine Geschwindigkeit: das Markieren wächst mit den lebenden Objekten, das Fegen mit dem Heap. Der große Kern teilt sie durch big_factor, parallele kleine Kerne durch threads·(1 − overhead). Beobachten Sie eher die MMU-Kurve als die mittlere Auslastung: ein hoher Mittelwert kann trotzdem ein kurzes Fenster mit fast keiner Mutator-Zeit lassen, und der große Kern verkürzt genau diese Fenster. Im realen Modus wird die Geschwindigkeit des großen Kerns auf symmetrischen Rechnern emuliert (der Lauf sagt das): dort ist der Gewinn konstruktionsbedingt gleich big_factor, während echte große Kerne weniger gewinnen, weil das Markieren auf den Speicher wartet.</translation>
    </message>
    <message>
        <source>The protocol&apos;s steps in order (flush, fence, park…): each row one step&apos;s duration, the mean with exponential steps.</source>
        <translation>Die Schritte des Protokolls in ihrer Reihenfolge (flush, fence, park…): jede Zeile die Dauer eines Schritts, der Mittelwert bei exponentiell verteilten Schritten.</translation>
    </message>
    <message>
        <source>The same batch with untrusted work on any core. The simulation draws both placements; a real run measures only the one it runs.</source>
        <translation>Derselbe Batch mit nicht vertrauenswürdiger Arbeit auf beliebigen Kernen. Die Simulation würfelt beide Platzierungen aus; ein echter Lauf misst nur die, die er ausführt.</translation>
    </message>
    <message>
        <source>The same batch with untrusted work only on the small cores. The simulation draws both placements; a real run measures only the one it runs.</source>
        <translation>Derselbe Batch mit nicht vertrauenswürdiger Arbeit nur auf den kleinen Kernen. Die Simulation würfelt beide Platzierungen aus; ein echter Lauf misst nur die, die er ausführt.</translation>
    </message>
    <message>
        <source>The share of the worker core the task set needs.</source>
        <translation>Der Anteil des Worker-Kerns, den die Task-Menge braucht.</translation>
    </message>
    <message>
        <source>The target for the mean consistency window; the model finds the slowest master that meets it.</source>
        <translation>Das Ziel für das mittlere Konsistenzfenster; das Modell findet den langsamsten Master, der es einhält.</translation>
    </message>
    <message>
        <source>The task count (1 to 1024) with the shortest model makespan.</source>
        <translation>Die Taskanzahl (1 bis 1024) mit dem kürzesten Makespan im Modell.</translation>
    </message>
    <message>
        <source>The tasks on the worker core, one row each, scheduled by fixed priorities with preemption: worst-case execution time C, period T (the least time between releases), deadline D (at most T; 0 means T), release jitter J, blocking B (the longest a lower-priority task can hold a shared resource it needs) and priority (1 is the highest; 0 takes the row&apos;s number, so the first row is the highest). One row is the command handler.</source>
        <translation>Die Tasks auf dem Worker-Kern, eine Zeile pro Task, mit festen Prioritäten und Verdrängung eingeplant: Worst-Case-Ausführungszeit C, Periode T (die kürzeste Zeit zwischen zwei Freigaben), Deadline D (höchstens T; 0 bedeutet T), Release-Jitter J, Blockierung B (die längste Zeit, die eine Task niedrigerer Priorität eine benötigte gemeinsame Ressource halten kann) und Priorität (1 ist die höchste; 0 übernimmt die Zeilennummer, sodass die erste Zeile die höchste ist). Eine Zeile ist der Kommando-Handler.</translation>
    </message>
    <message>
        <source>The threshold of the best fixed threshold policy.</source>
        <translation>Der Schwellwert der besten festen Schwellwertstrategie.</translation>
    </message>
    <message>
        <source>The threshold policy sends a task to the slow cluster when the fast cluster holds at least this many more tasks than the slow one.</source>
        <translation>Die Schwellwertstrategie schickt eine Task an den langsamen Cluster, wenn der schnelle Cluster mindestens so viele Tasks mehr hält als der langsame.</translation>
    </message>
    <message>
        <source>The vector fraction above which offloading beats local, at the offload overhead this run saw: O / (T · (1 − r)), O = two hand-offs and any wait at the big core, r = the big core&apos;s time for the vector part over the little&apos;s. Above 1: offloading never pays.</source>
        <translation>Der Vektoranteil, ab dem Auslagern die lokale Ausführung schlägt, beim Auslagerungs-Overhead dieses Laufs: O / (T · (1 − r)), O = zwei Übergaben und eventuelles Warten am großen Kern, r = die Zeit des großen Kerns für den Vektorteil geteilt durch die des kleinen. Über 1: Auslagern lohnt sich nie.</translation>
    </message>
    <message>
        <source>The window&apos;s 99th percentile, approximated from the commit queue&apos;s state distribution.</source>
        <translation>Das 99. Perzentil des Fensters, genähert aus der Zustandsverteilung der Commit-Warteschlange.</translation>
    </message>
    <message>
        <source>The worker that owns the elephant flow gets its 16% plus, on average, an 8th of the rest: 0.16 + 0.84/8 ≈ 0.27 of all packets, 2.1 times its fair share of 1/8. The real hash of these 256 flows gives it 0.24 (1.9 times). The run counts packets, not time, and the hash is a fixed function of each flow&apos;s addresses, so a busy or virtual machine measures the same imbalance; its ring is the first to overflow while other workers idle.</source>
        <translation>Der Worker, dem der Elefanten-Flow gehört, bekommt dessen 16% plus im Mittel ein 8tel des Rests: 0.16 + 0.84/8 ≈ 0.27 aller Pakete, das 2.1-Fache seines fairen Anteils von 1/8. Der echte Hash dieser 256 Flows gibt ihm 0.24 (das 1.9-Fache). Der Lauf zählt Pakete, nicht Zeit, und der Hash ist eine feste Funktion der Adressen jedes Flows, also misst ein ausgelasteter oder virtueller Rechner dasselbe Ungleichgewicht; sein Ring läuft als erster über, während andere Worker untätig sind.</translation>
    </message>
    <message>
        <source>The workers can finish c/S_w requests per second, the master 1/S_m. They match at c* = S_w/S_m = 4 workers: below it the workers bind, above it the master does. At c* both saturate together, which is why the defaults use 6.</source>
        <translation>Die Worker schaffen c/S_w Anfragen pro Sekunde, der Master 1/S_m. Sie sind gleich bei c* = S_w/S_m = 4 Workern: darunter sind die Worker der Engpass, darüber der Master. Bei c* sättigen beide gleichzeitig; deshalb verwenden die Voreinstellungen 6.</translation>
    </message>
    <message>
        <source>The workers keep up (capacity 8000 transactions/s), so the reads are all answered: 2400/s. The writes are not: the master makes at most 1/(d + s) = 238 commits/s, whatever the workers, and the writes beyond it queue without bound. More workers would raise the reads further and the commits not at all; group_max = 8 would lift the ceiling to 1430.</source>
        <translation>Die Worker halten Schritt (Kapazität 8000 Transaktionen/s), also werden alle Lesevorgänge beantwortet: 2400/s. Die Schreibvorgänge nicht: der Master schafft höchstens 1/(d + s) = 238 Commits/s, wie viele Worker es auch sind, und die Schreibvorgänge darüber hinaus stauen sich unbegrenzt. Mehr Worker würden die Lesevorgänge weiter steigern und die Commits überhaupt nicht; group_max = 8 würde die Obergrenze auf 1430 anheben.</translation>
    </message>
    <message>
        <source>The writes reach the master at 200/s, each needing 4 + 0.2 ms: the master is 0.84 busy, an M/D/1 queue, and Pollaczek–Khinchine makes a write wait far longer than its own commit. With the query&apos;s 2 ms before it the commit latency is 17.2 ms, against 9.31 ms with groups of up to 8 (the best group_max here is 2, at 8.71 ms).</source>
        <translation>Die Schreibvorgänge erreichen den Master mit 200/s und brauchen je 4 + 0.2 ms: der Master ist zu 0.84 ausgelastet, eine M/D/1-Warteschlange, und nach Pollaczek-Chintschin wartet ein Schreibvorgang weit länger als sein eigener Commit dauert. Mit den 2 ms der Abfrage davor beträgt die Commit-Latenz 17.2 ms, gegenüber 9.31 ms mit Gruppen von bis zu 8 (das beste group_max ist hier 2, mit 8.71 ms).</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Threads of the program that allocate objects and change pointers; all of them stop while the collector runs.</source>
        <translation>Threads des Programms, die Objekte allokieren und Zeiger ändern; alle halten an, während der Collector läuft.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Throughput (goodput)</source>
        <translation>Durchsatz (Goodput)</translation>
    </message>
    <message>
        <source>Throughput against ACK cost (the model names the binding bound)</source>
        <translation>Durchsatz gegen die ACK-Kosten (das Modell nennt die bindende Schranke)</translation>
    </message>
    <message>
        <source>Throughput against clients</source>
        <translation>Durchsatz gegen die Zahl der Clients</translation>
    </message>
    <message>
        <source>Throughput against workers (the model names the binding bound)</source>
        <translation>Durchsatz gegen die Worker (das Modell nennt die bindende Schranke)</translation>
    </message>
    <message>
        <source>Throughput and capacity against batch size</source>
        <translation>Durchsatz und Kapazität gegen die Batchgröße</translation>
    </message>
    <message>
        <source>Throughput bound</source>
        <translation>Durchsatzschranke</translation>
    </message>
    <message>
        <source>Time a packet waits before the master steers it (M/D/1).</source>
        <translation>Zeit, die ein Paket wartet, bevor der Master es verteilt (M/D/1).</translation>
    </message>
    <message>
        <source>Time at the master</source>
        <translation>Zeit am Master</translation>
    </message>
    <message>
        <source>Time average of Reno&apos;s congestion window.</source>
        <translation>Zeitmittel des Staufensters von Reno.</translation>
    </message>
    <message>
        <source>Time away from the big core</source>
        <translation>Zeit fern vom großen Kern</translation>
    </message>
    <message>
        <source>Time from a write&apos;s data being done to its journal record being durable.</source>
        <translation>Zeit vom Abschluss der Daten eines Schreibvorgangs, bis sein Journal-Eintrag dauerhaft ist.</translation>
    </message>
    <message>
        <source>Time from an ACK&apos;s arrival at the master to Reno seeing it (queue + processing): it adds to the RTT.</source>
        <translation>Zeit von der Ankunft eines ACKs am Master, bis Reno es sieht (Warteschlange + Verarbeitung): sie kommt zur RTT hinzu.</translation>
    </message>
    <message>
        <source>Time from arrival to completion at a worker.</source>
        <translation>Zeit von der Ankunft bis zur Fertigstellung an einem Worker.</translation>
    </message>
    <message>
        <source>Time from one collection&apos;s end to the next one&apos;s: the mutators&apos; run plus the pause.</source>
        <translation>Zeit vom Ende einer Sammlung bis zum Ende der nächsten: die Laufzeit der Mutatoren plus die Pause.</translation>
    </message>
    <message>
        <source>Time one commit takes whatever its size: making the log durable. Real mode: SQLite&apos;s COMMIT with synchronous=FULL, padded up to this when the device is faster.</source>
        <translation>Zeit, die ein Commit unabhängig von seiner Größe braucht: das Log dauerhaft machen. Realer Modus: COMMIT von SQLite mit synchronous=FULL, bis zu diesem Wert aufgefüllt, wenn das Gerät schneller ist.</translation>
    </message>
    <message>
        <source>Time one task takes on a little core with scalar code only (T). The real engine sizes its arrays so that a task takes about this long on the little seat.</source>
        <translation>Zeit, die eine Task auf einem kleinen Kern nur mit skalarem Code braucht (T). Die echte Engine bemisst ihre Arrays so, dass eine Task auf dem kleinen Platz ungefähr so lange dauert.</translation>
    </message>
    <message>
        <source>Time one worker spends on one segment&apos;s payload (checksum, copy).</source>
        <translation>Zeit, die ein Worker für die Nutzdaten eines Segments braucht (Prüfsumme, Kopie).</translation>
    </message>
    <message>
        <source>Time per request (s1)</source>
        <translation>Zeit pro Anfrage (s1)</translation>
    </message>
    <message>
        <source>Time the log device takes per commit group (real mode: what fdatasync really took, with padding).</source>
        <translation>Zeit, die das Log-Gerät pro Commit-Gruppe braucht (realer Modus: was fdatasync tatsächlich brauchte, mit Auffüllung).</translation>
    </message>
    <message>
        <source>Time the master core spends on one ACK (the Reno update and everything around it).</source>
        <translation>Zeit, die der Master-Kern für ein ACK braucht (die Reno-Aktualisierung und alles darum herum).</translation>
    </message>
    <message>
        <source>Time the master spends handing a request to a worker (model and simulation). A real run measures its own; enter that here to see its effect on the ceiling 1/(S_m + h).</source>
        <translation>Zeit, die der Master braucht, um eine Anfrage an einen Worker zu übergeben (Modell und Simulation). Ein echter Lauf misst seine eigene; tragen Sie sie hier ein, um ihre Wirkung auf die Obergrenze 1/(S_m + h) zu sehen.</translation>
    </message>
    <message>
        <source>Time the master spends on each write of a group (its UPDATEs), fixed. Real mode: the real UPDATEs, padded up to this with computation.</source>
        <translation>Zeit, die der Master für jeden Schreibvorgang einer Gruppe braucht (ihre UPDATEs), fest. Realer Modus: die echten UPDATEs, mit Rechenarbeit bis zu diesem Wert aufgefüllt.</translation>
    </message>
    <message>
        <source>Time the master spends pushing a request into a worker&apos;s ring (real mode).</source>
        <translation>Zeit, die der Master braucht, um eine Anfrage in den Ring eines Workers zu schieben (realer Modus).</translation>
    </message>
    <message>
        <source>Time to make one commit group durable (fixed). Real mode: fdatasync of data and log, padded up to this when the device is faster.</source>
        <translation>Zeit, um eine Commit-Gruppe dauerhaft zu machen (fest). Realer Modus: fdatasync von Daten und Log, bis zu diesem Wert aufgefüllt, wenn das Gerät schneller ist.</translation>
    </message>
    <message>
        <source>Time to the safe state</source>
        <translation>Zeit bis zum sicheren Zustand</translation>
    </message>
    <message>
        <source>Time-average number of records waiting for the master to start them.</source>
        <translation>Zeitmittel der Anzahl der Einträge, die darauf warten, dass der Master sie beginnt.</translation>
    </message>
    <message>
        <source>Timer later than assumed</source>
        <translation>Timer später als angenommen</translation>
    </message>
    <message>
        <source>Total work of the job</source>
        <translation>Gesamtarbeit des Jobs</translation>
    </message>
    <message>
        <source>Transaction rate</source>
        <translation>Transaktionsrate</translation>
    </message>
    <message>
        <source>Transactions per second arriving at the workers (Poisson): reads and writes together.</source>
        <translation>Transaktionen pro Sekunde, die bei den Workern ankommen (Poisson): Lese- und Schreibvorgänge zusammen.</translation>
    </message>
    <message>
        <source>Transactions per second the workers can query at most: c/q.</source>
        <translation>Transaktionen pro Sekunde, die die Worker höchstens abfragen können: c/q.</translation>
    </message>
    <message>
        <source>Transactions the workers can carry</source>
        <translation>Transaktionen, die die Worker tragen können</translation>
    </message>
    <message>
        <source>UCB exploration constant</source>
        <translation>UCB-Explorationskonstante</translation>
    </message>
    <message>
        <source>Under rss_hash one worker carries the heavy flows and its ring overflows while others idle, yet not one packet is reordered; switch to round_robin and the bars level out but reordering appears. Then sweep the workers: the saturation rate never passes 1/steer_us, whatever the workers could do, but under rss_hash it mostly stays below it and is not monotone — 15 workers carry less than 14, because the hash puts two heavy flows on one worker.</source>
        <translation>Bei rss_hash trägt ein Worker die schweren Flows, und sein Ring läuft über, während andere untätig sind, doch kein einziges Paket wird umgeordnet; wechseln Sie zu round_robin, und die Balken gleichen sich an, aber Umordnungen treten auf. Variieren Sie dann die Worker: die Sättigungsrate kommt nie über 1/steer_us, was die Worker auch leisten könnten, aber bei rss_hash bleibt sie meist darunter und ist nicht monoton — 15 Worker tragen weniger als 14, weil der Hash zwei schwere Flows auf einen Worker legt.</translation>
    </message>
    <message>
        <source>Under rss_hash the busiest of the 256 flows carries 16% of all packets (Zipf s = 1), and every flow stays on one worker. Run it for real at 20000 pkt/s with 8 workers: the master thread computes the real Toeplitz hash of every packet. Predict the imbalance (busiest worker&apos;s load ÷ mean).</source>
        <translation>Bei rss_hash trägt der stärkste der 256 Flows 16% aller Pakete (Zipf s = 1), und jeder Flow bleibt auf einem Worker. Führen Sie es echt aus mit 20000 pkt/s und 8 Workern: der Master-Thread berechnet den echten Toeplitz-Hash jedes Pakets. Sagen Sie das Ungleichgewicht voraus (Last des am stärksten belasteten Workers ÷ Mittelwert).</translation>
    </message>
    <message>
        <source>Untrusted fraction</source>
        <translation>Nicht vertrauenswürdiger Anteil</translation>
    </message>
    <message>
        <source>Untrusted tasks killed per batch: by their syscall filter when an escalated task acts (a forbidden system call), or by the master past the CPU budget.</source>
        <translation>Pro Batch beendete nicht vertrauenswürdige Tasks: durch ihren Syscall-Filter, wenn eine Task mit ausgeweiteten Rechten handelt (ein verbotener Systemaufruf), oder durch den Master, wenn das CPU-Budget überschritten ist.</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Utilization per station</source>
        <translation>Auslastung pro Station</translation>
    </message>
    <message>
        <source>Variability of task times</source>
        <translation>Streuung der Taskzeiten</translation>
    </message>
    <message>
        <source>Vector fraction of a task</source>
        <translation>Vektoranteil einer Task</translation>
    </message>
    <message>
        <source>Vector part on a little</source>
        <translation>Vektorteil auf einem kleinen Kern</translation>
    </message>
    <message>
        <source>Vector part on the big core</source>
        <translation>Vektorteil auf dem großen Kern</translation>
    </message>
    <message>
        <source>W / makespan: the job on one core without a master (real mode: a measured single-threaded count of the same corpus) against this run.</source>
        <translation>W / makespan: der Job auf einem Kern ohne Master (realer Modus: eine gemessene einfädige Zählung desselben Korpus) im Vergleich zu diesem Lauf.</translation>
    </message>
    <message>
        <source>W/(r·(τ + ρ) + d): the speedup with unlimited workers at this task count.</source>
        <translation>W/(r·(τ + ρ) + d): der Speedup mit unbegrenzt vielen Workern bei dieser Taskanzahl.</translation>
    </message>
    <message>
        <source>W/r.</source>
        <translation>W/r.</translation>
    </message>
    <message>
        <source>Wait for the big core</source>
        <translation>Warten auf den großen Kern</translation>
    </message>
    <message>
        <source>Wake-up latency</source>
        <translation>Aufweck-Latenz</translation>
    </message>
    <message>
        <source>Wake-up latency, 99th percentile</source>
        <translation>Aufweck-Latenz, 99. Perzentil</translation>
    </message>
    <message>
        <source>Wake-up mechanism (real mode)</source>
        <translation>Aufweckmechanismus (realer Modus)</translation>
    </message>
    <message>
        <source>Waking a sleeping thread goes through the kernel: the master&apos;s futex call, the scheduler, perhaps an interrupt to the other core and that core leaving its idle state. Tens of µs at p99 are common; on a virtual machine the tail is long (hundreds of µs and more), which is why the master&apos;s assumed maximum jitter is an assumption about Linux, not a guarantee.</source>
        <translation>Einen schlafenden Thread zu wecken geht über den Kernel: der Futex-Aufruf des Masters, der Scheduler, vielleicht ein Interrupt an den anderen Kern und das Verlassen seines Ruhezustands. Zehner von µs beim p99 sind üblich; auf einer virtuellen Maschine ist der Ausläufer lang (Hunderte µs und mehr), weshalb der angenommene maximale Jitter des Masters eine Annahme über Linux ist, keine Garantie.</translation>
    </message>
    <message>
        <source>Watch the incident timeline: the master&apos;s beats stop, the workers count k misses and only then act, so detection alone costs about (k − ½)·H. Raise miss_limit and false alarms vanish while detection grows by H per miss. Then sweep worker_fail_rate: the protocol races the workers&apos; failures, and P(safe) falls along the binomial curve with fixed steps (the CTMC with exponential ones). Spare workers beyond the quorum are what absorbs failures; exponential steps of the same means are safer, and their safe incidents shorter, because the short protocols are the ones that win the race.</source>
        <translation>Beobachten Sie die Zeitleiste des Vorfalls: die Heartbeats des Masters bleiben aus, die Worker zählen k Fehlschläge und handeln erst dann, sodass schon die Erkennung etwa (k − ½)·H kostet. Erhöhen Sie miss_limit, und die Fehlalarme verschwinden, während die Erkennung pro Fehlschlag um H wächst. Variieren Sie dann worker_fail_rate: das Protokoll liefert sich ein Wettrennen mit den Ausfällen der Worker, und P(sicher) fällt bei festen Schritten entlang der Binomialkurve (bei exponentiellen entlang der CTMC). Überzählige Worker über dem Quorum fangen die Ausfälle auf; exponentielle Schritte mit denselben Mittelwerten sind sicherer und ihre sicheren Vorfälle kürzer, weil die kurzen Protokolldurchläufe diejenigen sind, die das Rennen gewinnen.</translation>
    </message>
    <message>
        <source>Watch the learning curve fall as the agent fills its Q-table and settle near the best fixed threshold policy&apos;s line: a little below it at small ε (the agent also sees each task&apos;s size), above it as ε grows, by the price of exploring. Sweep ε: the simulated cost lies above the (ε/2)·Δ line from the start and bends upward, because a task sent to the slow cluster by a coin also delays the tasks queued behind it.</source>
        <translation>Beobachten Sie, wie die Lernkurve fällt, während der Agent seine Q-Tabelle füllt, und sich nahe der Linie der besten festen Schwellwertstrategie einpendelt: bei kleinem ε etwas darunter (der Agent sieht auch die Größe jeder Task), mit wachsendem ε darüber, um den Preis des Explorierens. Variieren Sie ε: die simulierten Kosten liegen von Anfang an über der Geraden (ε/2)·Δ und biegen nach oben ab, weil eine Task, die per Münzwurf an den langsamen Cluster geht, auch die Tasks verzögert, die hinter ihr warten.</translation>
    </message>
    <message>
        <source>What N clients ask for when nobody waits: each cycle lasts D + Z.</source>
        <translation>Was N Clients anfordern, wenn niemand wartet: jeder Zyklus dauert D + Z.</translation>
    </message>
    <message>
        <source>What does exploration cost, and how large an ε can you afford?</source>
        <translation>Was kostet Exploration, und wie groß darf ε sein?</translation>
    </message>
    <message>
        <source>What is the worst-case latency from a master command to a worker&apos;s action, and does measurement agree?</source>
        <translation>Wie groß ist die Worst-Case-Latenz von einem Kommando des Masters bis zur Aktion eines Workers, und stimmt die Messung damit überein?</translation>
    </message>
    <message>
        <source>What isolation costs: thread or process</source>
        <translation>Was Isolation kostet: Thread oder Prozess</translation>
    </message>
    <message>
        <source>What one commit&apos;s fsync took (real mode: SQLite&apos;s COMMIT, with padding).</source>
        <translation>Wie lange das fsync eines Commits dauerte (realer Modus: COMMIT von SQLite, mit Auffüllung).</translation>
    </message>
    <message>
        <source>What the littles do with the vector part: keep it (local), hand it to the big core (offload) or move the whole thread there (migrate). Every run times all three; this one is shown in the flow and the timeline, and its speedup is reported.</source>
        <translation>Was die kleinen Kerne mit dem Vektorteil tun: behalten (local), an den großen Kern übergeben (offload) oder den ganzen Thread dorthin verschieben (migrate). Jeder Lauf misst alle drei; diese hier wird im Fluss und in der Zeitleiste gezeigt, und ihr Speedup wird gemeldet.</translation>
    </message>
    <message>
        <source>What the master spends to classify and steer one packet (always the same). Its ceiling is 1/steer_us.</source>
        <translation>Was der Master braucht, um ein Paket zu klassifizieren und zu verteilen (immer gleich viel). Seine Obergrenze ist 1/steer_us.</translation>
    </message>
    <message>
        <source>What the real gatekeeper computes with libsodium: an Ed25519 signature, which any client checks with the public key, or an HMAC-SHA256 tag, which only the key&apos;s holder can check.</source>
        <translation>Was der echte Gatekeeper mit libsodium berechnet: eine Ed25519-Signatur, die jeder Client mit dem öffentlichen Schlüssel prüft, oder ein HMAC-SHA256-Tag, das nur der Besitzer des Schlüssels prüfen kann.</translation>
    </message>
    <message>
        <source>What the workers and the master can carry</source>
        <translation>Was die Worker und der Master tragen können</translation>
    </message>
    <message>
        <source>When does ACK processing on one core cap a TCP flow&apos;s throughput?</source>
        <translation>Wann begrenzt die ACK-Verarbeitung auf einem Kern den Durchsatz eines TCP-Flows?</translation>
    </message>
    <message>
        <source>When is migrating to the core with SIMD worth its overhead?</source>
        <translation>Wann ist die Migration auf den Kern mit SIMD ihren Overhead wert?</translation>
    </message>
    <message>
        <source>When the master binds: W̄·MSS/X_master, by Little&apos;s law around the loop (approximate).</source>
        <translation>Wenn der Master der Engpass ist: W̄·MSS/X_master, nach dem Gesetz von Little über die Schleife (Näherung).</translation>
    </message>
    <message>
        <source>Where is the bottleneck of a master/worker system, and what does it cost to wait for it?</source>
        <translation>Wo liegt der Engpass eines Master-Worker-Systems, und was kostet es, auf ihn zu warten?</translation>
    </message>
    <message>
        <source>Where the collector runs: on the big core, on one little core, or on collector_threads little cores in parallel. Every run measures all three; this one&apos;s pauses, utilization and MMU are reported.</source>
        <translation>Wo der Collector läuft: auf dem großen Kern, auf einem kleinen Kern oder parallel auf collector_threads kleinen Kernen. Jeder Lauf misst alle drei; Pausen, Auslastung und MMU dieser Platzierung werden gemeldet.</translation>
    </message>
    <message>
        <source>Where the real gatekeeper keeps the key: in a thread of the clients&apos; own process (thread), or in a process of its own that the clients reach through shared-memory rings (process).</source>
        <translation>Wo der echte Gatekeeper den Schlüssel aufbewahrt: in einem Thread des eigenen Prozesses der Clients (thread) oder in einem eigenen Prozess, den die Clients über Ringe im gemeinsamen Speicher erreichen (process).</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>Wohin die Zeit geht</translation>
    </message>
    <message>
        <source>Which batch size gives the lowest latency, and which the highest throughput?</source>
        <translation>Welche Batchgröße ergibt die niedrigste Latenz, welche den höchsten Durchsatz?</translation>
    </message>
    <message>
        <source>Which row of the task set handles the master&apos;s commands (counted from 1). The master sends one command per period of that row.</source>
        <translation>Welche Zeile der Task-Menge die Kommandos des Masters bearbeitet (ab 1 gezählt). Der Master sendet pro Periode dieser Zeile ein Kommando.</translation>
    </message>
    <message>
        <source>While one sync runs, the next records pile up and share the next sync: the window is 3.76 ms by the model&apos;s Markov chain, which a simulation confirms within its confidence interval.</source>
        <translation>Während ein Sync läuft, stauen sich die nächsten Einträge und teilen sich das nächste Sync: das Fenster beträgt nach der Markov-Kette des Modells 3.76 ms, was eine Simulation innerhalb ihres Konfidenzintervalls bestätigt.</translation>
    </message>
    <message>
        <source>Who runs when</source>
        <translation>Wer wann läuft</translation>
    </message>
    <message>
        <source>Who runs when (the first commands)</source>
        <translation>Wer wann läuft (die ersten Kommandos)</translation>
    </message>
    <message>
        <source>Window bound (target)</source>
        <translation>Fensterschranke (Ziel)</translation>
    </message>
    <message>
        <source>With 15 queues the indirection table moves the flows, and two heavy ones now share a worker: its share grows from 18.1% to 25.5% of all packets. That worker saturates at 1/(process × share) = 196000 pkt/s, below the 240000 offered: it is sent 61100 pkt/s and can do 50000, so about 4.6% of all packets are dropped at its ring (the model: 4.6%). With 14 workers the busiest worker&apos;s ceiling was 276000 pkt/s, above the master&apos;s. Adding a worker cut the capacity: RSS does not balance skewed flows.</source>
        <translation>Mit 15 Warteschlangen verschiebt die Indirektionstabelle die Flows, und zwei schwere teilen sich jetzt einen Worker: sein Anteil wächst von 18.1% auf 25.5% aller Pakete. Dieser Worker sättigt bei 1/(process × share) = 196000 pkt/s, unter den angebotenen 240000: er bekommt 61100 pkt/s und schafft 50000, also werden an seinem Ring etwa 4.6% aller Pakete verworfen (das Modell: 4.6%). Mit 14 Workern lag die Obergrenze des am stärksten belasteten Workers bei 276000 pkt/s, über der des Masters. Ein zusätzlicher Worker hat die Kapazität gesenkt: RSS gleicht schiefe Flows nicht aus.</translation>
    </message>
    <message>
        <source>With a master of 100 ms and workers of 400 ms, how many workers does it take before the workers stop being the bottleneck?</source>
        <translation>Wie viele Worker braucht es bei einem Master mit 100 ms und Workern mit 400 ms, bis die Worker nicht mehr der Engpass sind?</translation>
    </message>
    <message>
        <source>With equal tasks every multiple of p keeps all workers busy to the end, and each extra task only adds τ + ρ of serial time at the master. So the best count is r* = p = 4 (makespan 0.274 s, against 0.286 s at 16 tasks).</source>
        <translation>Bei gleich großen Tasks hält jedes Vielfache von p alle Worker bis zum Ende beschäftigt, und jede weitere Task fügt nur τ + ρ serielle Zeit am Master hinzu. Die beste Anzahl ist also r* = p = 4 (Makespan 0.274 s gegenüber 0.286 s bei 16 Tasks).</translation>
    </message>
    <message>
        <source>With fewer than b requests waiting, the master waits up to this long for more (the timer starts when the accelerator is free and a request waits); 0 = take what waits.</source>
        <translation>Warten weniger als b Anfragen, wartet der Master bis zu so lange auf weitere (der Timer startet, wenn der Beschleuniger frei ist und eine Anfrage wartet); 0 = nehmen, was wartet.</translation>
    </message>
    <message>
        <source>With fewer than group_max writes waiting, the master waits up to this long for more (the timer starts when it is free and a write waits); 0 = take what waits.</source>
        <translation>Warten weniger als group_max Schreibvorgänge, wartet der Master bis zu so lange auf weitere (der Timer startet, wenn er frei ist und ein Schreibvorgang wartet); 0 = nehmen, was wartet.</translation>
    </message>
    <message>
        <source>With group_max = 1 every record pays a whole sync, so the master saturates at 1/(journal_cpu + log_device) however many workers there are: the window explodes at that knee. Speeding up the master&apos;s CPU cannot fix a slow log device (min_master_speed becomes ∞); group commit can, because one sync then covers many records.</source>
        <translation>Mit group_max = 1 zahlt jeder Eintrag ein ganzes Sync, sodass der Master bei 1/(journal_cpu + log_device) sättigt, wie viele Worker es auch gibt: an diesem Knick explodiert das Fenster. Eine schnellere CPU des Masters kann ein langsames Log-Gerät nicht ausgleichen (min_master_speed wird ∞); Group Commit kann es, weil ein Sync dann viele Einträge abdeckt.</translation>
    </message>
    <message>
        <source>With no hand-over the lock would pass 1/S = 5000 requests/s. But each time it goes from one worker to the other it stands idle for h while the waiter wakes up, and saturated, with two workers, it changes hands on every step: the ceiling is 1/(S + h). At the model&apos;s guess of h = 20 µs that is 4550 requests/s; your run&apos;s h decides. A waiter sleeps in the kernel, and waking it takes a few µs on an idle machine and far more on a busy virtual one, so h is the host&apos;s as much as the lock&apos;s (the tolerance widens on a VM). The model charges h only when the lock changes core, (c−1)/c of the time if any worker were equally likely to be next: 4760 requests/s here; saturated, it changes core every time. Run the amp design at the same load: its master pays its own hand-off instead (the handoff_ms row), a push into a ring that a polling worker takes, usually far cheaper than waking a sleeping thread.</source>
        <translation>Ohne Übergabezeit ließe die Sperre 1/S = 5000 Anfragen/s durch. Aber jedes Mal, wenn sie von einem Worker zum anderen geht, steht sie h lang still, während der Wartende aufwacht, und gesättigt, mit zwei Workern, wechselt sie bei jedem Schritt den Besitzer: die Obergrenze ist 1/(S + h). Bei der Annahme des Modells h = 20 µs sind das 4550 Anfragen/s; Ihr Lauf bestimmt h. Ein Wartender schläft im Kernel, und ihn zu wecken dauert auf einem ruhigen Rechner einige µs und auf einer ausgelasteten virtuellen Maschine weit mehr, also gehört h ebenso dem Host wie der Sperre (auf einer VM wird die Toleranz weiter). Das Modell berechnet h nur, wenn die Sperre den Kern wechselt, (c−1)/c der Zeit, wenn jeder Worker gleich wahrscheinlich der nächste wäre: hier 4760 Anfragen/s; gesättigt wechselt sie jedes Mal den Kern. Führen Sie das Design amp bei derselben Last aus: sein Master zahlt stattdessen seine eigene Übergabe (die Zeile handoff_ms), ein Schieben in einen Ring, den ein abfragender Worker leert, meist weit billiger als das Wecken eines schlafenden Threads.</translation>
    </message>
    <message>
        <source>With one little, migrate beats offload while m &lt; h + (1 − f)·T·(1 − 1/b)/2.</source>
        <translation>Mit einem kleinen Kern schlägt Migrieren das Auslagern, solange m &lt; h + (1 − f)·T·(1 − 1/b)/2.</translation>
    </message>
    <message>
        <source>Without losses no detection takes longer than k·H.</source>
        <translation>Ohne Verluste dauert keine Erkennung länger als k·H.</translation>
    </message>
    <message>
        <source>Work per task d</source>
        <translation>Arbeit pro Task d</translation>
    </message>
    <message>
        <source>Worker capacity</source>
        <translation>Kapazität der Worker</translation>
    </message>
    <message>
        <source>Worker cores (p).</source>
        <translation>Worker-Kerne (p).</translation>
    </message>
    <message>
        <source>Worker cores doing the data work of the writes (one shared FIFO queue).</source>
        <translation>Worker-Kerne, die die Datenarbeit der Schreibvorgänge erledigen (eine gemeinsame FIFO-Warteschlange).</translation>
    </message>
    <message>
        <source>Worker cores processing segment payloads in parallel.</source>
        <translation>Worker-Kerne, die Segment-Nutzdaten parallel verarbeiten.</translation>
    </message>
    <message>
        <source>Worker cores running the transactions&apos; queries (one shared FIFO queue).</source>
        <translation>Worker-Kerne, die die Abfragen der Transaktionen ausführen (eine gemeinsame FIFO-Warteschlange).</translation>
    </message>
    <message>
        <source>Worker cores, each with its own receive ring.</source>
        <translation>Worker-Kerne, jeder mit seinem eigenen Empfangsring.</translation>
    </message>
    <message>
        <source>Worker cores.</source>
        <translation>Worker-Kerne.</translation>
    </message>
    <message>
        <source>Worker failure rate</source>
        <translation>Ausfallrate der Worker</translation>
    </message>
    <message>
        <source>Worker idle share</source>
        <translation>Leerlaufanteil der Worker</translation>
    </message>
    <message>
        <source>Worker queue</source>
        <translation>Worker-Warteschlange</translation>
    </message>
    <message>
        <source>Worker queue wait</source>
        <translation>Wartezeit in der Worker-Warteschlange</translation>
    </message>
    <message>
        <source>Worker service</source>
        <translation>Bedienung am Worker</translation>
    </message>
    <message>
        <source>Worker service distribution</source>
        <translation>Verteilung der Bedienzeit der Worker</translation>
    </message>
    <message>
        <source>Worker service time</source>
        <translation>Bedienzeit der Worker</translation>
    </message>
    <message>
        <source>Worker time distribution</source>
        <translation>Verteilung der Worker-Zeit</translation>
    </message>
    <message>
        <source>Worker time per packet</source>
        <translation>Worker-Zeit pro Paket</translation>
    </message>
    <message>
        <source>Worker time per segment</source>
        <translation>Worker-Zeit pro Segment</translation>
    </message>
    <message>
        <source>Worker utilization</source>
        <translation>Auslastung der Worker</translation>
    </message>
    <message>
        <source>Worker utilization Σ C/T</source>
        <translation>Auslastung des Workers Σ C/T</translation>
    </message>
    <message>
        <source>Worker&apos;s task set</source>
        <translation>Task-Menge des Workers</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Workers now fail at 10 per second during the shutdown (3 workers, quorum 2). Predict P(safe) with fixed step times; a simulation grades it.</source>
        <translation>Worker fallen jetzt während des Herunterfahrens mit 10 pro Sekunde aus (3 Worker, Quorum 2). Sagen Sie P(sicher) bei festen Schrittzeiten voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Worst response seen per task</source>
        <translation>Schlechteste beobachtete Antwortzeit pro Task</translation>
    </message>
    <message>
        <source>Worst-case response per task (analysis)</source>
        <translation>Worst-Case-Antwortzeit pro Task (Analyse)</translation>
    </message>
    <message>
        <source>Write fraction</source>
        <translation>Schreibanteil</translation>
    </message>
    <message>
        <source>Write rate</source>
        <translation>Schreibrate</translation>
    </message>
    <message>
        <source>Write transactions made durable per second.</source>
        <translation>Pro Sekunde dauerhaft gemachte Schreibtransaktionen.</translation>
    </message>
    <message>
        <source>Writes per commit</source>
        <translation>Schreibvorgänge pro Commit</translation>
    </message>
    <message>
        <source>Writes per commit (max)</source>
        <translation>Schreibvorgänge pro Commit (max.)</translation>
    </message>
    <message>
        <source>Writes per second arriving at the workers (Poisson).</source>
        <translation>Schreibvorgänge pro Sekunde, die bei den Workern ankommen (Poisson).</translation>
    </message>
    <message>
        <source>Writes per second the master can commit at most: b/(d + b·s) with b writes per commit at most.</source>
        <translation>Schreibvorgänge pro Sekunde, die der Master höchstens festschreiben kann: b/(d + b·s) mit höchstens b Schreibvorgängen pro Commit.</translation>
    </message>
    <message>
        <source>Writes the master can commit</source>
        <translation>Schreibvorgänge, die der Master festschreiben kann</translation>
    </message>
    <message>
        <source>X·D of the chosen strategy (0 when local).</source>
        <translation>X·D der gewählten Strategie (0 bei lokaler Ausführung).</translation>
    </message>
    <message>
        <source>You accept 1 ms of mean latency for exploring. With Δ = 7.53 ms, the first-order rule says the largest ε is 2·budget/Δ. At ε = 0.1, predict the model&apos;s exploration overhead in ms.</source>
        <translation>Sie nehmen 1 ms mittlere Latenz für das Explorieren in Kauf. Mit Δ = 7.53 ms sagt die Regel erster Ordnung, das größte ε sei 2·budget/Δ. Sagen Sie bei ε = 0.1 den Explorations-Overhead des Modells in ms voraus.</translation>
    </message>
    <message>
        <source>Z = (1 − f)·T + 2·h: what a little spends per offloaded task on its own work and the hand-offs.</source>
        <translation>Z = (1 − f)·T + 2·h: was ein kleiner Kern pro ausgelagerter Task für seine eigene Arbeit und die Übergaben aufwendet.</translation>
    </message>
    <message>
        <source>a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two task sizes (Lee–Longton)</source>
        <translation>eine CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Taskgrößen mit (1 + cs²)/2 skaliert ist (Lee–Longton)</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>ein Batch</translation>
    </message>
    <message>
        <source>a minimum of separate bounds: Mathis&apos; square-root law assumes periodic losses (random ones change the window&apos;s shape) and no timeouts; near a tie two bounds interact and the flow falls short of both; the ACK delay uses Mathis&apos; mean window and ignores the queues at the workers and the link</source>
        <translation>ein Minimum getrennter Schranken: das Wurzelgesetz von Mathis setzt periodische Verluste (zufällige ändern die Form des Fensters) und keine Timeouts voraus; nahe einem Gleichstand wirken zwei Schranken zusammen, und der Flow bleibt unter beiden; die ACK-Verzögerung nutzt das mittlere Fenster nach Mathis und lässt die Warteschlangen an den Workern und an der Verbindung außer Acht</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>actuator</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>allocate</source>
        <translation>allokieren</translation>
    </message>
    <message>
        <source>amp: a master core appends and commits every record (in groups). locked: no master; the worker that finished a write appends and syncs its own record under one lock.</source>
        <translation>amp: ein Master-Kern hängt jeden Eintrag an und schreibt ihn fest (in Gruppen). locked: kein Master; der Worker, der einen Schreibvorgang beendet hat, hängt seinen Eintrag unter einer Sperre selbst an und synchronisiert ihn.</translation>
    </message>
    <message>
        <source>amp: a master core does the serialized step for everyone. locked: no master; each worker does the step itself under one shared lock.</source>
        <translation>amp: ein Master-Kern erledigt den serialisierten Schritt für alle. locked: kein Master; jeder Worker erledigt den Schritt selbst unter einer gemeinsamen Sperre.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>arrival rate [1/s]</source>
        <translation>Ankunftsrate [1/s]</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>assumed maximum master jitter [µs]</source>
        <translation>angenommener maximaler Jitter des Masters [µs]</translation>
    </message>
    <message>
        <source>a·MSS/S_ack: one core handling every ACK.</source>
        <translation>a·MSS/S_ack: ein Kern bearbeitet jedes ACK.</translation>
    </message>
    <message>
        <source>b/(b·c + d) = 8/(8 × 0.5 + 1.5) ms = 1450 records/s: the sync&apos;s 1.5 ms is paid once per group. So 600/s is no longer beyond the master, and the window falls to 3.76 ms, better than without groups at 400/s (6.25 ms); about 1.67 records share a commit.</source>
        <translation>b/(b·c + d) = 8/(8 × 0.5 + 1.5) ms = 1450 Einträge/s: die 1.5 ms des Syncs werden einmal pro Gruppe bezahlt. Also liegen 600/s nicht mehr jenseits des Masters, und das Fenster fällt auf 3.76 ms, besser als ohne Gruppen bei 400/s (6.25 ms); etwa 1.67 Einträge teilen sich einen Commit.</translation>
    </message>
    <message>
        <source>b/(d + b·s): the most writes per second one master commits in full groups; no worker changes it (model).</source>
        <translation>b/(d + b·s): die meisten Schreibvorgänge pro Sekunde, die ein Master in vollen Gruppen festschreibt; kein Worker ändert daran etwas (Modell).</translation>
    </message>
    <message>
        <source>b/(s0 + s1·b): requests per second in full batches of b.</source>
        <translation>b/(s0 + s1·b): Anfragen pro Sekunde in vollen Batches zu b.</translation>
    </message>
    <message>
        <source>b/(s0 + s1·b): the most requests per second the accelerator answers in full batches of b (model, from the parameters).</source>
        <translation>b/(s0 + s1·b): die meisten Anfragen pro Sekunde, die der Beschleuniger in vollen Batches zu b beantwortet (Modell, aus den Parametern).</translation>
    </message>
    <message>
        <source>b: the most requests the accelerator runs in one batch; the full policy always waits for b.</source>
        <translation>b: die meisten Anfragen, die der Beschleuniger in einem Batch ausführt; die Strategie full wartet immer auf b.</translation>
    </message>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>batch size b (at most)</source>
        <translation>Batchgröße b (höchstens)</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>best fixed threshold policy</source>
        <translation>beste feste Schwellwertstrategie</translation>
    </message>
    <message>
        <source>best threshold</source>
        <translation>bester Schwellwert</translation>
    </message>
    <message>
        <source>big core</source>
        <translation>großer Kern</translation>
    </message>
    <message>
        <source>bound [µs]</source>
        <translation>Schranke [µs]</translation>
    </message>
    <message>
        <source>busiest worker&apos;s ceiling</source>
        <translation>Obergrenze des am stärksten belasteten Workers</translation>
    </message>
    <message>
        <source>c/q: the most transactions per second the workers&apos; queries allow; it grows with every worker (model).</source>
        <translation>c/q: die meisten Transaktionen pro Sekunde, die die Abfragen der Worker zulassen; sie wächst mit jedem Worker (Modell).</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>clients N</source>
        <translation>Clients N</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Kommandos</translation>
    </message>
    <message>
        <source>commit group</source>
        <translation>Commit-Gruppe</translation>
    </message>
    <message>
        <source>commit latency [ms]</source>
        <translation>Commit-Latenz [ms]</translation>
    </message>
    <message>
        <source>core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>core (privileged first)</source>
        <translation>Kern (privilegierte zuerst)</translation>
    </message>
    <message>
        <source>cwnd [segments]</source>
        <translation>cwnd [Segmente]</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>det: each step takes exactly its duration (the binomial formula is exact). exp: exponential durations with those means (the CTMC is exact).</source>
        <translation>det: jeder Schritt dauert genau seine Dauer (die Binomialformel ist exakt). exp: exponentielle Dauern mit diesen Mittelwerten (die CTMC ist exakt).</translation>
    </message>
    <message>
        <source>detection delay [ms]</source>
        <translation>Erkennungsverzögerung [ms]</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>verteilen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>drop-tail buffer</source>
        <translation>Drop-Tail-Puffer</translation>
    </message>
    <message>
        <source>durable</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>e^(−μ·T) with fixed steps; Π 1/(1 + μ·sᵢ) with exponential ones.</source>
        <translation>e^(−μ·T) bei festen Schritten; Π 1/(1 + μ·sᵢ) bei exponentiellen.</translation>
    </message>
    <message>
        <source>epsilon_greedy: the share of tasks sent to a cluster chosen by a fair coin instead of the best one learned so far.</source>
        <translation>epsilon_greedy: der Anteil der Tasks, die an einen per fairem Münzwurf gewählten Cluster gehen statt an den bisher als besten gelernten.</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2).</source>
        <translation>exp (cv 1), det (cv 0) oder lognormal (cv 2).</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2). Only exp makes the master&apos;s input exactly Poisson (Burke).</source>
        <translation>exp (cv 1), det (cv 0) oder lognormal (cv 2). Nur mit exp ist die Eingabe des Masters exakt ein Poisson-Strom (Burke).</translation>
    </message>
    <message>
        <source>exp (cv 1), det (cv 0) or lognormal (cv 2). Only exp makes the model exact: the writes then reach the master as a Poisson stream (Burke).</source>
        <translation>exp (cv 1), det (cv 0) oder lognormal (cv 2). Nur mit exp ist das Modell exakt: die Schreibvorgänge erreichen den Master dann als Poisson-Strom (Burke).</translation>
    </message>
    <message>
        <source>exp: exponential signing times, for which the MVA is exact. det: constant ones, as real signing nearly is; the MVA is then an approximation, worst near the knee.</source>
        <translation>exp: exponentielle Signierzeiten, für die die MVA exakt ist. det: konstante, wie echtes Signieren es nahezu ist; die MVA ist dann eine Näherung, am schlechtesten nahe dem Knick.</translation>
    </message>
    <message>
        <source>fast cluster</source>
        <translation>schneller Cluster</translation>
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
        <translation>voll: Stop the World</translation>
    </message>
    <message>
        <source>full: wait for b requests; greedy: take what waits, up to b, as soon as the accelerator is free; timeout: wait up to batch_timeout_ms for b, then take what waits.</source>
        <translation>full: auf b Anfragen warten; greedy: nehmen, was wartet, bis zu b, sobald der Beschleuniger frei ist; timeout: bis zu batch_timeout_ms auf b warten, dann nehmen, was wartet.</translation>
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
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>handler (own J + w)</source>
        <translation>Handler (eigenes J + w)</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>heap − live.</source>
        <translation>heap − live.</translation>
    </message>
    <message>
        <source>heap/(sweep·s) at the chosen placement&apos;s speed s.</source>
        <translation>heap/(sweep·s) bei der Geschwindigkeit s der gewählten Platzierung.</translation>
    </message>
    <message>
        <source>heartbeats</source>
        <translation>Heartbeats</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>journal lock</source>
        <translation>Journal-Sperre</translation>
    </message>
    <message>
        <source>journal record</source>
        <translation>Journal-Eintrag</translation>
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
        <translation>k: die Worker verdächtigen den Master, wenn k fällige Heartbeats in Folge ausblieben.</translation>
    </message>
    <message>
        <source>largest ε within the budget</source>
        <translation>größtes ε innerhalb des Budgets</translation>
    </message>
    <message>
        <source>latency [ms]</source>
        <translation>Latenz [ms]</translation>
    </message>
    <message>
        <source>latency [µs]</source>
        <translation>Latenz [µs]</translation>
    </message>
    <message>
        <source>latency overhead [ms]</source>
        <translation>Latenz-Overhead [ms]</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>link bound</source>
        <translation>Schranke der Verbindung</translation>
    </message>
    <message>
        <source>little cores N</source>
        <translation>kleine Kerne N</translation>
    </message>
    <message>
        <source>littles</source>
        <translation>kleine Kerne</translation>
    </message>
    <message>
        <source>live/(mark·s) at the chosen placement&apos;s speed s.</source>
        <translation>live/(mark·s) bei der Geschwindigkeit s der gewählten Platzierung.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>locked: the hand-over folded into an exponential step (the simulation adds it as a constant)</source>
        <translation>locked: die Übergabe wird in einen exponentiellen Schritt eingerechnet (die Simulation addiert sie als Konstante)</translation>
    </message>
    <message>
        <source>log (fsync)</source>
        <translation>Log (fsync)</translation>
    </message>
    <message>
        <source>log device</source>
        <translation>Log-Gerät</translation>
    </message>
    <message>
        <source>loss bound (Mathis)</source>
        <translation>Verlustschranke (Mathis)</translation>
    </message>
    <message>
        <source>m: workers that must stay alive until the last step ends; below it the shutdown fails.</source>
        <translation>m: Worker, die bis zum Ende des letzten Schritts leben müssen; darunter scheitert das Herunterfahren.</translation>
    </message>
    <message>
        <source>makespan [s]</source>
        <translation>Makespan [s]</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>master bound</source>
        <translation>Schranke des Masters</translation>
    </message>
    <message>
        <source>master speed needed [×]</source>
        <translation>benötigte Master-Geschwindigkeit [×]</translation>
    </message>
    <message>
        <source>master time per ACK [µs]</source>
        <translation>Master-Zeit pro ACK [µs]</translation>
    </message>
    <message>
        <source>master&apos;s ceiling 1/steer</source>
        <translation>Obergrenze des Masters 1/steer</translation>
    </message>
    <message>
        <source>max(D, N·D − Z): the response time&apos;s asymptotes.</source>
        <translation>max(D, N·D − Z): die Asymptoten der Antwortzeit.</translation>
    </message>
    <message>
        <source>max(Z + D, N·D): what a closed loop with constant times settles at (the MVA lies above it).</source>
        <translation>max(Z + D, N·D): worauf sich eine geschlossene Schleife mit konstanten Zeiten einpendelt (die MVA liegt darüber).</translation>
    </message>
    <message>
        <source>max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ: neither the master&apos;s dispatching nor the workers&apos; share goes faster.</source>
        <translation>max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ: weder das Verteilen durch den Master noch der Anteil der Worker geht schneller.</translation>
    </message>
    <message>
        <source>mean commit latency [ms]</source>
        <translation>mittlere Commit-Latenz [ms]</translation>
    </message>
    <message>
        <source>mean consistency window [ms]</source>
        <translation>mittleres Konsistenzfenster [ms]</translation>
    </message>
    <message>
        <source>mean latency [ms]</source>
        <translation>mittlere Latenz [ms]</translation>
    </message>
    <message>
        <source>mean latency in window [ms]</source>
        <translation>mittlere Latenz im Fenster [ms]</translation>
    </message>
    <message>
        <source>mean pause [ms]</source>
        <translation>mittlere Pause [ms]</translation>
    </message>
    <message>
        <source>mean regret per task so far [ms]</source>
        <translation>bisheriger mittlerer Regret pro Task [ms]</translation>
    </message>
    <message>
        <source>mean response [ms]</source>
        <translation>mittlere Antwortzeit [ms]</translation>
    </message>
    <message>
        <source>mean sojourn [ms]</source>
        <translation>mittlere Verweilzeit [ms]</translation>
    </message>
    <message>
        <source>mean sojourn in window [ms]</source>
        <translation>mittlere Verweilzeit im Fenster [ms]</translation>
    </message>
    <message>
        <source>migration, one way [µs]</source>
        <translation>Migration, eine Richtung [µs]</translation>
    </message>
    <message>
        <source>min(N/(D + Z), 1/D): the asymptotes.</source>
        <translation>min(N/(D + Z), 1/D): die Asymptoten.</translation>
    </message>
    <message>
        <source>minimum mutator utilization</source>
        <translation>minimale Mutator-Auslastung</translation>
    </message>
    <message>
        <source>misses before acting k</source>
        <translation>Fehlschläge bis zum Eingreifen k</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>mutators</source>
        <translation>Mutatoren</translation>
    </message>
    <message>
        <source>n: worker cores alive when the master dies; every one runs each protocol step.</source>
        <translation>n: Worker-Kerne, die leben, wenn der Master stirbt; jeder führt jeden Protokollschritt aus.</translation>
    </message>
    <message>
        <source>non-exponential queries: the read side by the M/G/c approximation, and the writes reach the master as a stream that is treated as Poisson</source>
        <translation>nicht exponentielle Abfragen: die Leseseite mit der M/G/c-Näherung, und die Schreibvorgänge erreichen den Master als Strom, der als Poisson-Strom behandelt wird</translation>
    </message>
    <message>
        <source>n·MSS/S_seg.</source>
        <translation>n·MSS/S_seg.</translation>
    </message>
    <message>
        <source>on/off bursts</source>
        <translation>An/Aus-Schübe</translation>
    </message>
    <message>
        <source>on/off input is burstier than Poisson: the M/D/1 wait is a lower estimate</source>
        <translation>An/Aus-Eingabe ist stoßartiger als Poisson: die M/D/1-Wartezeit ist eine untere Schätzung</translation>
    </message>
    <message>
        <source>p99 of the window: exponential tail of the wait</source>
        <translation>p99 des Fensters: exponentieller Ausläufer der Wartezeit</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>packets per second</source>
        <translation>Pakete pro Sekunde</translation>
    </message>
    <message>
        <source>packets per second steered to the worker</source>
        <translation>an den Worker verteilte Pakete pro Sekunde</translation>
    </message>
    <message>
        <source>packets waiting</source>
        <translation>wartende Pakete</translation>
    </message>
    <message>
        <source>path ←</source>
        <translation>Pfad ←</translation>
    </message>
    <message>
        <source>path →</source>
        <translation>Pfad →</translation>
    </message>
    <message>
        <source>pause [ms]</source>
        <translation>Pause [ms]</translation>
    </message>
    <message>
        <source>payload checksummed</source>
        <translation>Nutzdaten geprüft</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
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
        <translation>poisson: unabhängige Ankünfte; onoff: Schübe, exponentielle An- und Aus-Phasen von je 1 ms Mittelwert, während der An-Phase Poisson mit doppelter Rate (dieselbe mittlere Rate).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privilegiert</translation>
    </message>
    <message>
        <source>privileged cores</source>
        <translation>privilegierte Kerne</translation>
    </message>
    <message>
        <source>privileged_quanta over the quanta run: k/n in symmetric, 0 in amp.</source>
        <translation>privileged_quanta geteilt durch die gelaufenen Quanten: k/n bei symmetric, 0 bei amp.</translation>
    </message>
    <message>
        <source>quanta per untrusted task</source>
        <translation>Quanten pro nicht vertrauenswürdiger Task</translation>
    </message>
    <message>
        <source>quantum</source>
        <translation>Quantum</translation>
    </message>
    <message>
        <source>quick_latency_ms is the formation wait plus Kingman&apos;s approximation; the latency itself is exact</source>
        <translation>quick_latency_ms ist die Wartezeit bis zur Bildung des Batches plus Kingmans Näherung; die Latenz selbst ist exakt</translation>
    </message>
    <message>
        <source>random: a fair coin per task; round_robin: the clusters in turn; jsq: the cluster with fewer tasks per core; always_fast: never the slow cluster; threshold: slow when the fast cluster holds at least `threshold` more tasks; epsilon_greedy and ucb: learn from each task&apos;s response time.</source>
        <translation>random: ein fairer Münzwurf pro Task; round_robin: die Cluster abwechselnd; jsq: der Cluster mit weniger Tasks pro Kern; always_fast: nie der langsame Cluster; threshold: langsam, wenn der schnelle Cluster mindestens `threshold` Tasks mehr hält; epsilon_greedy und ucb: lernen aus der Antwortzeit jeder Task.</translation>
    </message>
    <message>
        <source>read latency [ms]</source>
        <translation>Leselatenz [ms]</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>records per commit (at most)</source>
        <translation>Einträge pro Commit (höchstens)</translation>
    </message>
    <message>
        <source>records waiting</source>
        <translation>wartende Einträge</translation>
    </message>
    <message>
        <source>reordered [%] · imbalance [max/mean]</source>
        <translation>umgeordnet [%] · Ungleichgewicht [max/Mittel]</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>requests per batch</source>
        <translation>Anfragen pro Batch</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>requests waiting</source>
        <translation>wartende Anfragen</translation>
    </message>
    <message>
        <source>residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>response [ms]</source>
        <translation>Antwortzeit [ms]</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <source>round trip with the master&apos;s queue</source>
        <translation>Umlauf mit der Warteschlange des Masters</translation>
    </message>
    <message>
        <source>round_robin</source>
        <translation>round_robin</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>row of the task set</source>
        <translation>Zeile der Task-Menge</translation>
    </message>
    <message>
        <source>rss_hash</source>
        <translation>rss_hash</translation>
    </message>
    <message>
        <source>rss_hash: 1/(process × the busiest worker&apos;s share of packets); not monotone in the number of workers.</source>
        <translation>rss_hash: 1/(process × Paketanteil des am stärksten belasteten Workers); nicht monoton in der Anzahl der Worker.</translation>
    </message>
    <message>
        <source>rss_hash: a Toeplitz hash of the 5-tuple picks the worker (a flow always lands on the same one); round_robin: packets in turn; jsq: the worker with the fewest packets; flowlet: a flow keeps its worker until it pauses for 4 × process_us, then moves to the least loaded one.</source>
        <translation>rss_hash: ein Toeplitz-Hash des 5-Tupels wählt den Worker (ein Flow landet immer beim selben); round_robin: Pakete abwechselnd; jsq: der Worker mit den wenigsten Paketen; flowlet: ein Flow behält seinen Worker, bis er für 4 × process_us pausiert, und wechselt dann zum am wenigsten belasteten.</translation>
    </message>
    <message>
        <source>r·(τ + ρ): the part no worker helps with.</source>
        <translation>r·(τ + ρ): der Teil, bei dem kein Worker hilft.</translation>
    </message>
    <message>
        <source>s0: what a batch costs whatever its size (a launch, streaming the weights). Real mode measures the network&apos;s own s0 and shows it; the model is then also evaluated at it.</source>
        <translation>s0: was ein Batch unabhängig von seiner Größe kostet (ein Start, das Streamen der Gewichte). Der reale Modus misst das eigene s0 des Netzes und zeigt es; das Modell wird dann auch dort ausgewertet.</translation>
    </message>
    <message>
        <source>s1: what each request of a batch adds (its arithmetic). A batch of k costs s0 + s1·k. Real mode measures the network&apos;s own s1.</source>
        <translation>s1: was jede Anfrage eines Batches hinzufügt (ihre Arithmetik). Ein Batch aus k kostet s0 + s1·k. Der reale Modus misst das eigene s1 des Netzes.</translation>
    </message>
    <message>
        <source>s: 1, big_factor or threads·(1 − overhead).</source>
        <translation>s: 1, big_factor oder threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>safe state</source>
        <translation>sicherer Zustand</translation>
    </message>
    <message>
        <source>segments the window allows</source>
        <translation>Segmente, die das Fenster erlaubt</translation>
    </message>
    <message>
        <source>serialized step</source>
        <translation>serialisierter Schritt</translation>
    </message>
    <message>
        <source>share of pauses</source>
        <translation>Anteil der Pausen</translation>
    </message>
    <message>
        <source>share of the makespan</source>
        <translation>Anteil am Makespan</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>shared: one FIFO queue for all workers; per_worker_rr: one queue per worker, filled round robin; per_worker_jsq: one queue per worker, the master picks the shortest.</source>
        <translation>shared: eine FIFO-Warteschlange für alle Worker; per_worker_rr: eine Warteschlange pro Worker, reihum gefüllt; per_worker_jsq: eine Warteschlange pro Worker, der Master wählt die kürzeste.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>signatures per second</source>
        <translation>Signaturen pro Sekunde</translation>
    </message>
    <message>
        <source>slow cluster</source>
        <translation>langsamer Cluster</translation>
    </message>
    <message>
        <source>small cores</source>
        <translation>kleine Kerne</translation>
    </message>
    <message>
        <source>sojourn [ms]</source>
        <translation>Verweilzeit [ms]</translation>
    </message>
    <message>
        <source>speedup W/T</source>
        <translation>Speedup W/T</translation>
    </message>
    <message>
        <source>speedup over local</source>
        <translation>Speedup gegenüber lokal</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>state (size × fast bucket × slow bucket: the q_table output)</source>
        <translation>Zustand (Größe × Fach schnell × Fach langsam: die Ausgabe q_table)</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>symmetric: any quantum may run on any core. amp: untrusted tasks run only on the small cores, never on a privileged one.</source>
        <translation>symmetric: jedes Quantum darf auf jedem Kern laufen. amp: nicht vertrauenswürdige Tasks laufen nur auf den kleinen Kernen, nie auf einem privilegierten.</translation>
    </message>
    <message>
        <source>task time [µs]</source>
        <translation>Taskzeit [µs]</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>tasks N</source>
        <translation>Tasks N</translation>
    </message>
    <message>
        <source>tasks r</source>
        <translation>Tasks r</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (UCB&apos;s exploration, which shrinks like ln n/n, left out), in a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>die gelernte Strategie als gierige Wahl nach der eigenen erwarteten Antwortzeit jeder Task (die Exploration von UCB, die wie ln n/n schrumpft, bleibt außen vor), in einer CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Größen mit (1 + cs²)/2 skaliert ist; der diskretisierte Zustand des Agenten und seine Lernphase bleiben außen vor</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (with probability ε a coin), in a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>die gelernte Strategie als gierige Wahl nach der eigenen erwarteten Antwortzeit jeder Task (mit Wahrscheinlichkeit ε ein Münzwurf), in einer CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Größen mit (1 + cs²)/2 skaliert ist; der diskretisierte Zustand des Agenten und seine Lernphase bleiben außen vor</translation>
    </message>
    <message>
        <source>the master&apos;s input is the workers&apos; departure stream, Poisson only for exponential data work (Burke); here it is treated as Poisson</source>
        <translation>die Eingabe des Masters ist der Abgangsstrom der Worker, ein Poisson-Strom nur bei exponentieller Datenarbeit (Burke); hier wird sie als Poisson behandelt</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/1/K die Verluste</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; flowlet modelled as an even split; sticky elephant flows make it less even</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/1/K die Verluste; flowlet als gleichmäßige Aufteilung modelliert; hartnäckige Elefanten-Flows machen sie ungleichmäßiger</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; jsq modelled as one pooled M/M/W/(W·K) queue</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/1/K die Verluste; jsq als eine gemeinsame M/M/W/(W·K)-Warteschlange modelliert</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; non-exponential processing modelled as exponential (M/M/1/K)</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/1/K die Verluste; nicht exponentielle Verarbeitung als exponentiell modelliert (M/M/1/K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/1/K overstates drops; round_robin: each worker gets every W-th packet, far more regular than Poisson; M/M/1/K with λ/W overstates drops and waits</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/1/K die Verluste; round_robin: jeder Worker bekommt jedes W-te Paket, weit regelmäßiger als Poisson; M/M/1/K mit λ/W überschätzt Verluste und Wartezeiten</translation>
    </message>
    <message>
        <source>threads·(1 − overhead).</source>
        <translation>threads·(1 − overhead).</translation>
    </message>
    <message>
        <source>throughput [Mbit/s]</source>
        <translation>Durchsatz [Mbit/s]</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>time [s]</source>
        <translation>Zeit [s]</translation>
    </message>
    <message>
        <source>time to safe [ms]</source>
        <translation>Zeit bis sicher [ms]</translation>
    </message>
    <message>
        <source>to big</source>
        <translation>zum großen Kern</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>ucb: the bonus c·√(ln N/n) in ms subtracted from an action&apos;s learned response time; larger explores more.</source>
        <translation>ucb: der Bonus c·√(ln N/n) in ms, der von der gelernten Antwortzeit einer Aktion abgezogen wird; größer exploriert mehr.</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>vector fraction f</source>
        <translation>Vektoranteil f</translation>
    </message>
    <message>
        <source>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ gives w = 300 µs (row 1 preempts it once), and R = J + w with J = 200 µs of release jitter (the master&apos;s): 500 µs. The end-to-end bound adds the IPC and the actuator: 530 µs.</source>
        <translation>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ ergibt w = 300 µs (Zeile 1 verdrängt ihn einmal), und R = J + w mit J = 200 µs Release-Jitter (dem des Masters): 500 µs. Die Ende-zu-Ende-Schranke addiert IPC und Aktor: 530 µs.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>window [ms]</source>
        <translation>Fenster [ms]</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>worker 0</source>
        <translation>Worker 0</translation>
    </message>
    <message>
        <source>worker 1</source>
        <translation>Worker 1</translation>
    </message>
    <message>
        <source>worker 2</source>
        <translation>Worker 2</translation>
    </message>
    <message>
        <source>worker 3</source>
        <translation>Worker 3</translation>
    </message>
    <message>
        <source>worker 4</source>
        <translation>Worker 4</translation>
    </message>
    <message>
        <source>worker 5</source>
        <translation>Worker 5</translation>
    </message>
    <message>
        <source>worker 6</source>
        <translation>Worker 6</translation>
    </message>
    <message>
        <source>worker 7</source>
        <translation>Worker 7</translation>
    </message>
    <message>
        <source>worker 7 (hash imbalance)</source>
        <translation>Worker 7 (Hash-Ungleichgewicht)</translation>
    </message>
    <message>
        <source>worker failure rate μ [1/s]</source>
        <translation>Ausfallrate der Worker μ [1/s]</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>workers bound</source>
        <translation>Schranke der Worker</translation>
    </message>
    <message>
        <source>workers p</source>
        <translation>Worker p</translation>
    </message>
    <message>
        <source>workers&apos; ceiling W/process</source>
        <translation>Obergrenze der Worker W/process</translation>
    </message>
    <message>
        <source>workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)</source>
        <translation>Worker: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)</translation>
    </message>
    <message>
        <source>workers: Kingman G/G/1 per worker with round-robin arrivals (SCV c_a²/c)</source>
        <translation>Worker: Kingman G/G/1 pro Worker mit Round-Robin-Ankünften (SCV c_a²/c)</translation>
    </message>
    <message>
        <source>workers: join-the-shortest-queue ≈ shared queue (Erlang C, Allen–Cunneen); slightly optimistic</source>
        <translation>Worker: Join-the-Shortest-Queue ≈ gemeinsame Warteschlange (Erlang C, Allen–Cunneen); leicht optimistisch</translation>
    </message>
    <message>
        <source>worst case [µs]</source>
        <translation>schlechtester Fall [µs]</translation>
    </message>
    <message>
        <source>worst seen [µs]</source>
        <translation>schlechtester beobachteter Wert [µs]</translation>
    </message>
    <message>
        <source>write rate [1/s]</source>
        <translation>Schreibrate [1/s]</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>writes per commit (at most)</source>
        <translation>Schreibvorgänge pro Commit (höchstens)</translation>
    </message>
    <message>
        <source>½·√(W/(τ + ρ)) with one task per worker, at p*.</source>
        <translation>½·√(W/(τ + ρ)) mit einer Task pro Worker, bei p*.</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Σ sᵢ: the steps&apos; durations (means with exp steps).</source>
        <translation>Σ sᵢ: die Dauern der Schritte (Mittelwerte bei exp-Schritten).</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>μ: each worker fails at this rate during the shutdown (exponential times, no repair).</source>
        <translation>μ: jeder Worker fällt während des Herunterfahrens mit dieser Rate aus (exponentielle Zeiten, keine Reparatur).</translation>
    </message>
    <message>
        <source>ρ at the master is 0.95, so its wait is ρ/(μ−λ) = 1900 ms: the knee of the curve. With its 100 ms of service a request spends 2000 ms at the master; the question asked for the wait alone. The workers, at 0.633, still have room.</source>
        <translation>ρ am Master ist 0.95, also ist seine Wartezeit ρ/(μ−λ) = 1900 ms: der Knick der Kurve. Mit ihren 100 ms Bedienung verbringt eine Anfrage 2000 ms am Master; gefragt war nur die Wartezeit. Die Worker haben bei 0.633 noch Luft.</translation>
    </message>
    <message>
        <source>ℓ: probability that one heartbeat is lost on its way (each independently). Below 1: a master whose every beat is lost cannot be told from a dead one.</source>
        <translation>ℓ: Wahrscheinlichkeit, dass ein Heartbeat unterwegs verloren geht (jeder unabhängig). Unter 1: ein Master, dessen Heartbeats alle verloren gehen, ist von einem toten nicht zu unterscheiden.</translation>
    </message>
    <message>
        <source>√(W/(τ + ρ)) with one task per worker: more workers cost more dispatching than they save.</source>
        <translation>√(W/(τ + ρ)) mit einer Task pro Worker: mehr Worker kosten mehr Verteilen, als sie einsparen.</translation>
    </message>
    <message>
        <source>⌊λ·s0/(1 − λ·s1)⌋ + 1: below this batch size the accelerator cannot keep up (model, from the parameters).</source>
        <translation>⌊λ·s0/(1 − λ·s1)⌋ + 1: unterhalb dieser Batchgröße kann der Beschleuniger nicht Schritt halten (Modell, aus den Parametern).</translation>
    </message>
    <message>
        <source>⌊λ·s0/(1 − λ·s1)⌋ + 1: the smallest b with λ·s(b)/b &lt; 1.</source>
        <translation>⌊λ·s0/(1 − λ·s1)⌋ + 1: das kleinste b mit λ·s(b)/b &lt; 1.</translation>
    </message>
    <message>
        <source>%1 little cores, each losing a share %2 of its time to coordination, collect at %3× a little core: %4 ms, against %5 ms on the big core. Several little cores can beat one big core, if the work splits and the coordination stays small.</source>
        <translation>%1 kleine Kerne, die jeweils einen Anteil %2 ihrer Zeit an die Koordination verlieren, sammeln mit %3× der Geschwindigkeit eines kleinen Kerns: %4 ms gegenüber %5 ms auf dem großen Kern. Mehrere kleine Kerne können einen großen schlagen, wenn sich die Arbeit aufteilen lässt und die Koordination gering bleibt.</translation>
    </message>
    <message>
        <source>%1 when response-time analysis finds every task&apos;s worst case within its deadline, %2 when some task has no fixed point below its deadline (an answer, not an error).</source>
        <translation>%1, wenn die Antwortzeitanalyse für jede Task eine Worst-Case-Antwortzeit innerhalb ihrer Deadline findet; %2, wenn eine Task keinen Fixpunkt unterhalb ihrer Deadline hat (eine Antwort, kein Fehler).</translation>
    </message>
    <message>
        <source>%1 when the database, re-opened after the run, holds the same total balance as at the start, passes SQLite&apos;s integrity check and has every acknowledged commit; %2 otherwise.</source>
        <translation>%1, wenn die nach dem Lauf wieder geöffnete Datenbank denselben Gesamtsaldo wie zu Beginn hat, die Integritätsprüfung von SQLite besteht und jeden bestätigten Commit enthält; sonst %2.</translation>
    </message>
    <message>
        <source>%1 − (%2 − u·q)^N: what no placement removes.</source>
        <translation>%1 − (%2 − u·q)^N: was keine Platzierung beseitigt.</translation>
    </message>
    <message>
        <source>%1 − (%2 − v·share)^quanta·(%3 − q).</source>
        <translation>%1 − (%2 − v·share)^quanta·(%3 − q).</translation>
    </message>
    <message>
        <source>%1 − W / (p · makespan): the share of the workers&apos; time spent waiting.</source>
        <translation>%1 − W / (p · makespan): der Anteil der Zeit, in dem die Worker warten.</translation>
    </message>
    <message>
        <source>%1/(d + s): one fsync per write.</source>
        <translation>%1/(d + s): ein fsync pro Schreibvorgang.</translation>
    </message>
    <message>
        <source>%1/S of the serializing station (the master&apos;s step with its hand-off, or the lock&apos;s step with its mean hand-over): no number of workers lifts throughput above it.</source>
        <translation>%1/S der serialisierenden Station (der Schritt des Masters mit seiner Übergabe oder der Schritt unter der Sperre mit seiner mittleren Übergabezeit): keine Anzahl von Workern hebt den Durchsatz darüber.</translation>
    </message>
    <message>
        <source>%1/s1: what no batch size can exceed.</source>
        <translation>%1/s1: was keine Batchgröße übertreffen kann.</translation>
    </message>
    <message>
        <source>%1: the receiver acknowledges every segment; %2: every second one (delayed ACKs, %3 ms timer).</source>
        <translation>%1: der Empfänger bestätigt jedes Segment; %2: jedes zweite (verzögerte ACKs, %3-ms-Timer).</translation>
    </message>
    <message>
        <source>%1·budget/Δ (at most %2).</source>
        <translation>%1·budget/Δ (höchstens %2).</translation>
    </message>
    <message>
        <source>%1·h / (T·(%2 − %3/(w·b))): where local and offload meet when nobody else uses the big core.</source>
        <translation>%1·h / (T·(%2 − %3/(w·b))): wo lokale Ausführung und Auslagern gleichauf liegen, solange niemand sonst den großen Kern nutzt.</translation>
    </message>
    <message>
        <source>%1×: journal_cpu_ms must drop to %2 ms. The device&apos;s %3 ms is not sped up: the other way to meet the bound is a faster device, at most %4 ms per commit with this master.</source>
        <translation>%1×: journal_cpu_ms muss auf %2 ms sinken. Die %3 ms des Geräts werden nicht schneller: der andere Weg, die Schranke einzuhalten, ist ein schnelleres Gerät, mit diesem Master höchstens %4 ms pro Commit.</translation>
    </message>
    <message>
        <source>(%1 + c_s²)/%2 of the serialized step: how much its variability multiplies the wait (%3 for exponential).</source>
        <translation>(%1 + c_s²)/%2 des serialisierten Schritts: um wie viel seine Streuung die Wartezeit vervielfacht (%3 bei exponentieller Verteilung).</translation>
    </message>
    <message>
        <source>(%1 − f)·T = %2 µs stay on the little, the vector part takes f·T/(w·b) = %3 µs on the big core, and the two hand-offs add %4·h: %5 µs against %6 µs local. The break-even is now f* = %7.</source>
        <translation>(%1 − f)·T = %2 µs bleiben auf dem kleinen Kern, der Vektorteil braucht f·T/(w·b) = %3 µs auf dem großen Kern, und die zwei Übergaben addieren %4·h: %5 µs gegenüber %6 µs lokal. Der Break-even liegt jetzt bei f* = %7.</translation>
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
        <translation>(b − %1)/(%2λ), bis der Batch voll ist, plus Kingmans Wartezeit für die E_b/D/%3-Warteschlange des Beschleunigers, plus s(b) (Näherung).</translation>
    </message>
    <message>
        <source>(ε/%1)·Δ = %2/%3 × %4 ms = %5 ms; the largest ε within %6 ms is %7. Exercise %8 shows why to stay below it: the first-order rule ignores the queueing, which grows with the load.</source>
        <translation>(ε/%1)·Δ = %2/%3 × %4 ms = %5 ms; das größte ε innerhalb von %6 ms ist %7. Übung %8 zeigt, warum man darunter bleiben sollte: die Regel erster Ordnung ignoriert die Warteschlange, die mit der Last wächst.</translation>
    </message>
    <message>
        <source>A batch of b must take no longer than the b requests take to arrive: s0 + s1·b &lt; b/λ, so b &gt; λ·s0/(%1 − λ·s1) = %2, and the smallest such whole b is %3. Below it the queue grows without bound, whatever the policy.</source>
        <translation>Ein Batch aus b darf nicht länger dauern, als die b Anfragen zum Ankommen brauchen: s0 + s1·b &lt; b/λ, also b &gt; λ·s0/(%1 − λ·s1) = %2, und das kleinste solche ganzzahlige b ist %3. Darunter wächst die Warteschlange unbegrenzt, welche Strategie auch immer gilt.</translation>
    </message>
    <message>
        <source>A false alarm starts where a received beat is followed by k lost ones: (%1 − ℓ)·ℓ^k = %2 per interval, %3 per hour at one beat every %4 ms. One more miss divides it by %5/ℓ; the detection grows by H. The same losses also shorten the detection: %6 ms against %7 ms at the defaults.</source>
        <translation>Ein Fehlalarm beginnt, wo auf einen empfangenen Heartbeat k verlorene folgen: (%1 − ℓ)·ℓ^k = %2 pro Intervall, %3 pro Stunde bei einem Heartbeat alle %4 ms. Ein Fehlschlag mehr teilt das durch %5/ℓ; die Erkennung wächst um H. Dieselben Verluste verkürzen auch die Erkennung: %6 ms gegenüber %7 ms bei den Voreinstellungen.</translation>
    </message>
    <message>
        <source>A full group of b writes costs d + b·s = %1 + %2 × %3 ms, so the master commits at most b/(d + b·s) = %4 writes/s. One write per commit would give %5/(d + s) = %6: group commit multiplies the ceiling because the fsync is paid once per group. No number of workers changes either figure.</source>
        <translation>Eine volle Gruppe aus b Schreibvorgängen kostet d + b·s = %1 + %2 × %3 ms, also schreibt der Master höchstens b/(d + b·s) = %4 Schreibvorgänge/s fest. Ein Schreibvorgang pro Commit ergäbe %5/(d + s) = %6: Group Commit vervielfacht die Obergrenze, weil das fsync einmal pro Gruppe bezahlt wird. Keine Zahl von Workern ändert einen der beiden Werte.</translation>
    </message>
    <message>
        <source>A lossy link: hb_loss = %1. Predict the false alarms per hour (k beats lost in a row while the master lives); a simulation grades it.</source>
        <translation>Eine verlustbehaftete Verbindung: hb_loss = %1. Sagen Sie die Fehlalarme pro Stunde voraus (k Heartbeats in Folge verloren, während der Master lebt); eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>A master or a lock? Take a serialized step of %1 ms and %2 workers of %3 ms, exponential. The master hands each request to a sleeping worker in %4 µs; the lock costs %5 µs when it changes core. Up to which arrival rate (requests/s) does the locked design give the shorter mean sojourn? (The design_compare chart shows both designs at one load.)</source>
        <translation>Master oder Sperre? Nehmen Sie einen serialisierten Schritt von %1 ms und %2 Worker mit %3 ms, exponentiell verteilt. Der Master übergibt jede Anfrage in %4 µs an einen schlafenden Worker; die Sperre kostet %5 µs, wenn sie den Kern wechselt. Bis zu welcher Ankunftsrate (Anfragen/s) liefert das Design mit Sperre die kürzere mittlere Verweilzeit? (Das Diagramm design_compare zeigt beide Designs bei einer Last.)</translation>
    </message>
    <message>
        <source>At %1 pkt/s with %2 workers hardly a packet is lost. Add one worker, %3 in all. Predict the drop rate of the simulated system (a fraction: %4 is 1%).</source>
        <translation>Bei %1 pkt/s und %2 Workern geht kaum ein Paket verloren. Fügen Sie einen Worker hinzu, %3 insgesamt. Sagen Sie die Verlustrate des simulierten Systems voraus (als Anteil: %4 sind 1%).</translation>
    </message>
    <message>
        <source>At b = %1 a request waits (b − %2)/(%3λ) on average for its batch to fill, queues behind a busy accelerator (it is %4 busy) and rides its batch: %5 ms (the quick estimate says %6). At b = %7 filling takes longer: %8 ms. The lowest latency is at b = %9, just above b_min = %10.</source>
        <translation>Bei b = %1 wartet eine Anfrage im Mittel (b − %2)/(%3λ), bis ihr Batch voll ist, steht hinter einem beschäftigten Beschleuniger an (er ist zu %4 ausgelastet) und fährt in ihrem Batch mit: %5 ms (die schnelle Schätzung sagt %6). Bei b = %7 dauert das Füllen länger: %8 ms. Die niedrigste Latenz liegt bei b = %9, knapp über b_min = %10.</translation>
    </message>
    <message>
        <source>At light load the lock is free when a worker asks, and changes core only when the other worker held it last: the step takes %1 ms on average against %2 ms at the master, whose hand-off is paid on every request. Under load the lock passes from one waiting worker to the other every time, the full transfer, and a worker waiting for it takes no new request. The mean sojourn times cross at %3 requests/s: at %4/s the lock gives %5 ms against %6 ms, at %7/s %8 ms against %9 ms. A simulation at either load agrees; the model folds the constant transfer into an exponential phase of the same mean.</source>
        <translation>Bei geringer Last ist die Sperre frei, wenn ein Worker sie anfordert, und wechselt den Kern nur, wenn der andere Worker sie zuletzt hielt: der Schritt dauert im Mittel %1 ms gegenüber %2 ms am Master, dessen Übergabe bei jeder Anfrage anfällt. Unter Last geht die Sperre jedes Mal von einem wartenden Worker zum anderen, die volle Übergabe, und ein Worker, der auf sie wartet, nimmt keine neue Anfrage an. Die mittleren Verweilzeiten kreuzen sich bei %3 Anfragen/s: bei %4/s liefert die Sperre %5 ms gegenüber %6 ms, bei %7/s %8 ms gegenüber %9 ms. Eine Simulation bei beiden Lasten stimmt zu; das Modell fasst die konstante Übergabe als exponentielle Phase gleichen Mittelwerts auf.</translation>
    </message>
    <message>
        <source>At the defaults (%1 live objects in a heap of %2, a little core marks %3 and sweeps %4 objects/ms, the big core is %5× faster), how long is a pause with the collector on the big core, in ms?</source>
        <translation>Wie lange dauert bei den Voreinstellungen (%1 lebende Objekte in einem Heap von %2, ein kleiner Kern markiert %3 und fegt %4 Objekte/ms, der große Kern ist %5× schneller) eine Pause, wenn der Collector auf dem großen Kern läuft, in ms?</translation>
    </message>
    <message>
        <source>At the defaults (T = %1 µs, w = %2, b = %3, h = %4 µs, one little), above which vector fraction does offloading the vector part pay?</source>
        <translation>Ab welchem Vektoranteil lohnt es sich bei den Voreinstellungen (T = %1 µs, w = %2, b = %3, h = %4 µs, ein kleiner Kern), den Vektorteil auszulagern?</translation>
    </message>
    <message>
        <source>At the defaults (W = %1 s, %2 workers, τ = %3 ms, ρ = %4 ms, equal tasks), how many tasks give the shortest makespan?</source>
        <translation>Wie viele Tasks ergeben bei den Voreinstellungen (W = %1 s, %2 Worker, τ = %3 ms, ρ = %4 ms, gleich große Tasks) den kürzesten Makespan?</translation>
    </message>
    <message>
        <source>At the defaults (a %1 Mbit/s link, %2 ms RTT, one ACK per %3-byte segment, %4 µs of master time per ACK) the master binds. Run it for real: besides each ACK&apos;s own time, the real master hands the segments an ACK releases to the workers&apos; rings, and the run reports that hand-off h per ACK (master_handoff_us_per_ack) next to the time an ACK really took (master_wall_us_per_ack). Predict the throughput in Mbit/s.</source>
        <translation>Bei den Voreinstellungen (eine Verbindung mit %1 Mbit/s, %2 ms RTT, ein ACK pro %3-Byte-Segment, %4 µs Master-Zeit pro ACK) ist der Master der Engpass. Führen Sie es echt aus: Neben der eigenen Zeit jedes ACKs übergibt der echte Master die Segmente, die ein ACK freigibt, an die Ringe der Worker, und der Lauf meldet diese Übergabe h pro ACK (master_handoff_us_per_ack) neben der Zeit, die ein ACK tatsächlich brauchte (master_wall_us_per_ack). Sagen Sie den Durchsatz in Mbit/s voraus.</translation>
    </message>
    <message>
        <source>At the lab&apos;s s0 and s1 the model says %1 ms; the real network&apos;s own s0 and s1 differ by machine, and the verdict compares the run with the model at the measured ones. Full batches of b are (b − %2)/(%3λ) of waiting to fill, the queue, and s0 + s1·b of real arithmetic.</source>
        <translation>Bei den s0 und s1 des Labors sagt das Modell %1 ms; die eigenen s0 und s1 des echten Netzes hängen vom Rechner ab, und das Urteil vergleicht den Lauf mit dem Modell bei den gemessenen Werten. Volle Batches zu b bestehen aus (b − %2)/(%3λ) Wartezeit bis zum Füllen, der Warteschlange und s0 + s1·b echter Arithmetik.</translation>
    </message>
    <message>
        <source>Below this arrival rate the locked design has the shorter mean sojourn (a free lock changes core only now and then), above it the master (under load the lock changes core every time, and a worker waiting for it is a worker lost). %1: the master is faster at every load.</source>
        <translation>Unterhalb dieser Ankunftsrate hat das Design mit Sperre die kürzere mittlere Verweilzeit (eine freie Sperre wechselt nur ab und zu den Kern), darüber der Master (unter Last wechselt die Sperre jedes Mal den Kern, und ein Worker, der auf sie wartet, ist ein verlorener Worker). %1: der Master ist bei jeder Last schneller.</translation>
    </message>
    <message>
        <source>Best strategy (%1 local, %2 offload, %3 migrate)</source>
        <translation>Beste Strategie (%1 lokal, %2 auslagern, %3 migrieren)</translation>
    </message>
    <message>
        <source>CPU time an untrusted task may use; the master kills it past this. With quanta × %1 ms over the budget every untrusted task is killed.</source>
        <translation>CPU-Zeit, die eine nicht vertrauenswürdige Task verbrauchen darf; darüber hinaus beendet der Master sie. Liegt quanta × %1 ms über dem Budget, wird jede nicht vertrauenswürdige Task beendet.</translation>
    </message>
    <message>
        <source>Ceiling %1/D</source>
        <translation>Obergrenze %1/D</translation>
    </message>
    <message>
        <source>Coefficient of variation of a task&apos;s map time (lognormal, same mean); %1 = all tasks equal. The real engine&apos;s tasks are equal byte ranges.</source>
        <translation>Variationskoeffizient der Map-Zeit einer Task (lognormal, gleicher Mittelwert); %1 = alle Tasks gleich. Die Tasks des realen Modus sind gleich große Bytebereiche.</translation>
    </message>
    <message>
        <source>Collect on %1 little cores in parallel (overhead %2). Predict the pause in ms; a simulation grades it.</source>
        <translation>Sammeln Sie auf %1 kleinen Kernen parallel (Overhead %2). Sagen Sie die Pause in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Commands whose end-to-end latency exceeded the bound. Always %1 in the simulation; in real mode each one is Linux breaking an assumption of the bound.</source>
        <translation>Kommandos, deren Ende-zu-Ende-Latenz die Schranke überschritt. In der Simulation immer %1; im realen Modus ist jedes davon Linux, das eine Annahme der Schranke verletzt.</translation>
    </message>
    <message>
        <source>Cut the job into %1 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Teilen Sie den Job in %1 Tasks. Sagen Sie den Makespan in Sekunden voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Detection takes %1 ms on average and the steps %2 ms: %3 ms. The real detector looks for each beat a little after it is due (its grace, for the master&apos;s wake-up), and every step ends when the slowest worker has done it: the verdict shows the model with that grace.</source>
        <translation>Die Erkennung dauert im Mittel %1 ms und die Schritte %2 ms: %3 ms. Der echte Detektor schaut nach jedem Heartbeat etwas nach dessen Fälligkeit (seine Karenzzeit, für das Aufwachen des Masters), und jeder Schritt endet, wenn der langsamste Worker ihn erledigt hat: das Urteil zeigt das Modell mit dieser Karenzzeit.</translation>
    </message>
    <message>
        <source>Distinct %1-tuples (client address and port) the packets belong to.</source>
        <translation>Verschiedene %1-Tupel (Client-Adresse und Port), zu denen die Pakete gehören.</translation>
    </message>
    <message>
        <source>Each ACK now covers two segments, so the master bound doubles to %1 Mbit/s and no longer binds: the link&apos;s %2 Mbit/s does. Halving the work per byte on the serial core moved the bottleneck. The simulation delivers a few percent less than the link: a random loss soon after a halving leaves the window below the pipe and the link idles, and the workers&apos; bound (%3 Mbit/s) is only 17% above the link, so the workers queue Reno&apos;s bursts. A bound is a ceiling, not a forecast: bounds that nearly tie lose to queueing.</source>
        <translation>Jedes ACK deckt jetzt zwei Segmente ab, also verdoppelt sich die Schranke des Masters auf %1 Mbit/s und bindet nicht mehr: die %2 Mbit/s der Verbindung binden. Die Arbeit pro Byte auf dem seriellen Kern zu halbieren hat den Engpass verschoben. Die Simulation liefert einige Prozent weniger als die Verbindung: ein zufälliger Verlust kurz nach einer Halbierung lässt das Fenster unter der Leitungskapazität, und die Verbindung läuft leer; die Schranke der Worker (%3 Mbit/s) liegt nur 17% über der Verbindung, sodass sich Renos Schübe bei den Workern stauen. Eine Schranke ist eine Obergrenze, keine Vorhersage: Schranken, die fast gleichauf liegen, verlieren gegen die Warteschlange.</translation>
    </message>
    <message>
        <source>Each little hands the big core D = %1 µs of work per cycle and spends Z = (%2 − f)·T + %3·h = %4 µs elsewhere, so the big core saturates beyond N* = (Z + D)/D = %5 littles. The MVA gives %6 (big core %7 busy); with constant times the simulation queues less and settles near the bound %8 µs per task. Either way the shared big core eats part of the gain one little had: %9.</source>
        <translation>Jeder kleine Kern übergibt dem großen Kern pro Zyklus D = %1 µs Arbeit und verbringt Z = (%2 − f)·T + %3·h = %4 µs anderswo, also sättigt der große Kern jenseits von N* = (Z + D)/D = %5 kleinen Kernen. Die MVA ergibt %6 (großer Kern zu %7 ausgelastet); mit konstanten Zeiten wartet die Simulation weniger und pendelt sich nahe der Schranke von %8 µs pro Task ein. So oder so frisst der gemeinsam genutzte große Kern einen Teil des Gewinns, den ein einzelner kleiner Kern hatte: %9.</translation>
    </message>
    <message>
        <source>Each task is now only %1 s of work, but the master needs %2 ms to send each one: it sends the last one after r·τ, and then merges for r·ρ. The master&apos;s serial part, %3 s, dominates: makespan %4 s, master utilization %5.</source>
        <translation>Jede Task ist jetzt nur noch %1 s Arbeit, aber der Master braucht %2 ms, um jede zu verschicken: er schickt die letzte nach r·τ und führt dann r·ρ lang zusammen. Der serielle Teil des Masters, %3 s, dominiert: Makespan %4 s, Auslastung des Masters %5.</translation>
    </message>
    <message>
        <source>Each untrusted quantum lands on a privileged core with probability k/n = %1, so one untrusted task escalates with probability %2 − (%3 − v·k/n)^quanta·(%4 − q) = %5. A task is untrusted with probability u, so P = %6 − (%7 − u·%8)^N = %9.</source>
        <translation>Jedes nicht vertrauenswürdige Quantum landet mit Wahrscheinlichkeit k/n = %1 auf einem privilegierten Kern, also weitet eine nicht vertrauenswürdige Task ihre Rechte mit Wahrscheinlichkeit %2 − (%3 − v·k/n)^quanta·(%4 − q) = %5 aus. Eine Task ist mit Wahrscheinlichkeit u nicht vertrauenswürdig, also P = %6 − (%7 − u·%8)^N = %9.</translation>
    </message>
    <message>
        <source>Each worker outlives the T = %1 ms protocol with probability e^(−μ·T) = %2, independently, so P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m) = %3. With exponential steps of the same means the CTMC gives %4: a worker&apos;s survival e^(−μ·T) gains more from a short protocol than it loses to a long one, and the incidents that end safe are mostly the short ones (%5 ms to safe instead of %6 ms).</source>
        <translation>Jeder Worker überlebt das Protokoll von T = %1 ms mit Wahrscheinlichkeit e^(−μ·T) = %2, unabhängig, also P(sicher) = P(Binomial(n, e^(−μ·T)) ≥ m) = %3. Mit exponentiellen Schritten derselben Mittelwerte ergibt die CTMC %4: das Überleben e^(−μ·T) eines Workers gewinnt durch ein kurzes Protokoll mehr, als es durch ein langes verliert, und die Vorfälle, die sicher enden, sind meist die kurzen (%5 ms bis sicher statt %6 ms).</translation>
    </message>
    <message>
        <source>Exploration overhead against ε, with the first-order (ε/%1)·Δ</source>
        <translation>Explorations-Overhead gegen ε, mit der Näherung erster Ordnung (ε/%1)·Δ</translation>
    </message>
    <message>
        <source>Fraction of tasks that are large (%1 = all small, %2 = all large).</source>
        <translation>Anteil der großen Tasks (%1 = alle klein, %2 = alle groß).</translation>
    </message>
    <message>
        <source>Fraction of time the master is steering: λ·steer_us, against its ceiling %1.</source>
        <translation>Anteil der Zeit, in der der Master Pakete verteilt: λ·steer_us, gegenüber seiner Obergrenze %1.</translation>
    </message>
    <message>
        <source>Give the handler %1 µs of blocking instead of %2 µs (a lower row holds a shared resource longer). Predict the mean end-to-end latency in µs; a simulation grades it.</source>
        <translation>Geben Sie dem Handler %1 µs Blockierzeit statt %2 µs (eine tiefere Zeile hält eine gemeinsame Ressource länger). Sagen Sie die mittlere Ende-zu-Ende-Latenz in µs voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Give the master %1 µs per ACK and the path a random loss of 0.01% (loss_rate = %2). The master binds now. Predict how long an ACK spends at the master (ack_delay_us), in µs.</source>
        <translation>Geben Sie dem Master %1 µs pro ACK und dem Pfad einen zufälligen Verlust von 0.01% (loss_rate = %2). Jetzt ist der Master der Engpass. Sagen Sie voraus, wie lange ein ACK am Master verbringt (ack_delay_us), in µs.</translation>
    </message>
    <message>
        <source>Give the system %1 workers (together they could process %2 pkt/s) and offer %3 pkt/s. Run it for real: besides its %4 µs per packet, the real master hands every packet to a worker&apos;s ring, and the run reports that hand-off h (master_handoff_ns) and the steering time it really took (master_service_measured_ns). Predict the delivered throughput in pkt/s.</source>
        <translation>Geben Sie dem System %1 Worker (zusammen könnten sie %2 pkt/s verarbeiten) und bieten Sie %3 pkt/s an. Führen Sie es echt aus: Neben seinen %4 µs pro Paket übergibt der echte Master jedes Paket an den Ring eines Workers, und der Lauf meldet diese Übergabe h (master_handoff_ns) und die tatsächlich benötigte Verteilzeit (master_service_measured_ns). Sagen Sie den ausgelieferten Durchsatz in pkt/s voraus.</translation>
    </message>
    <message>
        <source>Greedy batches are as large as the queue that built up during the last batch: %1 requests on average, at a latency of %2 ms, below full&apos;s best of %3 ms: nobody waits for a batch to fill, and the batches still grow with the load.</source>
        <translation>Greedy-Batches sind so groß wie die Warteschlange, die sich während des letzten Batches gebildet hat: im Mittel %1 Anfragen, bei einer Latenz von %2 ms, unter dem besten Wert von full mit %3 ms: niemand wartet, bis ein Batch voll ist, und die Batches wachsen trotzdem mit der Last.</translation>
    </message>
    <message>
        <source>Half of the explored tasks land on the cluster the agent would have picked anyway, so the first-order estimate is (ε/%1)·Δ = %2 ms. The simulation measures more: a task sent to the slow cluster by the coin also delays the tasks queued behind it there, and a large one blocks a slow core for %3 ms on average. That queueing is what the first-order rule leaves out, and it grows with the load.</source>
        <translation>Die Hälfte der explorierten Tasks landet ohnehin auf dem Cluster, den der Agent gewählt hätte, also ist die Schätzung erster Ordnung (ε/%1)·Δ = %2 ms. Die Simulation misst mehr: eine Task, die per Münzwurf an den langsamen Cluster geht, verzögert dort auch die Tasks hinter ihr, und eine große blockiert einen langsamen Kern im Mittel für %3 ms. Diese Warteschlange lässt die Regel erster Ordnung außer Acht, und sie wächst mit der Last.</translation>
    </message>
    <message>
        <source>Keep the defaults and raise the arrival rate to %1/s. Predict the mean time a request waits in the master&apos;s queue, in ms (not counting its service).</source>
        <translation>Behalten Sie die Voreinstellungen bei und erhöhen Sie die Ankunftsrate auf %1/s. Sagen Sie die mittlere Zeit voraus, die eine Anfrage in der Warteschlange des Masters wartet, in ms (ohne ihre Bedienung).</translation>
    </message>
    <message>
        <source>Keep the defaults. By what factor must the master&apos;s CPU get faster (journal_cpu_ms divided by it) so the mean window meets the %1 ms bound?</source>
        <translation>Behalten Sie die Voreinstellungen bei. Um welchen Faktor muss die CPU des Masters schneller werden (journal_cpu_ms geteilt durch ihn), damit das mittlere Fenster die Schranke von %1 ms einhält?</translation>
    </message>
    <message>
        <source>Local task time over the chosen strategy&apos;s task time (above %1: the strategy pays).</source>
        <translation>Lokale Taskzeit geteilt durch die Taskzeit der gewählten Strategie (über %1: die Strategie lohnt sich).</translation>
    </message>
    <message>
        <source>MSS/RTT·√(%1/(2p)).</source>
        <translation>MSS/RTT·√(%1/(2p)).</translation>
    </message>
    <message>
        <source>MVA with constant signing times: exact only for exponential service. Constant times queue less, so the MVA overstates the response time and understates the throughput, most near the knee N* = %1; far below and far past it the two agree</source>
        <translation>MVA mit konstanten Signierzeiten: exakt nur für exponentielle Bedienung. Konstante Zeiten erzeugen weniger Warteschlange, also überschätzt die MVA die Antwortzeit und unterschätzt den Durchsatz, am stärksten nahe dem Knick N* = %1; weit darunter und weit darüber stimmen beide überein</translation>
    </message>
    <message>
        <source>Make the master&apos;s service lognormal (coefficient of variation %1, same %2 ms mean) at the defaults. Predict the master&apos;s mean queue wait in ms; a simulation grades it.</source>
        <translation>Machen Sie die Bedienzeit des Masters lognormal (Variationskoeffizient %1, gleicher Mittelwert von %2 ms) bei den Voreinstellungen. Sagen Sie die mittlere Wartezeit in der Warteschlange des Masters in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Make the tasks variable (task_cv = %1, same mean) and cut the job into %2 tasks. Predict the makespan in seconds; a simulation grades it.</source>
        <translation>Machen Sie die Tasks variabel (task_cv = %1, gleicher Mittelwert) und teilen Sie den Job in %2 Tasks. Sagen Sie den Makespan in Sekunden voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Marking visits the live objects, sweeping the whole heap: on a little core %1 ms. The big core does the same work %2× faster: %3 ms (mark %4 ms, sweep %5 ms).</source>
        <translation>Das Markieren besucht die lebenden Objekte, das Fegen den ganzen Heap: auf einem kleinen Kern %1 ms. Der große Kern erledigt dieselbe Arbeit %2× schneller: %3 ms (Markieren %4 ms, Fegen %5 ms).</translation>
    </message>
    <message>
        <source>Mean latency per task above the same learner that never explores (ε = %1, or c = %2 for UCB), on the same tasks: what exploring costs, including the tasks queued behind an explored one. Simulation only.</source>
        <translation>Mittlere Latenz pro Task über demselben Lerner, der nie exploriert (ε = %1 bzw. c = %2 bei UCB), auf denselben Tasks: was das Explorieren kostet, einschließlich der Tasks, die hinter einer explorierten warten. Nur Simulation.</translation>
    </message>
    <message>
        <source>Mean time a worker spends on one write&apos;s data (real mode: computing and pwrite-ing a %1 KiB block).</source>
        <translation>Mittlere Zeit, die ein Worker für die Daten eines Schreibvorgangs braucht (realer Modus: Berechnen und pwrite eines %1-KiB-Blocks).</translation>
    </message>
    <message>
        <source>Minimum mutator utilization, %1 ms window</source>
        <translation>Minimale Mutator-Auslastung, %1-ms-Fenster</translation>
    </message>
    <message>
        <source>No heartbeat is lost (hb_loss = %1) and the workers wait for k = %2 misses; the master beats every H = %3 ms. Predict the mean detection delay in ms.</source>
        <translation>Kein Heartbeat geht verloren (hb_loss = %1), und die Worker warten auf k = %2 Fehlschläge; der Master sendet alle H = %3 ms einen Heartbeat. Sagen Sie die mittlere Erkennungsverzögerung in ms voraus.</translation>
    </message>
    <message>
        <source>No random loss, a %1 Mbit/s link and a slow master: %2 µs per ACK. Run it for real (a master thread runs Reno on real ACKs, worker threads checksum real payloads, a link-emulator thread serializes the segments) and predict Reno&apos;s mean congestion window, in segments.</source>
        <translation>Kein zufälliger Verlust, eine Verbindung mit %1 Mbit/s und ein langsamer Master: %2 µs pro ACK. Führen Sie es echt aus (ein Master-Thread betreibt Reno mit echten ACKs, Worker-Threads bilden Prüfsummen über echte Nutzdaten, ein Thread emuliert die Verbindung und serialisiert die Segmente) und sagen Sie das mittlere Staufenster von Reno in Segmenten voraus.</translation>
    </message>
    <message>
        <source>No untrusted quantum reaches a privileged core, so only the residual q is left: P = %1 − (%2 − u·q)^N = %3, %4 times less than symmetric (%5). The floor stays: amp cannot remove q.</source>
        <translation>Kein nicht vertrauenswürdiges Quantum erreicht einen privilegierten Kern, also bleibt nur das Restrisiko q: P = %1 − (%2 − u·q)^N = %3, %4-mal weniger als symmetrisch (%5). Der Sockel bleibt: amp kann q nicht beseitigen.</translation>
    </message>
    <message>
        <source>None: the affinity mask keeps them off, and sched_getcpu() after every quantum confirms it. The model says %1; in symmetric it would be quanta·k/n = %2 if the kernel spread them evenly over the cores it may use.</source>
        <translation>Keines: die Affinitätsmaske hält sie fern, und sched_getcpu() nach jedem Quantum bestätigt es. Das Modell sagt %1; bei symmetric wären es quanta·k/n = %2, wenn der Kernel sie gleichmäßig auf die Kerne verteilte, die sie nutzen dürfen.</translation>
    </message>
    <message>
        <source>Nothing is ever lost: the master (%1 Mbit/s) is slower than the link (%2), so the link&apos;s buffer never fills, and Reno grows the window until the receiver&apos;s window stops it: %3·(BDP + buffer) = %4 segments. The path holds only X·RTT ≈ %5 of them; the rest wait as ACKs at the master, about %6 ms each (Little&apos;s law). The window is a count, not a speed, so a slow or busy machine shows the same number: only the time it takes changes.</source>
        <translation>Nichts geht je verloren: der Master (%1 Mbit/s) ist langsamer als die Verbindung (%2), also füllt sich ihr Puffer nie, und Reno vergrößert das Fenster, bis das Empfangsfenster es stoppt: %3·(BDP + buffer) = %4 Segmente. Der Pfad fasst nur X·RTT ≈ %5 davon; der Rest wartet als ACKs am Master, jedes etwa %6 ms (Gesetz von Little). Das Fenster ist eine Anzahl, keine Geschwindigkeit, also zeigt ein langsamer oder ausgelasteter Rechner dieselbe Zahl: nur die Zeit, die es dauert, ändert sich.</translation>
    </message>
    <message>
        <source>Now %1 littles offload to the one big core. Predict the speedup of offloading over local; a simulation grades it.</source>
        <translation>Jetzt lagern %1 kleine Kerne auf den einen großen Kern aus. Sagen Sie den Speedup des Auslagerns gegenüber lokaler Ausführung voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Now let the receiver acknowledge every second segment (ack_every = %1). Predict the throughput of the simulated flow in Mbit/s.</source>
        <translation>Lassen Sie nun den Empfänger jedes zweite Segment bestätigen (ack_every = %1). Sagen Sie den Durchsatz des simulierten Flows in Mbit/s voraus.</translation>
    </message>
    <message>
        <source>Offer %1 transactions/s to %2 workers with one write per commit (group_max = %3). Predict the commits per second; a simulation grades it.</source>
        <translation>Bieten Sie %2 Workern %1 Transaktionen/s an, mit einem Schreibvorgang pro Commit (group_max = %3). Sagen Sie die Commits pro Sekunde voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Offloading saves f·T·(%1 − %2/(w·b)) of the vector part and costs two hand-offs, %3·h. They are equal at f* = %4·h / (T·(%5 − %6/(w·b))) = %7: a small fraction, because one hand-off is short against the task. Below it the hand-offs cost more than the SIMD units save.</source>
        <translation>Auslagern spart f·T·(%1 − %2/(w·b)) des Vektorteils und kostet zwei Übergaben, %3·h. Beide sind gleich bei f* = %4·h / (T·(%5 − %6/(w·b))) = %7: ein kleiner Anteil, weil eine Übergabe gegenüber der Task kurz ist. Darunter kosten die Übergaben mehr, als die SIMD-Einheiten sparen.</translation>
    </message>
    <message>
        <source>On paper the master steers one packet per %1 µs: at most %2 pkt/s, whatever the workers could do; the rest overflow its receive ring. With %3 workers the hash happens to spread the flows well enough (the busiest worker saturates only at %4 pkt/s), so the master binds and about %5 pkt/s come out of the model. The real master also pays h per packet, so its ceiling is %6/(D + h): every %7 µs of hand-off costs about %8 pkt/s here (the run&apos;s master_ceiling_per_s computes it from what it measured). With an even spread the master would bind from process/steer = %9 workers on; under rss_hash the busiest worker usually binds first (exercise %10). On a machine with fewer cores than the master and the workers need, threads share cores and the run says so: then it measures the host, not the master.</source>
        <translation>Auf dem Papier verteilt der Master ein Paket pro %1 µs: höchstens %2 pkt/s, was die Worker auch leisten könnten; der Rest läuft in seinem Empfangsring über. Mit %3 Workern verteilt der Hash die Flows zufällig gut genug (der am stärksten belastete Worker sättigt erst bei %4 pkt/s), also ist der Master der Engpass, und etwa %5 pkt/s kommen aus dem Modell. Der echte Master zahlt zusätzlich h pro Paket, also ist seine Obergrenze %6/(D + h): jede %7 µs Übergabe kostet hier etwa %8 pkt/s (master_ceiling_per_s des Laufs berechnet das aus den Messwerten). Bei gleichmäßiger Verteilung wäre der Master ab process/steer = %9 Workern der Engpass; bei rss_hash ist meist zuerst der am stärksten belastete Worker der Engpass (Übung %10). Auf einem Rechner mit weniger Kernen, als Master und Worker brauchen, teilen sich Threads Kerne, und der Lauf sagt das: dann misst er den Host, nicht den Master.</translation>
    </message>
    <message>
        <source>One commit at a time, S = c + d per record: at most %1 records/s. Saturated, with two workers, the lock changes hands on every commit and stands idle for h each time, so the ceiling is %2/(c + d + h): at the model&apos;s guess of h = %3 µs that is %4 writes/s. The lab pads each sync up to log_device_ms, so on a fast device d is exactly %5 ms; a slower one (a disk, a busy virtual machine) shows its own time in sync_mean_ms, and then the device, not the model, sets the ceiling: run it once on tmpfs and once on a disk (data_dir). The model charges h only when the lock changes core, (c−%6)/c of the time: %7 writes/s here.</source>
        <translation>Ein Commit nach dem anderen, S = c + d pro Eintrag: höchstens %1 Einträge/s. Gesättigt, mit zwei Workern, wechselt die Sperre bei jedem Commit den Besitzer und steht jedes Mal h lang still, also ist die Obergrenze %2/(c + d + h): bei der Annahme des Modells h = %3 µs sind das %4 Schreibvorgänge/s. Das Labor füllt jedes Sync bis log_device_ms auf, auf einem schnellen Gerät ist d also genau %5 ms; ein langsameres (eine Festplatte, eine ausgelastete virtuelle Maschine) zeigt seine eigene Zeit in sync_mean_ms, und dann bestimmt das Gerät die Obergrenze, nicht das Modell: führen Sie es einmal auf tmpfs und einmal auf einer Festplatte aus (data_dir). Das Modell berechnet h nur, wenn die Sperre den Kern wechselt, (c−%6)/c der Zeit: hier %7 Schreibvorgänge/s.</translation>
    </message>
    <message>
        <source>One core can process %1/S_ack = %2 ACKs per second, and each ACK releases one %3-byte segment: %4 Mbit/s on paper, below the link&apos;s %5 Mbit/s and the workers&apos; %6, so the master binds. The real master also pays the hand-off, so its ceiling is a·MSS/(S_ack + h): each µs of h per ACK costs about %7 Mbit/s here (the run&apos;s master_ceiling_mbps computes it from what it measured). The flow comes in a little below that ceiling, since Reno&apos;s losses idle the master now and then. On a machine with fewer cores than the master, the link emulator and the workers need, they share cores and the number is the scheduler&apos;s; the run says so.</source>
        <translation>Ein Kern kann %1/S_ack = %2 ACKs pro Sekunde verarbeiten, und jedes ACK gibt ein Segment von %3 Byte frei: %4 Mbit/s auf dem Papier, unter den %5 Mbit/s der Verbindung und den %6 der Worker, also ist der Master der Engpass. Der echte Master zahlt zusätzlich die Übergabe, also ist seine Obergrenze a·MSS/(S_ack + h): jede µs h pro ACK kostet hier etwa %7 Mbit/s (master_ceiling_mbps des Laufs berechnet das aus den Messwerten). Der Flow kommt etwas unter dieser Obergrenze an, weil Renos Verluste den Master ab und zu leerlaufen lassen. Auf einem Rechner mit weniger Kernen, als Master, Verbindungsemulator und Worker brauchen, teilen sie sich Kerne, und die Zahl ist die des Schedulers; der Lauf sagt das.</translation>
    </message>
    <message>
        <source>One fsync of %1 ms per commit, %2 ms per write, up to %3 writes per commit: how many commits per second can the master make durable at most?</source>
        <translation>Ein fsync von %1 ms pro Commit, %2 ms pro Schreibvorgang, bis zu %3 Schreibvorgänge pro Commit: wie viele Commits pro Sekunde kann der Master höchstens dauerhaft machen?</translation>
    </message>
    <message>
        <source>P = %1: the risk of a batch compounds with every task. If each task stayed on the one core it was given, as real schedulers prefer, a task would either run all its quanta on a privileged core or none, and P would be %2 instead: fewer tasks exposed, each exposed for longer.</source>
        <translation>P = %1: das Risiko eines Batches steigt mit jeder Task. Bliebe jede Task auf dem einen Kern, der ihr zugewiesen wurde, wie es echte Scheduler bevorzugen, liefe eine Task entweder alle ihre Quanten auf einem privilegierten Kern oder keines, und P wäre stattdessen %2: weniger Tasks exponiert, jede davon länger.</translation>
    </message>
    <message>
        <source>Packets steered to the busiest worker ÷ the mean over all workers (%1 = even). Counts dropped packets too: it measures the policy&apos;s choice.</source>
        <translation>An den am stärksten belasteten Worker verteilte Pakete ÷ Mittelwert über alle Worker (%1 = gleichmäßig). Zählt auch verworfene Pakete: es misst die Entscheidung der Strategie.</translation>
    </message>
    <message>
        <source>Past the knee N* = (D + Z)/D = %1 the gatekeeper never idles, so the throughput is its ceiling %2/D = %3 per second; the MVA gives %4. Every client beyond N* only lengthens the queue: the response time is now %5 ms against D = %6 ms alone.</source>
        <translation>Jenseits des Knicks N* = (D + Z)/D = %1 ist der Gatekeeper nie untätig, also ist der Durchsatz seine Obergrenze %2/D = %3 pro Sekunde; die MVA ergibt %4. Jeder Client über N* hinaus verlängert nur die Warteschlange: die Antwortzeit beträgt jetzt %5 ms gegenüber D = %6 ms allein.</translation>
    </message>
    <message>
        <source>Policy full, batch_max = %1: predict the mean latency in ms; a simulation grades it. Then compare with batch_max = %2.</source>
        <translation>Strategie full, batch_max = %1: Sagen Sie die mittlere Latenz in ms voraus; eine Simulation bewertet die Antwort. Vergleichen Sie dann mit batch_max = %2.</translation>
    </message>
    <message>
        <source>Pollaczek–Khinchine: the wait scales with (%1 + c_s²)/%2, which is %3 for c_s = %4 against %5 for exponential and %6 for constant service. So %7 ms becomes %8 ms at the same load: variability alone, nothing else changed.</source>
        <translation>Pollaczek-Chintschin: die Wartezeit skaliert mit (%1 + c_s²)/%2, das ist %3 für c_s = %4 gegenüber %5 für exponentielle und %6 für konstante Bedienung. Aus %7 ms werden also %8 ms bei gleicher Last: allein durch die Streuung, sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Popularity of the k-th flow ∝ %1/k^s: %2 = all flows equally busy, %3 = a few elephants and many mice.</source>
        <translation>Popularität des k-ten Flows ∝ %1/k^s: %2 = alle Flows gleich stark, %3 = wenige Elefanten und viele Mäuse.</translation>
    </message>
    <message>
        <source>Push the arrival rate towards %1/S_m: the master&apos;s wait explodes while the workers, at two thirds of it, keep spare capacity. Adding workers past c* = S_w/S_m buys nothing; switch the design to locked to see the same ceiling with a lock instead of a master.</source>
        <translation>Treiben Sie die Ankunftsrate gegen %1/S_m: die Wartezeit am Master explodiert, während die Worker, bei zwei Dritteln davon, noch Reserven haben. Mehr Worker über c* = S_w/S_m hinaus bringen nichts; stellen Sie das Design auf locked um, um dieselbe Obergrenze mit einer Sperre statt eines Masters zu sehen.</translation>
    </message>
    <message>
        <source>Put the collector on one little core. Predict the minimum mutator utilization over a %1 ms window; a simulation grades it.</source>
        <translation>Setzen Sie den Collector auf einen kleinen Kern. Sagen Sie die minimale Mutator-Auslastung über ein Fenster von %1 ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Quanta an untrusted task ran on a privileged core, on average: quanta·k/n in symmetric, %1 in amp. Real mode reads the CPU with sched_getcpu() after every quantum.</source>
        <translation>Quanten, die eine nicht vertrauenswürdige Task im Mittel auf einem privilegierten Kern lief: quanta·k/n bei symmetric, %1 bei amp. Der reale Modus liest nach jedem Quantum die CPU mit sched_getcpu().</translation>
    </message>
    <message>
        <source>RTT/%1</source>
        <translation>RTT/%1</translation>
    </message>
    <message>
        <source>RTT/%1, random loss</source>
        <translation>RTT/%1, zufälliger Verlust</translation>
    </message>
    <message>
        <source>Raise ack_cost_us until the master bound drops below the link: throughput stops following the link and sits at ack_every·MSS/ack_cost, master_util is pinned at %1, and ack_delay_us (the ACK queue at the master) grows the RTT. Then set ack_every = %2: the same core carries twice the flow. Adding workers helps only while the worker bound is the smallest.</source>
        <translation>Erhöhen Sie ack_cost_us, bis die Schranke des Masters unter die der Verbindung fällt: der Durchsatz folgt nicht mehr der Verbindung, sondern liegt bei ack_every·MSS/ack_cost, master_util bleibt bei %1, und ack_delay_us (die ACK-Warteschlange am Master) verlängert die RTT. Setzen Sie dann ack_every = %2: derselbe Kern trägt den doppelten Flow. Mehr Worker helfen nur, solange die Schranke der Worker die kleinste ist.</translation>
    </message>
    <message>
        <source>Raise the write rate to %1/s, beyond the %2/s that one-record commits can sustain, and allow commits of up to %3 records. Predict the master&apos;s capacity in records per second, b/(b·c + d).</source>
        <translation>Erhöhen Sie die Schreibrate auf %1/s, über die %2/s hinaus, die Commits mit einem Eintrag durchhalten, und erlauben Sie Commits mit bis zu %3 Einträgen. Sagen Sie die Kapazität des Masters in Einträgen pro Sekunde voraus, b/(b·c + d).</translation>
    </message>
    <message>
        <source>Real mode: %1 when a scan of the address space the client threads run in found the key&apos;s secret bytes (thread isolation: it does), %2 when it did not.</source>
        <translation>Realer Modus: %1, wenn eine Durchsuchung des Adressraums, in dem die Client-Threads laufen, die geheimen Bytes des Schlüssels fand (Thread-Isolation: sie findet sie), %2, wenn nicht.</translation>
    </message>
    <message>
        <source>Real mode: %1 when every signature was checked and valid (Ed25519: by the clients with the public key; HMAC: by the gatekeeper, the only holder of the key), else %2.</source>
        <translation>Realer Modus: %1, wenn jede Signatur geprüft und gültig war (Ed25519: von den Clients mit dem öffentlichen Schlüssel; HMAC: vom Gatekeeper, dem einzigen Besitzer des Schlüssels), sonst %2.</translation>
    </message>
    <message>
        <source>Real mode: %1 when every step ended exactly once, in order, and every worker ran each step it lived through exactly once.</source>
        <translation>Realer Modus: %1, wenn jeder Schritt genau einmal und in der richtigen Reihenfolge endete und jeder Worker jeden Schritt, den er erlebte, genau einmal ausführte.</translation>
    </message>
    <message>
        <source>Requests arrive at %1/s; a batch costs %2 ms + %3 ms per request. What is the smallest batch size the accelerator can keep up with?</source>
        <translation>Anfragen kommen mit %1/s an; ein Batch kostet %2 ms + %3 ms pro Anfrage. Welches ist die kleinste Batchgröße, mit der der Beschleuniger Schritt halten kann?</translation>
    </message>
    <message>
        <source>Run the defaults without worker failures (worker_fail_rate = %1) on the real engine: the master is a process that is really killed. Predict the time from its death to the safe state in ms.</source>
        <translation>Führen Sie die Voreinstellungen ohne Worker-Ausfälle (worker_fail_rate = %1) mit der echten Engine aus: der Master ist ein Prozess, der wirklich beendet wird. Sagen Sie die Zeit von seinem Tod bis zum sicheren Zustand in ms voraus.</translation>
    </message>
    <message>
        <source>Run the learning master for real: a master thread, one pinned thread per core of each cluster, the slow ones doing %1 times the work (emulated, unless the machine has real little cores). Predict the fraction of tasks the agent sends to the fast cluster.</source>
        <translation>Führen Sie den lernenden Master echt aus: ein Master-Thread, ein gepinnter Thread pro Kern jedes Clusters, die langsamen erledigen die %1-fache Arbeit (emuliert, sofern der Rechner keine echten kleinen Kerne hat). Sagen Sie den Anteil der Tasks voraus, die der Agent an den schnellen Cluster schickt.</translation>
    </message>
    <message>
        <source>Same setting (%1/s, up to %2 records per commit): predict the mean consistency window in ms; a simulation grades it.</source>
        <translation>Gleiche Einstellung (%1/s, bis zu %2 Einträge pro Commit): Sagen Sie das mittlere Konsistenzfenster in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Scheduling quanta each task runs; a quantum is %1 ms of the task&apos;s CPU time in real mode.</source>
        <translation>Scheduling-Quanten, die jede Task läuft; ein Quantum ist im realen Modus %1 ms CPU-Zeit der Task.</translation>
    </message>
    <message>
        <source>Set %1 clients, about the knee. Predict the mean response time in ms (exponential signing times); a simulation grades it.</source>
        <translation>Stellen Sie %1 Clients ein, etwa am Knick. Sagen Sie die mittlere Antwortzeit in ms voraus (exponentielle Signierzeiten); eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Set f = %1 and h = %2 µs. Predict the mean task time with offload, in µs; a simulation grades it.</source>
        <translation>Setzen Sie f = %1 und h = %2 µs. Sagen Sie die mittlere Taskzeit mit Auslagern in µs voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Set group_max = %1 (one fsync per write) and keep the rest. Predict the mean commit latency in ms; a simulation grades it.</source>
        <translation>Setzen Sie group_max = %1 (ein fsync pro Schreibvorgang) und lassen Sie den Rest. Sagen Sie die mittlere Commit-Latenz in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Share f of the task&apos;s little-core time that is vector work (a dot product the big core&apos;s SIMD units speed up); the rest, %1 − f, is scalar work.</source>
        <translation>Anteil f der Taskzeit auf dem kleinen Kern, der Vektorarbeit ist (ein Skalarprodukt, das die SIMD-Einheiten des großen Kerns beschleunigen); der Rest, %1 − f, ist skalare Arbeit.</translation>
    </message>
    <message>
        <source>Share of each parallel collector thread&apos;s time lost to coordination (barriers, shared work lists): the parallel speed is threads·(%1 − overhead).</source>
        <translation>Anteil der Zeit jedes parallelen Collector-Threads, der an Koordination verloren geht (Barrieren, gemeinsame Arbeitslisten): die parallele Geschwindigkeit ist threads·(%1 − overhead).</translation>
    </message>
    <message>
        <source>Signing is nearly constant-time. Keep %1 clients and set constant signing times (det). Predict the mean response time in ms; a simulation grades it.</source>
        <translation>Signieren dauert nahezu konstant lange. Behalten Sie %1 Clients bei und stellen Sie konstante Signierzeiten ein (det). Sagen Sie die mittlere Antwortzeit in ms voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Start without the slow cluster: the master sends every task to the single fast core (always_fast). 20% of the tasks are large (%1 ms), the rest small (%2 ms), at %3 tasks/s. Predict the mean latency in ms.</source>
        <translation>Beginnen Sie ohne den langsamen Cluster: der Master schickt jede Task an den einzigen schnellen Kern (always_fast). 20% der Tasks sind groß (%1 ms), der Rest klein (%2 ms), bei %3 Tasks/s. Sagen Sie die mittlere Latenz in ms voraus.</translation>
    </message>
    <message>
        <source>Sweep batch_max under the full policy: below b_min the accelerator cannot keep up, just above it the queue dominates, and far above it requests wait for their batch to fill: a U whose minimum sits just above b_min. The capacity b/s(b) keeps rising towards %1/s1 all the while, so the batch size with the most throughput is never the one with the least latency. In real mode the accelerator is a CPU core running a real dense network in batches; the lab measures its s0 and s1 first and shows the fit.</source>
        <translation>Variieren Sie batch_max unter der Strategie full: unterhalb von b_min kann der Beschleuniger nicht Schritt halten, knapp darüber dominiert die Warteschlange, und weit darüber warten die Anfragen, bis ihr Batch voll ist: ein U, dessen Minimum knapp über b_min liegt. Die Kapazität b/s(b) steigt dabei die ganze Zeit in Richtung %1/s1, sodass die Batchgröße mit dem höchsten Durchsatz nie die mit der niedrigsten Latenz ist. Im realen Modus ist der Beschleuniger ein CPU-Kern, der ein echtes dichtes Netz in Batches ausführt; das Labor misst zuerst dessen s0 und s1 und zeigt die Anpassung.</translation>
    </message>
    <message>
        <source>Sweep the clients: throughput climbs along N/(D + Z) while the gatekeeper idles, bends at the knee N* = (D + Z)/D and flattens at %1/D, where each new client only adds its signature time to everyone&apos;s response. With exponential signing times the simulation sits on the MVA curve; with constant ones it queues less near the knee. In real mode compare the two isolations: in thread isolation a worker thread finds the signing key in its own address space (the run says where), in process isolation the same scan comes back empty while it finds the key in the gatekeeper&apos;s process, and the measured D shows what the process boundary costs per signature.</source>
        <translation>Variieren Sie die Clients: der Durchsatz steigt entlang N/(D + Z), während der Gatekeeper untätig ist, knickt am Knick N* = (D + Z)/D ab und flacht bei %1/D ab, wo jeder neue Client nur noch seine Signierzeit zur Antwortzeit aller addiert. Mit exponentiellen Signierzeiten liegt die Simulation auf der MVA-Kurve; mit konstanten wartet sie nahe dem Knick weniger. Vergleichen Sie im realen Modus die beiden Isolationen: bei Thread-Isolation findet ein Worker-Thread den Signierschlüssel in seinem eigenen Adressraum (der Lauf sagt, wo), bei Prozessisolation bleibt dieselbe Suche ergebnislos, während sie den Schlüssel im Prozess des Gatekeepers findet, und das gemessene D zeigt, was die Prozessgrenze pro Signatur kostet.</translation>
    </message>
    <message>
        <source>Switch to the greedy policy with batch_max = %1: the accelerator takes what waits. Predict the mean batch size; a simulation grades it.</source>
        <translation>Wechseln Sie zur Strategie greedy mit batch_max = %1: der Beschleuniger nimmt, was wartet. Sagen Sie die mittlere Batchgröße voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Switch to the locked design with %1 workers and %2 ms of data work per write, and offer %3 writes/s. Each commit holds the journal lock for %4 ms of appending plus a sync padded to %5 ms. Run it once on the real engine and read what a sync really took (sync_mean_ms) and the lock&apos;s hand-over h (lock_handoff_ns). Predict the throughput in writes/s; a second real run grades it.</source>
        <translation>Wechseln Sie zum Design mit Sperre, mit %1 Workern und %2 ms Datenarbeit pro Schreibvorgang, und bieten Sie %3 Schreibvorgänge/s an. Jeder Commit hält die Journal-Sperre für %4 ms Anhängen plus ein auf %5 ms aufgefülltes Sync. Führen Sie es einmal mit der echten Engine aus und lesen Sie ab, wie lange ein Sync tatsächlich dauerte (sync_mean_ms) und wie groß die Übergabe h der Sperre ist (lock_handoff_ns). Sagen Sie den Durchsatz in Schreibvorgängen/s voraus; ein zweiter echter Lauf bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Switch to the locked design: %1 workers, each doing a serialized step of exactly %2 ms under one shared lock and then %3 ms of its own work. Offer %4 requests/s, more than the lock can pass. Run it once on the real engine and read the lock hand-over h it reports (lock_handoff_ns, among the run&apos;s facts): the time from one worker&apos;s unlock to the waiting worker&apos;s lock. Predict the throughput in requests/s; a second real run grades it.</source>
        <translation>Wechseln Sie zum Design mit Sperre: %1 Worker, die jeweils einen serialisierten Schritt von genau %2 ms unter einer gemeinsamen Sperre und danach %3 ms eigene Arbeit erledigen. Bieten Sie %4 Anfragen/s an, mehr als die Sperre durchlassen kann. Führen Sie es einmal mit der echten Engine aus und lesen Sie die gemeldete Übergabe h der Sperre ab (lock_handoff_ns, unter den Fakten des Laufs): die Zeit vom Entsperren durch einen Worker bis zum Sperren durch den wartenden. Sagen Sie den Durchsatz in Anfragen/s voraus; ein zweiter echter Lauf bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Symmetric placement with %1 tasks. Predict P(escalation); the model grades it. Then ask what a task that stays on one core changes.</source>
        <translation>Symmetrische Platzierung mit %1 Tasks. Sagen Sie P(Ausweitung) voraus; das Modell bewertet die Antwort. Fragen Sie sich dann, was eine Task ändert, die auf einem Kern bleibt.</translation>
    </message>
    <message>
        <source>Symmetric placement: %1 tasks, a share u = %2 untrusted, %3 quanta each, %4 of %5 cores privileged, v = %6 per privileged quantum, q = %7. Predict P(at least one escalation); a simulation grades it.</source>
        <translation>Symmetrische Platzierung: %1 Tasks, ein Anteil u = %2 nicht vertrauenswürdig, je %3 Quanten, %4 von %5 Kernen privilegiert, v = %6 pro privilegiertem Quantum, q = %7. Sagen Sie P(mindestens eine Ausweitung) voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>Task set schedulable (%1 = yes)</source>
        <translation>Task-Menge einplanbar (%1 = ja)</translation>
    </message>
    <message>
        <source>The MVA adds one client at a time: R(n) = D·(%1 + Q(n−%2)). At N = %3 it gives %4 ms, with %5 requests at the gatekeeper on average and utilization %6. The asymptotes alone would say max(D, N·D − Z) = %7 ms: at the knee randomness, not the average load, makes the queue.</source>
        <translation>Die MVA fügt einen Client nach dem anderen hinzu: R(n) = D·(%1 + Q(n−%2)). Bei N = %3 ergibt sie %4 ms, mit im Mittel %5 Anfragen beim Gatekeeper und einer Auslastung von %6. Die Asymptoten allein sagten max(D, N·D − Z) = %7 ms: am Knick macht der Zufall die Warteschlange, nicht die mittlere Last.</translation>
    </message>
    <message>
        <source>The MVA does not know the distribution: it still says %1 ms, exact only for exponential times. Constant signing times queue less: the simulation lands between the MVA and the asymptote %2 ms. Far below or far past the knee the difference fades; near it, it is largest.</source>
        <translation>Die MVA kennt die Verteilung nicht: sie sagt weiterhin %1 ms, exakt nur für exponentielle Zeiten. Konstante Signierzeiten erzeugen weniger Warteschlange: die Simulation landet zwischen der MVA und der Asymptote %2 ms. Weit unterhalb oder weit jenseits des Knicks verschwindet der Unterschied; nahe daran ist er am größten.</translation>
    </message>
    <message>
        <source>The batch limit (%1 to %2) that gives the lowest mean latency under this policy.</source>
        <translation>Die Batch-Obergrenze (%1 bis %2), die unter dieser Strategie die niedrigste mittlere Latenz ergibt.</translation>
    </message>
    <message>
        <source>The bound grows with the blocking to %1 µs and no simulated command crosses it, yet the mean hardly moves: blocking happens only when a command finds a lower row inside its critical section, and the worst case needs every delay at its maximum at once. The bound is sound, and pessimistic.</source>
        <translation>Die Schranke wächst mit der Blockierung auf %1 µs, und kein simuliertes Kommando überschreitet sie, doch der Mittelwert bewegt sich kaum: Blockierung tritt nur auf, wenn ein Kommando eine tiefere Zeile in ihrem kritischen Abschnitt antrifft, und der schlechteste Fall braucht jede Verzögerung gleichzeitig in ihrem Maximum. Die Schranke ist sicher und pessimistisch.</translation>
    </message>
    <message>
        <source>The fast core is M/H₂/%1, busy ρ = %2 of the time. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(%3(%4−ρ)) = %5 ms. The mean task takes only %6 ms: the large tasks&apos; variance makes the small ones wait. The best fixed threshold policy, which uses the slow core too, gets %7 ms.</source>
        <translation>Der schnelle Kern ist M/H₂/%1, zu ρ = %2 der Zeit beschäftigt. Pollaczek-Chintschin: T = E[S] + λ·E[S²]/(%3(%4−ρ)) = %5 ms. Die mittlere Task dauert nur %6 ms: die Varianz der großen Tasks lässt die kleinen warten. Die beste feste Schwellwertstrategie, die auch den langsamen Kern nutzt, erreicht %7 ms.</translation>
    </message>
    <message>
        <source>The fastest of the three strategies: %1 = local, %2 = offload, %3 = migrate.</source>
        <translation>Die schnellste der drei Strategien: %1 = lokal, %2 = auslagern, %3 = migrieren.</translation>
    </message>
    <message>
        <source>The gatekeeper signs in D = %1 µs; clients think Z = %2 ms. With %3 clients, how many signatures per second does it deliver?</source>
        <translation>Der Gatekeeper signiert in D = %1 µs; die Clients denken Z = %2 ms nach. Wie viele Signaturen pro Sekunde liefert er bei %3 Clients?</translation>
    </message>
    <message>
        <source>The handler (row %1: C = %2 µs, T = %3 µs, blocking %4 µs) shares the worker with row %5 (C = %6 µs every %7 µs), which has a higher priority. Commands reach it up to %8 µs late. Predict its worst-case response time in µs.</source>
        <translation>Der Handler (Zeile %1: C = %2 µs, T = %3 µs, Blockierung %4 µs) teilt sich den Worker mit Zeile %5 (C = %6 µs alle %7 µs), die eine höhere Priorität hat. Kommandos erreichen ihn bis zu %8 µs zu spät. Sagen Sie seine Worst-Case-Antwortzeit in µs voraus.</translation>
    </message>
    <message>
        <source>The highest packet rate every core keeps up with: min(%1/steer, %2/(process × the busiest worker&apos;s share)). With equal shares the second term is workers/process. A run computes it from its own measured times and shares.</source>
        <translation>Die höchste Paketrate, mit der jeder Kern Schritt hält: min(%1/steer, %2/(process × Anteil des am stärksten belasteten Workers)). Bei gleichen Anteilen ist der zweite Term workers/process. Ein Lauf berechnet sie aus seinen eigenen gemessenen Zeiten und Anteilen.</translation>
    </message>
    <message>
        <source>The job waits for its slowest last task. With equal tasks it would take %1 s; the Kruskal–Weiss estimate adds σ·E[max of p normals] for the last wave: %2 s. With only %3 tasks each task is four times larger and so is its spread: %4 s. Variable tasks are why jobs are cut finer than the worker count: here r* = %5.</source>
        <translation>Der Job wartet auf seine langsamste letzte Task. Mit gleich großen Tasks dauerte er %1 s; die Schätzung nach Kruskal-Weiss addiert σ·E[max von p Normalverteilten] für die letzte Welle: %2 s. Mit nur %3 Tasks ist jede Task viermal so groß und ihre Streuung ebenso: %4 s. Variable Tasks sind der Grund, warum Jobs feiner als die Workeranzahl aufgeteilt werden: hier r* = %5.</translation>
    </message>
    <message>
        <source>The learned policy, greedy on each task&apos;s expected response time with a coin ε = %1 of the time, sends 84% of the tasks to the fast cluster in the model. The real agent is the same code; in a short run it is still learning, and its share moves with what it has seen.</source>
        <translation>Die gelernte Strategie, gierig nach der erwarteten Antwortzeit jeder Task, mit einem Münzwurf in ε = %1 der Fälle, schickt im Modell 84% der Tasks an den schnellen Cluster. Der echte Agent ist derselbe Code; in einem kurzen Lauf lernt er noch, und sein Anteil bewegt sich mit dem, was er gesehen hat.</translation>
    </message>
    <message>
        <source>The learning master explores: with probability ε = %1 it tosses a coin instead of taking the cluster it has learned is best. At the learned policy the two clusters&apos; expected response times differ by Δ = %2 ms for an arriving task, on average. Predict the simulated exploration overhead (latency above the same learner that never explores), in ms.</source>
        <translation>Der lernende Master exploriert: mit Wahrscheinlichkeit ε = %1 wirft er eine Münze, statt den Cluster zu nehmen, den er als besten gelernt hat. Bei der gelernten Strategie unterscheiden sich die erwarteten Antwortzeiten der beiden Cluster für eine ankommende Task im Mittel um Δ = %2 ms. Sagen Sie den simulierten Explorations-Overhead voraus (Latenz über demselben Lerner, der nie exploriert), in ms.</translation>
    </message>
    <message>
        <source>The least share of any %1 ms window in which the mutators run: what a task with a %2 ms deadline can count on. %3 when a pause is %4 ms or longer.</source>
        <translation>Der kleinste Anteil eines beliebigen %1-ms-Fensters, in dem die Mutatoren laufen: worauf sich eine Task mit einer Deadline von %2 ms verlassen kann. %3, wenn eine Pause %4 ms oder länger dauert.</translation>
    </message>
    <message>
        <source>The master is an M/D/%1 queue: W_q = ρ·D / (%2(%3−ρ)) = %4 × %5 / %6 = %7 µs. At the default %8 pkt/s (ρ = %9) it was %10 µs: the last 10% of load multiplies the wait by %11. That is the knee.</source>
        <translation>Der Master ist eine M/D/%1-Warteschlange: W_q = ρ·D / (%2(%3−ρ)) = %4 × %5 / %6 = %7 µs. Bei den voreingestellten %8 pkt/s (ρ = %9) waren es %10 µs: die letzten 10% Last vervielfachen die Wartezeit um %11. Das ist der Knick.</translation>
    </message>
    <message>
        <source>The master needs %1 µs per packet. Raise the packet rate to %2 pkt/s (ρ = %3 at the master). Predict the mean time a packet waits before the master steers it, in µs.</source>
        <translation>Der Master braucht %1 µs pro Paket. Erhöhen Sie die Paketrate auf %2 pkt/s (ρ = %3 am Master). Sagen Sie die mittlere Zeit voraus, die ein Paket wartet, bevor der Master es verteilt, in µs.</translation>
    </message>
    <message>
        <source>The master passes %1 Mbit/s, one segment per %2 µs. Reno&apos;s window is set by the losses, not by the master: W̄ ≈ √(%3/(2p)) = %4 segments. By Little&apos;s law they take W̄ × %5 µs = %6 ms per lap. The path takes %7 ms of it, a worker and the link %8 µs, and the rest, about %9 ms, is ACKs queueing at the master: the master&apos;s queue becomes part of the round trip. The simulation waits longer still: with random (not periodic) losses the window averages about 25% more than √(%10/(2p)), and every extra segment in flight waits at the master.</source>
        <translation>Der Master lässt %1 Mbit/s durch, ein Segment pro %2 µs. Renos Fenster wird von den Verlusten bestimmt, nicht vom Master: W̄ ≈ √(%3/(2p)) = %4 Segmente. Nach dem Gesetz von Little brauchen sie W̄ × %5 µs = %6 ms pro Runde. Der Pfad braucht davon %7 ms, ein Worker und die Verbindung %8 µs, und der Rest, etwa %9 ms, sind ACKs, die am Master warten: die Warteschlange des Masters wird Teil der Umlaufzeit. Die Simulation wartet noch länger: bei zufälligen (nicht periodischen) Verlusten ist das Fenster im Mittel etwa 25% größer als √(%10/(2p)), und jedes zusätzliche Segment unterwegs wartet am Master.</translation>
    </message>
    <message>
        <source>The mean latency overhead you accept for exploring; the model gives the largest ε within it, %1·budget/Δ.</source>
        <translation>Der mittlere Latenz-Overhead, den Sie für das Explorieren in Kauf nehmen; das Modell liefert das größte ε innerhalb davon, %1·budget/Δ.</translation>
    </message>
    <message>
        <source>The model says %1 at the defaults with %2 workers: W/T with T = %3 s. On a machine with fewer cores the run uses fewer workers (and a smaller corpus, so each worker still counts the same), and the speedup falls with the worker count; the real master also pays to find word boundaries, and the merge of real hash maps costs more than ρ when the vocabulary is large.</source>
        <translation>Das Modell sagt %1 bei den Voreinstellungen mit %2 Workern: W/T mit T = %3 s. Auf einem Rechner mit weniger Kernen nutzt der Lauf weniger Worker (und einen kleineren Korpus, sodass jeder Worker gleich viel zählt), und der Speedup fällt mit der Workeranzahl; der echte Master bezahlt außerdem das Finden der Wortgrenzen, und das Zusammenführen echter Hash-Maps kostet bei großem Vokabular mehr als ρ.</translation>
    </message>
    <message>
        <source>The model says %1 with w = %2 and h = %3 µs. The real run measures its own SIMD speedup (AVX2 or AVX-%4 against a scalar build; memory bandwidth caps it for large arrays) and its own hand-off, and the verdict shows the model at those measured values. The big core&apos;s extra speed b is emulated on a symmetric machine: the little does b times the work, so that part of the gain is b by construction.</source>
        <translation>Das Modell sagt %1 mit w = %2 und h = %3 µs. Der echte Lauf misst seinen eigenen SIMD-Speedup (AVX2 oder AVX-%4 gegen einen skalaren Build; bei großen Arrays begrenzt ihn die Speicherbandbreite) und seine eigene Übergabe, und das Urteil zeigt das Modell bei diesen gemessenen Werten. Die zusätzliche Geschwindigkeit b des großen Kerns wird auf einem symmetrischen Rechner emuliert: der kleine Kern erledigt die b-fache Arbeit, also ist dieser Teil des Gewinns konstruktionsbedingt b.</translation>
    </message>
    <message>
        <source>The model says %1: after each commit the master waits up to %2 ms for more writes, and %3 writes/s bring few in that time. A real COMMIT slower than %4 ms (see commit_ms and the fact fsync_mean_ms) lets more writes pile up behind it, so real groups are often larger: the verdict then compares against the model at the measured commit time. The run ends by re-opening the database: balance_ok must be %5.</source>
        <translation>Das Modell sagt %1: nach jedem Commit wartet der Master bis zu %2 ms auf weitere Schreibvorgänge, und %3 Schreibvorgänge/s bringen in dieser Zeit nur wenige. Ein echtes COMMIT, das langsamer als %4 ms ist (siehe commit_ms und den Fakt fsync_mean_ms), lässt mehr Schreibvorgänge dahinter auflaufen, sodass echte Gruppen oft größer sind: das Urteil vergleicht dann mit dem Modell bei der gemessenen Commit-Zeit. Der Lauf endet damit, dass die Datenbank erneut geöffnet wird: balance_ok muss %5 sein.</translation>
    </message>
    <message>
        <source>The model says %1: big_factor. On a machine without little cores the run emulates them (a little core takes big_factor times as long for its share), so the gain comes out near big_factor by construction; stopping the mutators takes the same time on both and pulls it a little below. On real big and little cores the gain is smaller than their speed ratio: marking follows pointers and waits on memory, which a faster core does not speed up.</source>
        <translation>Das Modell sagt %1: big_factor. Auf einem Rechner ohne kleine Kerne emuliert der Lauf sie (ein kleiner Kern braucht für seinen Anteil big_factor-mal so lange), sodass der Gewinn konstruktionsbedingt nahe big_factor liegt; das Anhalten der Mutatoren dauert auf beiden gleich lang und drückt ihn etwas darunter. Auf echten großen und kleinen Kernen ist der Gewinn kleiner als ihr Geschwindigkeitsverhältnis: das Markieren folgt Zeigern und wartet auf den Speicher, und das beschleunigt ein schnellerer Kern nicht.</translation>
    </message>
    <message>
        <source>The model says U = X·D = %1 for D = %2 µs. The real run measures its own D: an Ed25519 signature on this CPU, the key&apos;s page unlocked and locked again around it, and the gatekeeper&apos;s side of the hand-over between the processes; the verdict shows the model at the measured D and think time (the messages&apos; transit counted with it). Every signature is verified by the clients with the public key, and a scan of the clients&apos; memory shows the key is not there.</source>
        <translation>Das Modell sagt U = X·D = %1 für D = %2 µs. Der echte Lauf misst sein eigenes D: eine Ed25519-Signatur auf dieser CPU, wobei die Seite des Schlüssels davor entsperrt und danach wieder gesperrt wird, und die Seite des Gatekeepers bei der Übergabe zwischen den Prozessen; das Urteil zeigt das Modell beim gemessenen D und der gemessenen Denkzeit (einschließlich der Laufzeit der Nachrichten). Jede Signatur wird von den Clients mit dem öffentlichen Schlüssel geprüft, und eine Durchsuchung des Speichers der Clients zeigt, dass der Schlüssel dort nicht liegt.</translation>
    </message>
    <message>
        <source>The most writes per commit (%1 to %2) that gives the lowest mean commit latency.</source>
        <translation>Die höchste Zahl von Schreibvorgängen pro Commit (%1 bis %2), die die niedrigste mittlere Commit-Latenz ergibt.</translation>
    </message>
    <message>
        <source>The panic falls anywhere in a beat interval, so the first missed beat is due ½·H later on average, and k − %1 more follow: (k − ½)·H = %2 ms, never more than k·H = %3 ms. Every extra miss the workers wait for costs a whole interval.</source>
        <translation>Die Panik fällt irgendwo in ein Heartbeat-Intervall, also ist der erste ausbleibende Heartbeat im Mittel ½·H später fällig, und k − %1 weitere folgen: (k − ½)·H = %2 ms, nie mehr als k·H = %3 ms. Jeder zusätzliche Fehlschlag, auf den die Worker warten, kostet ein ganzes Intervall.</translation>
    </message>
    <message>
        <source>The pause is now %1 ms, and the worst %2 ms window starts with it: only %3 of that window is left to the mutators, against %4 with the big core. The mean utilization hardly moves (%5 against %6): it hides what a deadline sees.</source>
        <translation>Die Pause beträgt jetzt %1 ms, und das schlechteste %2-ms-Fenster beginnt mit ihr: nur %3 dieses Fensters bleibt den Mutatoren, gegenüber %4 mit dem großen Kern. Die mittlere Auslastung bewegt sich kaum (%5 gegenüber %6): sie verdeckt, was eine Deadline sieht.</translation>
    </message>
    <message>
        <source>The pause is the collector&apos;s work over its speed: marking grows with the live objects, sweeping with the heap. The big core divides it by big_factor, parallel little cores by threads·(%1 − overhead). Watch the MMU curve rather than the mean utilization: a high mean can still leave a short window with almost no mutator time, and the big core shortens exactly those windows. In real mode the big core&apos;s speed is emulated on symmetric machines (the run says so): there the gain equals big_factor by construction, while real big cores gain less because marking waits on memory.</source>
        <translation>Die Pause ist die Arbeit des Collectors geteilt durch seine Geschwindigkeit: das Markieren wächst mit den lebenden Objekten, das Fegen mit dem Heap. Der große Kern teilt sie durch big_factor, parallele kleine Kerne durch threads·(%1 − overhead). Beobachten Sie eher die MMU-Kurve als die mittlere Auslastung: ein hoher Mittelwert kann trotzdem ein kurzes Fenster mit fast keiner Mutator-Zeit lassen, und der große Kern verkürzt genau diese Fenster. Im realen Modus wird die Geschwindigkeit des großen Kerns auf symmetrischen Rechnern emuliert (der Lauf sagt das): dort ist der Gewinn konstruktionsbedingt gleich big_factor, während echte große Kerne weniger gewinnen, weil das Markieren auf den Speicher wartet.</translation>
    </message>
    <message>
        <source>The task count (%1 to %2) with the shortest model makespan.</source>
        <translation>Die Taskanzahl (%1 bis %2) mit dem kürzesten Makespan im Modell.</translation>
    </message>
    <message>
        <source>The tasks on the worker core, one row each, scheduled by fixed priorities with preemption: worst-case execution time C, period T (the least time between releases), deadline D (at most T; %1 means T), release jitter J, blocking B (the longest a lower-priority task can hold a shared resource it needs) and priority (%2 is the highest; %3 takes the row&apos;s number, so the first row is the highest). One row is the command handler.</source>
        <translation>Die Tasks auf dem Worker-Kern, eine Zeile pro Task, mit festen Prioritäten und Verdrängung eingeplant: Worst-Case-Ausführungszeit C, Periode T (die kürzeste Zeit zwischen zwei Freigaben), Deadline D (höchstens T; %1 bedeutet T), Release-Jitter J, Blockierung B (die längste Zeit, die eine Task niedrigerer Priorität eine benötigte gemeinsame Ressource halten kann) und Priorität (%2 ist die höchste; %3 übernimmt die Zeilennummer, sodass die erste Zeile die höchste ist). Eine Zeile ist der Kommando-Handler.</translation>
    </message>
    <message>
        <source>The vector fraction above which offloading beats local, at the offload overhead this run saw: O / (T · (%1 − r)), O = two hand-offs and any wait at the big core, r = the big core&apos;s time for the vector part over the little&apos;s. Above %2: offloading never pays.</source>
        <translation>Der Vektoranteil, ab dem Auslagern die lokale Ausführung schlägt, beim Auslagerungs-Overhead dieses Laufs: O / (T · (%1 − r)), O = zwei Übergaben und eventuelles Warten am großen Kern, r = die Zeit des großen Kerns für den Vektorteil geteilt durch die des kleinen. Über %2: Auslagern lohnt sich nie.</translation>
    </message>
    <message>
        <source>The worker that owns the elephant flow gets its 16% plus, on average, an 8th of the rest: %1 + %2/%3 ≈ %4 of all packets, %5 times its fair share of %6/%7. The real hash of these %8 flows gives it %9 (%10 times). The run counts packets, not time, and the hash is a fixed function of each flow&apos;s addresses, so a busy or virtual machine measures the same imbalance; its ring is the first to overflow while other workers idle.</source>
        <translation>Der Worker, dem der Elefanten-Flow gehört, bekommt dessen 16% plus im Mittel ein 8tel des Rests: %1 + %2/%3 ≈ %4 aller Pakete, das %5-Fache seines fairen Anteils von %6/%7. Der echte Hash dieser %8 Flows gibt ihm %9 (das %10-Fache). Der Lauf zählt Pakete, nicht Zeit, und der Hash ist eine feste Funktion der Adressen jedes Flows, also misst ein ausgelasteter oder virtueller Rechner dasselbe Ungleichgewicht; sein Ring läuft als erster über, während andere Worker untätig sind.</translation>
    </message>
    <message>
        <source>The workers can finish c/S_w requests per second, the master %1/S_m. They match at c* = S_w/S_m = %2 workers: below it the workers bind, above it the master does. At c* both saturate together, which is why the defaults use %3.</source>
        <translation>Die Worker schaffen c/S_w Anfragen pro Sekunde, der Master %1/S_m. Sie sind gleich bei c* = S_w/S_m = %2 Workern: darunter sind die Worker der Engpass, darüber der Master. Bei c* sättigen beide gleichzeitig; deshalb verwenden die Voreinstellungen %3.</translation>
    </message>
    <message>
        <source>The workers keep up (capacity %1 transactions/s), so the reads are all answered: %2/s. The writes are not: the master makes at most %3/(d + s) = %4 commits/s, whatever the workers, and the writes beyond it queue without bound. More workers would raise the reads further and the commits not at all; group_max = %5 would lift the ceiling to %6.</source>
        <translation>Die Worker halten Schritt (Kapazität %1 Transaktionen/s), also werden alle Lesevorgänge beantwortet: %2/s. Die Schreibvorgänge nicht: der Master schafft höchstens %3/(d + s) = %4 Commits/s, wie viele Worker es auch sind, und die Schreibvorgänge darüber hinaus stauen sich unbegrenzt. Mehr Worker würden die Lesevorgänge weiter steigern und die Commits überhaupt nicht; group_max = %5 würde die Obergrenze auf %6 anheben.</translation>
    </message>
    <message>
        <source>The writes reach the master at %1/s, each needing %2 + %3 ms: the master is %4 busy, an M/D/%5 queue, and Pollaczek–Khinchine makes a write wait far longer than its own commit. With the query&apos;s %6 ms before it the commit latency is %7 ms, against %8 ms with groups of up to %9 (the best group_max here is %10, at %11 ms).</source>
        <translation>Die Schreibvorgänge erreichen den Master mit %1/s und brauchen je %2 + %3 ms: der Master ist zu %4 ausgelastet, eine M/D/%5-Warteschlange, und nach Pollaczek-Chintschin wartet ein Schreibvorgang weit länger als sein eigener Commit dauert. Mit den %6 ms der Abfrage davor beträgt die Commit-Latenz %7 ms, gegenüber %8 ms mit Gruppen von bis zu %9 (das beste group_max ist hier %10, mit %11 ms).</translation>
    </message>
    <message>
        <source>Time a packet waits before the master steers it (M/D/%1).</source>
        <translation>Zeit, die ein Paket wartet, bevor der Master es verteilt (M/D/%1).</translation>
    </message>
    <message>
        <source>Time the master spends handing a request to a worker (model and simulation). A real run measures its own; enter that here to see its effect on the ceiling %1/(S_m + h).</source>
        <translation>Zeit, die der Master braucht, um eine Anfrage an einen Worker zu übergeben (Modell und Simulation). Ein echter Lauf misst seine eigene; tragen Sie sie hier ein, um ihre Wirkung auf die Obergrenze %1/(S_m + h) zu sehen.</translation>
    </message>
    <message>
        <source>Under rss_hash one worker carries the heavy flows and its ring overflows while others idle, yet not one packet is reordered; switch to round_robin and the bars level out but reordering appears. Then sweep the workers: the saturation rate never passes %1/steer_us, whatever the workers could do, but under rss_hash it mostly stays below it and is not monotone — %2 workers carry less than %3, because the hash puts two heavy flows on one worker.</source>
        <translation>Bei rss_hash trägt ein Worker die schweren Flows, und sein Ring läuft über, während andere untätig sind, doch kein einziges Paket wird umgeordnet; wechseln Sie zu round_robin, und die Balken gleichen sich an, aber Umordnungen treten auf. Variieren Sie dann die Worker: die Sättigungsrate kommt nie über %1/steer_us, was die Worker auch leisten könnten, aber bei rss_hash bleibt sie meist darunter und ist nicht monoton — %2 Worker tragen weniger als %3, weil der Hash zwei schwere Flows auf einen Worker legt.</translation>
    </message>
    <message>
        <source>Under rss_hash the busiest of the %1 flows carries 16% of all packets (Zipf s = %2), and every flow stays on one worker. Run it for real at %3 pkt/s with %4 workers: the master thread computes the real Toeplitz hash of every packet. Predict the imbalance (busiest worker&apos;s load ÷ mean).</source>
        <translation>Bei rss_hash trägt der stärkste der %1 Flows 16% aller Pakete (Zipf s = %2), und jeder Flow bleibt auf einem Worker. Führen Sie es echt aus mit %3 pkt/s und %4 Workern: der Master-Thread berechnet den echten Toeplitz-Hash jedes Pakets. Sagen Sie das Ungleichgewicht voraus (Last des am stärksten belasteten Workers ÷ Mittelwert).</translation>
    </message>
    <message>
        <source>Watch the learning curve fall as the agent fills its Q-table and settle near the best fixed threshold policy&apos;s line: a little below it at small ε (the agent also sees each task&apos;s size), above it as ε grows, by the price of exploring. Sweep ε: the simulated cost lies above the (ε/%1)·Δ line from the start and bends upward, because a task sent to the slow cluster by a coin also delays the tasks queued behind it.</source>
        <translation>Beobachten Sie, wie die Lernkurve fällt, während der Agent seine Q-Tabelle füllt, und sich nahe der Linie der besten festen Schwellwertstrategie einpendelt: bei kleinem ε etwas darunter (der Agent sieht auch die Größe jeder Task), mit wachsendem ε darüber, um den Preis des Explorierens. Variieren Sie ε: die simulierten Kosten liegen von Anfang an über der Geraden (ε/%1)·Δ und biegen nach oben ab, weil eine Task, die per Münzwurf an den langsamen Cluster geht, auch die Tasks verzögert, die hinter ihr warten.</translation>
    </message>
    <message>
        <source>What the master spends to classify and steer one packet (always the same). Its ceiling is %1/steer_us.</source>
        <translation>Was der Master braucht, um ein Paket zu klassifizieren und zu verteilen (immer gleich viel). Seine Obergrenze ist %1/steer_us.</translation>
    </message>
    <message>
        <source>Which row of the task set handles the master&apos;s commands (counted from %1). The master sends one command per period of that row.</source>
        <translation>Welche Zeile der Task-Menge die Kommandos des Masters bearbeitet (ab %1 gezählt). Der Master sendet pro Periode dieser Zeile ein Kommando.</translation>
    </message>
    <message>
        <source>While one sync runs, the next records pile up and share the next sync: the window is %1 ms by the model&apos;s Markov chain, which a simulation confirms within its confidence interval.</source>
        <translation>Während ein Sync läuft, stauen sich die nächsten Einträge und teilen sich das nächste Sync: das Fenster beträgt nach der Markov-Kette des Modells %1 ms, was eine Simulation innerhalb ihres Konfidenzintervalls bestätigt.</translation>
    </message>
    <message>
        <source>With %1 queues the indirection table moves the flows, and two heavy ones now share a worker: its share grows from 18.1% to 25.5% of all packets. That worker saturates at %2/(process × share) = %3 pkt/s, below the %4 offered: it is sent %5 pkt/s and can do %6, so about 4.6% of all packets are dropped at its ring (the model: 4.6%). With %7 workers the busiest worker&apos;s ceiling was %8 pkt/s, above the master&apos;s. Adding a worker cut the capacity: RSS does not balance skewed flows.</source>
        <translation>Mit %1 Warteschlangen verschiebt die Indirektionstabelle die Flows, und zwei schwere teilen sich jetzt einen Worker: sein Anteil wächst von 18.1% auf 25.5% aller Pakete. Dieser Worker sättigt bei %2/(process × share) = %3 pkt/s, unter den angebotenen %4: er bekommt %5 pkt/s und schafft %6, also werden an seinem Ring etwa 4.6% aller Pakete verworfen (das Modell: 4.6%). Mit %7 Workern lag die Obergrenze des am stärksten belasteten Workers bei %8 pkt/s, über der des Masters. Ein zusätzlicher Worker hat die Kapazität gesenkt: RSS gleicht schiefe Flows nicht aus.</translation>
    </message>
    <message>
        <source>With a master of %1 ms and workers of %2 ms, how many workers does it take before the workers stop being the bottleneck?</source>
        <translation>Wie viele Worker braucht es bei einem Master mit %1 ms und Workern mit %2 ms, bis die Worker nicht mehr der Engpass sind?</translation>
    </message>
    <message>
        <source>With equal tasks every multiple of p keeps all workers busy to the end, and each extra task only adds τ + ρ of serial time at the master. So the best count is r* = p = %1 (makespan %2 s, against %3 s at %4 tasks).</source>
        <translation>Bei gleich großen Tasks hält jedes Vielfache von p alle Worker bis zum Ende beschäftigt, und jede weitere Task fügt nur τ + ρ serielle Zeit am Master hinzu. Die beste Anzahl ist also r* = p = %1 (Makespan %2 s gegenüber %3 s bei %4 Tasks).</translation>
    </message>
    <message>
        <source>With fewer than b requests waiting, the master waits up to this long for more (the timer starts when the accelerator is free and a request waits); %1 = take what waits.</source>
        <translation>Warten weniger als b Anfragen, wartet der Master bis zu so lange auf weitere (der Timer startet, wenn der Beschleuniger frei ist und eine Anfrage wartet); %1 = nehmen, was wartet.</translation>
    </message>
    <message>
        <source>With fewer than group_max writes waiting, the master waits up to this long for more (the timer starts when it is free and a write waits); %1 = take what waits.</source>
        <translation>Warten weniger als group_max Schreibvorgänge, wartet der Master bis zu so lange auf weitere (der Timer startet, wenn er frei ist und ein Schreibvorgang wartet); %1 = nehmen, was wartet.</translation>
    </message>
    <message>
        <source>With group_max = %1 every record pays a whole sync, so the master saturates at %2/(journal_cpu + log_device) however many workers there are: the window explodes at that knee. Speeding up the master&apos;s CPU cannot fix a slow log device (min_master_speed becomes ∞); group commit can, because one sync then covers many records.</source>
        <translation>Mit group_max = %1 zahlt jeder Eintrag ein ganzes Sync, sodass der Master bei %2/(journal_cpu + log_device) sättigt, wie viele Worker es auch gibt: an diesem Knick explodiert das Fenster. Eine schnellere CPU des Masters kann ein langsames Log-Gerät nicht ausgleichen (min_master_speed wird ∞); Group Commit kann es, weil ein Sync dann viele Einträge abdeckt.</translation>
    </message>
    <message>
        <source>With no hand-over the lock would pass %1/S = %2 requests/s. But each time it goes from one worker to the other it stands idle for h while the waiter wakes up, and saturated, with two workers, it changes hands on every step: the ceiling is %3/(S + h). At the model&apos;s guess of h = %4 µs that is %5 requests/s; your run&apos;s h decides. A waiter sleeps in the kernel, and waking it takes a few µs on an idle machine and far more on a busy virtual one, so h is the host&apos;s as much as the lock&apos;s (the tolerance widens on a VM). The model charges h only when the lock changes core, (c−%6)/c of the time if any worker were equally likely to be next: %7 requests/s here; saturated, it changes core every time. Run the amp design at the same load: its master pays its own hand-off instead (the handoff_ms row), a push into a ring that a polling worker takes, usually far cheaper than waking a sleeping thread.</source>
        <translation>Ohne Übergabezeit ließe die Sperre %1/S = %2 Anfragen/s durch. Aber jedes Mal, wenn sie von einem Worker zum anderen geht, steht sie h lang still, während der Wartende aufwacht, und gesättigt, mit zwei Workern, wechselt sie bei jedem Schritt den Besitzer: die Obergrenze ist %3/(S + h). Bei der Annahme des Modells h = %4 µs sind das %5 Anfragen/s; Ihr Lauf bestimmt h. Ein Wartender schläft im Kernel, und ihn zu wecken dauert auf einem ruhigen Rechner einige µs und auf einer ausgelasteten virtuellen Maschine weit mehr, also gehört h ebenso dem Host wie der Sperre (auf einer VM wird die Toleranz weiter). Das Modell berechnet h nur, wenn die Sperre den Kern wechselt, (c−%6)/c der Zeit, wenn jeder Worker gleich wahrscheinlich der nächste wäre: hier %7 Anfragen/s; gesättigt wechselt sie jedes Mal den Kern. Führen Sie das Design amp bei derselben Last aus: sein Master zahlt stattdessen seine eigene Übergabe (die Zeile handoff_ms), ein Schieben in einen Ring, den ein abfragender Worker leert, meist weit billiger als das Wecken eines schlafenden Threads.</translation>
    </message>
    <message>
        <source>With one little, migrate beats offload while m &lt; h + (%1 − f)·T·(%2 − %3/b)/%4.</source>
        <translation>Mit einem kleinen Kern schlägt Migrieren das Auslagern, solange m &lt; h + (%1 − f)·T·(%2 − %3/b)/%4.</translation>
    </message>
    <message>
        <source>Workers now fail at %1 per second during the shutdown (%2 workers, quorum %3). Predict P(safe) with fixed step times; a simulation grades it.</source>
        <translation>Worker fallen jetzt während des Herunterfahrens mit %1 pro Sekunde aus (%2 Worker, Quorum %3). Sagen Sie P(sicher) bei festen Schrittzeiten voraus; eine Simulation bewertet die Antwort.</translation>
    </message>
    <message>
        <source>X·D of the chosen strategy (%1 when local).</source>
        <translation>X·D der gewählten Strategie (%1 bei lokaler Ausführung).</translation>
    </message>
    <message>
        <source>You accept %1 ms of mean latency for exploring. With Δ = %2 ms, the first-order rule says the largest ε is %3·budget/Δ. At ε = %4, predict the model&apos;s exploration overhead in ms.</source>
        <translation>Sie nehmen %1 ms mittlere Latenz für das Explorieren in Kauf. Mit Δ = %2 ms sagt die Regel erster Ordnung, das größte ε sei %3·budget/Δ. Sagen Sie bei ε = %4 den Explorations-Overhead des Modells in ms voraus.</translation>
    </message>
    <message>
        <source>Z = (%1 − f)·T + %2·h: what a little spends per offloaded task on its own work and the hand-offs.</source>
        <translation>Z = (%1 − f)·T + %2·h: was ein kleiner Kern pro ausgelagerter Task für seine eigene Arbeit und die Übergaben aufwendet.</translation>
    </message>
    <message>
        <source>a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two task sizes (Lee–Longton)</source>
        <translation>eine CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Taskgrößen mit (%1 + cs²)/%2 skaliert ist (Lee–Longton)</translation>
    </message>
    <message>
        <source>arrival rate [%1/s]</source>
        <translation>Ankunftsrate [%1/s]</translation>
    </message>
    <message>
        <source>b/(b·c + d) = %1/(%2 × %3 + %4) ms = %5 records/s: the sync&apos;s %6 ms is paid once per group. So %7/s is no longer beyond the master, and the window falls to %8 ms, better than without groups at %9/s (%10 ms); about %11 records share a commit.</source>
        <translation>b/(b·c + d) = %1/(%2 × %3 + %4) ms = %5 Einträge/s: die %6 ms des Syncs werden einmal pro Gruppe bezahlt. Also liegen %7/s nicht mehr jenseits des Masters, und das Fenster fällt auf %8 ms, besser als ohne Gruppen bei %9/s (%10 ms); etwa %11 Einträge teilen sich einen Commit.</translation>
    </message>
    <message>
        <source>e^(−μ·T) with fixed steps; Π %1/(%2 + μ·sᵢ) with exponential ones.</source>
        <translation>e^(−μ·T) bei festen Schritten; Π %1/(%2 + μ·sᵢ) bei exponentiellen.</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3).</source>
        <translation>exp (cv %1), det (cv %2) oder lognormal (cv %3).</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3). Only exp makes the master&apos;s input exactly Poisson (Burke).</source>
        <translation>exp (cv %1), det (cv %2) oder lognormal (cv %3). Nur mit exp ist die Eingabe des Masters exakt ein Poisson-Strom (Burke).</translation>
    </message>
    <message>
        <source>exp (cv %1), det (cv %2) or lognormal (cv %3). Only exp makes the model exact: the writes then reach the master as a Poisson stream (Burke).</source>
        <translation>exp (cv %1), det (cv %2) oder lognormal (cv %3). Nur mit exp ist das Modell exakt: die Schreibvorgänge erreichen den Master dann als Poisson-Strom (Burke).</translation>
    </message>
    <message>
        <source>master&apos;s ceiling %1/steer</source>
        <translation>Obergrenze des Masters %1/steer</translation>
    </message>
    <message>
        <source>min(N/(D + Z), %1/D): the asymptotes.</source>
        <translation>min(N/(D + Z), %1/D): die Asymptoten.</translation>
    </message>
    <message>
        <source>on/off input is burstier than Poisson: the M/D/%1 wait is a lower estimate</source>
        <translation>An/Aus-Eingabe ist stoßartiger als Poisson: die M/D/%1-Wartezeit ist eine untere Schätzung</translation>
    </message>
    <message>
        <source>poisson: independent arrivals; onoff: bursts, exponential on and off periods of %1 ms mean each, Poisson at twice the rate while on (the same mean rate).</source>
        <translation>poisson: unabhängige Ankünfte; onoff: Schübe, exponentielle An- und Aus-Phasen von je %1 ms Mittelwert, während der An-Phase Poisson mit doppelter Rate (dieselbe mittlere Rate).</translation>
    </message>
    <message>
        <source>privileged_quanta over the quanta run: k/n in symmetric, %1 in amp.</source>
        <translation>privileged_quanta geteilt durch die gelaufenen Quanten: k/n bei symmetric, %1 bei amp.</translation>
    </message>
    <message>
        <source>rss_hash: %1/(process × the busiest worker&apos;s share of packets); not monotone in the number of workers.</source>
        <translation>rss_hash: %1/(process × Paketanteil des am stärksten belasteten Workers); nicht monoton in der Anzahl der Worker.</translation>
    </message>
    <message>
        <source>rss_hash: a Toeplitz hash of the %1-tuple picks the worker (a flow always lands on the same one); round_robin: packets in turn; jsq: the worker with the fewest packets; flowlet: a flow keeps its worker until it pauses for %2 × process_us, then moves to the least loaded one.</source>
        <translation>rss_hash: ein Toeplitz-Hash des %1-Tupels wählt den Worker (ein Flow landet immer beim selben); round_robin: Pakete abwechselnd; jsq: der Worker mit den wenigsten Paketen; flowlet: ein Flow behält seinen Worker, bis er für %2 × process_us pausiert, und wechselt dann zum am wenigsten belasteten.</translation>
    </message>
    <message>
        <source>s: %1, big_factor or threads·(%2 − overhead).</source>
        <translation>s: %1, big_factor oder threads·(%2 − overhead).</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (UCB&apos;s exploration, which shrinks like ln n/n, left out), in a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>die gelernte Strategie als gierige Wahl nach der eigenen erwarteten Antwortzeit jeder Task (die Exploration von UCB, die wie ln n/n schrumpft, bleibt außen vor), in einer CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Größen mit (%1 + cs²)/%2 skaliert ist; der diskretisierte Zustand des Agenten und seine Lernphase bleiben außen vor</translation>
    </message>
    <message>
        <source>the learned policy taken as greedy on each task&apos;s own expected response time (with probability ε a coin), in a CTMC with exponential service of the mixed mean, its queueing scaled by (%1 + cs²)/%2 for the two sizes; the agent&apos;s bucketed state and its learning phase are left out</source>
        <translation>die gelernte Strategie als gierige Wahl nach der eigenen erwarteten Antwortzeit jeder Task (mit Wahrscheinlichkeit ε ein Münzwurf), in einer CTMC mit exponentieller Bedienung des gemischten Mittelwerts, deren Warteschlange für die zwei Größen mit (%1 + cs²)/%2 skaliert ist; der diskretisierte Zustand des Agenten und seine Lernphase bleiben außen vor</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/%1/K die Verluste</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; flowlet modelled as an even split; sticky elephant flows make it less even</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/%1/K die Verluste; flowlet als gleichmäßige Aufteilung modelliert; hartnäckige Elefanten-Flows machen sie ungleichmäßiger</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; jsq modelled as one pooled M/M/W/(W·K) queue</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/%1/K die Verluste; jsq als eine gemeinsame M/M/W/(W·K)-Warteschlange modelliert</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; non-exponential processing modelled as exponential (M/M/%2/K)</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/%1/K die Verluste; nicht exponentielle Verarbeitung als exponentiell modelliert (M/M/%2/K)</translation>
    </message>
    <message>
        <source>the master&apos;s output is smoother than Poisson, so M/M/%1/K overstates drops; round_robin: each worker gets every W-th packet, far more regular than Poisson; M/M/%2/K with λ/W overstates drops and waits</source>
        <translation>die Ausgabe des Masters ist gleichmäßiger als Poisson, daher überschätzt M/M/%1/K die Verluste; round_robin: jeder Worker bekommt jedes W-te Paket, weit regelmäßiger als Poisson; M/M/%2/K mit λ/W überschätzt Verluste und Wartezeiten</translation>
    </message>
    <message>
        <source>threads·(%1 − overhead).</source>
        <translation>threads·(%1 − overhead).</translation>
    </message>
    <message>
        <source>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ gives w = %1 µs (row %2 preempts it once), and R = J + w with J = %3 µs of release jitter (the master&apos;s): %4 µs. The end-to-end bound adds the IPC and the actuator: %5 µs.</source>
        <translation>w = C + B + ⌈(w + J₁)/T₁⌉·C₁ ergibt w = %1 µs (Zeile %2 verdrängt ihn einmal), und R = J + w mit J = %3 µs Release-Jitter (dem des Masters): %4 µs. Die Ende-zu-Ende-Schranke addiert IPC und Aktor: %5 µs.</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>worker %1 (hash imbalance)</source>
        <translation>Worker %1 (Hash-Ungleichgewicht)</translation>
    </message>
    <message>
        <source>worker failure rate μ [%1/s]</source>
        <translation>Ausfallrate der Worker μ [%1/s]</translation>
    </message>
    <message>
        <source>workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/%1)</source>
        <translation>Worker: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/%1)</translation>
    </message>
    <message>
        <source>workers: Kingman G/G/%1 per worker with round-robin arrivals (SCV c_a²/c)</source>
        <translation>Worker: Kingman G/G/%1 pro Worker mit Round-Robin-Ankünften (SCV c_a²/c)</translation>
    </message>
    <message>
        <source>write rate [%1/s]</source>
        <translation>Schreibrate [%1/s]</translation>
    </message>
    <message>
        <source>ρ at the master is %1, so its wait is ρ/(μ−λ) = %2 ms: the knee of the curve. With its %3 ms of service a request spends %4 ms at the master; the question asked for the wait alone. The workers, at %5, still have room.</source>
        <translation>ρ am Master ist %1, also ist seine Wartezeit ρ/(μ−λ) = %2 ms: der Knick der Kurve. Mit ihren %3 ms Bedienung verbringt eine Anfrage %4 ms am Master; gefragt war nur die Wartezeit. Die Worker haben bei %5 noch Luft.</translation>
    </message>
    <message>
        <source>ℓ: probability that one heartbeat is lost on its way (each independently). Below %1: a master whose every beat is lost cannot be told from a dead one.</source>
        <translation>ℓ: Wahrscheinlichkeit, dass ein Heartbeat unterwegs verloren geht (jeder unabhängig). Unter %1: ein Master, dessen Heartbeats alle verloren gehen, ist von einem toten nicht zu unterscheiden.</translation>
    </message>
    <message>
        <source>⌊λ·s0/(%1 − λ·s1)⌋ + %2: below this batch size the accelerator cannot keep up (model, from the parameters).</source>
        <translation>⌊λ·s0/(%1 − λ·s1)⌋ + %2: unterhalb dieser Batchgröße kann der Beschleuniger nicht Schritt halten (Modell, aus den Parametern).</translation>
    </message>
    <message>
        <source>⌊λ·s0/(%1 − λ·s1)⌋ + %2: the smallest b with λ·s(b)/b &lt; %3.</source>
        <translation>⌊λ·s0/(%1 − λ·s1)⌋ + %2: das kleinste b mit λ·s(b)/b &lt; %3.</translation>
    </message>
    <message>
        <source>        link   loss (Mathis)       master        workers</source>
        <translation>        Link   Verlust (Mathis)    Master        Worker</translation>
    </message>
    <message>
        <source>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = the receiver&apos;s window when p = %1)</source>
        <translation>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = das Fenster des Empfängers bei p = %1)</translation>
    </message>
    <message>
        <source>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = the receiver&apos;s window when p = 0)</source>
        <translation>  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = das Fenster des Empfängers bei p = 0)</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %2·budget/Δ</source>
        <translation>Eine CTMC über (Tasks im schnellen Cluster, Tasks im langsamen Cluster): Ankünfte λ, von der Strategie verteilt, Abgänge min(n, c)·μ pro Cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist %2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Eine CTMC über (Tasks im schnellen Cluster, Tasks im langsamen Cluster): Ankünfte λ, von der Strategie verteilt, Abgänge min(n, c)·μ pro Cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist 2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow, turn): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %2·budget/Δ</source>
        <translation>Eine CTMC über (Tasks im schnellen Cluster, Tasks im langsamen Cluster, wer an der Reihe ist): Ankünfte λ, von der Strategie verteilt, Abgänge min(n, c)·μ pro Cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/%1)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist %2·budget/Δ</translation>
    </message>
    <message>
        <source>A CTMC on (tasks at fast, tasks at slow, turn): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Eine CTMC über (Tasks im schnellen Cluster, Tasks im langsamen Cluster, wer an der Reihe ist): Ankünfte λ, von der Strategie verteilt, Abgänge min(n, c)·μ pro Cluster; T = E[n_fast + n_slow]/λ (Little). Exploration ≈ (ε/2)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist 2·budget/Δ</translation>
    </message>
    <message>
        <source>A commit takes k = min(n, b) of the n waiting records: S_k = C₁ + … + C_k + d,  E[S_k] = k·c + d</source>
        <translation>Ein Commit nimmt k = min(n, b) der n wartenden Einträge: S_k = C₁ + … + C_k + d,  E[S_k] = k·c + d</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = %1·λ); each cluster is M/H₂/c. c = %2: T = E[S] + λ·E[S²]/(%3(%4−ρ)) (Pollaczek–Khinchine), E[S²] = %5·((%6−m)·s² + m·L²)·k². Exploration ≈ (ε/%7)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is %8·budget/Δ</source>
        <translation>Bernoulli-Aufteilung: jeder Cluster erhält einen Poisson-Strom (λ_fast = %1·λ); jeder Cluster ist M/H₂/c. c = %2: T = E[S] + λ·E[S²]/(%3(%4−ρ)) (Pollaczek–Khinchine), E[S²] = %5·((%6−m)·s² + m·L²)·k². Exploration ≈ (ε/%7)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist %8·budget/Δ</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = 0.5·λ); each cluster is M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Bernoulli-Aufteilung: jeder Cluster erhält einen Poisson-Strom (λ_fast = 0,5·λ); jeder Cluster ist M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist 2·budget/Δ</translation>
    </message>
    <message>
        <source>Bernoulli split: each cluster gets a Poisson stream (λ_fast = 1·λ); each cluster is M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters&apos; expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ</source>
        <translation>Bernoulli-Aufteilung: jeder Cluster erhält einen Poisson-Strom (λ_fast = 1·λ); jeder Cluster ist M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k². Exploration ≈ (ε/2)·Δ, Δ der mittlere Abstand zwischen den erwarteten Antwortzeiten der Cluster für eine ankommende Task unter der gelernten Strategie; das größte ε innerhalb des Budgets ist 2·budget/Δ</translation>
    </message>
    <message>
        <source>C link rate, MSS segment payload, RTT round trip without queueing, p random loss probability,</source>
        <translation>C Linkrate, MSS Nutzlast eines Segments, RTT Umlaufzeit ohne Warteschlangen, p Wahrscheinlichkeit zufälliger Verluste,</translation>
    </message>
    <message>
        <source>E[T] = E[N]/λ over the chain (n jobs; k workers at the lock; how its holder got it)</source>
        <translation>E[T] = E[N]/λ über die Kette (n Aufträge; k Worker an der Sperre; wie ihr Halter sie bekam)</translation>
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
        <translation>MVA, eine Warteschlangenstation und eine Verzögerungsstation: R(n) = D·(%1 + Q(n−%2)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), ab Q(%3) = %4; U = X·D. Asymptoten X ≤ min(N/(D + Z), %5/D), R ≥ max(D, N·D − Z); Knie N* = (D + Z)/D</translation>
    </message>
    <message>
        <source>MVA, one queueing and one delay station: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), from Q(0) = 0; U = X·D. Asymptotes X ≤ min(N/(D + Z), 1/D), R ≥ max(D, N·D − Z); knee N* = (D + Z)/D</source>
        <translation>MVA, eine Warteschlangenstation und eine Verzögerungsstation: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), ab Q(0) = 0; U = X·D. Asymptoten X ≤ min(N/(D + Z), 1/D), R ≥ max(D, N·D − Z); Knie N* = (D + Z)/D</translation>
    </message>
    <message>
        <source>Master (M/D/%1): W_q = ρ·D / (%2(%3 − ρ)),  ρ = λ·D</source>
        <translation>Master (M/D/%1): W_q = ρ·D / (%2(%3 − ρ)),  ρ = λ·D</translation>
    </message>
    <message>
        <source>Master (M/D/1): W_q = ρ·D / (2(1 − ρ)),  ρ = λ·D</source>
        <translation>Master (M/D/1): W_q = ρ·D / (2(1 − ρ)),  ρ = λ·D</translation>
    </message>
    <message>
        <source>Response-time analysis per task (fixed priorities, preemptive): w = C + B + Σ_hp ⌈(w + J_j)/T_j⌉·C_j, iterated from w = C + B to a fixed point, R = J + w, schedulable when R ≤ D. The handler&apos;s J includes the master&apos;s assumed maximum jitter. End-to-end bound = longest path of the chain master → IPC → handler → actuator = J_master,max + IPC + (J_handler + w_handler) + actuator</source>
        <translation>Antwortzeitanalyse pro Task (feste Prioritäten, präemptiv): w = C + B + Σ_hp ⌈(w + J_j)/T_j⌉·C_j, iteriert ab w = C + B bis zu einem Fixpunkt, R = J + w, einplanbar, wenn R ≤ D. Das J des Handlers enthält den angenommenen maximalen Jitter des Masters. Ende-zu-Ende-Schranke = längster Pfad der Kette Master → IPC → Handler → Aktor = J_master,max + IPC + (J_handler + w_handler) + Aktor</translation>
    </message>
    <message>
        <source>S = C + d,  S̄ = c + d,  E[S²] = c² + (c + d)²,  ρ = λ·(c + d)</source>
        <translation>S = C + d,  S̄ = c + d,  E[S²] = c² + (c + d)²,  ρ = λ·(c + d)</translation>
    </message>
    <message>
        <source>Saturation: X ≤ min(%1/D, W/S, %2/(S·max share)),  share_i = λᵢ/λ  (the last under rss_hash: the busiest worker)</source>
        <translation>Sättigung: X ≤ min(%1/D, W/S, %2/(S·max share)),  share_i = λᵢ/λ  (das letzte unter rss_hash: der am stärksten belastete Worker)</translation>
    </message>
    <message>
        <source>Saturation: X ≤ min(1/D, W/S, 1/(S·max share)),  share_i = λᵢ/λ  (the last under rss_hash: the busiest worker)</source>
        <translation>Sättigung: X ≤ min(1/D, W/S, 1/(S·max share)),  share_i = λᵢ/λ  (das letzte unter rss_hash: der am stärksten belastete Worker)</translation>
    </message>
    <message>
        <source>W = L / λ (Little), with L, the mean number of records queued or in a commit, from the Markov chain of the number waiting at each commit&apos;s end (solved numerically)</source>
        <translation>W = L / λ (Little), mit L, der mittleren Zahl der Einträge in der Warteschlange oder in einem Commit, aus der Markov-Kette der Zahl der Wartenden am Ende jedes Commits (numerisch gelöst)</translation>
    </message>
    <message>
        <source>W = S̄ + λ·E[S²] / (%1(%2 − ρ))   (Pollaczek–Khinchine: the master is an M/G/%3 queue)</source>
        <translation>W = S̄ + λ·E[S²] / (%1(%2 − ρ))   (Pollaczek–Khinchine: der Master ist eine M/G/%3-Warteschlange)</translation>
    </message>
    <message>
        <source>W = S̄ + λ·E[S²] / (2(1 − ρ))   (Pollaczek–Khinchine: the master is an M/G/1 queue)</source>
        <translation>W = S̄ + λ·E[S²] / (2(1 − ρ))   (Pollaczek–Khinchine: der Master ist eine M/G/1-Warteschlange)</translation>
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
        <translation>Wenn der Master begrenzt (Littles Gesetz über die Schleife): RTT_eff ≈ W̄·MSS/X_master,</translation>
    </message>
    <message>
        <source>Worker i (M/M/%1/K): P_drop,i = (%2 − ρᵢ)·ρᵢ^K / (%3 − ρᵢ^(K+%4)),  ρᵢ = λᵢ·S,  K = ring_slots + %5</source>
        <translation>Worker i (M/M/%1/K): P_drop,i = (%2 − ρᵢ)·ρᵢ^K / (%3 − ρᵢ^(K+%4)),  ρᵢ = λᵢ·S,  K = ring_slots + %5</translation>
    </message>
    <message>
        <source>Worker i (M/M/1/K): P_drop,i = (1 − ρᵢ)·ρᵢ^K / (1 − ρᵢ^(K+1)),  ρᵢ = λᵢ·S,  K = ring_slots + 1</source>
        <translation>Worker i (M/M/1/K): P_drop,i = (1 − ρᵢ)·ρᵢ^K / (1 − ρᵢ^(K+1)),  ρᵢ = λᵢ·S,  K = ring_slots + 1</translation>
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
        <translation>eine Gruppe aus k kostet d + k·s, die Kapazität ist also b/(d + b·s); der Master nimmt, was wartet, bis zu b</translation>
    </message>
    <message>
        <source>a group of k costs d + k·s, so the capacity is b/(d + b·s); with fewer than b waiting the master waits up to T for more (Neuts&apos; (a, b) rule with a = b and a timer)</source>
        <translation>eine Gruppe aus k kostet d + k·s, die Kapazität ist also b/(d + b·s); warten weniger als b, wartet der Master bis zu T auf weitere (Neuts&apos; (a, b)-Regel mit a = b und einem Timer)</translation>
    </message>
    <message>
        <source>a segments per ACK, S_ack master time per ACK, n workers, S_seg worker time per segment.</source>
        <translation>a Segmente pro ACK, S_ack Zeit des Masters pro ACK, n Worker, S_seg Zeit eines Workers pro Segment.</translation>
    </message>
    <message>
        <source>arrival λ: a free worker takes the job and asks for the lock; lock done (rate %1/S_l): the worker goes on to its own part; part done (rate %2/S_w each): the job leaves and the worker takes the next</source>
        <translation>Ankunft λ: ein freier Worker übernimmt den Auftrag und fordert die Sperre an; Sperre fertig (Rate %1/S_l): der Worker geht zu seinem eigenen Teil über; Teil fertig (Rate je %2/S_w): der Auftrag verlässt das System und der Worker nimmt den nächsten</translation>
    </message>
    <message>
        <source>arrival λ: a free worker takes the job and asks for the lock; lock done (rate 1/S_l): the worker goes on to its own part; part done (rate 1/S_w each): the job leaves and the worker takes the next</source>
        <translation>Ankunft λ: ein freier Worker übernimmt den Auftrag und fordert die Sperre an; Sperre fertig (Rate 1/S_l): der Worker geht zu seinem eigenen Teil über; Teil fertig (Rate je 1/S_w): der Auftrag verlässt das System und der Worker nimmt den nächsten</translation>
    </message>
    <message>
        <source>capacity = b / (b·c + d),  ρ = λ·(b·c + d)/b</source>
        <translation>Kapazität = b / (b·c + d),  ρ = λ·(b·c + d)/b</translation>
    </message>
    <message>
        <source>capacity b/(s0 + s1·b) = %1 requests/s &lt; λ = %2: the accelerator cannot keep up, the queue grows without bound. The smallest stable batch is b_min = ⌊λ·s0/(%3 − λ·s1)⌋ + %4 = %5.</source>
        <translation>Kapazität b/(s0 + s1·b) = %1 Anfragen/s &lt; λ = %2: der Beschleuniger kommt nicht nach, die Warteschlange wächst unbegrenzt. Der kleinste stabile Batch ist b_min = ⌊λ·s0/(%3 − λ·s1)⌋ + %4 = %5.</translation>
    </message>
    <message>
        <source>capacity b/(s0 + s1·b) = %1 requests/s &lt; λ = %2: the accelerator cannot keep up, the queue grows without bound. The smallest stable batch is none: λ·s1 ≥ %3, even endless batches are too slow.</source>
        <translation>Kapazität b/(s0 + s1·b) = %1 Anfragen/s &lt; λ = %2: der Beschleuniger kommt nicht nach, die Warteschlange wächst unbegrenzt. Einen kleinsten stabilen Batch gibt es nicht: λ·s1 ≥ %3, selbst beliebig große Batches sind zu langsam.</translation>
    </message>
    <message>
        <source>capacity of the master b/(d + b·s) = %1 commits/s, of the workers c/q = %2 transactions/s; λ·w = %3 writes/s and λ = %4 transactions/s: the master cannot keep up, its queue grows without bound.</source>
        <translation>Kapazität des Masters b/(d + b·s) = %1 Commits/s, der Worker c/q = %2 Transaktionen/s; λ·w = %3 Schreibvorgänge/s und λ = %4 Transaktionen/s: der Master kommt nicht nach, seine Warteschlange wächst unbegrenzt.</translation>
    </message>
    <message>
        <source>capacity of the master b/(d + b·s) = %1 commits/s, of the workers c/q = %2 transactions/s; λ·w = %3 writes/s and λ = %4 transactions/s: the workers cannot keep up, its queue grows without bound.</source>
        <translation>Kapazität des Masters b/(d + b·s) = %1 Commits/s, der Worker c/q = %2 Transaktionen/s; λ·w = %3 Schreibvorgänge/s und λ = %4 Transaktionen/s: die Worker kommen nicht nach, ihre Warteschlange wächst unbegrenzt.</translation>
    </message>
    <message>
        <source>commit latency = read latency + L/(λw)   (Little), L from the Markov chain of the writes waiting at each commit&apos;s end, solved numerically</source>
        <translation>Commit-Latenz = Leselatenz + L/(λw)   (Little), L aus der Markov-Kette der am Ende jedes Commits wartenden Schreibvorgänge, numerisch gelöst</translation>
    </message>
    <message>
        <source>commit latency = read latency + S + λw·S² / (%1(%2 − λw·S)),  S = d + s   (the master is M/D/%3: Pollaczek–Khinchine)</source>
        <translation>Commit-Latenz = Leselatenz + S + λw·S² / (%1(%2 − λw·S)),  S = d + s   (der Master ist M/D/%3: Pollaczek–Khinchine)</translation>
    </message>
    <message>
        <source>d = W/r; task i leaves the master at (i+%1)·τ and starts at sᵢ = max((i+%2)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; speedup = W/T; with r = p: T ≈ p·(τ + ρ) + W/p, best at p* ≈ √(W/(τ + ρ)), speedup ≈ ½·√(W/(τ + ρ))</source>
        <translation>d = W/r; Task i verlässt den Master bei (i+%1)·τ und beginnt bei sᵢ = max((i+%2)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; Speedup = W/T; mit r = p: T ≈ p·(τ + ρ) + W/p, am besten bei p* ≈ √(W/(τ + ρ)), Speedup ≈ ½·√(W/(τ + ρ))</translation>
    </message>
    <message>
        <source>d = W/r; task i leaves the master at (i+1)·τ and starts at sᵢ = max((i+1)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; speedup = W/T; with r = p: T ≈ p·(τ + ρ) + W/p, best at p* ≈ √(W/(τ + ρ)), speedup ≈ ½·√(W/(τ + ρ))</source>
        <translation>d = W/r; Task i verlässt den Master bei (i+1)·τ und beginnt bei sᵢ = max((i+1)·τ, sᵢ₋ₚ + d); T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; Speedup = W/T; mit r = p: T ≈ p·(τ + ρ) + W/p, am besten bei p* ≈ √(W/(τ + ρ)), Speedup ≈ ½·√(W/(τ + ρ))</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (lost beats just before the panic count as misses); false alarms (%3 − ℓ)·ℓ^k per interval; exponential steps: absorbing CTMC over (step, alive workers), step i ends at rate %4/sᵢ, a worker fails at rate a·μ; P(safe) and E[T | safe] by solving it; time to safe = detect + E[protocol | safe]</source>
        <translation>Erkennung = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (verlorene Heartbeats kurz vor der Panik zählen als Fehlschläge); Fehlalarme (%3 − ℓ)·ℓ^k pro Intervall; exponentielle Schritte: absorbierende CTMC über (Schritt, lebende Worker), Schritt i endet mit Rate %4/sᵢ, ein Worker fällt mit Rate a·μ aus; P(sicher) und E[T | sicher] aus ihrer Lösung; Zeit bis sicher = Erkennung + E[Protokoll | sicher]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (lost beats just before the panic count as misses); false alarms (%3 − ℓ)·ℓ^k per interval; fixed steps, no repair: P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; time to safe = detect + E[protocol | safe]</source>
        <translation>Erkennung = (k − ½)·H − H·Σ_{i=%1}^{k−%2} ℓ^i (verlorene Heartbeats kurz vor der Panik zählen als Fehlschläge); Fehlalarme (%3 − ℓ)·ℓ^k pro Intervall; feste Schritte, keine Reparatur: P(sicher) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; Zeit bis sicher = Erkennung + E[Protokoll | sicher]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (lost beats just before the panic count as misses); false alarms (1 − ℓ)·ℓ^k per interval; exponential steps: absorbing CTMC over (step, alive workers), step i ends at rate 1/sᵢ, a worker fails at rate a·μ; P(safe) and E[T | safe] by solving it; time to safe = detect + E[protocol | safe]</source>
        <translation>Erkennung = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (verlorene Heartbeats kurz vor der Panik zählen als Fehlschläge); Fehlalarme (1 − ℓ)·ℓ^k pro Intervall; exponentielle Schritte: absorbierende CTMC über (Schritt, lebende Worker), Schritt i endet mit Rate 1/sᵢ, ein Worker fällt mit Rate a·μ aus; P(sicher) und E[T | sicher] aus ihrer Lösung; Zeit bis sicher = Erkennung + E[Protokoll | sicher]</translation>
    </message>
    <message>
        <source>detect = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (lost beats just before the panic count as misses); false alarms (1 − ℓ)·ℓ^k per interval; fixed steps, no repair: P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; time to safe = detect + E[protocol | safe]</source>
        <translation>Erkennung = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (verlorene Heartbeats kurz vor der Panik zählen als Fehlschläge); Fehlalarme (1 − ℓ)·ℓ^k pro Intervall; feste Schritte, keine Reparatur: P(sicher) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ; Zeit bis sicher = Erkennung + E[Protokoll | sicher]</translation>
    </message>
    <message>
        <source>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   imbalance = max λᵢ / mean λᵢ,   throughput = λ·(%1 − drop_rate)</source>
        <translation>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   Ungleichgewicht = max λᵢ / Mittel λᵢ,   Durchsatz = λ·(%1 − drop_rate)</translation>
    </message>
    <message>
        <source>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   imbalance = max λᵢ / mean λᵢ,   throughput = λ·(1 − drop_rate)</source>
        <translation>drop_rate = Σᵢ λᵢ·P_drop,i / λ,   Ungleichgewicht = max λᵢ / Mittel λᵢ,   Durchsatz = λ·(1 − drop_rate)</translation>
    </message>
    <message>
        <source>full: the accelerator waits for b requests (M/D^(b,b)/%1)</source>
        <translation>full: der Beschleuniger wartet auf b Anfragen (M/D^(b,b)/%1)</translation>
    </message>
    <message>
        <source>full: the accelerator waits for b requests (M/D^(b,b)/1)</source>
        <translation>full: der Beschleuniger wartet auf b Anfragen (M/D^(b,b)/1)</translation>
    </message>
    <message>
        <source>greedy: the accelerator takes what waits, up to b, as soon as it is free</source>
        <translation>greedy: der Beschleuniger nimmt, was wartet, bis zu b, sobald er frei ist</translation>
    </message>
    <message>
        <source>latency = L/λ (Little), L from the Markov chain of the requests waiting at each batch&apos;s end, solved numerically (exact for Poisson arrivals); a batch of k costs s(k) = s0 + s1·k</source>
        <translation>Latenz = L/λ (Little), L aus der Markov-Kette der am Ende jedes Batches wartenden Anfragen, numerisch gelöst (exakt bei Poisson-Ankünften); ein Batch aus k kostet s(k) = s0 + s1·k</translation>
    </message>
    <message>
        <source>levels n ≥ c share one rate matrix R: π_{n+%1} = π_n·R   (matrix-geometric, exact)</source>
        <translation>die Stufen n ≥ c teilen sich eine Ratenmatrix R: π_{n+%1} = π_n·R   (matrixgeometrisch, exakt)</translation>
    </message>
    <message>
        <source>levels n ≥ c share one rate matrix R: π_{n+1} = π_n·R   (matrix-geometric, exact)</source>
        <translation>die Stufen n ≥ c teilen sich eine Ratenmatrix R: π_{n+1} = π_n·R   (matrixgeometrisch, exakt)</translation>
    </message>
    <message>
        <source>local = T; offload = (%1−f)·T + f·T/(w·b) + %2·h; migrate = (%3−f)·T/b + f·T/(w·b) + %4·m; break-even f* = %5·h / (T·(%6 − %7/(w·b))). N littles share the big core: a closed loop with think Z and demand D (offload Z = (%8−f)·T + %9·h, D = f·T/(w·b); migrate Z = %10·m, D = (%11−f)·T/b + f·T/(w·b)), solved by MVA: R(n) = D·(%12 + Q(n−%13)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), task time = N/X(N); knee N* = (Z + D)/D</source>
        <translation>local = T; offload = (%1−f)·T + f·T/(w·b) + %2·h; migrate = (%3−f)·T/b + f·T/(w·b) + %4·m; Break-even f* = %5·h / (T·(%6 − %7/(w·b))). N kleine Kerne teilen sich den großen Kern: ein geschlossener Kreislauf mit Denkzeit Z und Bedarf D (offload Z = (%8−f)·T + %9·h, D = f·T/(w·b); migrate Z = %10·m, D = (%11−f)·T/b + f·T/(w·b)), gelöst mit MVA: R(n) = D·(%12 + Q(n−%13)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), Zeit pro Task = N/X(N); Knie N* = (Z + D)/D</translation>
    </message>
    <message>
        <source>local = T; offload = (1−f)·T + f·T/(w·b) + 2·h; migrate = (1−f)·T/b + f·T/(w·b) + 2·m; break-even f* = 2·h / (T·(1 − 1/(w·b))). N littles share the big core: a closed loop with think Z and demand D (offload Z = (1−f)·T + 2·h, D = f·T/(w·b); migrate Z = 2·m, D = (1−f)·T/b + f·T/(w·b)), solved by MVA: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), task time = N/X(N); knee N* = (Z + D)/D</source>
        <translation>local = T; offload = (1−f)·T + f·T/(w·b) + 2·h; migrate = (1−f)·T/b + f·T/(w·b) + 2·m; Break-even f* = 2·h / (T·(1 − 1/(w·b))). N kleine Kerne teilen sich den großen Kern: ein geschlossener Kreislauf mit Denkzeit Z und Bedarf D (offload Z = (1−f)·T + 2·h, D = f·T/(w·b); migrate Z = 2·m, D = (1−f)·T/b + f·T/(w·b)), gelöst mit MVA: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), Zeit pro Task = N/X(N); Knie N* = (Z + D)/D</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = %1 records/s, workers capacity workers/data = %2 writes/s; λ = %3 is beyond the capacity of the master: the queue grows without bound and the window with it.</source>
        <translation>Kapazität des Masters b/(b·c + d) = %1 Einträge/s, Kapazität der Worker workers/data = %2 Schreibvorgänge/s; λ = %3 übersteigt die Kapazität des Masters: die Warteschlange wächst unbegrenzt und das Fenster mit ihr.</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = %1 records/s, workers capacity workers/data = %2 writes/s; λ = %3 is beyond the capacity of the workers: the queue grows without bound and the window with it.</source>
        <translation>Kapazität des Masters b/(b·c + d) = %1 Einträge/s, Kapazität der Worker workers/data = %2 Schreibvorgänge/s; λ = %3 übersteigt die Kapazität der Worker: die Warteschlange wächst unbegrenzt und das Fenster mit ihr.</translation>
    </message>
    <message>
        <source>master capacity b/(b·c + d) = 496.3 records/s, workers capacity workers/data = 800 writes/s; λ = 400 is beyond the capacity of the workers: the queue grows without bound and the window with it.</source>
        <translation>Kapazität des Masters b/(b·c + d) = 496,3 Einträge/s, Kapazität der Worker workers/data = 800 Schreibvorgänge/s; λ = 400 übersteigt die Kapazität der Worker: die Warteschlange wächst unbegrenzt und das Fenster mit ihr.</translation>
    </message>
    <message>
        <source>master_util ≈ X / (a·MSS/S_ack);  mean cwnd W̄ ≈ √(%1/(2p)) when loss or the master binds, ¾·(C·RTT/MSS + buffer) when the link binds</source>
        <translation>master_util ≈ X / (a·MSS/S_ack);  mittleres cwnd W̄ ≈ √(%1/(2p)), wenn Verluste oder der Master begrenzen, ¾·(C·RTT/MSS + Puffer), wenn der Link begrenzt</translation>
    </message>
    <message>
        <source>master_util ≈ X / (a·MSS/S_ack);  mean cwnd W̄ ≈ √(3/(2p)) when loss or the master binds, ¾·(C·RTT/MSS + buffer) when the link binds</source>
        <translation>master_util ≈ X / (a·MSS/S_ack);  mittleres cwnd W̄ ≈ √(3/(2p)), wenn Verluste oder der Master begrenzen, ¾·(C·RTT/MSS + Puffer), wenn der Link begrenzt</translation>
    </message>
    <message>
        <source>minimum master speed m: the smallest m with W(c/m) ≤ window_bound_ms (the device time d is not sped up)</source>
        <translation>minimale Geschwindigkeit des Masters m: das kleinste m mit W(c/m) ≤ window_bound_ms (die Gerätezeit d wird nicht beschleunigt)</translation>
    </message>
    <message>
        <source>no writes (write fraction %1): only the read side, M/M/c.</source>
        <translation>keine Schreibvorgänge (Schreibanteil %1): nur die Leseseite, M/M/c.</translation>
    </message>
    <message>
        <source>p99 ≈ S̄ + θ·ln(%1·ρ),  θ = (W − S̄)/ρ   (approximation: exponential tail of the wait)</source>
        <translation>p99 ≈ S̄ + θ·ln(%1·ρ),  θ = (W − S̄)/ρ   (Näherung: exponentieller Ausläufer der Wartezeit)</translation>
    </message>
    <message>
        <source>p99 ≈ S̄ + θ·ln(100·ρ),  θ = (W − S̄)/ρ   (approximation: exponential tail of the wait)</source>
        <translation>p99 ≈ S̄ + θ·ln(100·ρ),  θ = (W − S̄)/ρ   (Näherung: exponentieller Ausläufer der Wartezeit)</translation>
    </message>
    <message>
        <source>p99 ≈ s + θ·ln(%1·u),  s = k̃·c + d,  θ = (W − s)/u   (approximation; u the master&apos;s busy fraction, k̃ the size of the commit an average record is in)</source>
        <translation>p99 ≈ s + θ·ln(%1·u),  s = k̃·c + d,  θ = (W − s)/u   (Näherung; u der Anteil der Zeit, in dem der Master beschäftigt ist, k̃ die Größe des Commits, in dem ein durchschnittlicher Eintrag liegt)</translation>
    </message>
    <message>
        <source>pause P = (live/mark + heap/sweep)/s, s = %1 on a little core, big_factor on the big core, threads·(%2 − overhead) for parallel_little; run R = (heap − live)/(mutators·alloc); cycle C = R + P; mutator utilization U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w with w = k·C + r, %3 ≤ r &lt; C (the worst window starts with a pause)</source>
        <translation>Pause P = (live/mark + heap/sweep)/s, s = %1 auf einem kleinen Kern, big_factor auf dem großen Kern, threads·(%2 − overhead) bei parallel_little; Laufphase R = (heap − live)/(mutators·alloc); Zyklus C = R + P; Auslastung der Mutatoren U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w mit w = k·C + r, %3 ≤ r &lt; C (das ungünstigste Fenster beginnt mit einer Pause)</translation>
    </message>
    <message>
        <source>pause P = (live/mark + heap/sweep)/s, s = 1 on a little core, big_factor on the big core, threads·(1 − overhead) for parallel_little; run R = (heap − live)/(mutators·alloc); cycle C = R + P; mutator utilization U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w with w = k·C + r, 0 ≤ r &lt; C (the worst window starts with a pause)</source>
        <translation>Pause P = (live/mark + heap/sweep)/s, s = 1 auf einem kleinen Kern, big_factor auf dem großen Kern, threads·(1 − overhead) bei parallel_little; Laufphase R = (heap − live)/(mutators·alloc); Zyklus C = R + P; Auslastung der Mutatoren U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w mit w = k·C + r, 0 ≤ r &lt; C (das ungünstigste Fenster beginnt mit einer Pause)</translation>
    </message>
    <message>
        <source>quick estimate (approx): (b − %1)/(%2λ) + ρ/(%3 − ρ) · (%4/b)/%5 · s(b) + s(b),  ρ = λ·s(b)/b   (formation wait, then Kingman for Erlang-b batch arrivals at a deterministic server)</source>
        <translation>Schnellschätzung (Näherung): (b − %1)/(%2λ) + ρ/(%3 − ρ) · (%4/b)/%5 · s(b) + s(b),  ρ = λ·s(b)/b   (Wartezeit, bis der Batch gebildet ist, dann Kingman für Erlang-b-verteilte Batch-Ankünfte an einer deterministischen Bedienstation)</translation>
    </message>
    <message>
        <source>quick estimate (approx): (b − 1)/(2λ) + ρ/(1 − ρ) · (1/b)/2 · s(b) + s(b),  ρ = λ·s(b)/b   (formation wait, then Kingman for Erlang-b batch arrivals at a deterministic server)</source>
        <translation>Schnellschätzung (Näherung): (b − 1)/(2λ) + ρ/(1 − ρ) · (1/b)/2 · s(b) + s(b),  ρ = λ·s(b)/b   (Wartezeit, bis der Batch gebildet ist, dann Kingman für Erlang-b-verteilte Batch-Ankünfte an einer deterministischen Bedienstation)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C)</source>
        <translation>Leselatenz = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (%1 + cs²)/%2 for non-exponential queries: approx)</source>
        <translation>Leselatenz = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (%1 + cs²)/%2 bei nicht exponentiellen Abfragen: Näherung)</translation>
    </message>
    <message>
        <source>read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (1 + cs²)/2 for non-exponential queries: approx)</source>
        <translation>Leselatenz = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C; × (1 + cs²)/2 bei nicht exponentiellen Abfragen: Näherung)</translation>
    </message>
    <message>
        <source>rss_hash: λᵢ = λ · Σ p_f over the flows f whose Toeplitz hash maps to worker i,  p_f = f^(−s) / Σₖ k^(−s)</source>
        <translation>rss_hash: λᵢ = λ · Σ p_f über die Flows f, deren Toeplitz-Hash auf Worker i abbildet,  p_f = f^(−s) / Σₖ k^(−s)</translation>
    </message>
    <message>
        <source>stable iff λ·s(b)/b &lt; %1; smallest stable batch b_min = ⌊λ·s0/(%2 − λ·s1)⌋ + %3</source>
        <translation>stabil genau dann, wenn λ·s(b)/b &lt; %1; kleinster stabiler Batch b_min = ⌊λ·s0/(%2 − λ·s1)⌋ + %3</translation>
    </message>
    <message>
        <source>stable iff λ·s(b)/b &lt; 1; smallest stable batch b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1</source>
        <translation>stabil genau dann, wenn λ·s(b)/b &lt; 1; kleinster stabiler Batch b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1</translation>
    </message>
    <message>
        <source>symmetric: P = %1 − (%2 − u·(%3 − (%4 − v·k/n)^quanta·(%5 − q)))^N; amp: P = %6 − (%7 − u·q)^N. Exact when each quantum lands on a core drawn uniformly and independently (symmetric) and the draws are independent. Bracket, a task that stays on the one core it was given: per task u·[(k/n)·(%8 − (%9 − v)^quanta·(%10 − q)) + (%11 − k/n)·q]. A task over its CPU budget runs only ⌊cpu_budget_ms/%12 ms⌋ quanta</source>
        <translation>symmetric: P = %1 − (%2 − u·(%3 − (%4 − v·k/n)^quanta·(%5 − q)))^N; amp: P = %6 − (%7 − u·q)^N. Exakt, wenn jedes Quantum auf einem gleichverteilt und unabhängig gezogenen Kern landet (symmetric) und die Ziehungen unabhängig sind. Zur Eingrenzung eine Task, die auf dem einen ihr zugewiesenen Kern bleibt: pro Task u·[(k/n)·(%8 − (%9 − v)^quanta·(%10 − q)) + (%11 − k/n)·q]. Eine Task über ihrem CPU-Budget läuft nur ⌊cpu_budget_ms/%12 ms⌋ Quanten</translation>
    </message>
    <message>
        <source>symmetric: P = 1 − (1 − u·(1 − (1 − v·k/n)^quanta·(1 − q)))^N; amp: P = 1 − (1 − u·q)^N. Exact when each quantum lands on a core drawn uniformly and independently (symmetric) and the draws are independent. Bracket, a task that stays on the one core it was given: per task u·[(k/n)·(1 − (1 − v)^quanta·(1 − q)) + (1 − k/n)·q]. A task over its CPU budget runs only ⌊cpu_budget_ms/1 ms⌋ quanta</source>
        <translation>symmetric: P = 1 − (1 − u·(1 − (1 − v·k/n)^quanta·(1 − q)))^N; amp: P = 1 − (1 − u·q)^N. Exakt, wenn jedes Quantum auf einem gleichverteilt und unabhängig gezogenen Kern landet (symmetric) und die Ziehungen unabhängig sind. Zur Eingrenzung eine Task, die auf dem einen ihr zugewiesenen Kern bleibt: pro Task u·[(k/n)·(1 − (1 − v)^quanta·(1 − q)) + (1 − k/n)·q]. Eine Task über ihrem CPU-Budget läuft nur ⌊cpu_budget_ms/1 ms⌋ Quanten</translation>
    </message>
    <message>
        <source>timeout: with fewer than b waiting the accelerator waits up to T for more; the timer starts when it is free and a request waits (Neuts&apos; (a, b) rule with a = b and this timer, which keeps the chain Markov)</source>
        <translation>timeout: warten weniger als b, wartet der Beschleuniger bis zu T auf weitere; der Timer startet, wenn er frei ist und eine Anfrage wartet (Neuts&apos; (a, b)-Regel mit a = b und diesem Timer, der die Kette markowsch hält)</translation>
    </message>
    <message>
        <source>λ arrival rate, S_l = S_m + hand-over, S_w worker part, c workers</source>
        <translation>λ Ankunftsrate, S_l = S_m + Übergabe, S_w Teil des Workers, c Worker</translation>
    </message>
    <message>
        <source>λ arrival rate, S_m master service, h hand-off, S_w worker service, c workers, c_s² squared coefficient of variation</source>
        <translation>λ Ankunftsrate, S_m Bedienzeit des Masters, h Übergabe, S_w Bedienzeit der Worker, c Worker, c_s² quadrierter Variationskoeffizient</translation>
    </message>
    <message>
        <source>λ arrival rate, S_m serialized step, h_lock lock hand-over between cores, S_w worker part, c workers</source>
        <translation>λ Ankunftsrate, S_m serialisierter Schritt, h_lock Übergabe der Sperre zwischen Kernen, S_w Teil des Workers, c Worker</translation>
    </message>
    <message>
        <source>λ arrival rate, s0 setup per batch, s1 time per request, b requests per batch at most, T batch timeout</source>
        <translation>λ Ankunftsrate, s0 Rüstzeit pro Batch, s1 Zeit pro Anfrage, b höchstens so viele Anfragen pro Batch, T Batch-Timeout</translation>
    </message>
    <message>
        <source>λ packet rate, D master time per packet (steer_us), S mean worker time (process_us), W workers, s Zipf skew, K places per worker (ring plus the packet in service)</source>
        <translation>λ Paketrate, D Zeit des Masters pro Paket (steer_us), S mittlere Zeit eines Workers (process_us), W Worker, s Zipf-Schiefe, K Plätze pro Worker (Ring plus das Paket in Bedienung)</translation>
    </message>
    <message>
        <source>λ transaction rate, w write fraction, q mean query time, c workers, Wq(M/M/c) by Erlang C; d commit time per group (the fsync), s commit time per write, b writes per commit at most, T group timeout</source>
        <translation>λ Transaktionsrate, w Schreibanteil, q mittlere Abfragezeit, c Worker, Wq(M/M/c) nach Erlang C; d Commit-Zeit pro Gruppe (das fsync), s Commit-Zeit pro Schreibvorgang, b höchstens so viele Schreibvorgänge pro Commit, T Gruppen-Timeout</translation>
    </message>
    <message>
        <source>λ write rate reaching the master, c mean journal CPU per record (exponential), d log device time per commit (fixed), b = group_max, ρ master utilization, W mean consistency window</source>
        <translation>λ Schreibrate am Master, c mittlere Journal-CPU pro Eintrag (exponentiell), d Zeit des Log-Geräts pro Commit (fest), b = group_max, ρ Auslastung des Masters, W mittleres Konsistenzfenster</translation>
    </message>
    <message>
        <source>ρ_lock = λ·S = %1, ρ_workers = %2: a utilization ≥ %3 means the queue grows without bound; no mean sojourn exists.</source>
        <translation>ρ_lock = λ·S = %1, ρ_workers = %2: eine Auslastung ≥ %3 bedeutet, dass die Warteschlange unbegrenzt wächst; es gibt keine mittlere Verweilzeit.</translation>
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
        <translation>ρ_master = λ·S = %1, ρ_workers = %2: eine Auslastung ≥ %3 bedeutet, dass die Warteschlange unbegrenzt wächst; es gibt keine mittlere Verweilzeit.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>objects/ms</source>
        <translation>Objekte/ms</translation>
    </message>
    <message>
        <source>quanta</source>
        <translation>Quanten</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>× a little core</source>
        <translation>× ein kleiner Kern</translation>
    </message>
</context>
</TS>
