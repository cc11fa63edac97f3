#include "ZipArchive.h"

#include <zip.h>

#include <memory>

namespace ketong {

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status ZipArchive::open(const QByteArray& bytes)
{
    m_bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    const QString reason = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    if (m_zip)
        return {};
    if (source)
        zip_source_free(source); // not taken over by a failed open
    return Error(ErrorCode::Invalid, tr("The file is not a readable zip archive (%1)").arg(reason),
                 QStringLiteral("file"));
}

bool ZipArchive::contains(const QString& name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString& name, qint64 limit) const
{
    const auto damaged = [&name] {
        return Error(ErrorCode::Invalid, tr("The part %1 of the workbook is missing or damaged").arg(name),
                     QStringLiteral("file"));
    };
    const zip_int64_t index = m_zip ? zip_name_locate(m_zip, name.toUtf8().constData(), 0) : -1;
    if (index < 0)
        return damaged();
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(m_zip, zip_uint64_t(index), 0),
                                                                 zip_fclose);
    if (!file)
        return damaged();
    QByteArray content;
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            return damaged();
        if (n == 0)
            return content;
        if (content.size() + n > limit)
            return Error(ErrorCode::Invalid,
                         tr("The part %1 of the workbook is larger than %2 MB; save the sheet as CSV and import that")
                             .arg(name)
                             .arg(limit / (1024 * 1024)),
                         QStringLiteral("file"));
        content.append(buffer, qsizetype(n));
    }
}

} // namespace ketong
