// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QWidget>
#include <vector>

#include "amp/run/topology.h"
#include "widgets/live_stats.h"

namespace amp::widgets {

/// The live queue animation: a lab's topology drawn as stations and edges, requests as tokens
/// moving along the edges, each queue as a stack, each server (core) as a lane coloured busy or
/// idle with its utilization, and counters for arrivals, completions and drops. Reads a
/// LiveStats owned by the caller; draws only, never computes statistics itself.
///
/// Tab reaches it (a frame in the highlight colour shows the focus); its accessible description
/// says what it shows now, station by station (waiting, busy of how many), renewed at most twice
/// a second; Space asks for pause or resume (togglePauseRequested).
class QueueView : public QWidget {
  Q_OBJECT

 public:
  explicit QueueView(QWidget* parent = nullptr);
  /// The drawing follows this topology; `stats` must outlive the view or be reset with it.
  void setTopology(const run::Topology& topology, const LiveStats* stats);
  /// One display frame: spawns tokens for the transfers and schedules a repaint.
  void advance(const std::vector<LiveStats::Transfer>& transfers);
  /// A line under the counters, e.g. the pacing ("10× · paused") or a real run's placement.
  void setStatusText(const QString& text);
  void clearTokens();
  std::uint64_t framesPainted() const { return frames_; }
  /// Tall enough that no two station boxes the lab placed above one another overlap.
  QSize minimumSizeHint() const override;
  /// Where each station's box is drawn now (index = station), for tests and hit testing.
  std::vector<QRectF> stationRects() const;
  QSize sizeHint() const override { return {640, 260}; }
  /// What the animation shows now, in words: each station with its queue and busy servers, the
  /// clock and the counts. The accessible description, renewed at most twice a second.
  QString stateText() const;

 signals:
  void framePainted();
  /// Space while the animation has the keyboard: pause or resume, as F6.
  void togglePauseRequested();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  struct Token {
    int edge = 0;
    double t = 0.0;  // 0..1 along the edge
  };
  /// How much a station box shows: its name and utilization only, also its queue, also its lanes.
  static constexpr int kDetailTitle = 0, kDetailQueue = 1, kDetailLanes = 2;
  QRectF stationRect(std::size_t s) const;  ///< at the detail chosen for the current size
  QRectF rectAt(std::size_t s, int detail) const;
  static bool overlapping(const std::vector<QRectF>& rects);
  void chooseDetail();
  QPointF stationCenter(std::size_t s) const;
  bool titleFits(const LiveStats::Station& st, double boxWidth) const;
  int edgeIndex(int from, int to) const;
  void drawStation(QPainter& p, std::size_t s) const;
  void describe();

  const LiveStats* stats_ = nullptr;
  std::vector<QPointF> layout_;  // [0,1]²
  std::vector<QSizeF> boxSize_;
  std::vector<std::pair<int, int>> edges_;
  std::vector<QString> edgeLabels_;
  std::vector<Token> tokens_;
  QString status_;
  QElapsedTimer clock_;
  qint64 lastAdvanceMs_ = 0;
  std::uint64_t frames_ = 0;
  int detail_ = kDetailLanes;
  std::size_t lanesSeen_ = 0;  // lanes the last chooseDetail() saw
  QTimer describeTimer_;       // the description follows the frames, a few times a second at most
};

}  // namespace amp::widgets
