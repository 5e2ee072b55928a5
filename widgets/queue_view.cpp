// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/queue_view.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "widgets/format.h"
#include "widgets/theme_colors.h"
#include "widgets/topology_layout.h"

namespace amp::widgets {

namespace {
constexpr double kTokenSeconds = 0.6;  // time a token takes along an edge, independent of speed
constexpr int kMaxTokensPerEdgeFrame = 4;
constexpr std::size_t kMaxTokens = 400;
constexpr int kLaneRowsMax = 8;  // more servers than this are drawn as a grid of cells
constexpr int kFocusFrame = 2;
constexpr int kDescribeMs = 500;  // a screen reader's description, renewed at most this often

const QColor kBusy(0xe6, 0x9f, 0x00);
const QColor kIdle(0xdd, 0xdd, 0xdd);
const QColor kUtil(0x80, 0x50, 0x00);
const QColor kDrop(0xc0, 0x20, 0x20);

// An idle lane stands back from its box on a light and on a dark desktop alike.
QColor idleColor(const QPalette& pal) {
  return isDark(pal) ? tinted(pal, pal.color(QPalette::Text), 0.25) : kIdle;
}

bool hasLanes(const LiveStats::Station& st) {
  return st.role == run::StationRole::Queue || st.role == run::StationRole::Device ||
         st.role == run::StationRole::Delay;
}

QPointF boundaryPoint(const QRectF& r, const QPointF& towards) {
  const QPointF c = r.center();
  const QPointF d = towards - c;
  if (std::fabs(d.x()) < 1e-9 && std::fabs(d.y()) < 1e-9) return c;
  const double tx = std::fabs(d.x()) > 1e-9 ? (r.width() / 2) / std::fabs(d.x()) : 1e9;
  const double ty = std::fabs(d.y()) > 1e-9 ? (r.height() / 2) / std::fabs(d.y()) : 1e9;
  const double t = std::min(tx, ty);
  return c + d * std::min(t, 1.0);
}
}  // namespace

QueueView::QueueView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setFocusPolicy(Qt::StrongFocus);
  setAccessibleName(tr("Queue animation"));
  setToolTip(tr(
      "Requests moving between the lab's stations: how many wait in each queue, which cores are busy, and the counts of arrivals, completions and drops."));
  describeTimer_.setSingleShot(true);
  describeTimer_.setInterval(kDescribeMs);
  connect(&describeTimer_, &QTimer::timeout, this, &QueueView::describe);
  describe();
  clock_.start();
}

QString QueueView::stateText() const {
  if (stats_ == nullptr || stats_->stations().empty()) return tr("This lab has no topology to animate.");
  QStringList parts;
  for (const auto& st : stats_->stations()) {
    const QString name = labText(st.name);
    if (!hasLanes(st)) {
      parts << name;
      continue;
    }
    const int servers = std::max(static_cast<int>(st.lanes.size()), st.servers);
    parts << tr("%1: %2 waiting, %3 of %4 busy")
                 .arg(name)
                 .arg(QLocale().toString(static_cast<qlonglong>(st.queue)))
                 .arg(st.busyLanes())
                 .arg(servers);
  }
  QString text = parts.join(QStringLiteral("; ")) + QStringLiteral(". ");
  if (stats_->hasData()) {
    const QLocale loc;
    text += stats_->sampled() ? tr("t = %1 s (real)").arg(formatValue(stats_->simTimeS(), 4))
                              : tr("t = %1 s simulated: %2 arrivals, %3 completions, %4 drops.")
                                    .arg(formatValue(stats_->simTimeS(), 4),
                                         loc.toString(static_cast<qulonglong>(stats_->arrivals())),
                                         loc.toString(static_cast<qulonglong>(stats_->departures())),
                                         loc.toString(static_cast<qulonglong>(stats_->drops())));
  } else {
    text += tr("No run yet.");
  }
  return text;
}

void QueueView::describe() {
  const QString text = stateText();
  if (text != accessibleDescription()) setAccessibleDescription(text);
}

void QueueView::focusInEvent(QFocusEvent* event) {
  QWidget::focusInEvent(event);
  describe();
  update();
}

void QueueView::focusOutEvent(QFocusEvent* event) {
  QWidget::focusOutEvent(event);
  update();
}

void QueueView::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
    emit togglePauseRequested();
    event->accept();
    return;
  }
  QWidget::keyPressEvent(event);
}

void QueueView::setTopology(const run::Topology& topology, const LiveStats* stats) {
  stats_ = stats;
  layout_ = layoutStations(topology);
  edges_.clear();
  edgeLabels_.clear();
  for (auto [it, end] = boost::edges(topology); it != end; ++it) {
    edges_.emplace_back(static_cast<int>(boost::source(*it, topology)),
                        static_cast<int>(boost::target(*it, topology)));
    const auto& e = topology[*it];
    QString label = labText(e.label);
    if (e.probability < 1.0)
      label += (label.isEmpty() ? QString() : QStringLiteral(" ")) +
               QStringLiteral("p=%1").arg(formatValue(e.probability, 3));
    edgeLabels_.push_back(label);
  }
  tokens_.clear();
  chooseDetail();
  updateGeometry();  // the minimum height follows the layout
  describe();
  update();
}

void QueueView::setStatusText(const QString& text) {
  if (text == status_) return;
  status_ = text;
  update();
}

void QueueView::clearTokens() {
  tokens_.clear();
  update();
}

int QueueView::edgeIndex(int from, int to) const {
  for (std::size_t i = 0; i < edges_.size(); ++i)
    if (edges_[i].first == from && edges_[i].second == to) return static_cast<int>(i);
  return -1;
}

void QueueView::advance(const std::vector<LiveStats::Transfer>& transfers) {
  const qint64 now = clock_.elapsed();
  const double dt = lastAdvanceMs_ == 0 ? 0.0 : static_cast<double>(now - lastAdvanceMs_) / 1000.0;
  lastAdvanceMs_ = now;
  for (auto& tok : tokens_) tok.t += dt / kTokenSeconds;
  tokens_.erase(std::remove_if(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.t >= 1.0; }),
                tokens_.end());
  std::vector<int> spawned(edges_.size(), 0);
  for (const auto& tr : transfers) {
    const int e = edgeIndex(tr.from, tr.to);
    if (e < 0 || spawned[e] >= kMaxTokensPerEdgeFrame || tokens_.size() >= kMaxTokens) continue;
    // Stagger tokens born in the same frame so they read as a stream, not one blob.
    tokens_.push_back(Token{e, -0.06 * spawned[e]});
    ++spawned[e];
  }
  if (!describeTimer_.isActive()) describeTimer_.start();
  update();
}

QRectF QueueView::stationRect(std::size_t s) const { return rectAt(s, detail_); }

QRectF QueueView::rectAt(std::size_t s, int detail) const {
  const QFontMetricsF fm(font());
  const double lh = fm.height();
  const auto& st = stats_->stations()[s];
  QSizeF size;
  if (!hasLanes(st)) {
    size = QSizeF(lh * 1.6, lh * 1.6);
  } else {
    const int lanes = static_cast<int>(std::max<std::size_t>(st.lanes.size(), std::min(st.servers, 256)));
    // Wide enough for the name and "NN% busy", but never more than a fifth of the view, so
    // neighbouring stations do not overlap with large (presentation) fonts.
    double w = std::min(std::max(lh * 9.5, fm.horizontalAdvance(labText(st.name)) + lh * 4),
                        std::max(lh * 6.0, width() * 0.2));
    // Narrower still where the lab placed another station close by on the same level.
    const QPointF me = s < layout_.size() ? layout_[s] : QPointF(0.5, 0.5);
    for (std::size_t t = 0; t < layout_.size(); ++t) {
      if (t == s || std::fabs(layout_[t].y() - me.y()) > 0.3) continue;
      const double gap = std::fabs(layout_[t].x() - me.x()) * (width() - 16) * 0.92;
      if (gap > 0) w = std::min(w, std::max(lh * 4.5, gap));
    }
    double laneH = 0;
    if (lanes <= kLaneRowsMax) {
      laneH = lanes * lh * 0.85;
    } else {
      const double cell = lh * 0.75;
      const int perRow = std::max(1, static_cast<int>((w - 8) / cell));
      laneH = std::ceil(static_cast<double>(lanes) / perRow) * cell;
    }
    if (detail < kDetailLanes) laneH = 0;
    size = detail == kDetailTitle ? QSizeF(w, lh * 1.3)
                                  : QSizeF(w, lh * (titleFits(st, w) ? 2.4 : 3.4) + laneH + 8);
  }
  const double top = fontMetrics().height() * 2.6;
  const QRectF area = rect().adjusted(8, static_cast<int>(top), -8, -static_cast<int>(lh * 1.4));
  const QPointF f = s < layout_.size() ? layout_[s] : QPointF(0.5, 0.5);
  const double cx = area.left() + size.width() / 2 + f.x() * std::max(0.0, area.width() - size.width());
  const double cy = area.top() + size.height() / 2 + f.y() * std::max(0.0, area.height() - size.height());
  return QRectF(cx - size.width() / 2, cy - size.height() / 2, size.width(), size.height());
}

QPointF QueueView::stationCenter(std::size_t s) const { return stationRect(s).center(); }

std::vector<QRectF> QueueView::stationRects() const {
  std::vector<QRectF> rects;
  if (stats_ == nullptr) return rects;
  for (std::size_t s = 0; s < stats_->stations().size(); ++s) rects.push_back(stationRect(s));
  return rects;
}

bool QueueView::overlapping(const std::vector<QRectF>& rects) {
  for (std::size_t s = 0; s < rects.size(); ++s)
    for (std::size_t t = s + 1; t < rects.size(); ++t)
      if (rects[s].intersects(rects[t])) return true;
  return false;
}

void QueueView::chooseDetail() {
  // The most the boxes can show without covering each other: lanes, else the queue, else names.
  detail_ = kDetailLanes;
  if (stats_ == nullptr) return;
  for (; detail_ > kDetailTitle; --detail_) {
    std::vector<QRectF> rects;
    for (std::size_t s = 0; s < stats_->stations().size(); ++s) rects.push_back(rectAt(s, detail_));
    if (!overlapping(rects)) return;
  }
}

QSize QueueView::minimumSizeHint() const {
  // Tall enough for the boxes to show their queues without overlapping, within reason: beyond
  // that they show less (chooseDetail) rather than push the charts off the page.
  double need = 180;
  const double lh = QFontMetricsF(font()).height();
  const double margins = fontMetrics().height() * 2.6 + lh * 1.4;
  std::vector<QRectF> rects;
  if (stats_ != nullptr)
    for (std::size_t s = 0; s < stats_->stations().size(); ++s) rects.push_back(rectAt(s, kDetailQueue));
  for (std::size_t s = 0; s < rects.size(); ++s) {
    for (std::size_t t = s + 1; t < rects.size(); ++t) {
      const bool sameColumn = rects[s].right() > rects[t].left() && rects[t].right() > rects[s].left();
      const double dy =
          s < layout_.size() && t < layout_.size() ? std::fabs(layout_[s].y() - layout_[t].y()) : 0;
      if (!sameColumn || dy < 0.01) continue;
      // Centres lie at h/2 + f·(area − h): they are dy·(area − h) apart, and must be half of each
      // box apart plus a little air.
      const double h = std::max(rects[s].height(), rects[t].height());
      const double area = h + ((rects[s].height() + rects[t].height()) / 2 + 8) / dy;
      need = std::max(need, area + margins);
    }
  }
  return {320, static_cast<int>(std::ceil(std::min(need, 320.0)))};
}

void QueueView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  chooseDetail();
}

void QueueView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) chooseDetail();  // presentation mode's larger fonts
}

bool QueueView::titleFits(const LiveStats::Station& st, double boxWidth) const {
  QFont bold = font();
  bold.setBold(true);
  return QFontMetricsF(bold).horizontalAdvance(labText(st.name)) +
             QFontMetricsF(font()).horizontalAdvance(tr("%1% busy").arg(100)) + 18 <=
         boxWidth;
}

void QueueView::drawStation(QPainter& p, std::size_t s) const {
  const auto& st = stats_->stations()[s];
  const QRectF r = stationRect(s);
  const QFontMetricsF fm(font());
  const double lh = fm.height();
  const QString name = labText(st.name);
  QFont bold = font();
  bold.setBold(true);

  if (!hasLanes(st)) {
    p.setPen(QPen(palette().color(QPalette::Text), 1.5));
    p.setBrush(palette().color(QPalette::Base));
    if (st.role == run::StationRole::Router) {
      QPolygonF diamond;
      diamond << QPointF(r.center().x(), r.top()) << QPointF(r.right(), r.center().y())
              << QPointF(r.center().x(), r.bottom()) << QPointF(r.left(), r.center().y());
      p.drawPolygon(diamond);
    } else {
      p.drawEllipse(r);
    }
    QString under = name;
    // A real run's live view is sampled (depths and busy CPUs), not a stream of arrivals.
    if (st.role == run::StationRole::Source && !stats_->sampled())
      under += QStringLiteral("\n") + tr("%n arrived", "", static_cast<int>(st.arrivals));
    QRectF textRect(r.center().x() - lh * 5, r.bottom() + 2, lh * 10, lh * 2.2);
    // Keep the caption inside the view at the left and right edges.
    textRect.moveLeft(std::clamp(textRect.left(), 2.0, std::max(2.0, width() - textRect.width() - 2)));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, under);
    return;
  }

  p.setPen(
      QPen(st.master ? QColor(0x9a, 0x60, 0x00) : palette().color(QPalette::Mid), st.master ? 2.5 : 1.2));
  // The master's box is tinted, pale on a light desktop and deep on a dark one, under the text colour.
  p.setBrush(st.master ? tinted(palette(), kBusy, isDark(palette()) ? 0.3 : 0.15)
                       : palette().color(QPalette::Base));
  p.drawRoundedRect(r, 6, 6);

  const QRectF title(r.left() + 6, r.top() + 3, r.width() - 12, lh);
  p.setFont(bold);
  p.setPen(palette().color(QPalette::Text));
  p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
             QFontMetricsF(bold).elidedText(name, Qt::ElideRight, title.width()));
  p.setFont(font());
  // A narrow box (large fonts) puts the utilization on a line of its own under the name.
  const bool oneLine = titleFits(st, r.width());
  // A box showing its title alone has one line: the utilization only where it fits beside the name.
  if (detail_ == kDetailTitle && !oneLine) return;
  const QRectF busyRect = oneLine ? title : title.translated(0, lh);
  // A real run that samples no busy CPUs for this station has no utilization to show.
  const bool knownBusy = !stats_->sampled() || !st.lanes.empty();
  p.drawText(busyRect, Qt::AlignRight | Qt::AlignVCenter,
             knownBusy ? tr("%1% busy").arg(QString::number(std::lround(st.utilization * 100))) : QString());

  if (detail_ == kDetailTitle) return;
  // The queue: one square per waiting request up to what fits, then the count.
  const QRectF qRow(r.left() + 6, busyRect.bottom(), r.width() - 12, lh * 1.1);
  const double sq = lh * 0.55;
  QString qText =
      st.capacity > 0 ? tr("%1/%2 waiting").arg(st.queue).arg(st.capacity) : tr("%1 waiting").arg(st.queue);
  const double textW = fm.horizontalAdvance(qText) + 6;
  const int fit = std::max(0, static_cast<int>((qRow.width() - textW) / (sq + 2)));
  const int shown = static_cast<int>(std::min<std::int64_t>(st.queue, fit));
  p.setPen(Qt::NoPen);
  p.setBrush(simColor());
  for (int i = 0; i < shown; ++i)
    p.drawRect(QRectF(qRow.left() + i * (sq + 2), qRow.center().y() - sq / 2, sq, sq));
  p.setPen(palette().color(QPalette::Text));
  p.drawText(qRow, Qt::AlignRight | Qt::AlignVCenter, qText);

  if (detail_ < kDetailLanes) return;
  // Lanes: one per server/core, busy or idle, with its utilization.
  const double laneTop = qRow.bottom() + 3;
  const int lanes = static_cast<int>(std::max<std::size_t>(st.lanes.size(), std::min(st.servers, 256)));
  QFont small = font();
  small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.8));
  p.setFont(small);
  const bool dark = isDark(palette());
  const QColor idle = idleColor(palette());
  if (lanes <= kLaneRowsMax) {
    const double h = lh * 0.85;
    for (int i = 0; i < lanes; ++i) {
      const LiveStats::Lane* lane = i < static_cast<int>(st.lanes.size()) ? &st.lanes[i] : nullptr;
      const QRectF lr(r.left() + 6, laneTop + i * h, r.width() - 12, h - 2);
      p.setPen(Qt::NoPen);
      const bool busy = lane != nullptr && lane->busy;
      p.setBrush(busy ? kBusy : idle);
      p.drawRect(lr);
      if (lane != nullptr) {
        p.setBrush(kUtil);
        p.drawRect(
            QRectF(lr.left(), lr.bottom() - 3, lr.width() * std::clamp(lane->utilization, 0.0, 1.0), 3));
      }
      p.setPen(busy || !dark ? QColor(Qt::black) : palette().color(QPalette::Text));
      // Without a lane the row is a server of the topology, not yet a CPU seen running.
      const QString who = lane == nullptr     ? QStringLiteral("#%1").arg(i)
                          : stats_->sampled() ? tr("CPU %1").arg(lane->core)
                                              : tr("core %1").arg(lane->core);
      p.drawText(lr.adjusted(3, 0, -3, -2), Qt::AlignLeft | Qt::AlignVCenter, who);
      if (lane != nullptr)
        p.drawText(lr.adjusted(3, 0, -3, -2), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(std::lround(lane->utilization * 100)));
    }
  } else {
    const double cell = lh * 0.75;
    const int perRow = std::max(1, static_cast<int>((r.width() - 8) / cell));
    p.setPen(QPen(palette().color(QPalette::Base), 1));
    for (int i = 0; i < lanes; ++i) {
      const bool busy = i < static_cast<int>(st.lanes.size()) && st.lanes[i].busy;
      p.setBrush(busy ? kBusy : idle);
      p.drawRect(
          QRectF(r.left() + 4 + (i % perRow) * cell, laneTop + (i / perRow) * cell, cell - 1, cell - 1));
    }
  }
  p.setFont(font());
  if (st.drops > 0) {
    p.setPen(kDrop);
    p.drawText(QRectF(r.left(), r.bottom() + 1, r.width(), lh), Qt::AlignHCenter | Qt::AlignTop,
               tr("%1 dropped").arg(st.drops));
  }
}

void QueueView::paintEvent(QPaintEvent*) {
  // A real run discovers lanes (the CPUs a station's seats run on) as it goes: boxes grow.
  std::size_t lanes = 0;
  if (stats_ != nullptr)
    for (const auto& st : stats_->stations()) lanes += st.lanes.size();
  if (lanes != lanesSeen_) {
    lanesSeen_ = lanes;
    chooseDetail();
  }
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().color(QPalette::Base));
  const QFontMetricsF fm(font());
  const double lh = fm.height();

  if (stats_ == nullptr || stats_->stations().empty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("This lab has no topology to animate."));
    ++frames_;
    emit framePainted();
    return;
  }

  // Counters and status on top.
  p.setPen(palette().color(QPalette::Text));
  const QString clockText = stats_->sampled()
                                ? tr("t = %1 s (real)").arg(formatValue(stats_->simTimeS(), 4))
                                : tr("t = %1 s simulated").arg(formatValue(stats_->simTimeS(), 4));
  const QLocale loc;
  QString counters = clockText;
  // A real run's live view is periodic samples: there are no per-request counts to show.
  if (!stats_->sampled()) {
    counters = tr("%1  ·  arrivals %2  ·  completions %3  ·  drops %4")
                   .arg(clockText, loc.toString(static_cast<qulonglong>(stats_->arrivals())),
                        loc.toString(static_cast<qulonglong>(stats_->departures())),
                        loc.toString(static_cast<qulonglong>(stats_->drops())));
    // Flat out, the GUI sees only part of the stream: the counts are of what it saw.
    if (stats_->gaps() > 0) counters += tr("  (seen)");
  }
  p.drawText(QRectF(8, 4, width() - 16, lh), Qt::AlignLeft | Qt::AlignVCenter, counters);
  QString status = status_;
  if (stats_->sampled())
    status = tr("Sampled: queue depths and busy CPUs of the real run") +
             (status.isEmpty() ? QString() : QStringLiteral("  ·  ") + status);
  if (!status.isEmpty()) {
    p.setPen(stats_->sampled() ? realColor() : palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(8, 4 + lh, width() - 16, lh), Qt::AlignLeft | Qt::AlignVCenter, status);
  }

  const std::size_t n = stats_->stations().size();
  std::vector<QRectF> rects(n);
  for (std::size_t s = 0; s < n; ++s) rects[s] = stationRect(s);

  // Edges, with arrowheads.
  std::vector<std::pair<QPointF, QPointF>> seg(edges_.size());
  p.setPen(QPen(palette().color(QPalette::Mid), 1.6));
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    const auto [a, b] = edges_[i];
    if (a < 0 || b < 0 || static_cast<std::size_t>(a) >= n || static_cast<std::size_t>(b) >= n) continue;
    const QPointF pa = boundaryPoint(rects[a], rects[b].center());
    const QPointF pb = boundaryPoint(rects[b], rects[a].center());
    seg[i] = {pa, pb};
    p.setPen(QPen(palette().color(QPalette::Mid), 1.6));
    p.drawLine(pa, pb);
    const QPointF d = pb - pa;
    const double len = std::hypot(d.x(), d.y());
    if (len > 1) {
      const QPointF u = d / len;
      const QPointF nrm(-u.y(), u.x());
      QPolygonF head;
      head << pb << pb - u * 9 + nrm * 4.5 << pb - u * 9 - nrm * 4.5;
      p.setBrush(palette().color(QPalette::Mid));
      p.drawPolygon(head);
    }
  }

  // Tokens.
  p.setPen(Qt::NoPen);
  p.setBrush(simColor());
  const double radius = std::max(3.0, lh * 0.25);
  for (const auto& tok : tokens_) {
    if (tok.t < 0.0 || tok.edge >= static_cast<int>(seg.size())) continue;
    const auto& [a, b] = seg[tok.edge];
    p.drawEllipse(a + (b - a) * tok.t, radius, radius);
  }

  for (std::size_t s = 0; s < n; ++s) drawStation(p, s);

  // Edge labels last, above their edge, so stations never hide them.
  QFont small = font();
  small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
  p.setFont(small);
  const QFontMetricsF sfm(small);
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    if (edgeLabels_[i].isEmpty()) continue;
    const auto& [pa, pb] = seg[i];
    const double room = std::max(lh * 3, std::hypot(pb.x() - pa.x(), pb.y() - pa.y()) - 6);
    const QString text = sfm.elidedText(edgeLabels_[i], Qt::ElideRight, room);
    const double w = sfm.horizontalAdvance(text) + 6;
    const QRectF box(QPointF((pa.x() + pb.x()) / 2 - w / 2, (pa.y() + pb.y()) / 2 - sfm.height() - 3),
                     QSizeF(w, sfm.height()));
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(box);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(box, Qt::AlignCenter, text);
  }
  p.setFont(font());

  // Legend for the lanes.
  const double y = height() - lh - 4;
  double x = 8;
  auto swatch = [&](const QColor& c, const QString& text) {
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRect(QRectF(x, y + lh * 0.2, lh * 0.7, lh * 0.6));
    x += lh * 0.9;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(x, y + fm.ascent()), text);
    x += fm.horizontalAdvance(text) + lh;
  };
  swatch(kBusy, tr("busy"));
  swatch(idleColor(palette()), tr("idle"));
  swatch(kUtil, tr("utilization"));
  swatch(simColor(), tr("request / waiting"));

  if (hasFocus()) {
    p.setPen(QPen(palette().color(QPalette::Highlight), kFocusFrame));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(kFocusFrame / 2.0, kFocusFrame / 2.0, -kFocusFrame / 2.0,
                                       -kFocusFrame / 2.0));
  }
  ++frames_;
  emit framePainted();
}

}  // namespace amp::widgets
