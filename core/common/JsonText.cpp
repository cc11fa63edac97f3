#include "JsonText.h"

namespace ketong {

void JsonText::string(QStringView value)
{
    m_text += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
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
            if (c.unicode() < 0x20)
                m_text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_text += c;
        }
    }
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
    this->key(key);
    m_text += QLatin1String("null");
    return *this;
}

QString JsonText::text()
{
    m_text += QLatin1Char('}');
    return m_text;
}

} // namespace ketong
