# ketong_options: the one INTERFACE target every Ketong target links. It carries the language level,
# the warnings and Qt's "no implicit cast" defines, so no target repeats them.
add_library(ketong_options INTERFACE)
target_compile_features(ketong_options INTERFACE cxx_std_20)
target_compile_definitions(ketong_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KETONG_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(ketong_options INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
    if(KETONG_WERROR)
        target_compile_options(ketong_options INTERFACE /WX)
    endif()
else()
    target_compile_options(ketong_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wundef)
    if(KETONG_WERROR)
        target_compile_options(ketong_options INTERFACE -Werror)
    endif()
    if(KETONG_SANITIZE)
        target_compile_options(ketong_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=undefined)
        target_link_options(ketong_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
