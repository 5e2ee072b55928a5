// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "lesson/lesson_script.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "amp/labs/registry.h"
#include "amp/run/lab.h"

namespace amp::lesson {

namespace {

struct KindName {
  StepKind kind;
  const char* key;
};
// The key that names a step's kind; a step with none of them but "say" is a Say step.
constexpr KindName kKinds[] = {{StepKind::Open, "open"},          {StepKind::Set, "set"},
                               {StepKind::Mode, "mode"},          {StepKind::Run, "run"},
                               {StepKind::RunUntil, "run_until"}, {StepKind::Ask, "ask"},
                               {StepKind::Reveal, "reveal"},      {StepKind::Compare, "compare"},
                               {StepKind::Chart, "chart"}};
const QStringList kModes{"model", "sim", "real", "compare"};

QString kindKeys() {
  QStringList keys;
  for (const auto& k : kKinds) keys << QString::fromLatin1(k.key);
  return keys.join(", ") + ", say";
}

// The context lupdate gives a tr() in this namespace, so the .ts entries are the ones found.
QString tr(const char* text) { return QCoreApplication::translate("amp::lesson", text); }

/// Reads one step; "" or what is wrong (without the step's name, which the caller adds).
QString parseStep(const QJsonValue& v, Step& step) {
  if (!v.isObject()) return tr("must be an object such as {\"run\": true}");
  const QJsonObject o = v.toObject();
  int kinds = 0;
  for (auto it = o.begin(); it != o.end(); ++it) {
    const QString key = it.key();
    bool known = key == "say" || key == "answer";
    for (const auto& k : kKinds)
      if (key == QLatin1String(k.key)) {
        known = true;
        step.kind = k.kind;
        ++kinds;
      }
    if (!known) return tr("unknown key '%1'; a step has one of: %2").arg(key, kindKeys());
  }
  if (kinds > 1) return tr("one kind of step per object (found %1): one of %2").arg(kinds).arg(kindKeys());
  if (kinds == 0 && !o.contains("say")) return tr("empty step; a step has one of: %1").arg(kindKeys());
  if (o.contains("say")) {
    if (!o.value("say").isString()) return tr("'%1' must be a text").arg("say");
    step.say = o.value("say").toString();
  }
  if (o.contains("answer") && step.kind != StepKind::Ask) return tr("'answer' belongs to an 'ask' step");
  auto text = [&](const char* key, QString& into) -> QString {
    if (!o.value(key).isString() || o.value(key).toString().trimmed().isEmpty())
      return tr("'%1' must be a non-empty text").arg(key);
    into = o.value(key).toString();
    return {};
  };
  auto flag = [&](const char* key) -> QString {
    return o.value(key) == QJsonValue(true) ? QString() : tr("'%1' takes true").arg(key);
  };
  switch (step.kind) {
    case StepKind::Open:
      return text("open", step.lab);
    case StepKind::Mode:
      if (QString e = text("mode", step.mode); !e.isEmpty()) return e;
      return kModes.contains(step.mode) ? QString()
                                        : tr("mode '%1'; allowed: %2").arg(step.mode, kModes.join(", "));
    case StepKind::Set: {
      if (!o.value("set").isObject() || o.value("set").toObject().isEmpty())
        return tr("'set' must be an object of parameters, e.g. {\"workers\": 8}");
      const QJsonObject set = o.value("set").toObject();
      for (auto it = set.begin(); it != set.end(); ++it) {
        if (it->isDouble())
          step.set.emplace_back(it.key(), QString::fromStdString(run::formatNumber(it->toDouble())));
        else if (it->isString())
          step.set.emplace_back(it.key(), it->toString());
        else
          return tr("set.%1 must be a number or a text").arg(it.key());
      }
      return {};
    }
    case StepKind::RunUntil: {
      QString cond;
      if (QString e = text("run_until", cond); !e.isEmpty()) return e;
      return parseCondition(cond, step.until);
    }
    case StepKind::Ask:
      if (QString e = text("ask", step.question); !e.isEmpty()) return e;
      return text("answer", step.answer);
    case StepKind::Chart:
      return text("chart", step.chart);
    case StepKind::Run:
      return flag("run");
    case StepKind::Reveal:
      return flag("reveal");
    case StepKind::Compare:
      return flag("compare");
    case StepKind::Say:
      return {};
  }
  return {};
}

}  // namespace

bool Condition::holds(double x) const {
  if (op == ">=") return x >= value;
  if (op == "<=") return x <= value;
  if (op == ">") return x > value;
  return x < value;
}

QString Condition::shown() const {
  return QString(text)
      .replace(QLatin1String(">="), QStringLiteral("≥"))
      .replace(QLatin1String("<="), QStringLiteral("≤"));
}

QString parseCondition(const QString& text, Condition& out) {
  static const QRegularExpression re(QStringLiteral(
      R"(^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(>=|<=|≥|≤|>|<)\s*([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(\S*)\s*$)"));
  const auto m = re.match(text);
  if (!m.hasMatch())
    return tr("condition '%1' is not 'NAME OP NUMBER [UNIT]' (OP one of >= <= > <), e.g. 't >= 60 s' or "
              "'master_util >= 0.95'")
        .arg(text);
  out.quantity = m.captured(1);
  out.op = m.captured(2) == "≥" ? ">=" : m.captured(2) == "≤" ? "<=" : m.captured(2);
  out.value = m.captured(3).toDouble();
  out.unit = m.captured(4);
  out.text = text.trimmed();
  if (out.isTime()) {
    if (out.unit == "ms")
      out.value /= 1000;
    else if (out.unit == "min")
      out.value *= 60;
    else if (!out.unit.isEmpty() && out.unit != "s")
      return tr("condition '%1': time is in s, ms or min, not '%2'").arg(text, out.unit);
  }
  return {};
}

QString parseLesson(const QByteArray& json, const QString& file, Lesson& out) {
  const QString where = QFileInfo(file).fileName() + ": ";
  QJsonParseError pe{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError)
    return where + tr("not JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
  if (!doc.isObject())
    return where + tr("must be an object {\"lesson\": 1, \"title\": …, \"lab\": …, \"steps\": […]}");
  const QJsonObject o = doc.object();
  static const QStringList topKeys{"lesson", "title", "lab", "steps"};
  for (const QString& key : o.keys())
    if (!topKeys.contains(key))
      return where + tr("unknown key '%1'; allowed: %2").arg(key, topKeys.join(", "));
  if (o.value("lesson").toDouble(-1) != 1) return where + tr("'lesson' must be 1 (the format's version)");
  if (!o.value("title").isString()) return where + tr("'%1' must be a text").arg("title");
  if (!o.value("lab").isString()) return where + tr("'lab' must be a lab's id (amplab labs lists them)");
  if (!o.value("steps").isArray() || o.value("steps").toArray().isEmpty())
    return where + tr("'steps' must be a non-empty array");
  Lesson lesson;
  lesson.title = o.value("title").toString();
  lesson.lab = o.value("lab").toString();
  const QJsonArray steps = o.value("steps").toArray();
  for (int i = 0; i < steps.size(); ++i) {
    Step step;
    if (QString e = parseStep(steps[i], step); !e.isEmpty())
      return where + tr("step %1: %2").arg(i + 1).arg(e);
    lesson.steps.push_back(std::move(step));
  }
  out = std::move(lesson);
  return {};
}

QByteArray toJson(const Lesson& lesson) {
  QByteArrayList lines;
  for (const Step& s : lesson.steps) {
    QJsonObject o;
    for (const auto& k : kKinds)
      if (k.kind == s.kind) switch (s.kind) {
          case StepKind::Open:
            o.insert(k.key, s.lab);
            break;
          case StepKind::Mode:
            o.insert(k.key, s.mode);
            break;
          case StepKind::RunUntil:
            o.insert(k.key, s.until.text);
            break;
          case StepKind::Chart:
            o.insert(k.key, s.chart);
            break;
          case StepKind::Ask:
            o.insert(k.key, s.question);
            o.insert("answer", s.answer);
            break;
          case StepKind::Set: {
            QJsonObject set;
            for (const auto& [key, v] : s.set) {
              // Numbers as numbers, so the file reads as a person would write it.
              bool isNumber = false;
              const double x = v.toDouble(&isNumber);
              set.insert(key, isNumber ? QJsonValue(x) : QJsonValue(v));
            }
            o.insert(k.key, set);
            break;
          }
          default:
            o.insert(k.key, true);
            break;
        }
    if (!s.say.isEmpty()) o.insert("say", s.say);
    lines << "    " + QJsonDocument(o).toJson(QJsonDocument::Compact);
  }
  const auto text = [](const QString& t) {
    return QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
  };
  return "{\n  \"lesson\": 1,\n  \"title\": " + text(lesson.title) + ",\n  \"lab\": " + text(lesson.lab) +
         ",\n  \"steps\": [\n" + lines.join(",\n") + "\n  ]\n}\n";
}

QString loadLesson(const QString& fileOrLab, Lesson& out, QString* path) {
  if (fileOrLab.isEmpty()) return tr("no lesson given: amplab lesson FILE|LAB [--check]");
  QString file = fileOrLab;
  const QString shipped = ":/lessons/" + fileOrLab + ".json";
  if (!QFileInfo::exists(file) && !fileOrLab.contains('/') && QFileInfo::exists(shipped)) file = shipped;
  if (path != nullptr) *path = file;
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly))
    return tr("%1: cannot be read (%2); give a lesson file or a lab's id for its shipped lesson")
        .arg(fileOrLab, f.errorString());
  return parseLesson(f.readAll(), file, out);
}

State stateAt(const Lesson& lesson, int index) {
  State st;
  auto open = [&st](const QString& id) {
    if (const run::Lab* lab = labs::findLab(id.toStdString())) {
      st.lab = id;
      st.params = run::defaults(lab->params());
    }
  };
  open(lesson.lab);
  const int last = std::min(index, static_cast<int>(lesson.steps.size()) - 1);
  for (int i = 0; i <= last; ++i) {
    const Step& s = lesson.steps[static_cast<std::size_t>(i)];
    // A question stays on screen through its reveal, not after it.
    if (st.revealed) {
      st.question = -1;
      st.revealed = false;
    }
    switch (s.kind) {
      case StepKind::Open:
        open(s.lab);
        break;
      case StepKind::Set:
        if (const run::Lab* lab = labs::findLab(st.lab.toStdString())) {
          const auto specs = lab->params();
          for (const auto& [k, v] : s.set)
            run::applySetting(specs, st.params, k.toStdString(), v.toStdString());
        }
        break;
      case StepKind::Mode:
        st.mode = s.mode;
        break;
      case StepKind::Ask:
        st.question = i;
        break;
      case StepKind::Reveal:
        st.revealed = st.question >= 0;
        break;
      default:
        break;
    }
  }
  return st;
}

QString describe(const Step& step) {
  switch (step.kind) {
    case StepKind::Open:
      return tr("Open the lab %1").arg(step.lab);
    case StepKind::Set: {
      QStringList parts;
      for (const auto& [k, v] : step.set) parts << k + " = " + v;
      return tr("Set %1").arg(parts.join(", "));
    }
    case StepKind::Mode: {
      const QStringList words{tr("model"), tr("simulation"), tr("real run"), tr("compare")};
      return tr("Mode: %1").arg(words.value(static_cast<int>(kModes.indexOf(step.mode))));
    }
    case StepKind::Run:
      return tr("Run");
    case StepKind::RunUntil:
      return tr("Run until %1").arg(step.until.shown());
    case StepKind::Ask:
      return tr("Question");
    case StepKind::Reveal:
      return tr("Answer");
    case StepKind::Compare:
      return tr("Compare the last two runs");
    case StepKind::Chart:
      return tr("Chart: %1").arg(step.chart);
    case StepKind::Say:
      return {};
  }
  return {};
}

std::vector<std::pair<QString, QString>> changes(const run::Params& from, const run::Params& to) {
  std::vector<std::pair<QString, QString>> out;
  for (const auto& [k, v] : to.nums())
    if (!from.nums().count(k) || from.nums().at(k) != v)
      out.emplace_back(QString::fromStdString(k), QString::fromStdString(run::formatNumber(v)));
  for (const auto& [k, v] : to.texts())
    if (!from.texts().count(k) || from.texts().at(k) != v)
      out.emplace_back(QString::fromStdString(k), QString::fromStdString(v));
  return out;
}

}  // namespace amp::lesson
