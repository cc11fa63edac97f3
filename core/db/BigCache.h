#pragma once

#include "ketong_core_export.h"

#include <QtGlobal>

namespace ketong {

class Database;

/// SQLite: a 256 MB page cache on the calling thread's connection for the lifetime of this object, given back
/// afterwards by reopening the connection (see the destructor): the caller must hold no statement or transaction
/// of that connection beyond this object's lifetime. For the jobs that touch a large part of a big file at
/// once — the churn scan reads every customer; bulk imports and feeds write into a dozen indexes at random places —
/// which with the default 2 MB cache spend most of their time re-reading pages from the OS. (A memory map saves a
/// little more but maps the whole file into the process.) Temporary storage is kept in memory meanwhile: every
/// multi-row INSERT in a transaction keeps a statement journal (the pages it changes, to undo that statement
/// alone), which otherwise goes through a temporary file — a 100 k-row customer import into a million wrote ~600 k
/// pages there. Nothing on PostgreSQL, whose server has its own shared buffers.
class KETONG_CORE_EXPORT BigCache
{
public:
    explicit BigCache(const Database& db);
    ~BigCache();
    Q_DISABLE_COPY_MOVE(BigCache)

private:
    const Database& m_db;
    qint64 m_previous = 0;
    int m_previousTempStore = 0;
};

} // namespace ketong
