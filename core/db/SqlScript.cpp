#include "SqlScript.h"

#include <QRegularExpression>

namespace ketong {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// True when the word starting at i equals `word` (case-insensitive) and stands alone.
bool wordAt(const QString& s, qsizetype i, QLatin1String word)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return false;
    if (s.size() - i < word.size())
        return false;
    if (QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end >= s.size() || !isWordChar(s.at(end));
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    int blockDepth = 0;     // BEGIN … END nesting inside a trigger body
    bool inTrigger = false; // current statement is CREATE TRIGGER (SQLite body with BEGIN/END)
    const auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
        inTrigger = false;
        blockDepth = 0;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        // -- comment to end of line
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        // /* block comment */
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current.append(QLatin1Char(' '));
            continue;
        }
        // 'string' or "identifier" (doubled quotes stay inside)
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current.append(QStringView(script).mid(i, j - i + 1));
            i = j;
            continue;
        }
        // $tag$ … $tag$ (PostgreSQL function bodies)
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tagRe(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto m = tagRe.match(script, i);
            if (m.hasMatch()) {
                const QString tag = m.captured();
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current.append(QStringView(script).mid(i, stop - i));
                i = stop - 1;
                continue;
            }
        }
        if (c.isLetter()) {
            if (current.trimmed().isEmpty() ||
                current.trimmed().compare(QLatin1String("CREATE"), Qt::CaseInsensitive) == 0 ||
                current.trimmed().compare(QLatin1String("CREATE TEMP"), Qt::CaseInsensitive) == 0) {
                if (wordAt(script, i, QLatin1String("TRIGGER")))
                    inTrigger = true;
            }
            if (inTrigger && (wordAt(script, i, QLatin1String("BEGIN")) || wordAt(script, i, QLatin1String("CASE"))))
                ++blockDepth;
            else if (inTrigger && blockDepth > 0 && wordAt(script, i, QLatin1String("END")))
                --blockDepth;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return statements;
}

} // namespace ketong
