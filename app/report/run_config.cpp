// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/run_config.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

namespace amp::app {

namespace {

/// The JSON value of one parameter as a batch file writes it: a number, a text, or table rows.
QJsonValue paramJson(const run::ParamSpec& p, const run::Params& params) {
  if (params.texts().count(p.key)) {
    const QString text = QString::fromStdString(params.texts().at(p.key));
    if (p.kind == run::ParamKind::Table) {
      const QJsonDocument rows = QJsonDocument::fromJson(text.toUtf8());
      if (rows.isArray()) return rows.array();
    }
    return text;
  }
  if (params.nums().count(p.key)) return params.nums().at(p.key);
  return {};
}

/// "&lt;" and friends back to their characters: what QString::toHtmlEscaped wrote.
QString htmlUnescape(QString s) {
  s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
  s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
  s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
  s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
  s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
  return s;
}

/// The attachment a PDF written by QPdfWriter::addFileAttachment carries under `name`: its file
/// specification points (/EF <</F n 0 R>>) at a Flate-compressed stream object. Only our own
/// reports are read, so this follows the layout QPdfWriter writes, not all of PDF.
QString pdfAttachment(const QByteArray& pdf, const QString& name, QByteArray* data) {
  const QByteArray spec = "/F (" + name.toLatin1() + ")";
  const qsizetype at = pdf.indexOf(spec);
  if (at < 0) return QStringLiteral("it carries no run configuration (no attachment %1)").arg(name);
  static const QRegularExpression ef(QStringLiteral("/EF\\s*<<\\s*/F\\s+(\\d+)\\s+0\\s+R"));
  const auto m = ef.match(QString::fromLatin1(pdf.mid(at, 200)));
  if (!m.hasMatch()) return QStringLiteral("its attachment %1 has no file stream").arg(name);
  const QByteArray obj = "\n" + m.captured(1).toLatin1() + " 0 obj";
  const qsizetype objAt = pdf.indexOf(obj);
  const qsizetype streamAt = objAt < 0 ? -1 : pdf.indexOf("stream\n", objAt);
  const qsizetype endAt = streamAt < 0 ? -1 : pdf.indexOf("\nendstream", streamAt);
  if (endAt < 0) return QStringLiteral("its attachment %1 is cut short").arg(name);
  const QByteArray header = pdf.mid(objAt, streamAt - objAt);
  QByteArray body = pdf.mid(streamAt + 7, endAt - (streamAt + 7));
  if (!header.contains("/FlateDecode")) {
    *data = body;
    return {};
  }
  // qUncompress reads zlib data behind a 4-byte big-endian size hint (it grows the buffer as needed).
  QByteArray hinted(4, '\0');
  qToBigEndian<quint32>(static_cast<quint32>(body.size() * 8 + 1024), hinted.data());
  *data = qUncompress(hinted + body);
  if (data->isEmpty()) return QStringLiteral("its attachment %1 cannot be decompressed").arg(name);
  return {};
}

}  // namespace

QJsonObject runConfig(const run::Lab& lab, const run::RunResult& r) {
  QJsonObject set;
  for (const run::ParamSpec& p : lab.params()) {
    const QJsonValue v = paramJson(p, r.params);
    if (!v.isUndefined() && !v.isNull()) set.insert(QString::fromStdString(p.key), v);
  }
  QJsonObject e;
  e.insert("lab", QString::fromStdString(lab.info().id));
  e.insert("mode", QString::fromLatin1(run::modeName(r.mode)));
  e.insert("set", set);
  if (r.mode == run::Mode::Model) return e;
  e.insert("seed", static_cast<double>(r.seed));
  if (r.mode == run::Mode::Sim) {
    // The same replications (their seeds follow from the run's seed and their index), each as long
    // as before: the run's estimates come back digit for digit.
    e.insert("reps", r.reps);
    if (r.simSecondsPerRep > 0) e.insert("duration", r.simSecondsPerRep);
    e.insert("warmup", r.warmupSeconds);
    return e;
  }
  if (auto it = r.labels.find("time_scale"); it != r.labels.end())
    e.insert("time_scale", QString::fromStdString(it->second));
  if (auto it = r.labels.find("service_clock"); it != r.labels.end())
    e.insert("service_clock", QString::fromStdString(it->second));
  return e;
}

QString configFromReport(const QString& file, QByteArray* json) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
  const QByteArray bytes = f.readAll();
  const QString suffix = QFileInfo(file).suffix().toLower();
  const QString name = QString::fromLatin1(kRunConfigName);
  QByteArray entry;
  if (suffix == "pdf") {
    if (const QString e = pdfAttachment(bytes, name + ".json", &entry); !e.isEmpty()) return file + ": " + e;
  } else if (suffix == "html" || suffix == "htm") {
    const QString text = QString::fromUtf8(bytes);
    const QString open = "id=\"" + name + "\">";
    const qsizetype at = text.indexOf(open);
    const qsizetype end = at < 0 ? -1 : text.indexOf(QStringLiteral("</pre>"), at);
    if (end < 0) return file + ": it carries no run configuration (no block " + name + ")";
    entry = htmlUnescape(text.mid(at + open.size(), end - at - open.size())).toUtf8();
  } else if (suffix == "md") {
    const QString text = QString::fromUtf8(bytes);
    // The marker, then a fence of three or more backticks with a language, the block, the same fence.
    static const QRegularExpression block(
        QStringLiteral("<!-- ") + name + QStringLiteral(" -->\\n(`{3,})[^\\n]*\\n(.*?)\\n\\1\\n"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(text);
    if (!m.hasMatch()) return file + ": it carries no run configuration (no block " + name + ")";
    entry = m.captured(2).toUtf8();
  } else {
    return QStringLiteral("--from-report %1: the file must end in .pdf, .html or .md").arg(file);
  }
  QJsonParseError perr{};
  const QJsonDocument doc = QJsonDocument::fromJson(entry, &perr);
  if (!doc.isObject()) return file + ": its run configuration is not valid JSON: " + perr.errorString();
  // One run's entry, or a batch of them (a comparison carries both runs).
  *json =
      doc.object().contains(QStringLiteral("runs"))
          ? entry
          : QJsonDocument(QJsonObject{{"runs", QJsonArray{doc.object()}}}).toJson(QJsonDocument::Indented);
  return {};
}

}  // namespace amp::app
