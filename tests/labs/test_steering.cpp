// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <array>
#include <cmath>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/real/packet.h"
#include "amp/real/toeplitz.h"
#include "amp/run/runner.h"
#include "amp/run/sweep.h"
#include "amp/sim/zipf.h"
#include "steering/steering_flows.h"
#include "steering/steering_lab.h"

using namespace amp;

namespace {

run::RunSpec specFor(const run::Lab& lab, std::initializer_list<std::pair<const char*, const char*>> sets) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.params = run::defaults(lab.params());
  for (const auto& [k, v] : sets) {
    const std::string err = run::applySetting(lab.params(), s.params, k, v);
    if (!err.empty()) qFatal("%s", err.c_str());
  }
  return s;
}

/// A short simulation with a fixed seed, length and warm-up, so every number is reproducible.
run::RunResult simulate(const run::Lab& lab, std::initializer_list<std::pair<const char*, const char*>> sets,
                        double seconds, int reps, std::uint64_t seed = 7) {
  auto s = specFor(lab, sets);
  s.mode = run::Mode::Sim;
  s.seed = seed;
  s.duration = seconds;
  s.reps = reps;
  s.warmup = seconds / 20;
  auto r = run::execute(lab, s);
  if (r.status != run::RunStatus::Ok) qFatal("run failed: %s", r.error.c_str());
  return r;
}

std::uint32_t ip(int a, int b, int c, int d) {
  return (std::uint32_t(a) << 24) | (std::uint32_t(b) << 16) | (std::uint32_t(c) << 8) | std::uint32_t(d);
}

}  // namespace

class TestSteering : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("steering");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(QString::fromStdString(lab_->info().category), QString("OS functions"));
    QCOMPARE(lab_->exercises().size(), std::size_t(4));
    std::vector<std::string> keys;
    for (const auto& p : lab_->params()) keys.push_back(p.key);
    const std::vector<std::string> labsMd{"packet_rate", "burst",        "flows",   "zipf_s",     "steer_us",
                                          "process_us",  "process_dist", "workers", "ring_slots", "policy"};
    QCOMPARE(keys, labsMd);
    for (const char* m : {"throughput", "drop_rate", "latency_us", "imbalance", "reordered"}) {
      bool found = false;
      for (const auto& spec : lab_->metrics()) found = found || spec.key == m;
      QVERIFY2(found, m);
    }
  }

  // The Microsoft RSS verification table (IPv4, with and without ports), for the bitwise
  // reference and the table-driven hasher alike.
  void toeplitzMatchesPublishedVectors() {
    struct Vector {
      std::uint32_t dst;
      std::uint16_t dstPort;
      std::uint32_t src;
      std::uint16_t srcPort;
      std::uint32_t ipOnly, withPorts;
    };
    const std::array<Vector, 5> vectors{{
        {ip(161, 142, 100, 80), 1766, ip(66, 9, 149, 187), 2794, 0x323e8fc2, 0x51ccc178},
        {ip(65, 69, 140, 83), 4739, ip(199, 92, 111, 2), 14230, 0xd718262a, 0xc626b0ea},
        {ip(12, 22, 207, 184), 38024, ip(24, 19, 198, 95), 12898, 0xd2d0a5de, 0x5c2b394a},
        {ip(209, 142, 163, 6), 2217, ip(38, 27, 205, 30), 48228, 0x82989176, 0xafc7327f},
        {ip(202, 188, 127, 2), 1303, ip(153, 39, 163, 191), 44251, 0x5d1809c5, 0x10e828a2},
    }};
    const real::ToeplitzHasher hasher;
    for (const auto& v : vectors) {
      const real::FiveTuple t{v.src, v.dst, v.srcPort, v.dstPort, 6};
      const auto four = real::rssInputIpv4(t);
      const auto two = real::rssInputIpv4NoPorts(t);
      QCOMPARE(real::toeplitzHash(real::kMicrosoftRssKey, four), v.withPorts);
      QCOMPARE(real::toeplitzHash(real::kMicrosoftRssKey, two), v.ipOnly);
      QCOMPARE(hasher.hash(four), v.withPorts);
      QCOMPARE(hasher.hash(two), v.ipOnly);
    }
  }

  void rssIndirectionSpreadsEntries() {
    const real::RssIndirection reta(3);
    std::array<int, 3> owned{};
    for (std::uint32_t h = 0; h < 128; ++h) ++owned[static_cast<std::size_t>(reta.queueFor(h))];
    QCOMPARE(owned[0], 43);  // 128 = 43 + 43 + 42: with 3 queues one owns an entry less
    QCOMPARE(owned[2], 42);
    QCOMPARE(reta.queueFor(0x12345680u), reta.queueFor(0x00000000u));  // only the low 7 bits count
  }

  void packetsCarryValidChecksums() {
    // RFC 1071's worked example: the words 0001 f203 f4f5 f6f7 sum to ddf2, checksum 220d.
    const std::array<std::uint8_t, 8> example{0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};
    QCOMPARE(real::internetChecksum(example), std::uint16_t(0x220d));

    std::vector<std::uint8_t> payload(301);
    for (std::size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<std::uint8_t>(i * 37 + 5);
    const real::FiveTuple flow = labs::steering::flowTuple(42);
    std::vector<std::uint8_t> buf(1500);
    const std::size_t n = real::writeIpv4Udp(buf, flow, payload, 7);
    QCOMPARE(n, real::kIpv4HeaderBytes + real::kUdpHeaderBytes + payload.size());
    real::ParsedPacket parsed;
    QVERIFY(real::parseIpv4Udp({buf.data(), n}, parsed));
    QVERIFY(parsed.ipChecksumOk);
    QVERIFY(parsed.udpChecksumOk);
    QVERIFY(parsed.flow == flow);
    QCOMPARE(parsed.payload.size(), payload.size());
    buf[n - 1] ^= 0x40;  // one flipped payload bit
    QVERIFY(real::parseIpv4Udp({buf.data(), n}, parsed));
    QVERIFY(!parsed.udpChecksumOk);
    QVERIFY(parsed.ipChecksumOk);
    QVERIFY(!real::parseIpv4Udp({buf.data(), 10}, parsed));  // truncated
  }

  void zipfSamplerFollowsItsLaw() {
    const sim::ZipfSampler zipf(100, 1.0);
    double h = 0;
    for (int k = 1; k <= 100; ++k) h += 1.0 / k;
    QVERIFY(std::abs(zipf.probability(0) - 1.0 / h) < 1e-12);
    QVERIFY(std::abs(zipf.probability(9) - 0.1 / h) < 1e-12);
    sim::Rng rng(3, 0);
    std::vector<int> counts(100);
    const int n = 400000;
    for (int i = 0; i < n; ++i) ++counts[zipf.sample(rng)];
    for (std::uint32_t k : {0u, 1u, 9u, 99u}) {
      const double p = zipf.probability(k);
      const double sd = std::sqrt(p * (1 - p) / n);
      QVERIFY2(std::abs(counts[k] / double(n) - p) < 5 * sd, qPrintable(QString("rank %1").arg(k)));
    }
    const sim::ZipfSampler flat(10, 0.0);
    QVERIFY(std::abs(flat.probability(3) - 0.1) < 1e-12);
  }

  void scheduleIsReproducible() {
    const auto params = run::defaults(lab_->params());
    const auto c = labs::steering::Config::from(params);
    labs::steering::PacketSchedule a(c, 99), b(c, 99), other(c, 100);
    std::vector<std::uint32_t> seq(c.flows, 0);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
      const auto x = a.next(), y = b.next(), z = other.next();
      QCOMPARE(x.time, y.time);
      QCOMPARE(x.flow, y.flow);
      QCOMPARE(x.processS, y.processS);
      QCOMPARE(x.seq, seq[x.flow]++);  // per-flow sequence numbers count up from 0
      differs = differs || x.time != z.time;
    }
    QVERIFY(differs);
  }

  void modelAtDefaults() {
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(m.stable);
    // λ = 200 000/s, D = 4 µs: ρ = 0.8, W_q = 0.8·4/(2·0.2) = 8 µs.
    QVERIFY(std::abs(m.values.at("master_wait_us") - 8.0) < 1e-9);
    QVERIFY(m.exact.at("master_wait_us"));
    QCOMPARE(m.values.at("reordered"), 0.0);
    // 1/D = 250k < 8/20µs = 400k, but the busiest worker (23.8% of the packets) saturates first.
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("worker 7 (hash imbalance)"));
    QVERIFY(m.values.at("imbalance") > 1.5);  // an elephant flow pins one worker
    QCOMPARE(m.values.at("master_cap"), 250000.0);
    QVERIFY(std::abs(m.values.at("hash_cap") - 210417) < 1);
    QCOMPARE(m.values.at("capacity"), m.values.at("hash_cap"));
  }

  void overloadedMasterIsUnstableAndCapsThroughput() {
    auto s = specFor(*lab_, {{"packet_rate", "400000"}, {"workers", "16"}});
    const auto m = lab_->model(s.params);
    QVERIFY(!m.stable);
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("master"));
    QVERIFY(m.values.count("master_wait_us") == 0);
    QVERIFY(m.values.at("throughput") <= 250000.0 + 1e-6);
    QVERIFY(m.values.at("throughput") > 240000.0);
    // The simulation agrees: the master delivers its ceiling, the rest overflows its receive ring.
    const auto r = simulate(*lab_, {{"packet_rate", "400000"}, {"workers", "16"}}, 0.1, 2);
    const double x = r.metrics.at("throughput").mean;
    QVERIFY2(std::abs(x - m.values.at("throughput")) / m.values.at("throughput") < 0.02,
             qPrintable(QString::number(x)));
    QVERIFY(r.metrics.at("master_util").mean > 0.99);
  }

  // The master is M/D/1: exact for Poisson arrivals, whatever happens behind it.
  void masterWaitCoveredByCi_data() {
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("steer");
    QTest::addColumn<double>("seconds");
    QTest::newRow("rho=0.4") << QString("100000") << QString("4") << 0.1;
    QTest::newRow("rho=0.8") << QString("200000") << QString("4") << 0.1;
    QTest::newRow("rho=0.95") << QString("95000") << QString("10") << 0.3;
  }
  void masterWaitCoveredByCi() {
    QFETCH(QString, rate);
    QFETCH(QString, steer);
    QFETCH(double, seconds);
    const auto r = simulate(*lab_,
                            {{"packet_rate", rate.toUtf8().constData()},
                             {"steer_us", steer.toUtf8().constData()},
                             {"workers", "4"},
                             {"process_us", "5"}},
                            seconds, 10);
    QVERIFY(r.model.exact.at("master_wait_us"));
    const auto& mv = r.metrics.at("master_wait_us");
    const double model = r.model.values.at("master_wait_us");
    QVERIFY2(mv.ciLo <= model && model <= mv.ciHi,
             qPrintable(QString("model %1 outside [%2, %3]").arg(model).arg(mv.ciLo).arg(mv.ciHi)));
  }

  // With no steering time the master hands every packet on at once, so each worker's ring sees
  // the Poisson thinning of its flows: M/M/1/K is exact, drops and latency alike.
  void rssRingsExactWithoutSteeringTime() {
    const auto r = simulate(*lab_,
                            {{"steer_us", "0"},
                             {"packet_rate", "120000"},
                             {"workers", "4"},
                             {"flows", "64"},
                             {"ring_slots", "4"}},
                            0.25, 10, 3);
    // drop_rate is the claim under test and gets the 95% CI; latency is checked at about 99.7%
    // (the CI widened 1.5x), since two 95% checks together would miss one time in ten.
    for (const char* key : {"drop_rate", "latency_us"}) {
      QVERIFY(r.model.exact.at(key));
      const auto& mv = r.metrics.at(key);
      const double model = r.model.values.at(key);
      const double widen = std::string(key) == "drop_rate" ? 1.0 : 1.5;
      const double mid = (mv.ciLo + mv.ciHi) / 2, half = (mv.ciHi - mv.ciLo) / 2 * widen;
      QVERIFY2(
          mid - half <= model && model <= mid + half,
          qPrintable(QString("%1: model %2 outside [%3, %4]").arg(key).arg(model).arg(mv.ciLo).arg(mv.ciHi)));
    }
    QVERIFY(r.metrics.at("drop_rate").mean > 0.1);  // the point is one where rings do overflow
  }

  // With steering time the master's output is smoother than Poisson, so M/M/1/K is an
  // approximation that overstates drops. Stated bound: within 8% of the simulated drop rate
  // at ρ_master = 0.48 and 0.72 (measured: about 1.5% and 4.5%). At 0.72 the error is well
  // above the run's noise, so its sign is checked too.
  void rssDropApproximationBounded_data() {
    QTest::addColumn<QString>("steer");
    QTest::addColumn<bool>("checkSign");
    QTest::newRow("rho_m=0.48") << QString("4") << false;
    QTest::newRow("rho_m=0.72") << QString("6") << true;
  }
  void rssDropApproximationBounded() {
    QFETCH(QString, steer);
    QFETCH(bool, checkSign);
    const auto r = simulate(*lab_,
                            {{"steer_us", steer.toUtf8().constData()},
                             {"packet_rate", "120000"},
                             {"workers", "4"},
                             {"flows", "64"},
                             {"ring_slots", "4"}},
                            0.25, 8);
    QVERIFY(!r.model.exact.at("drop_rate"));
    const double sim = r.metrics.at("drop_rate").mean, model = r.model.values.at("drop_rate");
    QVERIFY2(std::abs(sim - model) / sim < 0.08, qPrintable(QString("sim %1 model %2").arg(sim).arg(model)));
    if (checkSign) QVERIFY(model > sim);
  }

  // The lab's trade-off in one test: hashing keeps order but unbalances; spraying balances but
  // reorders.
  void hashKeepsOrderSprayingReorders() {
    const auto rss = simulate(*lab_, {{"policy", "rss_hash"}}, 0.2, 2);
    const auto rr = simulate(*lab_, {{"policy", "round_robin"}}, 0.2, 2);
    QCOMPARE(rss.metrics.at("reordered").mean, 0.0);
    QVERIFY(rr.metrics.at("reordered").mean > 1.0);  // percent of delivered packets
    QVERIFY(rss.metrics.at("imbalance").mean > 1.5);
    QVERIFY(rr.metrics.at("imbalance").mean < 1.01);
    // The measured imbalance under rss_hash is the flow map's: the model's ratio of loads.
    QVERIFY(std::abs(rss.metrics.at("imbalance").mean - rss.model.values.at("imbalance")) < 0.03);
    // One bar per worker: the lab's series by worker index, whose busiest over mean is the imbalance.
    for (const auto* r : {&rss, &rr}) {
      const auto load = std::find_if(r->series.begin(), r->series.end(), [](const run::Series& x) {
        return x.name == labs::SteeringLab::kWorkerLoad;
      });
      QVERIFY(load != r->series.end());
      QCOMPARE(load->points.size(), static_cast<std::size_t>(r->params.integer("workers")));
      double most = 0, sum = 0;
      for (std::size_t i = 0; i < load->points.size(); ++i) {
        QCOMPARE(load->points[i].first, static_cast<double>(i));
        most = std::max(most, load->points[i].second);
        sum += load->points[i].second;
      }
      const double imbalance = most / (sum / static_cast<double>(load->points.size()));
      QVERIFY2(std::abs(imbalance - r->metrics.at("imbalance").mean) < 0.05 * imbalance,
               qPrintable(QString("bars %1, metric %2").arg(imbalance).arg(r->metrics.at("imbalance").mean)));
    }
  }

  // The policy trade-off chart sweeps a choice parameter: one point per policy, in order.
  void sweepRunsEveryPolicy() {
    run::SweepSpec sw;
    sw.base = specFor(*lab_, {});
    sw.base.mode = run::Mode::Model;
    sw.key = "policy";
    sw.from = 0;
    sw.to = 3;
    sw.steps = 4;
    const auto points = run::runSweep(*lab_, sw);
    QCOMPARE(points.size(), std::size_t(4));
    const auto specs = lab_->params();
    const auto& choices = run::findSpec(specs, "policy")->choices;
    for (std::size_t i = 0; i < points.size(); ++i) {
      QCOMPARE(points[i].value, double(i));
      QCOMPARE(points[i].result.params.text("policy"), choices[i]);
      QCOMPARE(int(points[i].result.status), int(run::RunStatus::Ok));
    }
    QVERIFY(points[0].result.model.values.at("imbalance") > 1.5);    // rss_hash
    QCOMPARE(points[1].result.model.values.at("imbalance"), 1.0);    // round_robin
    QVERIFY(points[1].result.model.values.count("reordered") == 0);  // only a run can tell
  }

  // The hash-imbalance bound 1/(S·max share) under rss_hash: below the master's 250k for every
  // W ≤ 13 with the default flows, and not monotone (W = 14: 276k, W = 15: 196k).
  void hashBoundIsNotMonotone() {
    auto capAt = [&](int w, const char* policy = "rss_hash") {
      auto s = specFor(*lab_, {{"policy", policy}});
      s.params.set("workers", w);
      return lab_->model(s.params);
    };
    for (int w = 1; w <= 13; ++w)
      QVERIFY2(capAt(w).values.at("hash_cap") < 250000.0, qPrintable(QString::number(w)));
    QVERIFY(std::abs(capAt(14).values.at("hash_cap") - 275942) < 1);
    QVERIFY(std::abs(capAt(15).values.at("hash_cap") - 196313) < 1);
    QCOMPARE(QString::fromStdString(capAt(14).bottleneck), QString("master"));
    QVERIFY(capAt(15).values.at("capacity") < capAt(14).values.at("capacity"));
    // An even split has no such bound: the workers' W/S, and the master from S/D = 5 workers on.
    QVERIFY(capAt(15, "round_robin").values.count("hash_cap") == 0);
    QCOMPARE(capAt(4, "round_robin").values.at("capacity"), 200000.0);
    QCOMPARE(QString::fromStdString(capAt(5, "round_robin").bottleneck), QString("master"));
  }

  // Where the hash bound binds (W = 15, 196k) the simulation saturates there: below it the
  // busiest worker keeps up and almost nothing drops, above it that worker is busy all the time
  // and drops what it cannot do, as the model's drop rate says; the run's own saturation rate
  // (from its measured shares and times) matches the model's.
  void hashBoundAgainstSimulation() {
    const auto below = simulate(*lab_, {{"workers", "15"}, {"packet_rate", "176000"}}, 0.5, 4);  // 0.9 × 196k
    const auto above =
        simulate(*lab_, {{"workers", "15"}, {"packet_rate", "240000"}}, 0.5, 4);  // 1.22 × 196k
    QVERIFY2(below.metrics.at("drop_rate").mean < 0.002,
             qPrintable(QString::number(below.metrics.at("drop_rate").mean)));
    const double model = above.model.values.at("drop_rate"), sim = above.metrics.at("drop_rate").mean;
    qInfo("W = 15 at 240k pkt/s: drop rate model %.4f, simulation %.4f", model, sim);
    QVERIFY(model > 0.04);
    QVERIFY2(std::abs(sim - model) < 0.05 * model,
             qPrintable(QString("sim %1 model %2").arg(sim).arg(model)));
    // The busiest worker is sent its 25.5% of 240k = 61k pkt/s, more than the 1/S = 50k it can do.
    const double busiest = above.metrics.at("worker_load_max").mean;
    QVERIFY(busiest > 55000);  // offered to it: 25.5% of 240k = 61k, of which it does 50k
    for (const auto* r : {&below, &above}) {
      const double cap = r->metrics.at("capacity").mean, mcap = r->model.values.at("capacity");
      QVERIFY2(std::abs(cap / mcap - 1) < 0.03, qPrintable(QString("%1 vs %2").arg(cap).arg(mcap)));
    }
    // The exercise built on it: the model's answer passes against this simulation.
    const auto ex = lab_->exercises()[3];
    QCOMPARE(ex.answerFrom, run::Mode::Sim);
    QCOMPARE(ex.metric, std::string("drop_rate"));
    QVERIFY(std::abs(model - sim) <= ex.tolerance * sim);
  }

  void exercisesFollowTheTeachingPattern() {
    const auto exercises = lab_->exercises();
    bool bySim = false, byReal = false;
    for (const auto& ex : exercises) {
      QVERIFY(!ex.prompt.empty() && !ex.explanation.empty());
      for (const auto& [k, v] : ex.setup) QVERIFY(run::findSpec(lab_->params(), k) != nullptr);
      bySim = bySim || ex.answerFrom == run::Mode::Sim;
      byReal = byReal || ex.answerFrom == run::Mode::Real;
    }
    QVERIFY(bySim && byReal);
    // The real ceiling exercise: the run measures the hand-off h behind 1/(D + h).
    QCOMPARE(exercises[2].answerFrom, run::Mode::Real);
    QVERIFY(QString::fromStdString(exercises[2].prompt).contains("master_handoff_ns"));
    // The ceiling exercise's explanation no longer says the master binds from 5 workers on.
    QVERIFY(
        !QString::fromStdString(exercises[2].explanation).contains("5 workers, more workers buy nothing"));
    QVERIFY(QString::fromStdString(exercises[3].explanation).contains("196313") ||
            QString::fromStdString(exercises[3].explanation).contains("196000"));
  }

  // ---- real mode: real packets, a real Toeplitz hash, real threads and rings -------------------

  void realRssKeepsEveryFlowInOrder() {
    const auto r = realRun({{"policy", "rss_hash"}});
    checkAccounting(r);
    QCOMPARE(r.facts.at("reordered_packets"), 0.0);
    QCOMPARE(r.metrics.at("reordered").mean, 0.0);
    QVERIFY(r.metrics.at("imbalance").mean > 1.05);  // the flow map is uneven, and the run shows it
    // The master's hand-off to the rings is measured, and with its steering time it is the
    // master's time per packet that the model is then evaluated at.
    QVERIFY(r.facts.at("master_handoff_ns") > 0);
    QCOMPARE(r.facts.at("master_step_ns"),
             r.facts.at("master_service_measured_ns") + r.facts.at("master_handoff_ns"));
  }

  // The real exercise: under rss_hash the imbalance is the flow map's, so a real run on a small,
  // busy machine measures the model's value within the exercise's tolerance.
  void realImbalanceExercise() {
    const auto ex = lab_->exercises()[1];
    QCOMPARE(ex.answerFrom, run::Mode::Real);
    QCOMPARE(ex.metric, std::string("imbalance"));
    auto s = specFor(*lab_, {});
    for (const auto& [k, v] : ex.setup) run::applySetting(lab_->params(), s.params, k, v);
    s.mode = run::Mode::Real;
    s.seed = 4;
    s.duration = 0.6;
    s.warmup = 0.1;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(r.status, run::RunStatus::Ok);
    const double model = r.model.values.at("imbalance"), real = r.metrics.at("imbalance").mean;
    qInfo("real imbalance %.3f, model %.3f", real, model);
    QVERIFY2(std::abs(model - real) <= ex.tolerance * real,
             qPrintable(QString("%1 vs %2").arg(real).arg(model)));
  }

  void realRoundRobinReorders() {
    const auto r = realRun({{"policy", "round_robin"}});
    checkAccounting(r);
    QVERIFY2(r.facts.at("reordered_packets") > 0, "two workers racing on one flow must reorder some packets");
    QVERIFY(r.metrics.at("reordered").mean > 0.0);
  }

 private:
  /// A short real run: 0.5 s, about 5 000 packets at a light load.
  run::RunResult realRun(std::initializer_list<std::pair<const char*, const char*>> sets) {
    auto s = specFor(*lab_, {{"packet_rate", "10000"},
                             {"workers", "2"},
                             {"steer_us", "2"},
                             {"process_us", "15"},
                             {"flows", "16"}});
    for (const auto& [k, v] : sets) run::applySetting(lab_->params(), s.params, k, v);
    s.mode = run::Mode::Real;
    s.timeScale = 1.0;  // the packet counts below are in real time
    s.seed = 5;
    s.duration = 0.5;
    s.warmup = 0;
    auto r = run::execute(*lab_, s);
    if (r.status != run::RunStatus::Ok) qFatal("real run failed: %s", r.error.c_str());
    return r;
  }

  /// The run's accounting closes: every packet sent is delivered or dropped at a counted place,
  /// and every delivered packet passed both checksums and carried the identity it was sent with.
  void checkAccounting(const run::RunResult& r) {
    const double emitted = r.facts.at("packets_emitted");
    QVERIFY(emitted > 4000);
    QCOMPARE(r.facts.at("packets_delivered") + r.facts.at("master_drops") + r.facts.at("ring_drops"),
             emitted);
    QCOMPARE(r.facts.at("bad_checksums"), 0.0);
    QCOMPARE(r.facts.at("identity_mismatches"), 0.0);
    QVERIFY(r.facts.at("packets_delivered") > 0);
  }
};

QTEST_APPLESS_MAIN(TestSteering)
#include "test_steering.moc"
