#include "JsonText.h"

namespace ketong {

QString JsonText::initial()
{
    QString text;
    text.reserve(512);
    text += QLatin1Char('{');
    return text;
}

void JsonText::string(QStringView value)
{
    m_text += QLatin1Char('"');
    // Runs of characters that need no escape go in at once (names and addresses are nearly all such runs).
    qsizetype run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text += value.mid(run, i - run);
        run = i + 1;
        switch (c) {
        case u'"':
            m_text += QLatin1String("\\\"");
            break;
        case u'\\':
            m_text += QLatin1String("\\\\");
            break;
        case u'\b':
            m_text += QLatin1String("\\b");
            break;
        case u'\f':
            m_text += QLatin1String("\\f");
            break;
        case u'\n':
            m_text += QLatin1String("\\n");
            break;
        case u'\r':
            m_text += QLatin1String("\\r");
            break;
        case u'\t':
            m_text += QLatin1String("\\t");
            break;
        default:
            m_text += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    m_text += value.mid(run);
    m_text += QLatin1Char('"');
}

void JsonText::key(QStringView key)
{
    if (m_text.size() > 1)
        m_text += QLatin1Char(',');
    string(key);
    m_text += QLatin1Char(':');
}

JsonText& JsonText::add(QStringView key, QStringView value)
{
    if (m_valuesOnly && value.isEmpty())
        return *this;
    this->key(key);
    string(value);
    return *this;
}

JsonText& JsonText::add(QStringView key, qint64 value)
{
    this->key(key);
    m_text += QString::number(value);
    return *this;
}

JsonText& JsonText::add(QStringView key, std::optional<qint64> value)
{
    if (value)
        return add(key, *value);
    if (m_valuesOnly)
        return *this;
    this->key(key);
    m_text += QLatin1String("null");
    return *this;
}

QString JsonText::text()
{
    m_text += QLatin1Char('}');
    m_text.squeeze(); // the room for a record is not kept by every audit row of an import
    return m_text;
}

} // namespace ketong
