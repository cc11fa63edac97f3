// Reads what the program audits from its own sources. C++: every audit entry built in core (an entry is a
// brace list "{action, QStringLiteral("entity"), record, before, after}"), the actions passed down to the
// helpers that build one (a parameter `const QString& action`), the keys of every QJsonObject the services
// build, and every Settings::setValue key. SQL: the entries the PostgreSQL functions write and the tables the
// generic row trigger audits.
#include "AuditSourceScan.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace ketong::test {

namespace {
struct Source
{
    QString path;
    QString text; ///< without comments
};

/// The text without // and /* */ comments (string and character literals kept as they are).
QString withoutComments(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            const qsizetype start = i;
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
            out += QStringView(text).mid(start, i - start + 1);
        } else if (text.mid(i, 2) == QLatin1String("//")) {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
            out += u'\n';
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? text.size() : end + 1;
        } else {
            out += c;
        }
    }
    return out;
}

QList<Source> read(const QString& folder, const QStringList& patterns, bool stripComments)
{
    QList<Source> list;
    QDirIterator it(folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        list.append({path, stripComments ? withoutComments(text) : text});
    }
    return list;
}

/// From the opening bracket at `open`, the index of its partner (quotes skipped); -1 if unbalanced.
qsizetype closing(const QString& text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            for (++i; i < text.size() && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

/// The comma-separated parts of a list at its top level (brackets, quotes and, with `angles`, <…> kept).
QStringList topLevelParts(const QString& list, bool angles = false)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < list.size() && list.at(i) != c; ++i) {
                if (list.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'(' || c == u'{' || c == u'[' || (angles && c == u'<')) {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']' || (angles && c == u'>')) {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts << list.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    parts << list.mid(start).trimmed();
    return parts;
}

/// "Class::function" of the definition that encloses `pos` (definitions start at the beginning of a line).
QString enclosingFunction(const QString& text, qsizetype pos)
{
    static const QRegularExpression definition(QStringLiteral(R"re(^[A-Za-z][^;{}()\n]*?\b(\w+::\w+)\s*\()re"),
                                               QRegularExpression::MultilineOption);
    QString name;
    for (auto it = definition.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > pos)
            break;
        name = m.captured(1);
    }
    return name;
}

QStringList literals(const QString& text)
{
    static const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\("([a-z][a-z-]*)"\))re"));
    QStringList list;
    for (auto it = literal.globalMatch(text); it.hasNext();)
        list << it.next().captured(1);
    return list;
}

QString lineOf(const Source& source, qsizetype pos)
{
    return QStringLiteral("%1:%2").arg(source.path).arg(source.text.left(pos).count(u'\n') + 1);
}

/// A constant's value: `NAME = QStringLiteral("value")` in `preferred` or else anywhere in core.
QStringList constantValues(const QList<Source>& sources, const Source& preferred, const QString& name)
{
    const QRegularExpression definition(QStringLiteral(R"re(\b%1\s*=\s*QStringLiteral\("([^"]+)"\))re").arg(name));
    const auto match = definition.match(preferred.text);
    if (match.hasMatch())
        return {match.captured(1)};
    QStringList values;
    for (const Source& s : sources) {
        for (auto it = definition.globalMatch(s.text); it.hasNext();)
            values << it.next().captured(1);
    }
    return values;
}

struct Helper
{
    QString cls;  ///< the class whose member it is
    QString name; ///< the function's name
    int index = 0;
};

/// The functions that take the action to audit as a parameter `const QString& action`.
QHash<QString, Helper> actionHelpers(const QList<Source>& sources)
{
    static const QRegularExpression head(QStringLiteral(R"re(\b(\w+)::(\w+)\s*\($)re"));
    QHash<QString, Helper> helpers;
    for (const Source& s : sources) {
        for (qsizetype at = s.text.indexOf(QLatin1String("const QString& action")); at >= 0;
             at = s.text.indexOf(QLatin1String("const QString& action"), at + 1)) {
            qsizetype open = at;
            for (int depth = 0; open > 0; --open) {
                const QChar c = s.text.at(open);
                if (c == u')')
                    ++depth;
                else if (c == u'(' && depth-- == 0)
                    break;
            }
            const auto m = head.match(s.text.left(open + 1));
            if (!m.hasMatch())
                continue; // a declaration in a header: the definition names the class
            const qsizetype close = closing(s.text, open);
            const QStringList params = topLevelParts(s.text.mid(open + 1, close - open - 1), true);
            const auto index = params.indexOf(QStringLiteral("const QString& action"));
            if (index >= 0)
                helpers.insert(m.captured(1) + QStringLiteral("::") + m.captured(2),
                               {m.captured(1), m.captured(2), int(index)});
        }
    }
    return helpers;
}

struct CallScan
{
    QHash<QString, QSet<QString>> actions;  ///< helper → actions passed to it as literals
    QHash<QString, QSet<QString>> forwards; ///< function → helpers it passes its own `action` to
    QHash<QString, QStringList> unknown;    ///< helper → calls whose action cannot be told
};

CallScan scanHelperCalls(const QList<Source>& sources, const QHash<QString, Helper>& helpers)
{
    CallScan scan;
    for (auto h = helpers.cbegin(); h != helpers.cend(); ++h) {
        // Qualified calls anywhere; unqualified ones in the files that define members of the class.
        const QRegularExpression call(QStringLiteral(R"re((?:\b%1::|(?<![\w.>:]))%2\s*\()re").arg(h->cls, h->name));
        for (const Source& s : sources) {
            const bool member = s.text.contains(h->cls + QStringLiteral("::"));
            for (auto it = call.globalMatch(s.text); it.hasNext();) {
                const auto m = it.next();
                if (!member && !m.captured(0).contains(QLatin1String("::")))
                    continue;
                const qsizetype open = m.capturedEnd() - 1;
                const QString args = s.text.mid(open + 1, closing(s.text, open) - open - 1);
                if (args.contains(QLatin1String("const QString& action")))
                    continue; // the definition itself
                const QStringList parts = topLevelParts(args);
                if (parts.size() <= h->index)
                    continue; // another function of that name
                const QString arg = parts.at(h->index);
                const QStringList found = literals(arg);
                if (!found.isEmpty())
                    scan.actions[h.key()].unite(QSet<QString>(found.begin(), found.end()));
                else if (arg == QLatin1String("action"))
                    scan.forwards[enclosingFunction(s.text, m.capturedStart())].insert(h.key());
                else
                    scan.unknown[h.key()]
                        << QStringLiteral("%1: cannot tell the action passed to %2").arg(lineOf(s, open), h.key());
            }
        }
    }
    return scan;
}

void scanEntries(const QList<Source>& sources, const QHash<QString, Helper>& helpers, AuditSources& out)
{
    // An entry: {action, QStringLiteral("entity"), record id, …}; a list of column names is none.
    static const QRegularExpression entry(QStringLiteral(
        R"re(\{\s*(?:QStringLiteral\("([a-z][a-z-]*)"\)|([A-Za-z_]\w*))\s*,\s*QStringLiteral\("([a-z_]+)"\)\s*,(?!\s*QStringLiteral\())re"));
    QHash<QString, QSet<QString>> entitiesOf; // function → entities of the entries it writes for its `action`
    for (const Source& s : sources) {
        if (!s.text.contains(QLatin1String("AuditLog::")))
            continue;
        for (auto it = entry.globalMatch(s.text); it.hasNext();) {
            const auto m = it.next();
            const QString entity = m.captured(3);
            out.entities.insert(entity);
            QStringList actions;
            if (!m.captured(1).isEmpty())
                actions << m.captured(1);
            else if (m.captured(2) == QLatin1String("action"))
                entitiesOf[enclosingFunction(s.text, m.capturedStart())].insert(entity);
            else
                actions = constantValues(sources, s, m.captured(2));
            if (actions.isEmpty() && m.captured(2) != QLatin1String("action"))
                out.problems
                    << QStringLiteral("%1: cannot tell the action %2").arg(lineOf(s, m.capturedStart()), m.captured(2));
            for (const QString& a : std::as_const(actions)) {
                out.actions.insert(a);
                out.pairs.insert({a, entity});
            }
        }
    }
    const CallScan calls = scanHelperCalls(sources, helpers);
    // A function that passes its `action` on writes the entries of the helper it passes it to.
    for (bool grew = true; grew;) {
        grew = false;
        for (auto f = calls.forwards.cbegin(); f != calls.forwards.cend(); ++f) {
            for (const QString& helper : f.value()) {
                const qsizetype before = entitiesOf[f.key()].size();
                entitiesOf[f.key()].unite(entitiesOf.value(helper));
                grew = grew || entitiesOf[f.key()].size() != before;
            }
        }
    }
    // Only the helpers that end in an audit entry: another function's `action` (a refusal's wording) is no key.
    for (auto h = calls.unknown.cbegin(); h != calls.unknown.cend(); ++h) {
        if (!entitiesOf.value(h.key()).isEmpty())
            out.problems << h.value();
    }
    for (auto h = calls.actions.cbegin(); h != calls.actions.cend(); ++h) {
        for (const QString& a : h.value()) {
            out.actions.insert(a);
            for (const QString& e : entitiesOf.value(h.key()))
                out.pairs.insert({a, e});
        }
    }
}

/// Keys of the QJsonObjects built in `text`: brace-initialised objects, functions returning one, the
/// objects' insert() calls, and JsonText's add(u"key", …).
void scanKeys(const Source& s, QSet<QString>& keys)
{
    static const QRegularExpression pair(QStringLiteral(R"re(\{\s*QStringLiteral\("([A-Za-z_]+)"\)\s*,)re"));
    static const QRegularExpression object(QStringLiteral(R"re(\bQJsonObject\s+(?:(\w+(?:::\w+)?)\s*)?)re"));
    static const QRegularExpression jsonText(QStringLiteral(R"re(\.add\(u"([a-z_]+)")re"));
    const auto collect = [&](const QString& block) {
        for (auto it = pair.globalMatch(block); it.hasNext();)
            keys.insert(it.next().captured(1));
    };
    QSet<QString> variables;
    for (qsizetype at = s.text.indexOf(QLatin1String("QJsonObject")); at >= 0;
         at = s.text.indexOf(QLatin1String("QJsonObject"), at + 1)) {
        qsizetype i = at + 11;
        while (i < s.text.size() && s.text.at(i).isSpace())
            ++i;
        const auto m =
            object.match(s.text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && !m.captured(1).isEmpty()) {
            i = m.capturedEnd();
            variables.insert(m.captured(1));
        }
        if (i < s.text.size() && s.text.at(i) == u'(') { // a function returning an object: its body
            i = closing(s.text, i) + 1;
            while (i < s.text.size() && (s.text.at(i).isSpace() || s.text.mid(i, 5) == QLatin1String("const")))
                i += s.text.at(i).isSpace() ? 1 : 5;
        }
        if (i < s.text.size() && s.text.at(i) == u'{')
            collect(s.text.mid(i, closing(s.text, i) - i + 1));
    }
    for (const QString& v : std::as_const(variables)) {
        const QRegularExpression insert(QStringLiteral(R"re(\b%1\.insert\(QStringLiteral\("([A-Za-z_]+)"\))re").arg(v));
        for (auto it = insert.globalMatch(s.text); it.hasNext();)
            keys.insert(it.next().captured(1));
    }
    for (auto it = jsonText.globalMatch(s.text); it.hasNext();)
        keys.insert(it.next().captured(1));
}

void scanSettings(const QList<Source>& sources, AuditSources& out)
{
    static const QRegularExpression call(QStringLiteral(R"re(\bSettings::setValue\s*\()re"));
    for (const Source& s : sources) {
        for (auto it = call.globalMatch(s.text); it.hasNext();) {
            const auto m = it.next();
            const qsizetype open = m.capturedEnd() - 1;
            const QString args = s.text.mid(open + 1, closing(s.text, open) - open - 1);
            if (args.contains(QLatin1String("const QString& key")))
                continue; // the definition
            const QString key = topLevelParts(args).value(3);
            static const QRegularExpression literal(QStringLiteral(R"re(^QStringLiteral\("([^"]+)"\)$)re"));
            const auto l = literal.match(key);
            const QStringList values =
                l.hasMatch() ? QStringList{l.captured(1)} : constantValues(sources, s, key.section(u':', -1));
            if (values.isEmpty())
                out.problems << QStringLiteral("%1: cannot tell the setting %2").arg(lineOf(s, open), key);
            out.settingKeys.unite(QSet<QString>(values.begin(), values.end()));
        }
    }
}

/// The PostgreSQL migrations: the generic trigger's tables and the entries the SQL functions write.
void scanSql(const QString& root, AuditSources& out)
{
    static const QRegularExpression trigger(QStringLiteral(
        R"re(CREATE\s+CONSTRAINT\s+TRIGGER\s+\w+\s+AFTER[^;]*?\bON\s+(\w+)[^;]*?ketong_audit_row\(\))re"));
    static const QRegularExpression insert(
        QStringLiteral(
            R"re(INSERT\s+INTO\s+audit_log\s*\(([^)]*)\)\s*(?:VALUES\s*\((.*?)\)\s*(?:RETURNING|;)|SELECT\s+(.*?)\s+FROM\b))re"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression assigned(QStringLiteral(R"re(\bact\s*:=\s*'([a-z-]+)')re"));
    static const QRegularExpression quoted(QStringLiteral(R"re(^'([a-z_-]+)'$)re"));
    const QList<Source> files =
        read(root + QStringLiteral("/core/db/migrations/postgres"), {QStringLiteral("*.sql")}, false);
    for (const Source& f : files) {
        for (auto it = trigger.globalMatch(f.text); it.hasNext();)
            out.triggerTables.insert(it.next().captured(1));
    }
    for (const Source& f : files) {
        QStringList assignedActions;
        for (auto it = assigned.globalMatch(f.text); it.hasNext();)
            assignedActions << it.next().captured(1);
        for (auto it = insert.globalMatch(f.text); it.hasNext();) {
            const auto m = it.next();
            const QStringList columns = topLevelParts(m.captured(1));
            const QStringList values = topLevelParts(m.captured(2).isEmpty() ? m.captured(3) : m.captured(2));
            const QString action = values.value(columns.indexOf(QStringLiteral("action")));
            const QString entity = values.value(columns.indexOf(QStringLiteral("entity")));
            QStringList actions;
            if (const auto q = quoted.match(action); q.hasMatch())
                actions << q.captured(1);
            else if (action == QLatin1String("act"))
                actions = assignedActions;
            QStringList entities;
            if (const auto q = quoted.match(entity); q.hasMatch())
                entities << q.captured(1);
            else if (entity == QLatin1String("tbl") || entity == QLatin1String("TG_TABLE_NAME"))
                entities = out.triggerTables.values();
            for (const QString& a : std::as_const(actions)) {
                out.actions.insert(a);
                for (const QString& e : std::as_const(entities)) {
                    out.entities.insert(e);
                    out.pairs.insert({a, e});
                }
            }
        }
    }
}
} // namespace

AuditSources scanAuditSources(const QString& root)
{
    AuditSources out;
    QList<Source> sources =
        read(root + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, true);
    // The audit module itself reads entries; it writes none of its own.
    sources.removeIf([](const Source& s) { return s.path.contains(QLatin1String("/core/audit/")); });
    scanEntries(sources, actionHelpers(sources), out);
    for (const Source& s : std::as_const(sources))
        scanKeys(s, out.keys);
    scanSettings(sources, out);
    scanSql(root, out);
    return out;
}

} // namespace ketong::test
