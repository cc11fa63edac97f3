#include "XlsxReader.h"

#include "NumberFormat.h"
#include "ZipArchive.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ketong {

namespace {

constexpr qint64 kPartLimit = 512LL * 1024 * 1024; // one XML part, uncompressed
constexpr int kMaxRow = 1048576;                   // Excel's sheet: 1,048,576 rows × 16,384 columns
constexpr int kMaxColumn = 16384;

struct Relationship
{
    QString type; ///< the last segment of the type URI: officeDocument, worksheet, sharedStrings, styles
    QString target;
};

/// The part a relationship points at, from the folder of the part that holds it.
QString resolve(const QString& folder, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

/// Undoes OOXML's escapes of characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore.
QString unescape(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression re(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

/// The text of a string item (<si>, <is>) whose start tag was just read: its <t>, or the <t> of its
/// rich-text runs; phonetic guides (<rPh>) are not part of the text.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            text += xml.readElementText();
        } else if (xml.name() == QLatin1String("r")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("t"))
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescape(text);
}

/// "D7" → (4, 7); (0, 0) when it is no cell reference within a sheet's bounds.
std::pair<int, int> parseReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 0x80; ++i) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumn)
            return {0, 0};
    }
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > kMaxRow)
        return {0, 0};
    return {column, row};
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ketong::XlsxReader)
public:
    explicit Parser(const ZipArchive& zip)
        : m_zip(zip)
    {}

    Result<Sheet> run();

private:
    /// Reads a part and calls `element` for each start element (the reader positioned on it).
    Status parse(const QString& part, const std::function<void(QXmlStreamReader&)>& element);
    Result<QHash<QString, Relationship>> relationships(const QString& part);
    /// Finds the sheet to read and whether dates count from 1904.
    Status readWorkbook(const QString& workbook, const QHash<QString, Relationship>& rels, Sheet& sheet,
                        QString& sheetPart);
    Status readSharedStrings(const QString& part);
    Status readStyles(const QString& part);
    Status readSheet(const QString& part, Sheet& sheet);
    void readCell(QXmlStreamReader& xml, int row, int& column, QStringList& cells);
    /// The text of a cell of type `type` ("s", "b", "str", …; empty: a number) holding `value`.
    QString cellText(QStringView type, const QString& value, int style, QStringView ref);
    QString numberText(const QString& value, int style) const;
    Error damaged(const QString& part, const QString& why) const;

    const ZipArchive& m_zip;
    QStringList m_strings;
    QHash<int, QString> m_formats; ///< numFmtId → code (the workbook's own)
    QList<int> m_cellFormats;      ///< cellXfs index → numFmtId
    bool m_date1904 = false;
    qint64 m_cells = 0;
    QString m_error; ///< a problem found inside a cell callback
};

Error Parser::damaged(const QString& part, const QString& why) const
{
    return Error(ErrorCode::Invalid, tr("The part %1 of the workbook is damaged: %2").arg(part, why),
                 QStringLiteral("file"));
}

Status Parser::parse(const QString& part, const std::function<void(QXmlStreamReader&)>& element)
{
    auto bytes = m_zip.read(part, kPartLimit);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd() && m_error.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            element(xml);
    }
    if (!m_error.isEmpty())
        return damaged(part, m_error);
    if (xml.hasError())
        return damaged(part, tr("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber()));
    return {};
}

Result<QHash<QString, Relationship>> Parser::relationships(const QString& part)
{
    QHash<QString, Relationship> rels;
    if (!m_zip.contains(part))
        return rels;
    const QString folder = folderOf(folderOf(part)); // a/_rels/b.xml.rels speaks from a/
    auto s = parse(part, [&](QXmlStreamReader& xml) {
        if (xml.name() != QLatin1String("Relationship") ||
            xml.attributes().value(QLatin1String("TargetMode")) == QLatin1String("External"))
            return;
        const QXmlStreamAttributes a = xml.attributes();
        rels.insert(a.value(QLatin1String("Id")).toString(),
                    {a.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1),
                     resolve(folder, a.value(QLatin1String("Target")).toString())});
    });
    if (!s)
        return s.error();
    return rels;
}

Status Parser::readSharedStrings(const QString& part)
{
    return parse(part, [this](QXmlStreamReader& xml) {
        if (xml.name() == QLatin1String("si"))
            m_strings.append(readStringItem(xml));
    });
}

Status Parser::readStyles(const QString& part)
{
    bool inCellXfs = false;
    return parse(part, [&](QXmlStreamReader& xml) {
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            m_formats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                             a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.name() == QLatin1String("cellStyleXfs") || xml.name() == QLatin1String("dxfs")) {
            inCellXfs = false;
        } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
            m_cellFormats.append(a.value(QLatin1String("numFmtId")).toInt());
        }
    });
}

QString Parser::numberText(const QString& value, int style) const
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    const int id = m_cellFormats.value(style, 0);
    const QString code = m_formats.contains(id) ? m_formats.value(id) : NumberFormat::builtInCode(id);
    return NumberFormat::format(number, code, m_date1904);
}

QString Parser::cellText(QStringView type, const QString& value, int style, QStringView ref)
{
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return unescape(value); // a formula's text, an error (#N/A)
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_strings.size()) {
            m_error = tr("the cell %1 names a shared string that does not exist").arg(ref.toString());
            return {};
        }
        return m_strings.at(index);
    }
    if (type == QLatin1String("b"))
        return value.isEmpty()               ? QString()
               : value == QLatin1String("0") ? QStringLiteral("FALSE")
                                             : QStringLiteral("TRUE");
    if (type == QLatin1String("d")) {
        // An ISO 8601 date cell (Strict OOXML): the date, and the time when it has one.
        const QDateTime at = QDateTime::fromString(value.left(19), Qt::ISODate);
        if (!at.isValid())
            return value;
        return value.size() <= 10 || at.time() == QTime(0, 0) ? at.date().toString(QStringLiteral("yyyy-MM-dd"))
                                                              : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return value.isEmpty() ? QString() : numberText(value, style);
}

void Parser::readCell(QXmlStreamReader& xml, int row, int& column, QStringList& cells)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QStringView ref = a.value(QLatin1String("r"));
    const int c = ref.isEmpty() ? column + 1 : parseReference(ref).first;
    if (c < 1 || c <= column || (!ref.isEmpty() && parseReference(ref).second != row)) {
        m_error = tr("the cell reference \"%1\" is out of place").arg(ref.toString());
        return;
    }
    if (c > kMaxColumn) {
        m_error = tr("a row has more than %1 columns").arg(kMaxColumn);
        return;
    }
    column = c;
    QString value;
    bool inlineText = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v")) {
            value = xml.readElementText();
        } else if (xml.name() == QLatin1String("is")) {
            value = readStringItem(xml);
            inlineText = true;
        } else {
            xml.skipCurrentElement(); // <f>ormulas: their computed value is in <v>
        }
    }
    const QString text =
        inlineText ? value : cellText(a.value(QLatin1String("t")), value, a.value(QLatin1String("s")).toInt(), ref);
    if (text.isEmpty())
        return;
    m_cells += column - cells.size();
    if (m_cells > SheetReader::maxCells()) {
        m_error = tr("the sheet has more than %1 cells; save it as CSV and import that").arg(SheetReader::maxCells());
        return;
    }
    while (cells.size() < column - 1)
        cells.append(QString());
    cells.append(text);
}

Status Parser::readSheet(const QString& part, Sheet& sheet)
{
    int row = 0;
    return parse(part, [&](QXmlStreamReader& xml) {
        if (xml.name() != QLatin1String("row"))
            return;
        const QStringView number = xml.attributes().value(QLatin1String("r"));
        const int r = number.isEmpty() ? row + 1 : number.toInt();
        if (r <= row || r > kMaxRow) {
            m_error = tr("the row number \"%1\" is out of place").arg(number.toString());
            return;
        }
        row = r;
        int column = 0;
        QStringList cells;
        while (xml.readNextStartElement() && m_error.isEmpty()) {
            if (xml.name() == QLatin1String("c"))
                readCell(xml, row, column, cells);
            else
                xml.skipCurrentElement();
        }
        if (!cells.isEmpty())
            sheet.rows.append({row, cells});
    });
}

Status Parser::readWorkbook(const QString& workbook, const QHash<QString, Relationship>& rels, Sheet& sheet,
                            QString& sheetPart)
{
    // The first worksheet the user sees (hidden ones and chart sheets skipped), else the first worksheet.
    QString firstName, firstPart;
    auto s = parse(workbook, [&](QXmlStreamReader& xml) {
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = a.value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        }
        if (xml.name() != QLatin1String("sheet") || !sheetPart.isEmpty())
            return;
        QString id; // r:id, whatever the prefix
        for (const QXmlStreamAttribute& attribute : a) {
            if (attribute.name() == QLatin1String("id"))
                id = attribute.value().toString();
        }
        const Relationship r = rels.value(id);
        if (r.type != QLatin1String("worksheet"))
            return;
        const QString name = a.value(QLatin1String("name")).toString();
        if (firstPart.isEmpty()) {
            firstPart = r.target;
            firstName = name;
        }
        if (a.value(QLatin1String("state")).isEmpty() || a.value(QLatin1String("state")) == QLatin1String("visible")) {
            sheetPart = r.target;
            sheet.name = name;
        }
    });
    if (s && sheetPart.isEmpty()) {
        sheetPart = firstPart;
        sheet.name = firstName;
    }
    return s;
}

Result<Sheet> Parser::run()
{
    auto package = relationships(QStringLiteral("_rels/.rels"));
    if (!package)
        return package.error();
    QString workbook = QStringLiteral("xl/workbook.xml");
    for (const Relationship& r : std::as_const(*package)) {
        if (r.type == QLatin1String("officeDocument"))
            workbook = r.target;
    }
    const QString folder = folderOf(workbook);
    auto rels = relationships((folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") +
                              workbook.section(QLatin1Char('/'), -1) + QStringLiteral(".rels"));
    if (!rels)
        return rels.error();
    Sheet sheet;
    QString sheetPart;
    if (auto s = readWorkbook(workbook, *rels, sheet, sheetPart); !s)
        return s.error();
    if (sheetPart.isEmpty())
        return Error(ErrorCode::Invalid, tr("The workbook has no worksheet"), QStringLiteral("file"));
    for (const Relationship& r : std::as_const(*rels)) {
        Status s;
        if (r.type == QLatin1String("sharedStrings"))
            s = readSharedStrings(r.target);
        else if (r.type == QLatin1String("styles"))
            s = readStyles(r.target);
        if (!s)
            return s.error();
    }
    if (auto s = readSheet(sheetPart, sheet); !s)
        return s.error();
    return sheet;
}

} // namespace

Result<Sheet> XlsxReader::readFirstSheet(const QByteArray& bytes)
{
    ZipArchive zip;
    if (auto s = zip.open(bytes); !s)
        return s.error();
    return Parser(zip).run();
}

} // namespace ketong
