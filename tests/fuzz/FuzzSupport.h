#pragma once

// What every fuzz target needs: a Qt application object (translations, codecs) created once.
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace ketong::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace ketong::fuzz
